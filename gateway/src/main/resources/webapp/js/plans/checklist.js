// A plan as a checklist: why, who, where, attend, follow up, results. Each step says what is done and what to do
// next, and the plan names its one next step. Pure (no DOM, no requests): it reads the plan as the API serves it,
// and the day and moment it is asked; unit-tested in Node.
import {addDays, count, day, dayOf, due, hours, plusMinutes, profile, rate, time} from '../wording/format.js';
import {warningSentence} from '../wording/messages.js';

export const STEPS = [
  {key: 'why', title: 'Why', heading: 'Why: focused objectives'},
  {key: 'who', title: 'Who', heading: 'Who: the people each objective needs'},
  {key: 'where', title: 'Where', heading: 'Where: platforms within your hours'},
  {key: 'attend', title: 'Attend', heading: 'Attend: arrive early, stay late'},
  {key: 'follow-up', title: 'Follow up', heading: 'Follow up: what you promised'},
  {key: 'results', title: 'Results', heading: 'Results: the return on your time'},
];

/** A step's state: done, something to do, waiting for a date, or not possible before an earlier step. */
export const DONE = 'done';
export const TODO = 'todo';
export const WAITING = 'waiting';
export const LOCKED = 'locked';

const SHORT_STATEMENT = 60;
const DUE_SOON_DAYS = 7;

function short(text) {
  return text.length <= SHORT_STATEMENT ? text : `${text.substring(0, SHORT_STATEMENT - 1).trimEnd()}…`;
}

function step(key, state, summary, next = null, extra = {}) {
  const known = STEPS.find((one) => one.key === key);
  return {key, title: known.title, heading: known.heading, state, summary, next, urgent: false, ...extra};
}

function activeObjectives(plan) {
  return plan.objectives.filter((objective) => objective.status === 'ACTIVE');
}

function targetsOf(objectives, plan) {
  const ids = new Set(objectives.map((objective) => objective.objectiveId));
  return plan.targets.filter((target) => ids.has(target.objectiveId));
}

/** Objectives still counting: active, or achieved (their targets and platforms were done, not dropped). */
function pursuedObjectives(plan) {
  return plan.objectives.filter((objective) => objective.status !== 'ABANDONED');
}

function whyStep(plan, today) {
  const active = activeObjectives(plan);
  const achieved = plan.objectives.filter((objective) => objective.status === 'ACHIEVED');
  const abandoned = plan.objectives.filter((objective) => objective.status === 'ABANDONED');
  if (!active.length && !achieved.length) {
    return step('why', TODO, abandoned.length ? `${count(abandoned.length, 'objective')} abandoned, none active` : 'No objective yet',
      'Define your first objective: who you will meet, and to what end.');
  }
  const summary = [active.length ? count(active.length, 'active objective') : null,
    achieved.length ? `${achieved.length} achieved` : null, abandoned.length ? `${abandoned.length} abandoned` : null]
    .filter(Boolean).join(', ');
  const reached = active.find((objective) => objective.progress && objective.progress.total >= objective.target);
  if (reached) return step('why', TODO, summary, `"${short(reached.statement)}" reached its target: mark it achieved.`);
  const overdue = active.find((objective) => objective.deadline < today);
  if (overdue) {
    return step('why', TODO, summary, `"${short(overdue.statement)}" was due ${day(overdue.deadline)}: `
      + 'mark it achieved, or abandon it and say why.');
  }
  if (!active.length) return step('why', DONE, summary, 'Every objective is closed: define a new one to keep networking with focus.');
  const warned = active.find((objective) => objective.warnings && objective.warnings.length);
  return step('why', DONE, summary, null,
    warned ? {advice: `"${short(warned.statement)}": ${warningSentence(warned.warnings[0])}`} : {});
}

/** Whether a contact was met at one of the plan's events already (by contact, or by the name given there). */
export function metAlready(plan, contact) {
  return plan.attendance.some((entry) => entry.contactsMet.some((someone) => (someone.contactId
    && someone.contactId === contact.contactId) || (someone.name && contact.name
    && someone.name.trim().toLowerCase() === contact.name.trim().toLowerCase())));
}

function whoStep(plan, knownMatches) {
  const active = activeObjectives(plan);
  if (!pursuedObjectives(plan).length) {
    return step('who', LOCKED, 'Not yet', 'Define an objective first: the what determines the who.');
  }
  const targets = targetsOf(pursuedObjectives(plan), plan);
  const named = targets.filter((target) => target.contactId);
  const reachedOut = new Set(plan.outreach.map((entry) => entry.targetId));
  const summary = targets.length
    ? [count(targets.length, 'target'), plan.outreach.length ? `${plan.outreach.length} reached out to` : null]
      .filter(Boolean).join(', ')
    : 'No target yet';
  const withoutTargets = active.filter((objective) => !targets.some((target) => target.objectiveId === objective.objectiveId));
  if (withoutTargets.length) {
    return step('who', TODO, summary, withoutTargets.length === 1
      ? `"${short(withoutTargets[0].statement)}" has no target yet: name the people it needs.`
      : `${withoutTargets.length} objectives have no target yet: name the people each needs.`);
  }
  const activeIds = new Set(active.map((objective) => objective.objectiveId));
  const notReached = named.filter((target) => activeIds.has(target.objectiveId) && !reachedOut.has(target.targetId));
  if (notReached.length) {
    return step('who', TODO, summary, `Reach out to ${count(notReached.length, 'person', 'people')} you know `
      + '(phone, e-mail or in person): start with the people you already know.');
  }
  const targetIds = new Set(targets.map((target) => target.targetId));
  const namedContacts = new Set(named.map((target) => target.contactId));
  const fitting = new Set((knownMatches || []).filter((match) => targetIds.has(match.targetId))
    .flatMap((match) => match.contacts).filter((contact) => !namedContacts.has(contact.contactId) && !metAlready(plan, contact))
    .map((contact) => contact.contactId));
  return step('who', DONE, summary, null, fitting.size
    ? {advice: `${count(fitting.size, 'person', 'people')} you know ${fitting.size === 1 ? 'fits' : 'fit'} your targets: start with them.`}
    : {});
}

function whereStep(plan) {
  const targets = targetsOf(pursuedObjectives(plan), plan);
  if (!targets.length) return step('where', LOCKED, 'Not yet', 'Name who you need first: the who determines the where.');
  const activeTargets = new Set(targetsOf(activeObjectives(plan), plan).map((target) => target.targetId));
  const {budgeted, planned} = plan.hours;
  const left = Math.max(0, budgeted - planned);
  const summary = `${plan.platforms.length ? count(plan.platforms.length, 'platform') + ' chosen' : 'No platform chosen'}, `
    + `${hours(planned)} of ${hours(budgeted)} planned, ${hours(left)} left`;
  const served = new Set(plan.platforms.flatMap((platform) => platform.targetIds));
  const unserved = targets.filter((target) => target.profile && activeTargets.has(target.targetId) && !served.has(target.targetId));
  if (unserved.length) {
    const which = unserved.length === 1 ? `1 target has no platform yet (${profile(unserved[0].profile)})`
      : `${unserved.length} targets have no platform yet`;
    return step('where', TODO, summary, left > 0
      ? `${which}: choose where many such people meet, within the ${hours(left)} left.`
      : `${which}, and no hours are left: raise the budget or withdraw a choice.`, {left});
  }
  if (!plan.platforms.length) {
    return step('where', DONE, 'No platform needed: you know everyone by name', null, {left});
  }
  // a choice whose targets were all retired or abandoned: its hours serve nobody the plan still pursues
  const pursued = new Set(targets.map((target) => target.targetId));
  const idle = plan.platforms.filter((platform) => !platform.targetIds.some((id) => pursued.has(id))
    && !plan.attendance.some((entry) => entry.platformId === platform.platformId));
  if (idle.length) {
    return step('where', TODO, summary, `${idle[0].platformName} serves no active target any more: withdraw it to free `
      + `its ${hours(idle[0].plannedHours)}${idle.length > 1 ? ` (and ${count(idle.length - 1, 'other')})` : ''}.`,
    {left, platformId: idle[0].platformId});
  }
  return step('where', DONE, summary, null, {left});
}

function attendanceOf(plan, platformId) {
  return plan.attendance.filter((entry) => entry.platformId === platformId);
}

/** When to be there: from the programme start minus the early minutes to its end plus the late ones. */
export function stay(platform) {
  return {from: plusMinutes(platform.programStartsAt, -platform.arriveEarlyMinutes),
    until: plusMinutes(platform.programEndsAt, platform.stayLateMinutes)};
}

/** "Retail Breakfast on Mon 21 Dec: arrive 06:30, stay until 09:00". */
export function visitSentence(platform, now = new Date()) {
  const {from, until} = stay(platform);
  return `${platform.platformName} on ${dayOf(from, now)}: arrive ${time(from)}, stay until ${time(until)}`;
}

function attendStep(plan, now) {
  if (!plan.platforms.length) return step('attend', LOCKED, 'Not yet', 'Choose a platform first.');
  const attended = plan.platforms.filter((platform) => attendanceOf(plan, platform.platformId).length);
  const spent = plan.attendance.reduce((sum, entry) => sum + entry.hoursInvested, 0);
  const met = plan.attendance.reduce((sum, entry) => sum + entry.contactsMet.length, 0);
  const summary = `${attended.length} of ${plan.platforms.length} attended`
    + (plan.attendance.length ? `, ${hours(spent)} spent, ${count(met, 'person', 'people')} met` : '');
  const nowMs = new Date(now).getTime();
  const open = plan.platforms.filter((platform) => !attendanceOf(plan, platform.platformId).length)
    .map((platform) => ({platform, ...stay(platform)}))
    .sort((a, b) => a.from.localeCompare(b.from));
  const past = open.find((visit) => new Date(visit.until).getTime() < nowMs);
  if (past) {
    return step('attend', TODO, summary, `Log who you met at ${past.platform.platformName} (${dayOf(past.from, now)}).`,
      {urgent: true, platformId: past.platform.platformId});
  }
  const current = open.find((visit) => new Date(visit.from).getTime() <= nowMs);
  if (current) {
    return step('attend', TODO, summary, `Now: ${visitSentence(current.platform, now)}. Log the people you meet as you go.`,
      {urgent: true, platformId: current.platform.platformId});
  }
  if (open.length) {
    return step('attend', WAITING, summary, `${visitSentence(open[0].platform, now)}.`, {platformId: open[0].platform.platformId});
  }
  return step('attend', DONE, summary);
}

function followUpStep(plan, today) {
  const open = plan.followUps.filter((followUp) => followUp.status === 'OPEN').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const done = plan.followUps.filter((followUp) => followUp.status === 'DONE').length;
  const cancelled = plan.followUps.filter((followUp) => followUp.status === 'CANCELLED').length;
  const summary = plan.followUps.length ? `${open.length} open, ${done} done${cancelled ? `, ${cancelled} cancelled` : ''}`
    : 'Nothing promised yet';
  if (!plan.followUps.length) {
    return step('follow-up', plan.attendance.length ? TODO : WAITING, summary, plan.attendance.length
      ? 'Promise the people you met a next step: a follow-up turns a talk into an outcome.'
      : 'Follow-ups come from the people you meet.');
  }
  const overdue = open.filter((followUp) => followUp.dueOn < today);
  const soon = open.filter((followUp) => followUp.dueOn <= addDays(today, DUE_SOON_DAYS));
  const what = (followUp) => `${followUp.action || 'follow up'}${followUp.personName ? ` (${followUp.personName})` : ''}`;
  if (overdue.length) {
    return step('follow-up', TODO, summary, overdue.length === 1
      ? `1 follow-up is overdue: ${what(overdue[0])}, ${due(overdue[0].dueOn, today)}.`
      : `${overdue.length} follow-ups are overdue: start with ${what(overdue[0])}.`, {urgent: true});
  }
  if (soon.length) {
    return step('follow-up', TODO, summary, soon.length === 1
      ? `1 follow-up ${due(soon[0].dueOn, today)}: ${what(soon[0])}.`
      : `${soon.length} follow-ups due this week: the first ${due(soon[0].dueOn, today)}.`);
  }
  if (open.length) return step('follow-up', WAITING, summary, `Next follow-up ${due(open[0].dueOn, today)}: ${what(open[0])}.`);
  return step('follow-up', DONE, summary);
}

function resultsStep(plan) {
  if (!plan.attendance.length) {
    return step('results', WAITING, 'Nothing measured yet', 'The return on your time shows once you log an attendance.');
  }
  const spent = plan.attendance.reduce((sum, entry) => sum + entry.hoursInvested, 0);
  const targetPeople = plan.attendance.flatMap((entry) => entry.contactsMet).filter((person) => person.targetId).length;
  return step('results', DONE, `${hours(spent)} spent, ${count(targetPeople, 'target person', 'target people')} met`
    + (spent > 0 ? `: ${rate(targetPeople / spent)} per hour` : ''));
}

const CLOSED = 'CLOSED';

/** A closed plan asks for nothing: what was done stays, the rest is not done any more, and its results are read. */
function closedChecklist(plan, steps) {
  const kept = steps.map((one) => (one.state === DONE ? {...one, next: null, advice: null, urgent: false}
    : {...one, state: LOCKED, next: null, advice: null, urgent: false}));
  const results = kept.find((one) => one.key === 'results');
  const next = {...results, next: plan.nextPlanId ? 'This plan is closed and carried forward: go on in the new plan.'
    : 'This plan is closed: its results and history stay readable.', closed: true};
  return {steps: kept, next};
}

/**
 * The checklist of a plan.
 * @param plan         the plan as GET /plans/{id} serves it
 * @param today        the reader's day (ISO date)
 * @param now          the reader's moment (Date or ISO instant)
 * @param knownMatches optional: GET /known-matches' matches, to suggest people already known
 * @returns {steps: [{key, title, heading, state, summary, next, advice?, urgent, platformId?}], next: step} (a closed
 *          plan's next step is its results, with `closed`)
 */
export function checklist(plan, {today, now, knownMatches = null}) {
  const steps = [whyStep(plan, today), whoStep(plan, knownMatches), whereStep(plan), attendStep(plan, now),
    followUpStep(plan, today), resultsStep(plan)];
  if (plan.status === CLOSED) return closedChecklist(plan, steps);
  const next = steps.find((one) => one.state === TODO && one.urgent)
    || steps.find((one) => one.state === TODO)
    || steps.find((one) => one.state === WAITING && one.next && one.key !== 'results')
    || steps.find((one) => one.key === 'results');
  return {steps, next};
}
