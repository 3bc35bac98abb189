// The plan's history: every change as recorded, oldest first, who made it and when, paged ("Show more").
import {getAtVersion} from '../../api/client.js';
import {h} from '../../ui/dom.js';
import {channel, count, day, hours, moment, person, profile} from '../../wording/format.js';

const PAGE = 20;

const LABELS = {
  PlanCreated: 'Plan started', PlanRevised: 'Plan changed', PlanClosed: 'Plan closed',
  ObjectiveDefined: 'Objective defined', ObjectiveRevised: 'Objective revised',
  ObjectiveProgressRecorded: 'Progress recorded', ObjectiveAchieved: 'Objective achieved',
  ObjectiveAbandoned: 'Objective abandoned', TargetIdentified: 'Target named', TargetRetired: 'Target retired',
  OutreachLogged: 'Outreach', PlatformChosen: 'Platform chosen', PlatformWithdrawn: 'Platform withdrawn',
  EventAttended: 'Attended', AttendanceCorrected: 'Attendance corrected', AttendanceRetracted: 'Attendance withdrawn',
  FollowUpScheduled: 'Follow-up promised', FollowUpRevised: 'Follow-up changed', FollowUpCompleted: 'Follow-up done',
  FollowUpCancelled: 'Follow-up cancelled', PersonalDataErased: 'Personal data erased',
};

/** What an event says, in a line of words (never its ids). */
function summary(entry) {
  const p = entry.payload || {};
  switch (entry.type) {
    case 'PlanCreated': return `"${p.title}", ${hours(p.hoursBudget)} budgeted, ${day(p.periodStart)} to ${day(p.periodEnd)}`;
    case 'ObjectiveDefined': case 'ObjectiveRevised': return p.statement;
    case 'ObjectiveProgressRecorded': return `${p.amount} closer${p.note ? `: ${p.note}` : ''}`;
    case 'TargetIdentified': return p.profile ? profile(p.profile) : 'a person known by name';
    case 'PlatformChosen': return `${p.platformName}: arrive ${p.arriveEarlyMinutes} min early, stay ${p.stayLateMinutes} min late`;
    case 'EventAttended': return `${count((p.contactsMet || []).length, 'person', 'people')} met`
      + `${(p.contactsMet || []).some((someone) => someone.name) ? `: ${(p.contactsMet || []).filter((someone) => someone.name)
        .map((someone) => person(someone)).join(', ')}` : ''}`;
    case 'OutreachLogged': return `${channel(p.channel)}: ${p.summary}`;
    case 'FollowUpScheduled': return `${p.followUp?.action || 'follow up'}${p.followUp?.personName ? ` with ${p.followUp.personName}` : ''}`
      + `${p.followUp?.dueOn ? `, by ${day(p.followUp.dueOn)}` : ''}`;
    case 'FollowUpCompleted': return p.outcome || '';
    default: return p.note || p.reason || '';
  }
}

export function historyView(context) {
  const {plan} = context;
  const list = h('ol', {class: 'timeline', id: 'history'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const shown = h('p', {class: 'meta', 'aria-live': 'polite'});
  let next = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const answer = await getAtVersion(`/api/v1/plans/${plan.planId}/history?fromSequence=${next}&limit=${PAGE}`, plan.version);
      const total = Number(answer.headers.get('X-Total-Count') ?? answer.body.length);
      answer.body.forEach((entry) => list.append(h('li', {'data-type': entry.type},
        h('span', {class: 'event-type'}, LABELS[entry.type] || 'Change'), ' ',
        h('span', {class: 'meta'}, `${moment(entry.occurredAt)} · ${entry.actor}`),
        h('div', {}, summary(entry)))));
      next += answer.body.length;
      shown.textContent = `${next} of ${count(total, 'change')}`;
      more.hidden = next >= total;
    } catch (error) {
      shown.textContent = 'The history cannot be read right now; try again in a moment.';
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  load();
  return h('div', {id: 'history-view'}, list, shown, more);
}
