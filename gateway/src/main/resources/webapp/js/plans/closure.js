// Closing a plan and carrying it forward: what goes with it (the objectives still open and their active targets),
// the terms offered for the next period, and the request. Revising a plan's frame: only what changed is sent. Pure
// (no DOM, no requests), unit-tested in Node.
import {addDays, count, daysBetween} from '../wording/format.js';

/** What a carry-forward copies: the active objectives and the active targets that serve them. */
export function carriedWork(plan) {
  const objectives = plan.objectives.filter((objective) => objective.status === 'ACTIVE');
  const ids = new Set(objectives.map((objective) => objective.objectiveId));
  const targets = plan.targets.filter((target) => ids.has(target.objectiveId));
  return {objectives, targets};
}

/** "1 open objective and its 2 targets go with it" or "No objective is open: the new plan starts empty". */
export function carriedSentence(plan) {
  const {objectives, targets} = carriedWork(plan);
  if (!objectives.length) return 'No objective is open: the new plan starts without objectives.';
  const whose = objectives.length === 1 ? 'its' : 'their';
  return `${count(objectives.length, 'open objective')}${targets.length ? ` and ${whose} ${count(targets.length, 'target')}`
    : ''} go with it; what was achieved, abandoned or done stays in this plan.`;
}

/**
 * The next period offered: from today, as long as this plan's period, with the same hours budget (each can be
 * changed in the form).
 */
export function nextTerms(plan, today) {
  const length = Math.max(1, daysBetween(plan.periodStart, plan.periodEnd));
  return {periodStart: today, periodEnd: addDays(today, length), hoursBudget: plan.hours.budgeted};
}

/** The body of POST /plans/{id}/closure. */
export function closureRequest({carryForward, periodStart, periodEnd, hoursBudget, reason}) {
  return carryForward ? {carryForward: true, periodStart, periodEnd, hoursBudget, reason: reason || null}
    : {carryForward: false, reason: reason || null};
}

/** The body of PATCH /plans/{id}: the fields that differ from the plan's (what is left out stays), and why. */
export function revision(plan, {title, periodEnd, hoursBudget, reason}) {
  const body = {};
  if (title !== null && title !== plan.title) body.title = title;
  if (periodEnd !== null && periodEnd !== plan.periodEnd) body.periodEnd = periodEnd;
  if (hoursBudget !== null && hoursBudget !== plan.hours.budgeted) body.hoursBudget = hoursBudget;
  if (reason) body.reason = reason;
  return body;
}
