// Small DOM helpers: every text goes in as a text node (never as HTML), so data from the API cannot inject markup.

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
  for (const child of children.flat(Infinity)) {
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

const numbers = new Intl.NumberFormat('en', {maximumFractionDigits: 2});
export function number(value) {
  return value === null || value === undefined ? '–' : numbers.format(value);
}

export function percent(fraction) {
  return fraction === null || fraction === undefined ? '–' : `${Math.round(fraction * 100)} %`;
}

export function dateTime(iso) {
  if (!iso) return '–';
  return new Date(iso).toLocaleString('en-GB', {dateStyle: 'medium', timeStyle: 'short'});
}

export function date(iso) {
  if (!iso) return '–';
  return new Date(`${iso}T00:00:00`).toLocaleDateString('en-GB', {dateStyle: 'medium'});
}

/** Today, or today plus some days, as an ISO date in the user's time zone. */
export function isoDate(plusDays = 0, plusMonths = 0) {
  const day = new Date();
  day.setDate(day.getDate() + plusDays);
  day.setMonth(day.getMonth() + plusMonths);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** An ISO instant as the value of a datetime-local input (the user's time zone). */
export function toLocalInput(iso) {
  const moment = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** A datetime-local input's value as an ISO instant (UTC). */
export function fromLocalInput(value) {
  return value ? new Date(value).toISOString() : null;
}

/** A table with a caption, header cells with scope, and numeric columns aligned right. */
export function table(caption, columns, rows) {
  return h('div', {class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0},
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map((column) =>
        h('th', {scope: 'col', class: column.numeric ? 'num' : null}, column.label)))),
      h('tbody', {}, rows.length === 0
        ? h('tr', {}, h('td', {colspan: columns.length}, 'Nothing yet.'))
        : rows.map((row) => h('tr', {}, columns.map((column, index) => {
          const value = column.value(row);
          const cell = index === 0 ? h('th', {scope: 'row'}) : h('td', {class: column.numeric ? 'num' : null});
          return append(cell, [value]);
        }))))));
}

/** A labelled progress bar (width set through the CSSOM, which the content security policy allows). */
export function meter(label, value, max) {
  const id = uid('meter');
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  const fill = h('span', {});
  fill.style.width = `${percent}%`;
  return h('div', {class: 'meter'},
    h('span', {class: 'label', id}, label),
    h('div', {class: 'bar', role: 'progressbar', 'aria-labelledby': id, 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': percent}, fill));
}
