// A follow-up's changes, the same on the plan's follow-up step and the follow-ups page: marked done saying how it
// went, moved or reworded (with why), or cancelled (no longer due); a cancelled one can be scheduled again.
import {patch, post, remove} from '../api/client.js';
import {announce, h} from '../ui/dom.js';
import {field, onSubmit, text} from '../ui/forms.js';
import {reasonForm} from '../ui/reason-form.js';
import {day, due, isoDay, moment} from '../wording/format.js';

/** When it is due, or how it ended. */
export function statusLine(followUp, today, overdue = followUp.status === 'OPEN' && followUp.dueOn < today) {
  if (followUp.status === 'OPEN') {
    return h('p', {class: overdue ? 'due overdue' : 'due'}, `${day(followUp.dueOn)}, ${due(followUp.dueOn, today)}`);
  }
  if (followUp.status === 'CANCELLED') return h('p', {class: 'meta'}, `Cancelled (it was due ${day(followUp.dueOn)}).`);
  return h('p', {class: 'success'}, `Done ${moment(followUp.completedAt)}: ${followUp.outcome}`);
}

const OWNER_ONLY = {403: 'Only the plan\'s owner changes its follow-ups.'};

function path(planId, followUpId) {
  return `/api/v1/plans/${planId}/follow-ups/${followUpId}`;
}

/** @param onDone (answer) => void, run once saved (typically redrawing the page) */
export function completeForm({planId, followUpId, onDone}) {
  const form = h('form', {class: 'complete-form', novalidate: true},
    field('How did it go?', 'outcome', {required: true, 'data-label': 'how it went', placeholder: 'Call booked for next week'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Mark done')));
  onSubmit(form, async (data) => {
    const answer = await post(`${path(planId, followUpId)}/completed`, {outcome: text(data, 'outcome')});
    announce('Follow-up done');
    return () => onDone(answer);
  }, {draft: `plan/${planId}/follow-up/${followUpId}/done`, advice: OWNER_ONLY});
  return form;
}

/** Moving or rewording a follow-up: only what changed is sent. */
export function changeForm({planId, followUp, onDone}) {
  const form = h('form', {class: 'change-follow-up-form', novalidate: true},
    h('div', {class: 'row'},
      field('What you will do', 'action', {required: true, value: followUp.action || '', 'data-label': 'what you will do'}),
      field('Due on', 'dueOn', {type: 'date', required: true, value: followUp.dueOn, min: isoDay()})),
    field('Why (optional, kept in the history)', 'reason', {'data-label': 'the reason', maxlength: 1000}),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Save the change')));
  onSubmit(form, async (data) => {
    const action = text(data, 'action');
    const dueOn = text(data, 'dueOn');
    const answer = await patch(path(planId, followUp.followUpId), {
      ...(action !== followUp.action ? {action} : {}), ...(dueOn !== followUp.dueOn ? {dueOn} : {}),
      reason: text(data, 'reason')});
    announce('Follow-up changed');
    return () => onDone(answer);
  }, {draft: `plan/${planId}/follow-up/${followUp.followUpId}/change`, advice: OWNER_ONLY});
  return form;
}

/**
 * Cancelling a follow-up; `onDone(answer, undo)` gets the undo: the same promise scheduled again (due today at the
 * earliest), which answers like a scheduling.
 */
export function cancelForm({planId, followUp, onDone}) {
  return reasonForm({
    explanation: 'Cancel it if it is no longer due; it stays in the plan\'s history as cancelled.',
    submit: 'Cancel the follow-up', draft: `plan/${planId}/follow-up/${followUp.followUpId}/cancel`, advice: OWNER_ONLY,
    action: async (reason) => {
      const answer = await remove(path(planId, followUp.followUpId), reason);
      announce('Follow-up cancelled');
      const today = isoDay();
      const again = () => post(`/api/v1/plans/${planId}/follow-ups`, {contactId: followUp.contactId || null,
        personName: followUp.contactId ? null : followUp.personName || null, targetId: followUp.targetId || null,
        dueOn: followUp.dueOn < today ? today : followUp.dueOn, action: followUp.action});
      return () => onDone(answer, again);
    }});
}
