// Step 5, maximise ROI: attendance with arrival and departure, the people met and the follow-ups promised.
import {post} from '../api.js';
import {announce, date, dateTime, fromLocalInput, h, isoDate, number, toLocalInput} from '../dom.js';
import {field, onSubmit, text} from '../forms.js';
import {targetLabel} from './targets.js';

const FOLLOW_UP_DAYS_AFTER = 2;
const MINUTE_MS = 60000;

function personFieldset(context, index) {
  const prefix = `contactsMet[${index}]`;
  return h('fieldset', {class: 'person'},
    h('legend', {}, `Person met ${index + 1}`),
    h('div', {class: 'row'},
      field('Name', `${prefix}.name`, {autocomplete: 'off'}),
      field('Company', `${prefix}.company`),
      field('E-mail', `${prefix}.email`, {type: 'email'})),
    h('div', {class: 'row'},
      field('Function', `${prefix}.function`),
      field('Position', `${prefix}.position`),
      field('Industry', `${prefix}.industry`),
      field('Matches target', `${prefix}.targetId`, {tag: 'select', options: [{value: '', label: 'None'},
        ...context.plan.targets.map((target) => ({value: target.targetId, label: targetLabel(target, context.contacts)}))]})));
}

function attendanceForm(context) {
  const {plan} = context;
  const people = h('div', {class: 'grid'});
  let count = 0;
  const addPerson = () => {
    people.append(personFieldset(context, count));
    count += 1;
  };
  addPerson();
  const arrived = field('Arrived at', 'arrivedAt', {type: 'datetime-local', required: true});
  const left = field('Left at', 'leftAt', {type: 'datetime-local', required: true});
  const platform = field('Platform attended', 'platformId', {tag: 'select',
    options: plan.platforms.map((one) => ({value: one.platformId, label: one.platformName}))});
  const followUpDue = field('Follow-up due on', 'followUps[0].dueOn', {type: 'date'});
  // the plan's early and late minutes give the default arrival and departure
  const fillTimes = () => {
    const chosen = plan.platforms.find((one) => one.platformId === platform.querySelector('select').value);
    if (!chosen) return;
    const start = new Date(chosen.programStartsAt).getTime() - chosen.arriveEarlyMinutes * MINUTE_MS;
    const end = new Date(chosen.programEndsAt).getTime() + chosen.stayLateMinutes * MINUTE_MS;
    arrived.querySelector('input').value = toLocalInput(new Date(start).toISOString());
    left.querySelector('input').value = toLocalInput(new Date(end).toISOString());
    const due = new Date(chosen.programEndsAt);
    due.setDate(due.getDate() + FOLLOW_UP_DAYS_AFTER);
    followUpDue.querySelector('input').value = due.toISOString().substring(0, 10);
  };
  platform.addEventListener('change', fillTimes);
  const addButton = h('button', {type: 'button', class: 'secondary'}, 'Add another person');
  addButton.addEventListener('click', () => {
    addPerson();
    people.lastElementChild.querySelector('input').focus();
  });
  const form = h('form', {id: 'attendance-form', novalidate: true},
    platform,
    h('div', {class: 'row'}, arrived, left),
    h('p', {class: 'hint'}, 'Most networking happens before and after the programme: arrive early, stay late.'),
    people, h('div', {class: 'actions'}, addButton),
    h('fieldset', {},
      h('legend', {}, 'Follow-up promised (optional)'),
      h('div', {class: 'row'},
        field('With (name)', 'followUps[0].personName'),
        followUpDue,
        field('Action', 'followUps[0].action'))),
    field('Notes', 'notes', {tag: 'textarea'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Log attendance')));
  fillTimes();
  onSubmit(form, async (data) => {
    const contactsMet = [];
    for (let index = 0; index < count; index += 1) {
      const person = {};
      for (const key of ['name', 'company', 'email', 'function', 'position', 'industry', 'targetId']) {
        person[key] = text(data, `contactsMet[${index}].${key}`);
      }
      if (Object.values(person).some((value) => value !== null)) contactsMet.push(person);
    }
    const followUps = [];
    const action = text(data, 'followUps[0].action');
    const personName = text(data, 'followUps[0].personName');
    if (action || personName) {
      const met = contactsMet.find((person) => person.name === personName);
      followUps.push({personName, dueOn: text(data, 'followUps[0].dueOn'), action, targetId: met?.targetId ?? null});
    }
    const answer = await post(`/api/v1/plans/${plan.planId}/attendance`, {
      platformId: text(data, 'platformId'), arrivedAt: fromLocalInput(text(data, 'arrivedAt')),
      leftAt: fromLocalInput(text(data, 'leftAt')), contactsMet, followUps, notes: text(data, 'notes')});
    announce('Attendance logged');
    await context.refresh(answer.version, '#attendance-heading');
  });
  return plan.platforms.length ? form : h('p', {class: 'notice'}, 'Choose a platform first.');
}

function attendanceList(context) {
  const {plan} = context;
  if (!plan.attendance.length) return h('p', {}, 'No attendance logged yet.');
  return h('ul', {class: 'plain', id: 'attendance-list'}, plan.attendance.map((one) => {
    const chosen = plan.platforms.find((platform) => platform.platformId === one.platformId);
    return h('li', {class: 'card'},
      h('h3', {}, chosen ? chosen.platformName : one.platformId),
      h('p', {class: 'meta'}, `${dateTime(one.arrivedAt)} – ${dateTime(one.leftAt)} · arrived ${one.minutesBeforeProgram} min `
        + `before the programme, stayed ${one.minutesAfterProgram} min after · ${number(one.hoursInvested)} h`),
      h('p', {}, h('strong', {}, `People met (${one.contactsMet.length}): `),
        one.contactsMet.map((person) => `${person.name || 'a known contact'}${person.company ? ` (${person.company})` : ''}`).join(', ') || 'none'),
      one.notes ? h('p', {class: 'meta'}, one.notes) : null);
  }));
}

function followUpList(context) {
  const {plan} = context;
  if (!plan.followUps.length) return h('p', {}, 'No follow-up yet.');
  return h('ul', {class: 'plain', id: 'plan-follow-ups'}, plan.followUps.map((one) => h('li', {},
    h('strong', {}, one.action || 'Follow up'), ` with ${one.personName || 'a contact'} by ${date(one.dueOn)} `,
    h('span', {class: 'pill'}, one.status), one.dueOn < isoDate() && one.status === 'OPEN' ? h('span', {class: 'pill'}, 'overdue') : null)));
}

export function attendanceSection(context) {
  return h('section', {class: 'card', id: 'attendance', 'aria-labelledby': 'attendance-heading'},
    h('h2', {id: 'attendance-heading', tabindex: -1}, h('span', {class: 'step-number', 'aria-hidden': 'true'}, '4'),
      'Attend: arrive early, stay late'),
    attendanceList(context),
    h('h3', {}, 'Log an attendance'),
    attendanceForm(context),
    h('h3', {id: 'follow-ups-heading'}, 'Follow-ups of this plan'),
    followUpList(context),
    h('p', {}, h('a', {href: '#/follow-ups'}, 'All your due follow-ups')));
}
