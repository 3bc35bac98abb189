// Marking a follow-up done, saying how it went: one form for the plan's follow-up step and the follow-ups page.
import {post} from '../api/client.js';
import {announce, h} from '../ui/dom.js';
import {field, onSubmit, text} from '../ui/forms.js';

/** @param onDone (answer) => void, run once saved (typically redrawing the page) */
export function completeForm({planId, followUpId, onDone}) {
  const form = h('form', {class: 'complete-form', novalidate: true},
    field('How did it go?', 'outcome', {required: true, 'data-label': 'how it went', placeholder: 'Call booked for next week'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Mark done')));
  onSubmit(form, async (data) => {
    const answer = await post(`/api/v1/plans/${planId}/follow-ups/${followUpId}/completed`, {outcome: text(data, 'outcome')});
    announce('Follow-up done');
    return () => onDone(answer);
  }, {draft: `plan/${planId}/follow-up/${followUpId}/done`, advice: {403: 'Only the plan\'s owner marks its follow-ups done.'}});
  return form;
}
