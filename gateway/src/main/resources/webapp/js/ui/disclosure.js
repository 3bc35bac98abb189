// A form opened on demand: a button that shows (and builds, the first time) what it stands for. A form with a
// kept draft opens by itself, so that work interrupted by a sign-in is found where it was left.
import {hasDraft} from '../session/drafts.js';
import {h, uid} from './dom.js';

/**
 * @param label     the button's words ("Revise", "Log an outreach")
 * @param build     (close) => the content, made on first opening; close() folds it again (e.g. after a save)
 * @param draft     the draft key of the form inside: a kept draft opens it at once
 * @param open      open from the start
 * @param secondary a quieter button
 */
export function disclosure({label, build, draft = null, open = false, secondary = true, id = null, className = ''}) {
  const regionId = id || uid('panel');
  const region = h('div', {id: regionId, class: 'panel', hidden: true});
  const button = h('button', {type: 'button', class: `${secondary ? 'secondary ' : ''}disclose`, 'aria-expanded': 'false',
    'aria-controls': regionId}, label);
  const close = () => {
    region.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  const show = (focus = true) => {
    if (!region.firstChild) region.append(build(close));
    region.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (focus) region.querySelector('input:not([type=hidden]), select, textarea, button')?.focus();
  };
  button.addEventListener('click', () => (region.hidden ? show() : close()));
  if (open || (draft && hasDraft(draft))) show(false);
  return h('div', {class: `disclosure ${className}`.trim()}, button, region);
}
