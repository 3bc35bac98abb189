import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {byMember, listQuery, listStatus, MINE, objectiveProgress, ORG, TEAM}
  from '../../main/resources/webapp/js/plans/plan-list.js';
import {objective} from './plan-fixture.mjs';

test('my plans are asked for without a scope: the API lists the caller\'s own', () => {
  assert.equal(listQuery({scope: MINE}), 'status=OPEN&page=0&size=20');
});

test('a manager\'s team and an admin\'s organisation name their scope; ALL lists open and closed', () => {
  assert.equal(listQuery({scope: TEAM, team: 'team-north', status: 'ALL', page: 1, size: 10}),
    'team=team-north&page=1&size=10');
  assert.equal(listQuery({scope: ORG, status: 'CLOSED', q: '  retail  '}), 'scope=org&status=CLOSED&q=retail&page=0&size=20');
});

test('the page\'s status is one the list knows, else the open plans', () => {
  assert.equal(listStatus('CLOSED'), 'CLOSED');
  assert.equal(listStatus('ALL'), 'ALL');
  assert.equal(listStatus('closed'), 'OPEN');
  assert.equal(listStatus(undefined), 'OPEN');
});

test('plans are grouped by member in name order, each member\'s plans in the list\'s order', () => {
  const plans = [{planId: 'p1', ownerId: 'demo-rep-2', team: 'team-north'}, {planId: 'p2', ownerId: 'demo-rep', team: 'team-north'},
    {planId: 'p3', ownerId: 'demo-rep-2', team: 'team-north'}];
  assert.deepEqual(byMember(plans).map((member) => [member.ownerId, member.plans.map((plan) => plan.planId)]),
    [['demo-rep', ['p2']], ['demo-rep-2', ['p1', 'p3']]]);
  assert.equal(byMember(plans)[0].team, 'team-north');
  assert.deepEqual(byMember([]), []);
});

test('an objective\'s progress reads as done of its target, capped at the whole', () => {
  const two = objective('o1', {progress: {total: 2}, target: 6, metric: 'procurement directors met'});
  assert.deepEqual(objectiveProgress(two), {label: '2 of 6 procurement directors met', share: 33, active: true});
  const beyond = objective('o2', {progress: {total: 8}, target: 6, metric: 'directors met', status: 'ACHIEVED'});
  assert.deepEqual(objectiveProgress(beyond), {label: '8 of 6 directors met (achieved)', share: 100, active: false});
  const none = objective('o3', {progress: null, status: 'ABANDONED'});
  assert.equal(objectiveProgress(none).label, '0 of 6 directors met (abandoned)');
});
