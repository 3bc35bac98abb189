import './time-zone.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {explain, fieldName, fieldSentence, rowSentence, warningSentence}
  from '../../main/resources/webapp/js/wording/messages.js';

const refused = (status, errors, extra = {}) => ({status, problem: {title: 'The request breaks a rule', errors,
  correlationId: 'ba5a34b1-07f7-446e-ab08-4e839ef155e7', ...extra}});

test('the budget refusal says what the platform needs, what is left and how to fix it', () => {
  const text = fieldSentence('hoursBudget',
    'choosing it plans 8.00 h; with 1.25 h already planned that exceeds the budget of 8.00 h');
  assert.equal(text, 'This platform needs 8 h; 6.75 h are left. Raise the budget or withdraw a choice, '
    + 'or plan fewer minutes before and after.');
});

test('missing values ask for the field by its name, never "must not be null"', () => {
  assert.equal(fieldSentence('deadline', 'must not be null'), 'Please give the deadline.');
  assert.equal(fieldSentence('outcome', 'must not be blank'), 'Please give the outcome.');
  assert.equal(fieldSentence('deadline', 'must not be null', {deadline: 'the day it is due'}), 'Please give the day it is due.');
});

test('an id the reader never sees becomes "choose from the list"', () => {
  const text = fieldSentence('planId', 'must be an id (a UUID such as 3f2b8c1e-0a4d-4c6e-9b7a-2d5e8f1c0b9a)');
  assert.equal(text, 'Choose the plan from the list.');
  assert.doesNotMatch(text, /UUID|[0-9a-f]{8}-/);
});

test('fields inside lists are named by their entry', () => {
  assert.equal(fieldName('contactsMet[1].email'), 'the e-mail address of person met 2');
  assert.equal(fieldName('followUps[0].dueOn'), 'the due date of follow-up 1');
  assert.equal(fieldSentence('contactsMet[1].email', 'is not an e-mail address'),
    'The e-mail address of person met 2 is not an e-mail address (like name@example.com).');
});

test('field names inside a reason become words, dates read as days', () => {
  assert.equal(fieldSentence('leftAt', 'must be after arrivedAt'), 'When you left must be after when you arrived.');
  assert.equal(fieldSentence('followUps[0].dueOn', 'must not be before the day of the event (2026-12-21)'),
    'The due date of follow-up 1 must not be before the day of the event (Mon 21 Dec).');
});

test('known rules of the plan read as advice', () => {
  assert.match(fieldSentence('objectives', 'a plan keeps at most 3 active objectives: networking pays off when it '
    + 'is focused, so finish or drop one before adding another'), /^A plan keeps at most 3 active objectives/);
  assert.equal(fieldSentence('targetIds', 'a platform is chosen for the people it serves: name at least one target'),
    'Tick at least one of the people this platform is for: a platform is chosen for who attends it, never for its topic.');
  assert.equal(fieldSentence('outcome', 'say how it went'), 'Say how it went.');
  assert.equal(fieldSentence('objectiveId', 'the objective is ACHIEVED; only an active objective can be revised'),
    'This objective is achieved already: only an active objective can be revised.');
  assert.equal(fieldSentence('statement', 'not specific: "I am just networking" is an unfocused reason, not an objective'),
    'Not specific: "I am just networking" is an unfocused reason, not an objective.');
});

test('an unknown reason still names the field in words and hides ids', () => {
  const text = fieldSentence('platformId', 'clashes with 187b5210-125d-4e42-b6f7-98971b0904f4');
  assert.equal(text, 'The platform clashes with it.');
});

test('a refusal keeps the correlation id only as the reference for support', () => {
  const explained = explain(refused(422, [{field: 'hoursBudget', reason: 'choosing it plans 8.00 h; with 0.00 h already '
    + 'planned that exceeds the budget of 6.00 h'}]));
  assert.equal(explained.title, 'Not saved yet');
  assert.equal(explained.fields[0].text, 'This platform needs 8 h; 6 h are left. Raise the budget or withdraw a choice, '
    + 'or plan fewer minutes before and after.');
  assert.equal(explained.reference, 'ba5a34b1-07f7-446e-ab08-4e839ef155e7');
  assert.doesNotMatch(JSON.stringify([explained.title, explained.sentences, explained.fields.map((one) => one.text)]),
    /hoursBudget|breaks a rule|ba5a34b1/);
});

test('a refused token asks to sign in again and promises the typing is kept', () => {
  const explained = explain({status: 401, problem: {title: 'Unauthorized', detail: 'Jwt expired at 2026-12-07T10:00:00Z'}});
  assert.equal(explained.title, 'Your sign-in has ended');
  assert.equal(explained.signInAgain, true);
  assert.match(explained.sentences[0], /what you typed is kept/);
});

test('statuses without field errors get their own plain sentences', () => {
  assert.equal(explain({status: 0, problem: {}}).title, 'Netfocus cannot be reached');
  assert.match(explain({status: 409, problem: {}}).sentences[0], /Reload the page/);
  assert.deepEqual(explain({status: 429, problem: {}, retryAfterSeconds: 3}).sentences.at(-1), 'Wait 3 seconds and try again.');
  assert.equal(explain({status: 503, problem: {}}).title, 'Netfocus is busy');
  assert.equal(explain({status: 403, problem: {}}, {advice: {403: 'Only an admin adds platforms.'}}).sentences[0],
    'Only an admin adds platforms.');
});

test('a fault in the app itself is not shown as its stack', () => {
  const explained = explain(new TypeError('x is undefined'));
  assert.equal(explained.title, 'Something went wrong in the app');
  assert.doesNotMatch(explained.sentences.join(' '), /undefined/);
});

test('an imported row is reported by line in words', () => {
  assert.equal(rowSentence({line: 4, field: 'email', reason: 'must be a well-formed email address'}),
    'Line 4: The e-mail address is not an e-mail address (like name@example.com).');
  assert.equal(rowSentence({line: 3, field: 'kind', reason: 'must be one of ASSOCIATION_MEETING, TRADE_SHOW, OTHER'}),
    'Line 3: The kind of event must be one of: association meeting, trade show, other event.');
});

test('a soft SMART warning reads as a caution', () => {
  assert.equal(warningSentence('realistic: leaves 10 days from 2026-12-07; allow at least 14 to find and meet the people'),
    'May not be realistic: leaves 10 days from Mon 7 Dec; allow at least 14 to find and meet the people.');
});

test('the everyday refusals say what is wrong and how to fix it', () => {
  assert.equal(fieldSentence('platformId', 'an attendance is logged at it: retract the attendance first to withdraw the '
    + 'choice'), 'You attended it already: take the attendance back first (on Attend), then withdraw the choice.');
  assert.equal(fieldSentence('hoursBudget', 'must not be below the 11.75 h already planned: withdraw a choice first'),
    'The hours budget cannot be below the 11.75 h already planned: withdraw a choice first, or keep the budget.');
  assert.equal(fieldSentence('attendanceId', 'was retracted: log the visit again instead'),
    'This visit was taken back already: log it again instead.');
  assert.equal(fieldSentence('followUpId', 'was cancelled; only an open follow-up changes'),
    'This follow-up was cancelled: only an open one changes.');
  assert.equal(fieldSentence('body', 'give dueOn, action or both'), 'Change the due date, what you will do, or both.');
  assert.equal(fieldSentence('body', 'give at least one of title, periodEnd, hoursBudget'),
    'Nothing was changed: change at least one field, or close the form.');
  assert.equal(fieldSentence('email', 'your contact 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d has this e-mail: edit that one '
    + 'instead'), 'Another of your contacts has this e-mail address: edit that one instead.');
  assert.equal(fieldSentence('targetId', 'is already retired'), 'This target is retired already.');
  assert.equal(fieldSentence('hoursBudget', 'must be positive'), 'The hours budget must be more than 0.');
  assert.match(fieldSentence('dueOn', 'must not be before today (2026-12-07)'), /^The due date must not be before today \(Mon 7 Dec( 2026)?\)\.$/);
});

test('a change to a closed plan is refused as closed, not as a change made at the same moment', () => {
  const explained = explain(refused(409, [{field: 'planId', reason: 'the plan is closed: it stays readable with its '
    + 'history, but takes no more changes'}]));
  assert.equal(explained.title, 'This plan is closed');
  assert.deepEqual(explained.sentences, []);
  assert.deepEqual(explained.fields.map((one) => one.text), ['This plan is closed: it stays readable with its history, '
    + 'but takes no more changes. Go on in the plan that carries it forward.']);
  assert.equal(explain(refused(409, [])).title, 'Changed at the same moment');
});
