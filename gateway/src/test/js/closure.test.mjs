import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {carriedSentence, carriedWork, closureRequest, nextTerms, revision}
  from '../../main/resources/webapp/js/plans/closure.js';
import {DIRECTORS, emptyPlan, MANAGERS, objective, OBJECTIVE, profileTarget, SECOND_OBJECTIVE} from './plan-fixture.mjs';

function planWithTwoObjectives() {
  const plan = emptyPlan();
  plan.objectives.push(objective(), objective(SECOND_OBJECTIVE, {status: 'ACHIEVED'}));
  plan.targets.push(profileTarget(DIRECTORS, OBJECTIVE), profileTarget(MANAGERS, SECOND_OBJECTIVE, 'Manager'));
  return plan;
}

test('the open objectives and their targets go forward; the achieved stay', () => {
  const {objectives, targets} = carriedWork(planWithTwoObjectives());
  assert.deepEqual(objectives.map((one) => one.objectiveId), [OBJECTIVE]);
  assert.deepEqual(targets.map((one) => one.targetId), [DIRECTORS]);
  assert.equal(carriedSentence(planWithTwoObjectives()),
    '1 open objective and its 1 target go with it; what was achieved, abandoned or done stays in this plan.');
  assert.equal(carriedSentence(emptyPlan()), 'No objective is open: the new plan starts without objectives.');
});

test('the next period starts today, as many days long as this one, with the same budget', () => {
  assert.deepEqual(nextTerms(emptyPlan(), '2027-06-10'),
    {periodStart: '2027-06-10', periodEnd: '2027-12-09', hoursBudget: 40});
});

test('a closure carries forward with its terms, or closes only with why', () => {
  assert.deepEqual(closureRequest({carryForward: true, periodStart: '2027-06-10', periodEnd: '2027-12-10',
    hoursBudget: 30, reason: ''}), {carryForward: true, periodStart: '2027-06-10', periodEnd: '2027-12-10',
    hoursBudget: 30, reason: null});
  assert.deepEqual(closureRequest({carryForward: false, periodStart: '2027-06-10', reason: 'Territory changed'}),
    {carryForward: false, reason: 'Territory changed'});
});

test('a revision sends what changed, and why', () => {
  const plan = emptyPlan();
  assert.deepEqual(revision(plan, {title: plan.title, periodEnd: plan.periodEnd, hoursBudget: 52, reason: 'A second fair'}),
    {hoursBudget: 52, reason: 'A second fair'});
  assert.deepEqual(revision(plan, {title: 'Grow grocery accounts', periodEnd: '2027-07-01', hoursBudget: 40, reason: null}),
    {title: 'Grow grocery accounts', periodEnd: '2027-07-01'});
  assert.deepEqual(revision(plan, {title: plan.title, periodEnd: null, hoursBudget: null, reason: null}), {});
});
