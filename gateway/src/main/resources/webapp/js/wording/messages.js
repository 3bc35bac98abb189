// What a refusal means, in plain sentences: the API's problem+json ({status, title, errors: [{field, reason}],
// correlationId}) becomes a headline, one sentence per field saying what is wrong and how to fix it, and the
// reference for support. No field names, ids or codes reach the reader. Pure (no DOM), unit-tested in Node.
import {day, hours, kind, moment, number, sentence} from './format.js';

/** What each API field is called in a sentence; arrays are named by their entry ("person met 2"). */
const FIELD_NAMES = {
  title: 'the title', periodStart: 'the first day', periodEnd: 'the last day', hoursBudget: 'the hours budget',
  statement: 'the objective', outcome: 'the outcome', metric: 'what you count', target: 'how many',
  deadline: 'the deadline', objectiveId: 'the objective', objectives: 'the objectives',
  targetId: 'the person this is for', targetIds: 'the people it serves', contactId: 'the contact',
  profile: 'the kind of person', 'profile.function': 'the function', 'profile.position': 'the position',
  'profile.industry': 'the industry', priority: 'the priority', rationale: 'why this person matters',
  channel: 'how you reached out', happenedAt: 'when it happened', summary: 'what you learned',
  platformId: 'the platform', arriveEarlyMinutes: 'the minutes to arrive early',
  stayLateMinutes: 'the minutes to stay late', arrivedAt: 'when you arrived', leftAt: 'when you left',
  contactsMet: 'the people met', 'contactsMet[]': 'the person met', name: 'the name', company: 'the company',
  function: 'the function', position: 'the position', industry: 'the industry', email: 'the e-mail address',
  phone: 'the phone number', followUps: 'the follow-ups', 'followUps[]': 'the follow-up', dueOn: 'the due date',
  action: 'what you will do', personName: 'who it is with', amount: 'the amount', note: 'the note',
  reason: 'the reason', notes: 'the notes', file: 'the file', header: 'the first line of the file',
  row: 'the row', kind: 'the kind of event', organizer: 'the organiser', topic: 'the topic',
  location: 'the location', cost: 'the cost', expectedAttendance: 'the expected attendance',
  networkingSupported: 'whether networking is encouraged', audience: 'who attends', 'audience[]': 'the audience row',
  share: 'the share', startsAt: 'when the doors open', endsAt: 'when the doors close',
  programStartsAt: 'when the programme starts', programEndsAt: 'when the programme ends', dueBy: 'the last day shown',
  planId: 'the plan', followUpId: 'the follow-up', outreachId: 'the outreach', attendanceId: 'the attendance',
  body: 'the change', carryForward: 'carrying forward',
  sub: 'the user', org: 'the organisation', team: 'the team', roles: 'the roles', token: 'the token',
};

/** The entry of a list a field sits in: "contactsMet[1].email" is about the second person met. */
const ENTRY_NAMES = {contactsMet: 'person met', followUps: 'follow-up', audience: 'audience row', targetIds: 'target'};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_INSTANT = /\d{4}-\d\d-\d\dT[\d:.]+Z/g;
const ISO_DATE = /\b\d{4}-\d\d-\d\d\b/g;

/** How a field is named in a sentence: the form's own label when it has one, else the known name. */
export function fieldName(field, labels = {}) {
  if (!field) return 'this';
  const generic = field.replace(/\[\d+\]/g, '[]');
  const own = labels[field] || labels[generic];
  if (own) return own;
  const leaf = generic.split('.').pop().replace('[]', '');
  const named = FIELD_NAMES[generic] || FIELD_NAMES[leaf] || FIELD_NAMES[generic.replace(/\[\]$/, '')];
  const entry = /^([a-zA-Z]+)\[(\d+)\]/.exec(field);
  const base = named || `the ${leaf.replace(/Ids?$/, '').replace(/([A-Z])/g, ' $1').toLowerCase()}`;
  if (entry && ENTRY_NAMES[entry[1]]) {
    const position = `${ENTRY_NAMES[entry[1]]} ${Number(entry[2]) + 1}`;
    return generic.includes('].') ? `${base} of ${position}` : position;
  }
  return base;
}

/** Dates, instants and ids in a reason, as the reader sees them (ids say nothing to a person). */
function readable(text) {
  return text
    .replace(ISO_INSTANT, (instant) => moment(instant))
    .replace(ISO_DATE, (date) => day(date))
    .replace(UUID, 'it')
    .replace(/\b(\d+)\.00\b/g, '$1');
}

/** Field names inside a reason ("must be after arrivedAt") become words. */
function withFieldNames(text, labels) {
  return text.replace(/\b([a-z]+[A-Z][a-zA-Z]*)\b/g, (word) => (FIELD_NAMES[word] || labels[word] ? fieldName(word, labels) : word));
}

const TYPES = {
  LocalDate: 'is not a date', Instant: 'is not a date and time', OffsetDateTime: 'is not a date and time',
  Integer: 'must be a whole number', int: 'must be a whole number', Long: 'must be a whole number',
  long: 'must be a whole number', Double: 'must be a number', double: 'must be a number', BigDecimal: 'must be a number',
  Boolean: 'must be yes or no', boolean: 'must be yes or no',
};

/**
 * Known reasons, each with the sentence it becomes. `name` is the field as named in a sentence; a rule returns
 * the whole sentence (without the final full stop).
 */
const RULES = [
  [/^(must not be (null|blank|empty)|is required|is missing)\b/, (name) => `Please give ${name}`],
  [/^must be an id\b/, (name) => `Choose ${name} from the list`],
  [/(not an e-mail address|well-formed email)/, (name) => `${sentence(name)} is not an e-mail address (like name@example.com)`],
  [/choosing it plans ([\d.]+) h; with ([\d.]+) h already planned that exceeds the budget of ([\d.]+) h/,
    (name, [, needed, planned, budget]) => `This platform needs ${hours(Number(needed))}; `
      + `${hours(Math.max(0, Number(budget) - Number(planned)))} ${Number(budget) - Number(planned) === 1 ? 'is' : 'are'} left. `
      + 'Raise the budget or withdraw a choice, or plan fewer minutes before and after'],
  [/a platform is chosen for the people it serves/,
    () => 'Tick at least one of the people this platform is for: a platform is chosen for who attends it, never for its topic'],
  [/is already chosen for this plan/, () => 'This platform is already in your plan'],
  [/is not a platform of your org's catalog/, () => 'This platform is no longer in your organisation\'s catalog'],
  [/attendance is logged only at a platform chosen in this plan/,
    () => 'Choose this platform for the plan first, then log your attendance'],
  [/a stay longer than (\d+) hours is not credible/,
    (name, [, limit]) => `A stay of more than ${limit} hours is unlikely: check when you arrived and left`],
  [/give a contactId or the name of the person met/, () => 'Pick a person or type a name'],
  [/give a contactId or the person's name/, () => 'Say who the follow-up is with'],
  [/give either a contactId or a personName, not both/, () => 'Pick a contact or type a name, not both'],
  [/^say (.*)$/, (name, [, what]) => sentence(`say ${what}`)],
  [/a plan keeps at most (\d+) active objectives/, (name, [, limit]) => `A plan keeps at most ${limit} active `
    + 'objectives, so that it stays focused: mark one achieved or abandon it before adding another'],
  [/the objective is (\w+); only an active objective can be (\w+)/, (name, [, status, change]) =>
    `This objective is ${status.toLowerCase()} already: only an active objective can be ${change}`],
  [/was already completed at (\S+)/, (name, [, when]) => `This follow-up was already done (${moment(when)})`],
  [/^not (specific|measurable|achievable|realistic|timely): (.*)$/s, (name, [, criterion, why]) =>
    `Not ${criterion}: ${readable(why)}`],
  [/^at most (\d+) at a time/, (name, [, limit]) => `Record at most ${limit} at a time, as it happens`],
  [/^must be a positive number/, (name) => `${sentence(name)} must be more than 0`],
  [/^must be between (\S+) and (\S+)$/, (name, [, low, high]) => `${sentence(name)} must be between ${low} and ${high}`],
  [/^size must be between 0 and (\d+)|^must be at most (\d+) characters/, (name, [, a, b]) =>
    `${sentence(name)} is too long: at most ${a || b} characters`],
  [/^cannot be read as (\w+)/, (name, [, type]) => `${sentence(name)} ${TYPES[type] || 'cannot be read'}`],
  [/^must be one of (.*)$/, (name, [, codes]) => `${sentence(name)} must be one of: `
    + codes.split(/,\s*/).map((code) => (kind(code) === 'Event' ? code.toLowerCase() : kind(code).toLowerCase())).join(', ')],
  [/shares add up to ([\d.]+)/, (name, [, total]) => `The shares of who attends add up to ${number(Number(total) * 100)} %: `
    + 'together they may be at most 100 %'],
  [/must name a function, a position or an industry/,
    (name) => `Give a function, a position or an industry for ${name}`],
  [/(control characters|emoji|broken character)/,
    (name) => `${sentence(name)} holds characters that cannot be stored here (such as emoji or line breaks)`],
  [/already exists in this plan/, () => 'This is in the plan already: reload the page to see it'],
  [/the plan is closed/, () => 'This plan is closed: it stays readable with its history, but takes no more changes. '
    + 'Go on in the plan that carries it forward'],
  [/an attendance is logged at it: retract the attendance first/, () => 'You attended it already: take the attendance '
    + 'back first (on Attend), then withdraw the choice'],
  [/is not chosen in this plan/, () => 'This platform is not in your plan any more: reload the page to see it'],
  [/must not be below the ([\d.]+) h already planned/, (name, [, planned]) => `${sentence(name)} cannot be below the `
    + `${hours(Number(planned))} already planned: withdraw a choice first, or keep the budget`],
  [/was retracted: log the visit again instead/, () => 'This visit was taken back already: log it again instead'],
  [/was cancelled; only an open follow-up changes/, () => 'This follow-up was cancelled: only an open one changes'],
  [/^is already retired/, () => 'This target is retired already'],
  [/is retired: no new work is planned for it/, () => 'One of the people ticked is retired from the plan: untick them'],
  [/^give dueOn, action or both/, () => 'Change the due date, what you will do, or both'],
  [/^give at least one of/, () => 'Nothing was changed: change at least one field, or close the form'],
  [/has this e-mail: edit that one instead/, () => 'Another of your contacts has this e-mail address: edit that one '
    + 'instead'],
  [/has this name and company: edit that one instead/, () => 'Another of your contacts has this name and company: edit '
    + 'that one instead'],
  [/^must be positive/, (name) => `${sentence(name)} must be more than 0`],
  [/^(is not a known field|is not well-formed JSON)/,
    () => 'The app sent something the server did not expect: reload the page and try again'],
  [/^may hold only digits/, (name) => `${sentence(name)} may hold only digits, spaces and + ( ) . / -`],
  [/^names unknown columns \[?([^\]]*)\]?; the columns are (.*)$/, (name, [, unknown, known]) =>
    `The file has columns this import does not know (${unknown}); the columns it reads are ${known}`],
  [/^lacks the columns (.*)$/, (name, [, missing]) => `The file lacks the columns ${missing}`],
  [/^has (\d+) values but the header names (\d+)/, (name, [, got, expected]) =>
    `This row has ${got} values but the first line names ${expected} columns`],
  [/^is not UTF-8 text|^is not text/, () => 'The file is not a text file: save it as CSV (UTF-8) or vCard and try again'],
  [/^is empty$/, (name) => `${sentence(name)} is empty`],
  [/^has a header but no rows/, () => 'The file has a first line but no rows'],
];

/** One field's refusal as a sentence ending in a full stop. */
export function fieldSentence(field, reason, labels = {}) {
  const name = fieldName(field, labels);
  const text = String(reason || '').trim();
  for (const [pattern, write] of RULES) {
    const match = pattern.exec(text);
    if (match) return `${write(name, match)}.`;
  }
  const plain = readable(withFieldNames(text.replace(/\s*\((a UUID|such as)[^)]*\)/g, ''), labels));
  return `${sentence(name)} ${plain}${/[.!?]$/.test(plain) ? '' : '.'}`;
}

/** A reader's sentence for a refused row of an imported file. */
export function rowSentence(rejection, labels = {}) {
  return `Line ${rejection.line}: ${fieldSentence(rejection.field, rejection.reason, labels)}`;
}

const BY_STATUS = {
  0: ['Netfocus cannot be reached', 'Check your connection and try again; what you typed is kept.'],
  400: ['Please check what you entered', null],
  401: ['Your sign-in has ended', 'Sign in again: what you typed is kept, and you come back here.'],
  403: ['You may not do this', 'Only the plan\'s owner changes a plan; some pages are for managers or admins.'],
  404: ['Not found', 'It may have been removed, or it belongs to another organisation.'],
  409: ['Changed at the same moment', 'This was changed just now (perhaps in another tab). Reload the page and try again.'],
  413: ['Too large', 'The file or text is too large: split it and try again.'],
  415: ['This kind of file cannot be read', 'Use a CSV file or one of the formats named on this page.'],
  422: ['Not saved yet', null],
  429: ['Too many requests at once', null],
  502: ['Netfocus is busy', 'A part of Netfocus did not answer. Try again in a moment; nothing was lost.'],
  503: ['Netfocus is busy', 'A part of Netfocus did not answer. Try again in a moment; nothing was lost.'],
  504: ['Netfocus is busy', 'A part of Netfocus did not answer in time. Try again in a moment; nothing was lost.'],
};

/**
 * A refusal as the reader should see it.
 * @param error  an ApiError-like {status, problem, retryAfterSeconds}, or any thrown value
 * @param labels the form's names of its fields ({field: 'the deadline'}), preferred to the known ones
 * @param advice sentences for this place, by status ({403: 'Only ... can erase a contact.'})
 * @returns {title, sentences: [string], fields: [{field, text}], reference, signInAgain}
 */
export function explain(error, {labels = {}, advice = {}} = {}) {
  if (!error || typeof error.status !== 'number') {
    return {title: 'Something went wrong in the app', sentences: ['Reload the page and try again; what you typed is kept.'],
      fields: [], reference: null, signInAgain: false};
  }
  const problem = error.problem || {};
  const status = error.status;
  const closedPlan = status === 409 && (Array.isArray(problem.errors) ? problem.errors : [])
    .some((one) => /the plan is closed/.test(String(one.reason)));
  const [title, general] = closedPlan ? ['This plan is closed', null] : BY_STATUS[status] || (status >= 500
    ? ['Something went wrong', 'Try again. If it keeps happening, tell support the reference below.']
    : ['Not done', null]);
  const fields = (Array.isArray(problem.errors) ? problem.errors : [])
    .map((one) => ({field: one.field, text: fieldSentence(one.field, one.reason, labels)}));
  const sentences = [];
  if (advice[status]) sentences.push(advice[status]);
  else if (general) sentences.push(general);
  if (status === 429) {
    sentences.push(`Wait ${error.retryAfterSeconds || 1} seconds and try again.`);
  }
  if (!fields.length && !general && !advice[status] && problem.detail) {
    const detail = readable(withFieldNames(String(problem.detail), labels));
    sentences.push(`${sentence(detail)}${/[.!?]$/.test(detail) ? '' : '.'}`);
  }
  return {title, sentences, fields, reference: problem.correlationId || null, signInAgain: status === 401};
}

/** A reason the server wrote (a SMART verdict, say), with its dates and ids as the reader sees them. */
export function plainReason(reason) {
  return readable(String(reason || ''));
}

/** A soft SMART warning ("realistic: leaves 10 days ...") as a sentence. */
export function warningSentence(warning) {
  const match = /^(specific|measurable|achievable|realistic|timely): (.*)$/s.exec(String(warning || ''));
  const text = match ? `May not be ${match[1]}: ${readable(match[2])}` : sentence(readable(String(warning || '')));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
