// The signed-in rep's follow-ups across plans: overdue first, then this week, later, and the ones done or cancelled;
// each marked done, moved, reworded or cancelled where it is listed (contact-service's list, fed from the plans'
// events, a moment behind them: after a change the page waits until the list shows it).
import {get} from '../api/client.js';
import {h, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {undoNotice} from '../ui/undo-notice.js';
import {addDays, count, isoDay} from '../wording/format.js';
import {loadPlan} from '../plans/plan-data.js';
import {planRoute} from '../plans/plan-routes.js';
import {cancelForm, changeForm, completeForm, statusLine} from '../plans/follow-up-forms.js';

const HORIZON_DAYS = 364;
const PAGE_SIZE = 100;
const WEEK_DAYS = 7;
const PROJECTION_ATTEMPTS = 10;
const PROJECTION_PAUSE_MS = 300;

function item(followUp, plans, today, changed) {
  const key = (what) => `plan/${followUp.planId}/follow-up/${followUp.followUpId}/${what}`;
  const isShown = (expected) => (items) => items.some((one) => one.followUpId === followUp.followUpId && expected(one));
  const cancelled = (answer, again) => changed({
    notice: `Follow-up cancelled: ${followUp.action || 'follow up'}.`,
    shown: isShown((one) => one.status === 'CANCELLED'),
    undo: {label: 'Undo: schedule it again', action: async () => {
      const scheduled = await again();
      await changed({shown: (items) => items.some((one) => one.followUpId === scheduled.followUpId)});
    }},
  });
  const moved = () => changed({notice: 'Follow-up changed.', shown: isShown((one) => one.status !== 'OPEN'
    || one.dueOn !== followUp.dueOn || one.action !== followUp.action)});
  return h('li', {class: `card follow-up${followUp.overdue ? ' overdue' : ''}`, 'data-follow-up-id': followUp.followUpId},
    h('h3', {}, followUp.action || 'Follow up'),
    h('p', {}, `With ${followUp.personName || 'a contact'} · `, h('a', {href: planRoute(followUp.planId, 'follow-up')},
      plans[followUp.planId]?.title || 'its plan')),
    statusLine(followUp, today, followUp.overdue),
    // a closed plan takes no more changes: its follow-ups are read, not changed
    followUp.status === 'OPEN' && plans[followUp.planId]?.status === 'CLOSED'
      ? h('p', {class: 'meta'}, 'Its plan is closed: it stays as it is.') : null,
    followUp.status === 'OPEN' && plans[followUp.planId]?.status !== 'CLOSED' ? h('div', {class: 'item-actions'},
      disclosure({label: 'Done…', secondary: false, draft: key('done'),
        build: () => completeForm({planId: followUp.planId, followUpId: followUp.followUpId,
          onDone: () => changed({shown: isShown((one) => one.status === 'DONE')})})}),
      disclosure({label: 'Change…', draft: key('change'),
        build: () => changeForm({planId: followUp.planId, followUp, onDone: moved})}),
      disclosure({label: 'Cancel…', draft: key('cancel'),
        build: () => cancelForm({planId: followUp.planId, followUp, onDone: cancelled})})) : null);
}

function group(title, id, followUps, plans, today, changed) {
  if (!followUps.length) return null;
  return h('section', {class: 'follow-up-group', 'aria-labelledby': `${id}-heading`},
    h('h2', {id: `${id}-heading`}, `${title} (${followUps.length})`),
    h('ul', {class: 'plain', id}, followUps.map((one) => item(one, plans, today, changed))));
}

export async function followUpsPage(main) {
  const box = h('div', {id: 'follow-ups', 'aria-live': 'polite'});
  const today = isoDay();
  const read = () => get(`/api/v1/follow-ups?status=ALL&dueBy=${addDays(today, HORIZON_DAYS)}&size=${PAGE_SIZE}`);
  /**
   * Draws the list; after a change, once the list shows it (`shown` tells from the items), with what the change did
   * (`notice`, and its `undo`).
   */
  const draw = async ({shown = null, notice = null, undo = null} = {}) => {
    let answer = await read();
    for (let attempt = 0; shown && attempt < PROJECTION_ATTEMPTS && !shown(answer.items); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, PROJECTION_PAUSE_MS));
      answer = await read();
    }
    const planIds = [...new Set(answer.items.map((one) => one.planId))];
    const found = await Promise.all(planIds.map((id) => loadPlan(id).catch(() => null)));
    const plans = Object.fromEntries(found.filter(Boolean).map((plan) => [plan.planId, plan]));
    const open = answer.items.filter((one) => one.status === 'OPEN').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const done = answer.items.filter((one) => one.status === 'DONE').length;
    const week = addDays(today, WEEK_DAYS);
    replace(box,
      notice ? undoNotice(notice, undo) : null,
      h('p', {class: 'meta'}, `${count(open.length, 'open follow-up')}, ${done} done.`),
      group('Overdue', 'overdue', open.filter((one) => one.dueOn < today), plans, today, draw),
      group('This week', 'this-week', open.filter((one) => one.dueOn >= today && one.dueOn <= week), plans, today, draw),
      group('Later', 'later', open.filter((one) => one.dueOn > week), plans, today, draw),
      group('Done or cancelled', 'done', answer.items.filter((one) => one.status !== 'OPEN'), plans, today, draw),
      answer.items.length ? null : h('p', {}, 'Nothing promised yet: follow-ups come from the people you meet.'));
  };
  replace(main, h('h1', {tabindex: -1}, 'My follow-ups'),
    h('p', {class: 'hint'}, 'What you promised, to whom. Follow-ups are promised at an event or scheduled in a plan.'), box);
  await draw();
}
