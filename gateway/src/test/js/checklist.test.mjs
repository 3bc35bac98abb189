import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checklist, DONE, LOCKED, TODO, WAITING, visitSentence} from '../../main/resources/webapp/js/plans/checklist.js';
import {
  attended, BREAKFAST, chosen, CONFERENCE, DIRECTORS, emptyPlan, followUp, LENA, MANAGERS, met, namedTarget, objective,
  OBJECTIVE, profileTarget, SECOND_OBJECTIVE,
} from './plan-fixture.mjs';

const TODAY = '2026-12-07';
const NOW = '2026-12-07T17:00:00Z';
const ask = (plan, extra = {}) => checklist(plan, {today: TODAY, now: NOW, ...extra});
const stepOf = (plan, key, extra) => ask(plan, extra).steps.find((step) => step.key === key);

function planWithTargetAndChoice() {
  const plan = emptyPlan();
  plan.objectives.push(objective());
  plan.targets.push(profileTarget());
  plan.platforms.push(chosen());
  plan.hours.planned = 2.75;
  return plan;
}

test('a new plan starts with why, and the later steps say what they wait for', () => {
  const {steps, next} = ask(emptyPlan());
  assert.deepEqual(steps.map((step) => step.key), ['why', 'who', 'where', 'attend', 'follow-up', 'results']);
  assert.equal(next.key, 'why');
  assert.equal(next.next, 'Define your first objective: who you will meet, and to what end.');
  assert.equal(steps[1].state, LOCKED);
  assert.equal(steps[1].next, 'Define an objective first: the what determines the who.');
  assert.equal(steps[2].state, LOCKED);
  assert.equal(steps[3].state, LOCKED);
});

test('an objective without a target makes who the next step', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective());
  const {steps, next} = ask(plan);
  assert.equal(steps[0].state, DONE);
  assert.equal(steps[0].summary, '1 active objective');
  assert.equal(next.key, 'who');
  assert.match(next.next, /has no target yet: name the people it needs\.$/);
});

test('a person the plan names is someone to reach out to before any platform', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective());
  plan.targets.push(namedTarget());
  assert.equal(ask(plan).next.next, 'Reach out to 1 person you know (phone, e-mail or in person): start with the people you already know.');
  plan.outreach.push({targetId: LENA, channel: 'PHONE', happenedAt: '2026-12-07T10:00:00Z', summary: 'x'});
  const who = stepOf(plan, 'who');
  assert.equal(who.state, DONE);
  assert.equal(who.summary, '1 target, 1 reached out to');
  assert.equal(stepOf(plan, 'where').summary, 'No platform needed: you know everyone by name');
});

test('known contacts who fit the targets are suggested', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective());
  plan.targets.push(profileTarget());
  const who = stepOf(plan, 'who', {knownMatches: [{targetId: DIRECTORS, contacts: [{contactId: 'c1'}, {contactId: 'c2'}]}]});
  assert.equal(who.advice, '2 people you know fit your targets: start with them.');
});

test('people met at the plan\'s events already are not suggested again', () => {
  const plan = planWithTargetAndChoice();
  plan.attendance.push(attended(BREAKFAST, [met('Karin Lund', DIRECTORS)]));
  const who = stepOf(plan, 'who', {knownMatches: [{targetId: DIRECTORS,
    contacts: [{contactId: 'c1', name: 'Karin Lund'}, {contactId: 'c2', name: 'Erik Lind'}]}]});
  assert.equal(who.advice, '1 person you know fits your targets: start with them.');
});

test('where counts the targets without a platform, within the hours left', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective());
  plan.targets.push(profileTarget(), profileTarget(MANAGERS, OBJECTIVE, 'Manager'));
  assert.equal(ask(plan).next.next, '2 targets have no platform yet: choose where many such people meet, within the 40 h left.');
  plan.platforms.push(chosen(BREAKFAST, [DIRECTORS]));
  plan.hours.planned = 33.25;
  const where = stepOf(plan, 'where');
  assert.equal(where.state, TODO);
  assert.equal(where.summary, '1 platform chosen, 33.25 h of 40 h planned, 6.75 h left');
  assert.equal(where.next, '1 target has no platform yet (Procurement Manager in Retail): choose where many such people '
    + 'meet, within the 6.75 h left.');
  plan.hours.planned = 40;
  assert.match(stepOf(plan, 'where').next, /no hours are left: raise the budget or withdraw a choice\.$/);
});

test('an upcoming platform is waited for, with when to arrive and how long to stay', () => {
  const plan = planWithTargetAndChoice();
  const {steps, next} = ask(plan);
  assert.equal(steps[2].state, DONE);
  assert.equal(steps[3].state, WAITING);
  assert.equal(next.key, 'attend');
  assert.equal(next.next, 'Retail Procurement Leaders Breakfast on Mon 21 Dec: arrive 06:30, stay until 09:15.');
});

test('during the event the attendance is the urgent step', () => {
  const plan = planWithTargetAndChoice();
  const next = ask(plan, {now: '2026-12-21T07:15:00Z', today: '2026-12-21'}).next;
  assert.equal(next.key, 'attend');
  assert.equal(next.urgent, true);
  assert.match(next.next, /^Now: Retail Procurement Leaders Breakfast on Mon 21 Dec: arrive 06:30, stay until 09:15\./);
  assert.equal(next.platformId, BREAKFAST);
});

test('a platform that is over without an attendance asks to log who was met, before anything else', () => {
  const plan = planWithTargetAndChoice();
  plan.objectives.push(objective(SECOND_OBJECTIVE));
  const next = ask(plan, {now: '2026-12-22T08:00:00Z', today: '2026-12-22'}).next;
  assert.equal(next.key, 'attend');
  assert.equal(next.next, 'Log who you met at Retail Procurement Leaders Breakfast (Mon 21 Dec).');
});

test('follow-ups due this week and overdue ones are named', () => {
  const plan = planWithTargetAndChoice();
  plan.attendance.push(attended(BREAKFAST, [met('Karin Lund', DIRECTORS)]));
  plan.followUps.push(followUp('f1', '2026-12-10'));
  let next = ask(plan).next;
  assert.equal(next.key, 'follow-up');
  assert.equal(next.next, '1 follow-up due in 3 days: ask who owns the category review (Olof Berg).');
  plan.followUps.push(followUp('f2', '2026-12-05'), followUp('f3', '2026-12-01', 'DONE'));
  next = ask(plan).next;
  assert.equal(next.urgent, true);
  assert.equal(next.next, '1 follow-up is overdue: ask who owns the category review (Olof Berg), 2 days overdue.');
  assert.equal(next.summary, '2 open, 1 done');
  plan.followUps.push(followUp('f4', '2026-12-06'));
  assert.match(ask(plan).next.next, /^2 follow-ups are overdue/);
});

test('three follow-ups due this week read as a count', () => {
  const plan = planWithTargetAndChoice();
  plan.attendance.push(attended());
  plan.followUps.push(followUp('a', '2026-12-08'), followUp('b', '2026-12-09'), followUp('c', '2026-12-12'));
  assert.equal(ask(plan).next.next, '3 follow-ups due this week: the first due tomorrow.');
});

test('an objective that reached its target, or its deadline, asks to be closed', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective(OBJECTIVE, {progress: {total: 6, target: 6}}));
  assert.match(ask(plan).next.next, /reached its target: mark it achieved\.$/);
  plan.objectives[0] = objective(OBJECTIVE, {deadline: '2026-12-01'});
  assert.match(ask(plan).next.next, /was due Tue 1 Dec: mark it achieved, or abandon it and say why\.$/);
});

test('a soft SMART warning is advice, not a blocking step', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective(OBJECTIVE, {warnings: ['achievable: 30 people at 1.5 per hour need 20 h; the budget is 10 h']}));
  const why = stepOf(plan, 'why');
  assert.equal(why.state, DONE);
  assert.match(why.advice, /May not be achievable: 30 people at 1\.5 per hour need 20 h; the budget is 10 h\.$/);
});

test('results measure the target people met per hour once there is an attendance', () => {
  const plan = planWithTargetAndChoice();
  assert.equal(stepOf(plan, 'results').state, WAITING);
  plan.attendance.push(attended(BREAKFAST, [met('Karin Lund', DIRECTORS), met('Olof Berg', DIRECTORS), met('Sara Nyman')]));
  assert.equal(stepOf(plan, 'results').summary, '2.75 h spent, 2 target people met: 0.7 per hour');
});

test('a plan with everything done points at its results', () => {
  const plan = planWithTargetAndChoice();
  plan.attendance.push(attended(BREAKFAST, [met('Karin Lund', DIRECTORS)]));
  plan.followUps.push(followUp('f1', '2026-12-22', 'DONE'));
  const {steps, next} = ask(plan);
  assert.deepEqual(steps.map((step) => step.state), [DONE, DONE, DONE, DONE, DONE, DONE]);
  assert.equal(next.key, 'results');
});

test('a visit reads as when to arrive and when to leave', () => {
  assert.equal(visitSentence(chosen(CONFERENCE, [DIRECTORS], '2027-01-11T09:00:00Z', '2027-01-11T17:00:00Z', 'Conference'),
    new Date(NOW)), 'Conference on Mon 11 Jan 2027: arrive 08:30, stay until 17:45');
});

test('an achieved objective keeps its targets and platforms counted: the plan is done, not locked', () => {
  const plan = planWithTargetAndChoice();
  plan.objectives[0] = objective(OBJECTIVE, {status: 'ACHIEVED'});
  plan.attendance.push(attended(BREAKFAST, [met('Karin Lund', DIRECTORS)]));
  const {steps} = ask(plan);
  assert.deepEqual(steps.slice(0, 3).map((step) => step.state), [DONE, DONE, DONE]);
  assert.equal(steps[0].next, 'Every objective is closed: define a new one to keep networking with focus.');
});

test('an abandoned objective\'s targets ask for nothing', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective(OBJECTIVE, {status: 'ABANDONED'}), objective(SECOND_OBJECTIVE));
  plan.targets.push(profileTarget(DIRECTORS, OBJECTIVE), profileTarget(MANAGERS, SECOND_OBJECTIVE, 'Manager'));
  plan.platforms.push(chosen(BREAKFAST, [MANAGERS]));
  assert.equal(stepOf(plan, 'where').state, DONE);
});

test('a choice whose targets were all retired asks to be withdrawn, to free its hours', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective(OBJECTIVE), objective(SECOND_OBJECTIVE));
  plan.targets.push(profileTarget(DIRECTORS, OBJECTIVE), profileTarget(MANAGERS, SECOND_OBJECTIVE, 'Manager'));
  plan.platforms.push(chosen(BREAKFAST, [DIRECTORS]), chosen(CONFERENCE, [MANAGERS, 'target-retired'], undefined, undefined,
    'Conference'));
  plan.hours.planned = 5.5;
  // the conference serves the managers still: nothing to do
  assert.equal(stepOf(plan, 'where').state, DONE);
  plan.platforms[1] = chosen(CONFERENCE, ['target-retired'], undefined, undefined, 'Conference');
  plan.platforms[0] = chosen(BREAKFAST, [DIRECTORS, MANAGERS]);
  const where = stepOf(plan, 'where');
  assert.equal(where.state, TODO);
  assert.equal(where.next, 'Conference serves no active target any more: withdraw it to free its 2.75 h.');
  assert.equal(where.platformId, CONFERENCE);
  // attended, it stays: its hours were spent
  plan.attendance.push(attended(CONFERENCE));
  assert.equal(stepOf(plan, 'where').state, DONE);
});

test('cancelled follow-ups are neither open nor done', () => {
  const plan = planWithTargetAndChoice();
  plan.attendance.push(attended(BREAKFAST, [met('Karin Lund', DIRECTORS)]));
  plan.followUps.push(followUp('f1', '2026-12-09'), followUp('f2', '2026-12-01', 'CANCELLED'), followUp('f3', '2026-12-02', 'DONE'));
  assert.equal(stepOf(plan, 'follow-up').summary, '1 open, 1 done, 1 cancelled');
  assert.equal(stepOf(plan, 'follow-up').next, '1 follow-up due in 2 days: ask who owns the category review (Olof Berg).');
});

test('a closed plan asks for nothing: its done steps stay, its next step is its results', () => {
  const plan = planWithTargetAndChoice();
  plan.followUps.push(followUp('f1', '2026-12-01'));
  plan.status = 'CLOSED';
  plan.nextPlanId = 'plan-2';
  const {steps, next} = ask(plan);
  assert.deepEqual(steps.map((step) => step.state), [DONE, DONE, DONE, LOCKED, LOCKED, LOCKED]);
  assert.ok(steps.every((step) => step.next === null && !step.urgent));
  assert.equal(next.key, 'results');
  assert.equal(next.closed, true);
  assert.equal(next.next, 'This plan is closed and carried forward: go on in the new plan.');
  plan.nextPlanId = null;
  assert.equal(ask(plan).next.next, 'This plan is closed: its results and history stay readable.');
});
