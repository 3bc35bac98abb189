import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  about, addDays, audience, count, day, daysBetween, due, fee, fromLocalInput, fromToday, hours, hoursLine, kind,
  minutes, moment, period, person, planStatus, profile, range, rate, time, toLocalInput,
} from '../../main/resources/webapp/js/wording/format.js';

const NOW = new Date('2026-12-07T17:00:00Z');

test('hours read as a budget: no trailing zeros', () => {
  assert.equal(hours(8), '8 h');
  assert.equal(hours(6.75), '6.75 h');
  assert.equal(hours(2.5), '2.5 h');
  assert.equal(hours(null), '–');
});

test('minutes beyond an hour read as hours and minutes', () => {
  assert.equal(minutes(30), '30 min');
  assert.equal(minutes(60), '1 h');
  assert.equal(minutes(75), '1 h 15 min');
});

test('counts agree with their noun', () => {
  assert.equal(count(1, 'objective'), '1 objective');
  assert.equal(count(3, 'objective'), '3 objectives');
  assert.equal(count(2, 'person', 'people'), '2 people');
});

test('estimates are whole people, never decimals', () => {
  assert.equal(about(62.33), 'about 62');
  assert.equal(about(0.4), 'fewer than 1');
  assert.equal(rate(31.25), '31');
  assert.equal(rate(0.727), '0.7');
  assert.equal(rate(null), '–');
});

test('a day names its weekday, and its year only when it is not this year', () => {
  assert.equal(day('2026-12-21', NOW), 'Mon 21 Dec');
  assert.equal(day('2027-01-25', NOW), 'Mon 25 Jan 2027');
});

test('a range on one day writes the day once', () => {
  assert.equal(range('2026-12-21T08:00:00Z', '2026-12-21T10:15:00Z', NOW), 'Mon 21 Dec, 08:00–10:15');
  assert.equal(range('2027-01-25T11:00:00Z', '2027-01-25T18:00:00Z', NOW), 'Mon 25 Jan 2027, 11:00–18:00');
});

test('a range over two days writes both', () => {
  assert.equal(range('2026-12-21T20:00:00Z', '2026-12-22T01:30:00Z', NOW), 'Mon 21 Dec, 20:00 – Tue 22 Dec, 01:30');
});

test('moments and times', () => {
  assert.equal(moment('2026-12-21T07:30:00Z', NOW), 'Mon 21 Dec, 07:30');
  assert.equal(time('2026-12-21T07:05:00Z'), '07:05');
});

test('a period writes the year once when both ends share it', () => {
  assert.equal(period('2026-12-07', '2027-06-07'), '7 Dec 2026 – 7 Jun 2027');
  assert.equal(period('2027-03-01', '2027-06-30'), '1 Mar – 30 Jun 2027');
});

test('due dates and days read from today', () => {
  assert.equal(due('2026-12-07', '2026-12-07'), 'due today');
  assert.equal(due('2026-12-08', '2026-12-07'), 'due tomorrow');
  assert.equal(due('2026-12-10', '2026-12-07'), 'due in 3 days');
  assert.equal(due('2026-12-06', '2026-12-07'), '1 day overdue');
  assert.equal(due('2026-12-01', '2026-12-07'), '6 days overdue');
  assert.equal(fromToday('2026-12-09', '2026-12-07'), 'in 2 days');
  assert.equal(fromToday('2026-12-06', '2026-12-07'), 'yesterday');
});

test('calendar arithmetic crosses months and years', () => {
  assert.equal(addDays('2026-12-30', 3), '2027-01-02');
  assert.equal(daysBetween('2026-12-30', '2027-01-02'), 3);
  assert.equal(daysBetween('2027-01-02', '2026-12-30'), -3);
});

test('datetime inputs round-trip through ISO instants', () => {
  assert.equal(toLocalInput('2026-12-21T06:30:00Z'), '2026-12-21T06:30');
  assert.equal(fromLocalInput('2026-12-21T06:30'), '2026-12-21T06:30:00.000Z');
  assert.equal(fromLocalInput(''), null);
  assert.equal(fromLocalInput('not a time'), null);
});

test('people, kinds of people, platforms and fees read as words', () => {
  assert.equal(profile({function: 'Procurement', position: 'Director', industry: 'Retail'}), 'Procurement Director in Retail');
  assert.equal(profile({industry: 'Retail'}), 'anyone in Retail');
  assert.equal(profile(null), 'anyone');
  assert.equal(person({name: 'Karin Lund', company: 'Nordic Grocers'}), 'Karin Lund (Nordic Grocers)');
  assert.equal(person({personName: 'Olof Berg'}), 'Olof Berg');
  assert.equal(kind('TRADE_SHOW'), 'Trade show');
  assert.equal(fee(0), 'free');
  assert.equal(fee(650), 'fee 650');
  assert.equal(audience({function: 'Procurement', position: 'Director', industry: 'Retail', share: 0.5}, 60),
    'Procurement Director in Retail: 50 %, about 30 people');
});

test('a plan\'s hours in one line, and a closed plan says so', () => {
  assert.equal(hoursLine({budgeted: 40, planned: 11.75, spent: 2.5}), '11.75 h of 40 h planned · 2.5 h spent');
  assert.equal(planStatus('CLOSED'), 'Closed');
});
