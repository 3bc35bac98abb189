// A chosen platform's briefing in the app's words: when to come and go, whom to expect, what was learned, who of the
// team goes too, whom to follow up with, whom you already know. Pure: the page draws it, node --test checks it.
import {about, day, dayOf, fee, minutes, person, profile, range, time} from '../wording/format.js';

/** "CFO in Banking (your target, about 20 expected)". */
function targetLine(target) {
  const who = target.profile ? profile(target.profile) : 'a contact you named';
  const facts = [target.chosenFor ? 'you chose it for them' : 'also there'];
  if (target.expectedPeople !== null && target.expectedPeople !== undefined) facts.push(`${about(target.expectedPeople)} expected`);
  return `${who} (${facts.join(', ')})`;
}

export function briefingLines(briefing, now = new Date()) {
  const where = [briefing.location, briefing.organizer ? `by ${briefing.organizer}` : null, briefing.cost !== null
    && briefing.cost !== undefined ? fee(briefing.cost) : null].filter(Boolean).join(', ');
  return {
    title: briefing.name || 'Your platform',
    when: `${range(briefing.arriveAt, briefing.leaveAt, now)}`,
    arrive: `Arrive at ${time(briefing.arriveAt)}, ${minutes(briefing.arriveEarlyMinutes)} before the programme; `
      + `leave at ${time(briefing.leaveAt)}, ${minutes(briefing.stayLateMinutes)} after it. `
      + 'Most networking happens before and after the programme.',
    where: where || null,
    whom: briefing.targets.map(targetLine),
    learned: briefing.learned.map((entry) => `${entry.summary} (${dayOf(entry.happenedAt, now)})`),
    teammates: briefing.teammates.map((teammate) => `${teammate.memberId} goes too, for `
      + `${teammate.profiles.map(profile).join(', ')}: agree who talks to whom.`),
    followUps: briefing.followUps.map((followUp) => `${person(followUp)}: ${followUp.action}, due ${day(followUp.dueOn, now)}`),
    contacts: (briefing.knownContacts || []).map((contact) => ({
      text: person(contact),
      learned: contact.learned || [],
    })),
    contactsUnavailable: Boolean(briefing.knownContactsUnavailable),
  };
}
