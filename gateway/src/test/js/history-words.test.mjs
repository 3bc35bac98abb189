import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {describe, learnNames} from '../../main/resources/webapp/js/plans/history-words.js';

const known = () => ({platforms: new Map(), targets: new Map([['t1', 'Procurement Director in Retail']])});

test('the everyday changes read as what they did and why, never an id', () => {
  const names = learnNames([{type: 'PlatformChosen', payload: {platformId: 'p1', platformName: 'Nordic Retail Trade Show',
    arriveEarlyMinutes: 30, stayLateMinutes: 30}}], known());
  assert.equal(describe({type: 'PlatformWithdrawn', payload: {platformId: 'p1', reason: 'Over budget'}}, names),
    'Nordic Retail Trade Show. Why: Over budget');
  assert.equal(describe({type: 'TargetRetired', payload: {targetId: 't1'}}, names), 'Procurement Director in Retail');
  // the year shows only when it is not this year's
  assert.match(describe({type: 'PlanRevised', payload: {title: 'Grow', hoursBudget: 12, periodEnd: '2027-06-07',
    reason: 'A trade show'}}, names), /^"Grow", 12 h budgeted, until Mon 7 Jun( 2027)?\. Why: A trade show$/);
  assert.equal(describe({type: 'PlanClosed', payload: {nextPlanId: 'p2'}}, names), 'Carried forward into a new plan');
  assert.equal(describe({type: 'PlanClosed', payload: {nextPlanId: null, reason: 'Left the territory'}}, names),
    'Closed. Why: Left the territory');
  assert.equal(describe({type: 'AttendanceCorrected', payload: {platformId: 'p1', hoursInvested: 2.75,
    contactsMet: [{name: 'Per Ek', company: 'Axfood'}, {contactId: 'c1'}], reason: 'Came earlier'}}, names),
  'Nordic Retail Trade Show: 2.75 h, 2 people met: Per Ek (Axfood). Why: Came earlier');
  assert.equal(describe({type: 'AttendanceRetracted', payload: {platformId: null}}, names), 'a visit');
  assert.match(describe({type: 'FollowUpRevised', payload: {dueOn: '2027-01-12', action: null}}, names),
    /^by Tue 12 Jan( 2027)?$/);
  assert.equal(describe({type: 'FollowUpCancelled', payload: {reason: 'Met her already'}}, names), 'Why: Met her already');
  assert.equal(describe({type: 'FollowUpCancelled', payload: {}}, names), '');
});

test('a plan carried forward says how many objectives came with it', () => {
  assert.match(describe({type: 'PlanCreated', payload: {title: 'Grow', hoursBudget: 40, periodStart: '2027-06-07',
    periodEnd: '2027-12-07', carriedForward: {objectives: [{}, {}]}}}, known()),
  /^"Grow", 40 h budgeted, Mon 7 Jun( 2027)? to Tue 7 Dec( 2027)?; carried forward with 2 objectives$/);
  assert.equal(describe({type: 'PlatformWithdrawn', payload: {platformId: 'unknown'}}, known()), 'a platform');
});
