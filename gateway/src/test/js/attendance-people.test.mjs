import {test} from 'node:test';
import assert from 'node:assert/strict';
import {contactsMet, peopleOfAttendance, promisedFollowUps}
  from '../../main/resources/webapp/js/plans/attendance-people.js';
import {attended, DIRECTORS, LENA} from './plan-fixture.mjs';

const lena = {contactId: 'contact-lena', name: 'Lena Dahl', company: 'Coop Nord'};
const per = {contactId: null, name: 'Per Ek', company: 'Axfood', email: 'per.ek@example.test', function: 'Procurement',
  position: 'Director', industry: 'Retail', targetId: DIRECTORS, personId: 'person-per'};

test('a logged visit\'s people come back to the form: contacts named from the book, new people as they were given', () => {
  const entry = attended(undefined, [{contactId: 'contact-lena', targetId: LENA}, per]);
  assert.deepEqual(peopleOfAttendance(entry, [lena]), [
    {contactId: 'contact-lena', name: 'Lena Dahl', company: 'Coop Nord', targetId: LENA},
    {name: 'Per Ek', company: 'Axfood', email: 'per.ek@example.test', function: 'Procurement', position: 'Director',
      industry: 'Retail', targetId: DIRECTORS, personId: 'person-per'}]);
  assert.equal(peopleOfAttendance(attended(undefined, [{contactId: 'contact-gone'}]), [])[0].name, 'a contact');
});

test('the form\'s people are sent as contacts by id, new people by name; a person met keeps their personId', () => {
  const entry = attended(undefined, [{contactId: 'contact-lena', targetId: LENA}, per]);
  assert.deepEqual(contactsMet(peopleOfAttendance(entry, [lena])), [
    {contactId: 'contact-lena', targetId: LENA},
    {name: 'Per Ek', company: 'Axfood', email: 'per.ek@example.test', function: 'Procurement', position: 'Director',
      industry: 'Retail', targetId: DIRECTORS, personId: 'person-per'}]);
  assert.deepEqual(contactsMet([{name: 'Sara Nyman', company: null}]), [{name: 'Sara Nyman', company: null, email: null,
    function: null, position: null, industry: null, targetId: null}]);
});

test('only follow-ups with words of what to do are promised, with whom', () => {
  const people = [{...lena, targetId: LENA, followUp: {action: ' Book a meeting ', dueOn: '2026-12-23'}},
    {name: 'Per Ek', targetId: DIRECTORS, followUp: {action: 'Send the case', dueOn: ''}},
    {name: 'Sara Nyman', followUp: {action: '  ', dueOn: '2026-12-23'}}];
  assert.deepEqual(promisedFollowUps(people), [
    {contactId: 'contact-lena', targetId: LENA, dueOn: '2026-12-23', action: 'Book a meeting'},
    {personName: 'Per Ek', targetId: DIRECTORS, dueOn: null, action: 'Send the case'}]);
});
