// Taking something back (withdrawing a choice, retiring a target, cancelling a follow-up, ...): a form that says
// what it does, asks why (optional, kept in the plan's history) and confirms with one button.
import {h} from './dom.js';
import {field, onSubmit, text} from './forms.js';

/**
 * @param explanation what the change does, in a sentence or two
 * @param submit      the button's words ("Withdraw the breakfast")
 * @param action      async (reason) => a function to run once done (typically redrawing), or nothing
 * @param reasonLabel the reason's label; null asks for none
 * @param draft       the draft key of the form (what was typed survives a refused token)
 * @param advice      sentences by status for a refusal here
 */
export function reasonForm({explanation, submit, action, reasonLabel = 'Why (optional, kept in the history)',
  draft = null, advice = {}, className = 'reason-form'}) {
  const form = h('form', {class: className, novalidate: true},
    h('p', {}, explanation),
    reasonLabel ? field(reasonLabel, 'reason', {'data-label': 'the reason', maxlength: 1000}) : null,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'danger'}, submit)));
  onSubmit(form, (data) => action(reasonLabel ? text(data, 'reason') : null), {draft, advice});
  return form;
}
