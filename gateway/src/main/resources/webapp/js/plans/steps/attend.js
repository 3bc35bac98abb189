// Step 5, maximise the return: each chosen platform with when to arrive and when to leave; at the event, the people
// met are picked as they come (kept in this browser until saved), each linked to the target they count for, with
// the follow-ups promised; then the attendance is saved as one record. A logged visit is corrected in the same form,
// or taken back (logged by mistake).
import {post, put, remove} from '../../api/client.js';
import {platformsById} from '../../catalog/catalog-data.js';
import {platformSummary} from '../../catalog/platform-facts.js';
import {announce, h, replace} from '../../ui/dom.js';
import {disclosure} from '../../ui/disclosure.js';
import {field, onSubmit, text} from '../../ui/forms.js';
import {reasonForm} from '../../ui/reason-form.js';
import {addDays, count, day, fromLocalInput, hours, isoDay, minutes, person, range, time, toLocalInput}
  from '../../wording/format.js';
import {contactsMet, peopleOfAttendance, promisedFollowUps} from '../attendance-people.js';
import {stay} from '../checklist.js';
import {peopleOptions} from '../people-options.js';
import {countsFor, pickedLine, personPicker} from '../person-picker.js';
import {loadKnownMatches, searchContacts} from '../plan-data.js';
import {planRoute} from '../plan-routes.js';

const FOLLOW_UP_DAYS_AFTER = 2;

function draftKey(plan, platformId) {
  return `plan/${plan.planId}/attend/${platformId}`;
}

function correctionKey(plan, entry) {
  return `plan/${plan.planId}/attendance/${entry.attendanceId}/correct`;
}

/** The people picked so far live in a hidden field, so the form's draft keeps them with everything else. */
function readPeople(hidden) {
  try {
    const people = JSON.parse(hidden.value || '[]');
    return Array.isArray(people) ? people : [];
  } catch (broken) {
    return [];
  }
}

/**
 * Logging a visit, or correcting one logged (`entry`: the form starts from what was logged, and sends the visit as
 * it really was; follow-ups are changed on their own, on Follow up).
 */
function attendanceForm(context, platform, entry = null) {
  const {plan, contacts} = context;
  const visit = stay(platform);
  const hidden = h('input', {type: 'hidden', name: 'people',
    value: JSON.stringify(entry ? peopleOfAttendance(entry, contacts) : [])});
  const list = h('ul', {class: 'people-met', 'aria-live': 'polite'});
  const form = h('form', {class: entry ? 'attendance-form correction' : 'attendance-form', novalidate: true,
    'data-platform-id': platform.platformId},
  hidden,
  h('h4', {}, 'People you met'),
  list,
  h('div', {class: 'row'},
    field('Arrived', 'arrivedAt', {type: 'datetime-local', required: true,
      value: toLocalInput(entry ? entry.arrivedAt : visit.from), 'data-label': 'when you arrived'}),
    field('Left', 'leftAt', {type: 'datetime-local', required: true, value: toLocalInput(entry ? entry.leftAt : visit.until),
      'data-label': 'when you left'})),
  h('p', {class: 'hint'}, `Planned: arrive ${platform.arriveEarlyMinutes} min early, stay ${platform.stayLateMinutes} min late. `
      + 'Most networking happens before and after the programme: change the times if you came or left otherwise.'),
  field('Notes (optional)', 'notes', {tag: 'textarea', 'data-label': 'the notes'}),
  entry ? field('What you correct (optional, kept in the history)', 'reason', {'data-label': 'the reason'}) : null,
  h('div', {class: 'actions'}, h('button', {type: 'submit'}, entry ? 'Save the correction' : 'Save attendance')));
  if (entry?.notes) form.querySelector('[name=notes]').value = entry.notes;

  const changed = (people) => {
    hidden.value = JSON.stringify(people);
    form.dispatchEvent(new Event('netfocus:changed'));
    draw();
  };
  const followUpFields = (people, index) => {
    const entry = people[index];
    const due = h('input', {type: 'date', value: entry.followUp?.dueOn || addDays(isoDay(visit.from), FOLLOW_UP_DAYS_AFTER),
      'aria-label': `Follow-up with ${entry.name}: due on`, 'data-no-draft': true, name: `person-${index}.follow-up-due`});
    const action = h('input', {type: 'text', value: entry.followUp?.action || '', placeholder: 'Send the case study',
      'aria-label': `Follow-up with ${entry.name}: what you will do`, 'data-no-draft': true, name: `person-${index}.follow-up-action`});
    const update = () => {
      const current = readPeople(hidden);
      current[index].followUp = {action: action.value, dueOn: due.value};
      hidden.value = JSON.stringify(current);
      form.dispatchEvent(new Event('netfocus:changed'));
    };
    action.addEventListener('input', update);
    due.addEventListener('change', update);
    return h('div', {class: 'follow-up-fields row'}, action, due);
  };
  const draw = () => {
    const people = readPeople(hidden);
    picker.exclude(people.map((one) => one.contactId).filter(Boolean));
    replace(list, people.length ? people.map((entry, index) => h('li', {class: 'person-met'},
      h('span', {class: 'who'}, pickedLine(entry, plan.targets, contacts)),
      h('div', {class: 'item-actions'},
        entry.followUp || form.classList.contains('correction') ? null : h('button', {type: 'button',
          class: 'secondary small', onclick: () => {
          const current = readPeople(hidden);
          current[index].followUp = {action: '', dueOn: addDays(isoDay(visit.from), FOLLOW_UP_DAYS_AFTER)};
          changed(current);
          list.children[index]?.querySelector('input[type=text]')?.focus();
        }}, 'Promise a follow-up'),
        h('button', {type: 'button', class: 'secondary small', 'aria-label': `Remove ${entry.name}`, onclick: () => {
          const current = readPeople(hidden);
          current.splice(index, 1);
          changed(current);
        }}, 'Remove')),
      entry.followUp ? followUpFields(people, index) : null))
      : h('li', {class: 'meta'}, 'Nobody yet: add each person as you meet them.'));
  };
  const picker = personPicker({
    options: peopleOptions({contacts, knownMatches: context.knownMatches || [], targets: plan.targets,
      platformTargetIds: platform.targetIds}),
    searchContacts: (query) => searchContacts(query).then((found) => peopleOptions({contacts: found, targets: plan.targets,
      platformTargetIds: platform.targetIds})),
    targets: plan.targets, contacts,
    onAdd: (picked) => {
      changed([...readPeople(hidden), picked]);
      announce(`${picked.name} added`);
    },
  });
  list.after(picker);
  form.addEventListener('netfocus:draft-restored', draw);
  draw();

  onSubmit(form, async (data) => {
    const people = readPeople(hidden);
    const times = {arrivedAt: fromLocalInput(text(data, 'arrivedAt')), leftAt: fromLocalInput(text(data, 'leftAt'))};
    const answer = entry
      ? await put(`/api/v1/plans/${plan.planId}/attendance/${entry.attendanceId}`, {...times,
        contactsMet: contactsMet(people), notes: text(data, 'notes'), reason: text(data, 'reason')})
      : await post(`/api/v1/plans/${plan.planId}/attendance`, {platformId: platform.platformId, ...times,
        contactsMet: contactsMet(people), followUps: promisedFollowUps(people), notes: text(data, 'notes')});
    announce(`${entry ? 'Attendance corrected' : 'Attendance saved'}: ${count(people.length, 'person', 'people')} met`);
    if (entry) context.notice = {text: `Attendance at ${platform.platformName} corrected.`};
    return () => context.refresh(answer.version, `.visit[data-platform-id="${platform.platformId}"]`);
  }, {draft: entry ? correctionKey(plan, entry) : draftKey(plan, platform.platformId)});
  return form;
}

/** Taking back a visit logged by mistake: its hours and people no longer count; the choice stays. */
function retractForm(context, platform, entry) {
  const {plan} = context;
  return reasonForm({
    explanation: `Logged by mistake? Taking it back removes its ${hours(entry.hoursInvested)} and the people met from `
      + `the plan's figures. ${platform.platformName} stays chosen, and the visit can be logged again.`,
    submit: 'Take the attendance back', draft: `plan/${plan.planId}/attendance/${entry.attendanceId}/retract`,
    action: async (reason) => {
      const answer = await remove(`/api/v1/plans/${plan.planId}/attendance/${entry.attendanceId}`, reason);
      announce('Attendance taken back');
      context.notice = {text: `Attendance at ${platform.platformName} taken back: log the visit again if it happened.`};
      return () => context.refresh(answer.version, `.visit[data-platform-id="${platform.platformId}"]`);
    }});
}

function attendedSummary(context, platform, entries) {
  const {contacts, plan} = context;
  const nameOf = (someone) => {
    if (someone.name) return person(someone);
    const contact = contacts.find((one) => one.contactId === someone.contactId);
    return contact ? person(contact) : 'a contact';
  };
  return entries.map((entry) => h('div', {class: 'attended'},
    h('p', {}, h('strong', {}, 'Attended: '), range(entry.arrivedAt, entry.leftAt), ` (${hours(entry.hoursInvested)}): `
      + `arrived ${minutes(entry.minutesBeforeProgram)} before the programme, stayed ${minutes(entry.minutesAfterProgram)} after.`),
    h('p', {class: 'people'}, h('strong', {}, `People met (${entry.contactsMet.length}): `),
      entry.contactsMet.length ? entry.contactsMet.map((someone) => `${nameOf(someone)}${countsFor(someone, plan.targets,
        contacts)}`).join('; ') : 'nobody'),
    entry.followUps?.length ? h('p', {class: 'meta'}, `Follow-ups promised: ${entry.followUps
      .map((followUp) => `${followUp.action || 'follow up'} (${nameOf({name: followUp.personName, contactId: followUp.contactId})}, `
        + `by ${day(followUp.dueOn)})`).join('; ')}`) : null,
    entry.notes ? h('p', {class: 'meta'}, entry.notes) : null,
    context.owner && entry.attendanceId ? h('div', {class: 'item-actions'},
      disclosure({label: 'Correct…', draft: correctionKey(plan, entry), build: () => attendanceForm(context, platform, entry)}),
      disclosure({label: 'Take back…', draft: `plan/${plan.planId}/attendance/${entry.attendanceId}/retract`,
        build: () => retractForm(context, platform, entry)})) : null));
}

function visitItem(context, platform, catalog) {
  const {plan} = context;
  const entries = plan.attendance.filter((entry) => entry.platformId === platform.platformId);
  const visit = stay(platform);
  const upcoming = Date.parse(visit.from) > Date.now();
  return h('li', {class: 'card visit', 'data-platform-id': platform.platformId, tabindex: -1},
    h('h3', {}, platform.platformName),
    h('p', {class: 'when'}, `${range(visit.from, visit.until)}`,
      upcoming && !entries.length ? h('span', {class: 'pill'}, 'coming up') : null),
    h('p', {}, `Arrive at ${time(visit.from)}, ${minutes(platform.arriveEarlyMinutes)} before the programme; stay until `
      + `${time(visit.until)}, ${minutes(platform.stayLateMinutes)} after it.`),
    platformSummary(catalog[platform.platformId]),
    upcoming ? h('p', {}, h('a', {href: planRoute(plan.planId, 'briefing', `platform=${encodeURIComponent(platform.platformId)}`),
      class: 'briefing-link'}, 'Read the briefing')) : null,
    entries.length ? attendedSummary(context, platform, entries)
      : context.owner ? disclosure({label: upcoming ? 'Log who you meet' : 'Log who you met', secondary: false,
        open: context.params.platform === platform.platformId, draft: draftKey(plan, platform.platformId),
        build: () => attendanceForm(context, platform)}) : h('p', {class: 'meta'}, 'Not attended yet.'));
}

export function attendStep(context) {
  const {plan} = context;
  if (!plan.platforms.length) return h('p', {id: 'attend'}, 'Choose a platform first: the who determines the where.');
  const visits = [...plan.platforms].sort((a, b) => a.programStartsAt.localeCompare(b.programStartsAt));
  const box = h('ul', {class: 'plain', id: 'visits', 'aria-busy': 'true'}, h('li', {}, 'Loading…'));
  platformsById(visits.map((platform) => platform.platformId)).catch(() => ({})).then((catalog) => {
    replace(box, visits.map((platform) => visitItem(context, platform, catalog)));
    box.setAttribute('aria-busy', 'false');
    box.querySelector('.attendance-form .person-picker input')?.focus();
  });
  if (context.knownMatches === null) loadKnownMatches(plan).then((matches) => { context.knownMatches = matches; }).catch(() => {});
  return h('div', {id: 'attend'}, box);
}
