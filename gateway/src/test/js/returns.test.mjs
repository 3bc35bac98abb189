import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {earlyAndLateEffect, planReturns} from '../../main/resources/webapp/js/plans/returns.js';
import {
  attended, BREAKFAST, chosen, CONFERENCE, DIRECTORS, emptyPlan, LENA, MANAGERS, met, namedTarget, objective, OBJECTIVE,
  profileTarget, SECOND_OBJECTIVE,
} from './plan-fixture.mjs';

function workedPlan() {
  const plan = emptyPlan();
  plan.objectives.push(objective(), objective(SECOND_OBJECTIVE, {statement: 'Meet category managers'}));
  plan.targets.push(profileTarget(), profileTarget(MANAGERS, SECOND_OBJECTIVE, 'Manager'), namedTarget(LENA));
  plan.outreach.push({targetId: LENA, channel: 'PHONE'});
  plan.platforms.push(chosen(BREAKFAST, [DIRECTORS, MANAGERS]),
    chosen(CONFERENCE, [DIRECTORS], '2027-01-11T09:00:00Z', '2027-01-11T17:00:00Z', 'Supply Chain Conference'));
  plan.attendance.push(
    attended(BREAKFAST, [met('Karin Lund', DIRECTORS), met('Olof Berg', DIRECTORS), met('Sara Nyman', MANAGERS),
      met('Per Ek')]),
    attended(CONFERENCE, [met('Johan Ek', DIRECTORS)], {arrivedAt: '2027-01-11T09:00:00Z', minutesBeforeProgram: 0,
      minutesAfterProgram: 15, hoursInvested: 8.25}));
  return plan;
}

test('the plan\'s return: hours spent and target people met per hour', () => {
  const returns = planReturns(workedPlan());
  assert.equal(returns.hours.spent, 11);
  assert.equal(returns.peopleMet, 5);
  assert.equal(returns.targetPeopleMet, 4);
  assert.equal(returns.targetPeoplePerHour, 4 / 11);
});

test('per objective: the hours of the platforms chosen for its targets, and its target people met', () => {
  const [first, second] = planReturns(workedPlan()).byObjective;
  assert.equal(first.hoursSpent, 11);
  assert.equal(first.targetPeopleMet, 3);
  assert.equal(first.outreach, 1);
  assert.equal(second.hoursSpent, 2.75, 'only the breakfast served the managers');
  assert.equal(second.targetPeopleMet, 1);
  assert.equal(second.targetPeoplePerHour, 1 / 2.75);
});

test('per platform, best return first, with the money spent when the catalog gives the cost', () => {
  const returns = planReturns(workedPlan(), {[BREAKFAST]: {cost: 45}, [CONFERENCE]: {cost: 650}});
  assert.deepEqual(returns.byPlatform.map((row) => [row.name, row.peopleMet, row.targetPeopleMet]),
    [['Retail Procurement Leaders Breakfast', 4, 3], ['Supply Chain Conference', 1, 1]]);
  assert.equal(returns.cost.spent, 695);
  assert.equal(returns.cost.perTargetPerson, 695 / 4);
});

test('the money is not guessed when a cost is unknown', () => {
  assert.equal(planReturns(workedPlan(), {[BREAKFAST]: {cost: 45}}).cost.spent, null);
});

test('nothing spent is no rate at all, not zero', () => {
  const plan = emptyPlan();
  plan.objectives.push(objective());
  const returns = planReturns(plan);
  assert.equal(returns.targetPeoplePerHour, null);
  assert.equal(returns.byObjective[0].targetPeoplePerHour, null);
  assert.deepEqual(returns.timing, []);
});

test('arriving early and staying late set against the people met', () => {
  const {timing} = planReturns(workedPlan());
  assert.deepEqual(timing.map((row) => [row.minutesBeforeProgram, row.minutesAfterProgram, row.peopleMet]),
    [[30, 45, 4], [0, 15, 1]]);
  assert.deepEqual(earlyAndLateEffect(timing), {minutes: 30, earlyAndLate: 4, others: 1, attendances: [1, 1]});
  assert.equal(earlyAndLateEffect(timing.slice(0, 1)), null);
});

test('each objective gets the catalog\'s forecast and cost per target person; one it does not know keeps nulls',
  async () => {
    const {withForecastAndCost} = await import('../../main/resources/webapp/js/plans/returns.js');
    const rows = withForecastAndCost([{objectiveId: 'o1', targetPeopleMet: 3}, {objectiveId: 'o2'}],
      {objectives: [{objectiveId: 'o1', forecastTargetPeople: 16, costPerTargetPersonMet: 55}]});
    assert.equal(rows[0].forecastTargetPeople, 16);
    assert.equal(rows[0].costPerTargetPersonMet, 55);
    assert.equal(rows[0].targetPeopleMet, 3);
    assert.equal(rows[1].forecastTargetPeople, null);
    assert.deepEqual(withForecastAndCost([{objectiveId: 'o1'}], null), [{objectiveId: 'o1', forecastTargetPeople: null,
      costPerTargetPersonMet: null}]);
  });
