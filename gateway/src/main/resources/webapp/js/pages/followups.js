// The signed-in user's follow-ups, by due date (contact-service's list, fed from the plans' events).
import {get} from '../api.js';
import {date, h, isoDate, table} from '../dom.js';

const HORIZON_DAYS = 90;
const PAGE_SIZE = 100;

export async function followUpsPage(main) {
  const dueBy = isoDate(HORIZON_DAYS);
  const answer = await get(`/api/v1/follow-ups?status=ALL&dueBy=${dueBy}&size=${PAGE_SIZE}`);
  main.replaceChildren(
    h('h1', {tabindex: -1}, 'Your follow-ups'),
    h('section', {class: 'card', 'aria-labelledby': 'due-heading'},
      h('h2', {id: 'due-heading'}, `Due by ${date(dueBy)}`),
      h('p', {class: 'hint'}, 'What you promised, to whom. Follow-ups are scheduled in a plan, or when logging an attendance.'),
      table('Follow-ups', [
        {label: 'Due', value: (row) => date(row.dueOn)},
        {label: 'Action', value: (row) => row.action || '–'},
        {label: 'With', value: (row) => row.personName || '–'},
        {label: 'Status', value: (row) => (row.overdue ? `${row.status}, overdue` : row.status)},
        {label: 'Plan', value: (row) => h('a', {href: `#/plans/${row.planId}`}, 'open')},
      ], answer.items),
      h('p', {class: 'meta'}, `${answer.total} in all`)));
}
