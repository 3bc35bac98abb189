// A plan's history in words: each recorded change as a label and a line that says what it did and why (never an
// id). Pure (no DOM, no requests), unit-tested in Node.
import {channel, count, day, hours, person, profile} from '../wording/format.js';

export const LABELS = {
  PlanCreated: 'Plan started', PlanRevised: 'Plan changed', PlanClosed: 'Plan closed',
  ObjectiveDefined: 'Objective defined', ObjectiveRevised: 'Objective revised',
  ObjectiveProgressRecorded: 'Progress recorded', ObjectiveAchieved: 'Objective achieved',
  ObjectiveAbandoned: 'Objective abandoned', TargetIdentified: 'Target named', TargetRetired: 'Target retired',
  OutreachLogged: 'Outreach', PlatformChosen: 'Platform chosen', PlatformWithdrawn: 'Platform withdrawn',
  EventAttended: 'Attended', AttendanceCorrected: 'Attendance corrected', AttendanceRetracted: 'Attendance taken back',
  FollowUpScheduled: 'Follow-up promised', FollowUpRevised: 'Follow-up changed', FollowUpCompleted: 'Follow-up done',
  FollowUpCancelled: 'Follow-up cancelled', PersonalDataErased: 'Personal data erased',
};

function peopleMet(contactsMet = []) {
  const named = contactsMet.filter((someone) => someone.name);
  return `${count(contactsMet.length, 'person', 'people')} met${named.length ? `: ${named.map(person).join(', ')}` : ''}`;
}

function why(text, reason) {
  if (!reason) return text;
  return text ? `${text}. Why: ${reason}` : `Why: ${reason}`;
}

/**
 * What a recorded change says, in a line of words.
 * @param entry the history entry ({type, payload})
 * @param known names the payload refers to by id: {platforms: Map(id, name), targets: Map(id, words)}
 */
export function describe(entry, known = {platforms: new Map(), targets: new Map()}) {
  const p = entry.payload || {};
  const platform = (id) => known.platforms.get(id) || 'a platform';
  switch (entry.type) {
    case 'PlanCreated': return `"${p.title}", ${hours(p.hoursBudget)} budgeted, ${day(p.periodStart)} to ${day(p.periodEnd)}`
      + (p.carriedForward ? `; carried forward with ${count((p.carriedForward.objectives || []).length, 'objective')}` : '');
    case 'PlanRevised': return why(`"${p.title}", ${hours(p.hoursBudget)} budgeted, until ${day(p.periodEnd)}`, p.reason);
    case 'PlanClosed': return why(p.nextPlanId ? 'Carried forward into a new plan' : 'Closed', p.reason);
    case 'ObjectiveDefined': case 'ObjectiveRevised': return p.statement;
    case 'ObjectiveProgressRecorded': return `${p.amount} closer${p.note ? `: ${p.note}` : ''}`;
    case 'TargetIdentified': return p.profile ? profile(p.profile) : 'a person known by name';
    case 'TargetRetired': return why(known.targets.get(p.targetId) || 'a target', p.reason);
    case 'PlatformChosen': return `${p.platformName}: arrive ${p.arriveEarlyMinutes} min early, stay ${p.stayLateMinutes} min late`;
    case 'PlatformWithdrawn': return why(platform(p.platformId), p.reason);
    case 'EventAttended': return peopleMet(p.contactsMet);
    case 'AttendanceCorrected': return why(`${platform(p.platformId)}: ${hours(p.hoursInvested)}, ${peopleMet(p.contactsMet)}`,
      p.reason);
    case 'AttendanceRetracted': return why(p.platformId ? platform(p.platformId) : 'a visit', p.reason);
    case 'OutreachLogged': return `${channel(p.channel)}: ${p.summary}`;
    case 'FollowUpScheduled': return `${p.followUp?.action || 'follow up'}${p.followUp?.personName ? ` with ${p.followUp.personName}` : ''}`
      + `${p.followUp?.dueOn ? `, by ${day(p.followUp.dueOn)}` : ''}`;
    case 'FollowUpRevised': return why([p.action, p.dueOn ? `by ${day(p.dueOn)}` : null].filter(Boolean).join(', '), p.reason);
    case 'FollowUpCompleted': return p.outcome || '';
    case 'FollowUpCancelled': return why('', p.reason);
    default: return p.note || p.reason || '';
  }
}

/** Names the entries of a page teach the later ones: a platform chosen names the platform its withdrawal refers to. */
export function learnNames(entries, known) {
  entries.filter((entry) => entry.type === 'PlatformChosen' && entry.payload)
    .forEach((entry) => known.platforms.set(entry.payload.platformId, entry.payload.platformName));
  return known;
}
