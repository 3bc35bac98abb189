import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {atAGlance, gapLines, memberRows, names, overlapLines, proposalLines}
  from '../../main/resources/webapp/js/teams/coverage-view.js';
import {briefingLines} from '../../main/resources/webapp/js/plans/briefing-view.js';

const NOW = new Date('2026-06-01T08:00:00Z');
const COVERAGE = {
  team: 'team-north', from: '2026-06-01', to: '2026-08-29',
  members: [{memberId: 'ana', hoursBudgeted: 2.5, hoursPlanned: 2, hoursSpent: 0,
    plans: [{planId: 'plan-a', periodStart: '2026-06-01', periodEnd: '2026-08-31'}]}],
  platforms: [{platformId: 'p1', name: 'CFO Breakfast', programStartsAt: '2026-06-10T07:00:00Z', goers: []}],
  overlaps: [{platformId: 'p1', name: 'CFO Breakfast', profile: {function: 'CFO'}, members: ['ana', 'ben'],
    planIds: ['plan-a', 'plan-b']}],
  gaps: [{profile: {function: 'COO'}, members: ['ben'], platforms: [{platformId: 'p2', name: 'Operations Lunch',
    programStartsAt: '2026-07-05T12:00:00Z', expectedPeople: 15, score: 7.5}]}],
};

test('names are listed as people read them', () => {
  assert.equal(names(['ana']), 'ana');
  assert.equal(names(['ana', 'ben']), 'ana and ben');
  assert.equal(names(['ana', 'ben', 'cai']), 'ana, ben and cai');
});

test('overlaps and gaps read at a glance, without ids, dates as people read them', () => {
  assert.equal(atAGlance(COVERAGE, NOW), '1 evening spent twice, 1 kind of person nobody goes for.');
  const [overlap] = overlapLines(COVERAGE, NOW);
  assert.equal(overlap.text, 'CFO Breakfast, Wed 10 Jun: ana and ben both go for CFO.');
  assert.deepEqual(overlap.plans, [{member: 'ana', planId: 'plan-a'}, {member: 'ben', planId: 'plan-b'}]);
  const [gap] = gapLines(COVERAGE, NOW);
  assert.equal(gap.text, 'Nobody goes for COO: ben looks for them.');
  assert.deepEqual(gap.suggestions, ['Operations Lunch, Sun 5 Jul: about 15 of them expected.']);
  assert.doesNotMatch(JSON.stringify([overlap.text, gap.text, gap.suggestions]), /p1|p2|plan-/);
});

test('a team with neither says so', () => {
  assert.match(atAGlance({...COVERAGE, overlaps: [], gaps: []}, NOW), /^No two of you go anywhere/);
});

test('members are listed with their plans by period and their hours', () => {
  const [row] = memberRows(COVERAGE);
  assert.equal(row.member, 'ana');
  assert.deepEqual(row.plans, [{planId: 'plan-a', label: '1 Jun – 31 Aug 2026'}]);
  assert.equal(row.hours, '2 h of 2.5 h planned, 0 h spent');
});

test('the proposal says who goes where, why, and what each would change', () => {
  const proposal = proposalLines({value: 35, membersOwnValue: 20, distinctTargetPeople: 35,
    assignments: [{memberId: 'ben', name: 'Operations Lunch', programStartsAt: '2026-07-05T12:00:00Z',
      reason: 'Go: about 15 COO expected.'}],
    members: [{memberId: 'ben', instead: [{planId: 'plan-b', name: 'CFO Breakfast',
      reason: 'ana already goes there for the same people.'}]}]}, NOW);
  assert.equal(proposal.assignments[0].text, 'ben: Operations Lunch, Sun 5 Jul');
  assert.equal(proposal.changes[0].text, 'ben could skip CFO Breakfast: ana already goes there for the same people.');
  assert.match(proposal.summary, /^Together you meet more people/);
});

test('a briefing reads as what to do, whom to expect and who else goes', () => {
  const lines = briefingLines({
    name: 'CFO Breakfast', location: 'Grand Hotel', organizer: 'Finance Circle', cost: 40,
    arriveAt: '2026-06-10T06:30:00Z', leaveAt: '2026-06-10T08:30:00Z', arriveEarlyMinutes: 30, stayLateMinutes: 30,
    targets: [{targetId: 't1', profile: {function: 'CFO', industry: 'Banking'}, chosenFor: true, expectedPeople: 20},
      {targetId: 't2', profile: {function: 'CTO'}, chosenFor: false, expectedPeople: null}],
    learned: [{summary: 'Tenders open in September', happenedAt: '2026-05-20T10:00:00Z'}],
    teammates: [{memberId: 'ben', profiles: [{function: 'CFO'}]}],
    followUps: [{personName: 'Dora Finn', action: 'bring the benchmark', dueOn: '2026-06-12'}],
    knownContacts: [{name: 'Dora Finn', company: 'Nordbank', learned: ['Tenders open in September']}],
    knownContactsUnavailable: false,
  }, NOW);
  assert.equal(lines.when, 'Wed 10 Jun, 06:30–08:30');
  assert.match(lines.arrive, /^Arrive at 06:30, 30 min before the programme; leave at 08:30, 30 min after it\./);
  assert.equal(lines.where, 'Grand Hotel, by Finance Circle, fee 40');
  assert.deepEqual(lines.whom, ['CFO in Banking (you chose it for them, about 20 expected)', 'CTO (also there)']);
  assert.deepEqual(lines.teammates, ['ben goes too, for CFO: agree who talks to whom.']);
  assert.deepEqual(lines.followUps, ['Dora Finn: bring the benchmark, due Fri 12 Jun']);
  assert.equal(lines.contacts[0].text, 'Dora Finn (Nordbank)');
  assert.equal(lines.contactsUnavailable, false);
});
