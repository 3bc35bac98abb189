// The signed-in rep's follow-ups across plans: overdue first, then this week, later, and the ones done; each marked
// done where it is listed (contact-service's list, fed from the plans' events).
import {get} from '../api/client.js';
import {h, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {addDays, count, day, due, isoDay, moment} from '../wording/format.js';
import {loadPlan} from '../plans/plan-data.js';
import {planRoute} from '../plans/plan-routes.js';
import {completeForm} from '../plans/follow-up-done-form.js';

const HORIZON_DAYS = 364;
const PAGE_SIZE = 100;
const WEEK_DAYS = 7;
const PROJECTION_ATTEMPTS = 10;
const PROJECTION_PAUSE_MS = 300;

function item(followUp, titles, today, redraw) {
  return h('li', {class: `card follow-up${followUp.overdue ? ' overdue' : ''}`, 'data-follow-up-id': followUp.followUpId},
    h('h3', {}, followUp.action || 'Follow up'),
    h('p', {}, `With ${followUp.personName || 'a contact'} · `, h('a', {href: planRoute(followUp.planId, 'follow-up')},
      titles[followUp.planId] || 'its plan')),
    followUp.status === 'OPEN'
      ? h('p', {class: followUp.overdue ? 'due overdue' : 'due'}, `${day(followUp.dueOn)}, ${due(followUp.dueOn, today)}`)
      : h('p', {class: 'success'}, `Done ${moment(followUp.completedAt)}: ${followUp.outcome}`),
    followUp.status === 'OPEN' ? disclosure({label: 'Done…', secondary: false,
      draft: `plan/${followUp.planId}/follow-up/${followUp.followUpId}/done`,
      build: () => completeForm({planId: followUp.planId, followUpId: followUp.followUpId,
        onDone: () => redraw(followUp.followUpId)})}) : null);
}

function group(title, id, followUps, titles, today, redraw) {
  if (!followUps.length) return null;
  return h('section', {class: 'follow-up-group', 'aria-labelledby': `${id}-heading`},
    h('h2', {id: `${id}-heading`}, `${title} (${followUps.length})`),
    h('ul', {class: 'plain', id}, followUps.map((one) => item(one, titles, today, redraw))));
}

export async function followUpsPage(main) {
  const box = h('div', {id: 'follow-ups', 'aria-live': 'polite'});
  const today = isoDay();
  const read = () => get(`/api/v1/follow-ups?status=ALL&dueBy=${addDays(today, HORIZON_DAYS)}&size=${PAGE_SIZE}`);
  /** Draws the list; after a follow-up was marked done, once the list (a projection, moments behind) shows it so. */
  const draw = async (doneId = null) => {
    let answer = await read();
    for (let attempt = 0; doneId && attempt < PROJECTION_ATTEMPTS
      && answer.items.some((one) => one.followUpId === doneId && one.status === 'OPEN'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, PROJECTION_PAUSE_MS));
      answer = await read();
    }
    const planIds = [...new Set(answer.items.map((one) => one.planId))];
    const plans = await Promise.all(planIds.map((id) => loadPlan(id).catch(() => null)));
    const titles = Object.fromEntries(plans.filter(Boolean).map((plan) => [plan.planId, plan.title]));
    const open = answer.items.filter((one) => one.status === 'OPEN').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const week = addDays(today, WEEK_DAYS);
    const redraw = (doneId) => draw(doneId);
    replace(box,
      h('p', {class: 'meta'}, `${count(open.length, 'open follow-up')}, ${answer.items.length - open.length} done.`),
      group('Overdue', 'overdue', open.filter((one) => one.dueOn < today), titles, today, redraw),
      group('This week', 'this-week', open.filter((one) => one.dueOn >= today && one.dueOn <= week), titles, today, redraw),
      group('Later', 'later', open.filter((one) => one.dueOn > week), titles, today, redraw),
      group('Done', 'done', answer.items.filter((one) => one.status !== 'OPEN'), titles, today, redraw),
      answer.items.length ? null : h('p', {}, 'Nothing promised yet: follow-ups come from the people you meet.'));
  };
  replace(main, h('h1', {tabindex: -1}, 'My follow-ups'),
    h('p', {class: 'hint'}, 'What you promised, to whom. Follow-ups are promised at an event or scheduled in a plan.'), box);
  await draw();
}
