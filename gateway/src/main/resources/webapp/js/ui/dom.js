// Small DOM helpers: every text goes in as a text node (never as HTML), so data from the API cannot inject markup.
// Styles only through classes or the CSSOM (the content security policy refuses style attributes).

/** h('p', {class: 'hint'}, 'text', childNode, [more]) builds an element. Attributes false/null are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let sequence = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix) {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** Says something to screen readers (and shows it briefly) without moving the focus. */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => { status.textContent = ''; }, 4000);
}

/** A table with a caption, header cells with scope, and numeric columns aligned right; it scrolls inside itself. */
export function table(caption, columns, rows, {empty = 'Nothing yet.', id = null} = {}) {
  return h('div', {class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0, id},
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map((column) =>
        h('th', {scope: 'col', class: column.numeric ? 'num' : null}, column.label)))),
      h('tbody', {}, rows.length === 0
        ? h('tr', {}, h('td', {colspan: columns.length}, empty))
        : rows.map((row) => h('tr', {}, columns.map((column, index) => {
          const value = column.value(row);
          const cell = index === 0 ? h('th', {scope: 'row'}) : h('td', {class: column.numeric ? 'num' : null});
          return append(cell, [value]);
        }))))));
}

/** A labelled progress bar (width set through the CSSOM, which the content security policy allows). */
export function meter(label, value, max, {id = null, tone = null} = {}) {
  const labelId = uid('meter');
  const share = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  const fill = h('span', {class: tone});
  fill.style.width = `${share}%`;
  return h('div', {class: 'meter', id},
    h('span', {class: 'label', id: labelId}, label),
    h('div', {class: 'bar', role: 'progressbar', 'aria-labelledby': labelId, 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': share}, fill));
}

/** A list of label/value pairs (a definition list of figures). */
export function figures(pairs, {id = null} = {}) {
  return h('dl', {class: 'figures', id}, pairs.filter(Boolean).map(([label, value, key]) =>
    h('div', {'data-key': key || null}, h('dt', {}, label), h('dd', {}, value))));
}

/** Moves the focus to an element and brings it into view, as after a change the user made. */
export function focusOn(element) {
  if (!element) return;
  if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({preventScroll: true});
  element.scrollIntoView({block: 'nearest'});
}
