// Labelled form fields, and refusals shown in plain words next to the field they concern (wording/messages.js).
import {explain} from '../wording/messages.js';
import {clearDraft, keepDraft} from '../session/drafts.js';
import {announce, h, replace, uid} from './dom.js';

/**
 * A labelled input. `name` is the API field it fills (e.g. "statement", "profile.function"): a refusal naming
 * that field is shown under it, in words that use the label.
 */
export function field(label, name, attributes = {}, hint = null) {
  const id = uid(name.replace(/[^a-zA-Z0-9]/g, '-'));
  const {tag = 'input', options = null, ...rest} = attributes;
  const hintId = hint ? `${id}-hint` : null;
  const control = h(tag, {id, name, 'aria-describedby': hintId, ...rest},
    options ? options.map((option) => h('option', {value: option.value, selected: option.selected}, option.label)) : []);
  return h('div', {class: 'field'},
    h('label', {for: id}, label),
    control,
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null);
}

/** A group of radio buttons with a legend. */
export function choices(legend, name, options, {checked = null, className = 'choices'} = {}) {
  return h('fieldset', {class: className},
    h('legend', {}, legend),
    options.map((option) => h('label', {class: 'choice'},
      h('input', {type: 'radio', name, value: option.value, checked: option.value === checked}), option.label)));
}

/** Removes a control's error (it is being corrected). */
function clearFieldError(control) {
  if (!control.hasAttribute?.('aria-invalid')) return;
  control.removeAttribute('aria-invalid');
  const describedBy = (control.getAttribute('aria-describedby') || '').split(' ')
    .filter((id) => id && !id.endsWith('-error')).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy); else control.removeAttribute('aria-describedby');
  document.getElementById(`${control.id}-error`)?.remove();
}

export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach(clearFieldError);
  form.querySelectorAll('.field-error').forEach((error) => error.remove());
  const summary = form.querySelector('.form-problem');
  if (summary) replace(summary);
}

/** The control a refused field names: exactly, else the nearest enclosing field ("profile" for "profile.x"). */
function controlFor(form, fieldPath) {
  let path = fieldPath;
  while (path) {
    const control = form.querySelector(`[name="${CSS.escape(path)}"]`);
    if (control) return control;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.substring(0, cut) : '';
  }
  return null;
}

/** The form's own names of its fields: data-label, else the label ("Deadline" becomes "the deadline"). */
function labelsOf(form) {
  const labels = {};
  form.querySelectorAll('[name]').forEach((control) => {
    if (control.dataset.label) {
      labels[control.name] = control.dataset.label;
      return;
    }
    const text = control.labels?.[0]?.textContent;
    if (text && control.type !== 'checkbox' && control.type !== 'radio') {
      labels[control.name] = `the ${text.replace(/\s*\(.*\)\s*$/, '').replace(/[:?]$/, '').trim().toLowerCase()}`;
    }
  });
  return labels;
}

/** An explained refusal as an alert: headline, sentences, and the reference for support in a disclosure. */
export function problemBox(explained, {signInLink = null} = {}) {
  return h('div', {class: 'alert'},
    h('strong', {}, explained.title),
    explained.sentences.length + explained.fields.length > 1
      ? h('ul', {}, [...explained.fields.map((one) => one.text), ...explained.sentences].map((text) => h('li', {}, text)))
      : h('p', {}, [...explained.fields.map((one) => one.text), ...explained.sentences][0] || null),
    explained.signInAgain && signInLink ? h('p', {}, h('a', {href: signInLink, class: 'button'}, 'Sign in again')) : null,
    explained.reference ? h('details', {class: 'support'}, h('summary', {}, 'Details for support'),
      h('p', {}, 'Reference: ', h('code', {}, explained.reference))) : null);
}

/** Where the sign-in page sends the user back to: this very place. */
export function signInAgainLink() {
  return `#/sign-in?next=${encodeURIComponent(window.location.hash)}`;
}

/**
 * Shows a refusal on a form: each field's sentence under its control (aria-invalid, aria-describedby), all of them
 * in the form's summary (role=alert), and moves the focus to the first field at fault.
 */
export function showProblem(form, error, {advice = {}} = {}) {
  clearErrors(form);
  let summary = form.querySelector('.form-problem');
  if (!summary) {
    summary = h('div', {class: 'form-problem', role: 'alert', tabindex: -1});
    form.prepend(summary);
  }
  const explained = explain(error, {labels: labelsOf(form), advice});
  let first = null;
  for (const fieldError of explained.fields) {
    const control = controlFor(form, fieldError.field);
    if (!control || control.type === 'hidden') continue;
    const errorId = `${control.id}-error`;
    let message = form.querySelector(`#${CSS.escape(errorId)}`);
    if (!message) {
      message = h('p', {class: 'field-error', id: errorId});
      (control.closest('.field') || control.closest('fieldset') || control.parentElement).append(message);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') || ''} ${errorId}`.trim());
    }
    message.append(h('span', {}, `${message.childNodes.length ? ' ' : ''}${fieldError.text}`));
    first = first || control;
  }
  replace(summary, problemBox(explained, {signInLink: signInAgainLink()}));
  announce(explained.title);
  (first || summary).focus?.();
  return explained;
}

/**
 * Runs an async submit with the buttons disabled, showing any refusal on the form. With `draft`, the form's
 * contents are kept as typed (session/drafts.js) and dropped once the action succeeds. The action may return a
 * function to run after that (typically redrawing the page with the saved change).
 */
export function onSubmit(form, action, {draft = null, advice = {}} = {}) {
  // an error goes once its field is edited; the summary once no field is at fault
  form.addEventListener('input', (event) => {
    clearFieldError(event.target);
    const summary = form.querySelector('.form-problem');
    if (summary && !form.querySelector('[aria-invalid]') && summary.querySelector('li')) replace(summary);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const buttons = form.querySelectorAll('button[type="submit"]');
    buttons.forEach((button) => { button.disabled = true; });
    try {
      clearErrors(form);
      const then = await action(new FormData(form));
      // saved: the draft goes before the page is redrawn (a redrawn form must not bring it back)
      if (draft) clearDraft(draft);
      if (typeof then === 'function') await then();
    } catch (error) {
      if (!(error && typeof error.status === 'number')) console.warn('Netfocus: a form action failed', error);
      showProblem(form, error, {advice});
    } finally {
      buttons.forEach((button) => { button.disabled = false; });
    }
  });
  if (draft) keepDraft(form, draft);
  return form;
}

/** A value or null for an empty input. */
export function text(data, name) {
  const value = (data.get(name) ?? '').toString().trim();
  return value === '' ? null : value;
}

export function integer(data, name) {
  const value = text(data, name);
  return value === null ? null : Number(value);
}

export function decimal(data, name) {
  const value = text(data, name);
  return value === null ? null : Number(value.replace(',', '.'));
}
