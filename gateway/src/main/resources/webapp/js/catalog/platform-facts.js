// What a rep needs to know of a platform to pick it wisely: when (programme and doors), where, who organises it,
// what it costs, whether networking is encouraged, and who attends it (never its topic as a reason to go).
import {h} from '../ui/dom.js';
import {about, audience, count, fee, kind, range, time} from '../wording/format.js';

/** Label/value rows as a definition list. */
export function factList(rows) {
  return h('dl', {class: 'facts'}, rows.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

/** The facts of a catalog platform; `extra` rows ([label, value]) come first. */
export function platformFacts(platform, extra = []) {
  if (!platform) return factList(extra);
  const rows = [
    ...extra,
    ['Programme', `${range(platform.programStartsAt, platform.programEndsAt)} (doors ${time(platform.startsAt)}–`
      + `${time(platform.endsAt)})`],
    ['Where', platform.location],
    ['Organiser', platform.organizer || 'not given'],
    ['Cost', fee(platform.cost)],
    ['Networking', platform.networkingSupported ? 'encouraged' : 'not part of the programme'],
    ['Who attends', h('ul', {class: 'audience'},
      h('li', {}, `${about(platform.expectedAttendance)} people expected`),
      platform.audience.map((segment) => h('li', {}, audience(segment, platform.expectedAttendance))))],
  ];
  if (platform.topic) rows.push(['Topic', `${platform.topic} (shown, never a reason to go)`]);
  if (platform.activity && platform.activity.timesChosen) {
    rows.push(['In your organisation', `chosen ${count(platform.activity.timesChosen, 'time')}, `
      + `${platform.activity.attendances} attended, ${count(platform.activity.peopleMet, 'person', 'people')} met`]);
  }
  return factList(rows);
}

/** One line of where, who organises, the cost and how many attend; the full facts folded below it. */
export function platformSummary(platform) {
  if (!platform) return null;
  return h('div', {class: 'platform-summary'},
    h('p', {class: 'meta'}, [platform.location, platform.organizer ? `by ${platform.organizer}` : null, fee(platform.cost),
      `${about(platform.expectedAttendance)} people expected`].filter(Boolean).join(' · ')),
    h('details', {}, h('summary', {}, 'More about it'), platformFacts(platform)));
}

export function kindPill(code) {
  return h('span', {class: 'pill'}, kind(code));
}
