// The plan's frame, changed by its owner: the title, the last day and the hours budget (with why); and closing the
// plan, carrying its open objectives and their targets into a new plan, which opens once it exists.
import {post, patch} from '../api/client.js';
import {announce, h} from '../ui/dom.js';
import {choices, decimal, field, onSubmit, text} from '../ui/forms.js';
import {hours, isoDay} from '../wording/format.js';
import {carriedSentence, carriedWork, closureRequest, nextTerms, revision} from './closure.js';
import {planRoute} from './plan-routes.js';

export function reviseForm(context) {
  const {plan} = context;
  const form = h('form', {id: 'revise-plan-form', novalidate: true},
    field('Title', 'title', {required: true, maxlength: 200, value: plan.title, 'data-label': 'the title'}),
    h('div', {class: 'row'},
      field('Last day', 'periodEnd', {type: 'date', required: true, value: plan.periodEnd, min: plan.periodStart}),
      field('Hours you can invest', 'hoursBudget', {type: 'number', min: 0.5, step: 0.5, required: true,
        value: plan.hours.budgeted, inputmode: 'decimal', 'data-label': 'the hours budget'},
      `${hours(plan.hours.planned)} are planned already.`)),
    field('Why (optional, kept in the history)', 'reason', {'data-label': 'the reason', maxlength: 1000}),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Save the changes')));
  onSubmit(form, async (data) => {
    const answer = await patch(`/api/v1/plans/${plan.planId}`, revision(plan, {title: text(data, 'title'),
      periodEnd: text(data, 'periodEnd'), hoursBudget: decimal(data, 'hoursBudget'), reason: text(data, 'reason')}));
    context.notice = {text: 'Plan changed.'};
    announce('Plan changed');
    return () => context.refresh(answer.version, '#plan-title');
  }, {draft: `plan/${plan.planId}/revise`});
  return form;
}

export function closeForm(context) {
  const {plan} = context;
  const terms = nextTerms(plan, isoDay());
  const open = carriedWork(plan).objectives.length > 0;
  const how = choices('How', 'carryForward', [
    {value: 'yes', label: 'Close it and carry it forward into a new plan'},
    {value: 'no', label: 'Just close it'}], {checked: open ? 'yes' : 'no'});
  const next = h('fieldset', {class: 'next-period'},
    h('legend', {}, 'The new plan'),
    h('p', {class: 'hint'}, carriedSentence(plan)),
    h('div', {class: 'row'},
      field('First day', 'periodStart', {type: 'date', value: terms.periodStart, 'data-label': 'the first day'}),
      field('Last day', 'periodEnd', {type: 'date', value: terms.periodEnd, 'data-label': 'the last day'}),
      field('Hours you can invest', 'hoursBudget', {type: 'number', min: 0.5, step: 0.5, value: terms.hoursBudget,
        inputmode: 'decimal', 'data-label': 'the hours budget'})));
  const form = h('form', {id: 'close-plan-form', novalidate: true},
    h('p', {}, 'A closed plan stays readable with its results and history, but takes no more changes.'),
    how, next,
    field('Why (optional, kept in the history)', 'reason', {'data-label': 'the reason', maxlength: 1000}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'danger'}, 'Close the plan')));
  const showNext = () => { next.hidden = form.querySelector('[name=carryForward]:checked')?.value !== 'yes'; };
  form.addEventListener('change', showNext);
  form.addEventListener('netfocus:draft-restored', showNext);
  showNext();
  onSubmit(form, async (data) => {
    const carryForward = data.get('carryForward') === 'yes';
    const answer = await post(`/api/v1/plans/${plan.planId}/closure`, closureRequest({carryForward,
      periodStart: text(data, 'periodStart'), periodEnd: text(data, 'periodEnd'),
      hoursBudget: decimal(data, 'hoursBudget'), reason: text(data, 'reason')}));
    announce(answer.nextPlanId ? 'Plan closed; the new plan is open' : 'Plan closed');
    if (answer.nextPlanId) return () => { window.location.hash = planRoute(answer.nextPlanId); };
    context.notice = {text: 'Plan closed. Its results and history stay here.'};
    return () => context.refresh(answer.version, '#plan-title');
  }, {draft: `plan/${plan.planId}/close`});
  return form;
}
