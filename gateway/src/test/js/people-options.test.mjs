import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filterOptions, matchingTarget, mergeOptions, peopleOptions} from '../../main/resources/webapp/js/plans/people-options.js';
import {DIRECTORS, LENA, MANAGERS, namedTarget, profileTarget, SECOND_OBJECTIVE} from './plan-fixture.mjs';

const lena = {contactId: 'contact-lena', name: 'Lena Dahl', company: 'Coop Nord', function: 'Procurement', position: 'Director', industry: 'Retail'};
const erik = {contactId: 'contact-erik', name: 'Erik Lind', company: 'Axfood', function: 'Procurement', position: 'Director', industry: 'Retail'};
const anna = {contactId: 'contact-anna', name: 'Anna Berg', company: 'ICA', function: 'Procurement', position: 'Manager', industry: 'retail'};
const bo = {contactId: 'contact-bo', name: 'Bo Ek', company: 'Bank', function: 'Finance', position: 'CFO', industry: 'Banking'};
const targets = [profileTarget(DIRECTORS), profileTarget(MANAGERS, SECOND_OBJECTIVE, 'Manager'), namedTarget(LENA)];

test('the people the plan names come first, then the matches of this platform\'s targets, then everyone else', () => {
  const options = peopleOptions({contacts: [bo, anna, erik, lena], targets, platformTargetIds: [MANAGERS],
    knownMatches: [{targetId: DIRECTORS, profile: targets[0].profile, contacts: [erik, lena]},
      {targetId: MANAGERS, profile: targets[1].profile, contacts: [anna]}]});
  assert.deepEqual(options.map((option) => [option.name, option.targetId, option.why]), [
    ['Lena Dahl', LENA, 'a person your plan names'],
    ['Anna Berg', MANAGERS, 'fits: Procurement Manager in Retail'],
    ['Erik Lind', DIRECTORS, 'fits: Procurement Director in Retail'],
    ['Bo Ek', null, 'your contact'],
  ]);
});

test('people already picked are not offered again', () => {
  const options = peopleOptions({contacts: [erik, bo], targets, exclude: ['contact-erik']});
  assert.deepEqual(options.map((option) => option.name), ['Bo Ek']);
});

test('a contact fits a kind of person on every field the target gives, ignoring case', () => {
  assert.equal(matchingTarget(anna, targets).targetId, MANAGERS);
  assert.equal(matchingTarget(bo, targets), null);
  assert.equal(matchingTarget({contactId: 'contact-lena'}, targets).targetId, LENA);
  assert.equal(matchingTarget({function: 'Procurement', position: 'Director', industry: 'Retail'},
    [profileTarget('other', 'o'), profileTarget(DIRECTORS)], [DIRECTORS]).targetId, DIRECTORS, 'the platform\'s own target wins');
});

test('typing narrows the list by name or company, word by word', () => {
  const options = peopleOptions({contacts: [bo, anna, erik, lena], targets: []});
  assert.deepEqual(filterOptions(options, 'ber').map((option) => option.name), ['Anna Berg']);
  assert.deepEqual(filterOptions(options, 'coop le').map((option) => option.name), ['Lena Dahl']);
  assert.equal(filterOptions(options, '').length, 4);
});

test('people a search of the whole book finds join the suggestions once, after the best guesses', () => {
  const first = peopleOptions({contacts: [lena], targets});
  const found = peopleOptions({contacts: [erik, lena], targets});
  assert.deepEqual(mergeOptions(first, found).map((option) => option.name), ['Lena Dahl', 'Erik Lind']);
  assert.deepEqual(mergeOptions(first, []), first);
});
