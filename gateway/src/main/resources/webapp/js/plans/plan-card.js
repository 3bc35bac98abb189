// A plan as a list shows it: its title (to open it), period and state, the hours budgeted, planned and spent, each
// objective's progress, and its next step, with a button to it for the owner. Never its id.
import {h, meter} from '../ui/dom.js';
import {hoursLine, period, planStatus} from '../wording/format.js';
import {checklist} from './checklist.js';
import {objectiveProgress} from './plan-list.js';
import {planRoute} from './plan-routes.js';

/** Each objective's progress: active ones first, then the achieved and abandoned. */
function objectives(plan) {
  if (!plan.objectives.length) return h('p', {class: 'meta'}, 'No objective yet.');
  const ordered = [...plan.objectives].sort((a, b) => Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE'));
  return h('ul', {class: 'plain objective-progress', 'aria-label': 'Progress per objective'},
    ordered.map((objective) => {
      const progress = objectiveProgress(objective);
      return h('li', {class: progress.active ? null : 'closed'},
        h('p', {class: 'statement'}, objective.statement),
        meter(progress.label, progress.share, 100, {tone: objective.status === 'ACHIEVED' ? 'ok' : null}));
    }));
}

function nextStep(plan, mine, today, now) {
  const {next} = checklist(plan, {today, now});
  if (next.closed) {
    return [h('p', {class: 'next'}, next.next),
      plan.nextPlanId ? h('a', {class: 'button secondary', href: planRoute(plan.nextPlanId)}, 'Open the new plan') : null];
  }
  return [h('p', {class: 'next'}, h('strong', {}, next.next ? 'Next: ' : 'Every step is done: '), next.next || next.summary),
    mine ? h('a', {class: 'button secondary', href: planRoute(plan.planId, next.key,
      next.platformId ? `platform=${next.platformId}` : '')}, `Go to ${next.title.toLowerCase()}`) : null];
}

/**
 * @param item  the plan as GET /plans lists it
 * @param plan  the plan in full (GET /plans/{id}), or null when it cannot be read: the card shows the list's figures
 * @param level the heading level of the card's title (2 on the rep's own list, deeper under a member's name)
 * @param mine  whether the signed-in user owns it (and so is offered its next step)
 */
export function planCard(item, plan, {level = 2, mine = false, today, now}) {
  const hours = plan ? plan.hours : {budgeted: item.hoursBudget, planned: item.hoursPlanned, spent: item.hoursSpent};
  const status = plan ? plan.status : item.status;
  return h('li', {class: `card plan-card${status === 'CLOSED' ? ' closed' : ''}`, 'data-plan': item.title},
    h(`h${level}`, {class: 'plan-title'}, h('a', {href: planRoute(item.planId)}, item.title)),
    h('p', {class: 'meta'}, `${period(item.periodStart, item.periodEnd)} · ${planStatus(status)}`),
    meter(hoursLine(hours), hours.planned, hours.budgeted),
    plan ? [objectives(plan), nextStep(plan, mine, today, now)] : null);
}
