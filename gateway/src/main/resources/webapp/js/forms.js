// Labelled form fields, and problem+json errors shown next to the field they name.
import {ApiError} from './api.js';
import {announce, h, replace, uid} from './dom.js';

/**
 * A labelled input. `name` is the API field it fills (e.g. "statement", "profile.function",
 * "contactsMet[0].email"): a problem naming that field is shown under it.
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

/** The control a problem's field names: exactly, else the nearest enclosing field ("profile" for "profile.x"). */
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

/**
 * Shows an API error on a form: each field error under its control (aria-invalid, aria-describedby), the rest in
 * the form's problem summary (role=alert), and moves the focus to the first field at fault.
 */
export function showProblem(form, error) {
  clearErrors(form);
  let summary = form.querySelector('.form-problem');
  if (!summary) {
    summary = h('div', {class: 'form-problem', role: 'alert'});
    form.prepend(summary);
  }
  const problem = error instanceof ApiError ? error.problem : {detail: String(error)};
  const unplaced = [];
  let first = null;
  for (const fieldError of (error instanceof ApiError ? error.errors : [])) {
    const control = controlFor(form, fieldError.field);
    if (!control) {
      unplaced.push(fieldError);
      continue;
    }
    const errorId = `${control.id}-error`;
    let message = form.querySelector(`#${CSS.escape(errorId)}`);
    if (!message) {
      message = h('p', {class: 'field-error', id: errorId});
      (control.closest('.field') || control.parentElement).append(message);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby',
        `${control.getAttribute('aria-describedby') || ''} ${errorId}`.trim());
    }
    message.append(h('span', {}, `${message.childNodes.length ? ' · ' : ''}${fieldError.reason}`));
    first = first || control;
  }
  replace(summary, h('div', {class: 'alert'},
    h('strong', {}, problem.title || 'Refused'),
    problem.detail && unplaced.length === 0 && !first ? h('p', {}, problem.detail) : null,
    unplaced.length || first
      ? h('ul', {}, (error.errors || []).map((fieldError) => h('li', {}, `${fieldError.field}: ${fieldError.reason}`)))
      : null,
    problem.correlationId ? h('p', {class: 'meta'}, `Correlation id ${problem.correlationId}`) : null));
  announce(problem.title || 'Refused');
  (first || summary).focus?.();
}

/** Runs an async submit with the button disabled, showing any problem on the form. */
export function onSubmit(form, action) {
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
      await action(new FormData(form));
    } catch (error) {
      showProblem(form, error);
    } finally {
      buttons.forEach((button) => { button.disabled = false; });
    }
  });
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
