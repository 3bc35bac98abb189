// Drafts: what a form holds is kept in this browser as it is typed, per user, until the form is sent. A refused
// token, a new sign-in, a reload or a phone closing the tab mid-event loses nothing: the form comes back as it was.
// Kept in localStorage (the rep's own browser); signing out on purpose removes the user's drafts.
import {lastUser} from './session.js';

const PREFIX = 'netfocus.draft.';
const KEEP_DAYS = 30;
const DAY_MS = 86400000;
export const RESTORED = 'netfocus:draft-restored';

function storageKey(key) {
  return `${PREFIX}${lastUser() || 'anyone'}.${key}`;
}

function read(key) {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(key)));
    if (!saved || Date.now() - saved.savedAt > KEEP_DAYS * DAY_MS) return null;
    return saved;
  } catch (broken) {
    return null;
  }
}

export function hasDraft(key) {
  return read(key) !== null;
}

export function clearDraft(key) {
  localStorage.removeItem(storageKey(key));
}

/** Removes every draft of the user (on signing out on purpose). */
export function clearDraftsOf(userId) {
  const prefix = `${PREFIX}${userId}.`;
  Object.keys(localStorage).filter((name) => name.startsWith(prefix)).forEach((name) => localStorage.removeItem(name));
}

function kept(control) {
  return control.name && !['file', 'password', 'submit', 'button'].includes(control.type) && !control.dataset.noDraft;
}

function save(form, key) {
  const values = [...form.elements].filter(kept).flatMap((control) => {
    if (control.type === 'checkbox' || control.type === 'radio') return control.checked ? [[control.name, control.value]] : [];
    if (control.multiple) return [...control.selectedOptions].map((option) => [control.name, option.value]);
    return [[control.name, control.value]];
  });
  localStorage.setItem(storageKey(key), JSON.stringify({savedAt: Date.now(), values}));
}

function restore(form, saved) {
  const byName = new Map();
  saved.values.forEach(([name, value]) => byName.set(name, [...(byName.get(name) || []), value]));
  const used = new Map();
  [...form.elements].filter(kept).forEach((control) => {
    const values = byName.get(control.name);
    if (!values) {
      if (control.type === 'checkbox' && saved.values.length) control.checked = false;
      return;
    }
    if (control.type === 'checkbox' || control.type === 'radio') {
      control.checked = values.includes(control.value);
    } else if (control.multiple) {
      [...control.options].forEach((option) => { option.selected = values.includes(option.value); });
    } else {
      const index = used.get(control.name) || 0;
      if (index < values.length) control.value = values[index];
      used.set(control.name, index + 1);
    }
  });
  form.dispatchEvent(new CustomEvent(RESTORED, {bubbles: true}));
}

/**
 * Keeps the form's contents under `key` (e.g. "plan/{planId}/objective/new") and puts back what was kept.
 * Call after the form's controls exist; returns whether a draft was put back.
 */
export function keepDraft(form, key) {
  const saved = read(key);
  if (saved) restore(form, saved);
  const keep = () => save(form, key);
  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  form.addEventListener('netfocus:changed', keep);
  form.dataset.draft = key;
  return saved !== null;
}
