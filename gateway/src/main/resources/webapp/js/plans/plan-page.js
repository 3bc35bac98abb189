// One plan as a guided checklist: the overview names the next step and what each step has done; each step has its
// own page (#/plans/{id}/why ... /results, /history), with its forms opened on demand.
import {download} from '../api/client.js';
import {announce, h, meter, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {undoNotice} from '../ui/undo-notice.js';
import {hoursLine, isoDay, period, planStatus} from '../wording/format.js';
import {hasRole, user} from '../session/session.js';
import {checklist, DONE, LOCKED, STEPS, TODO, WAITING} from './checklist.js';
import {loadContacts, loadKnownMatches, loadPlan} from './plan-data.js';
import {closeForm, reviseForm} from './plan-frame-forms.js';
import {planRoute} from './plan-routes.js';
import {attendStep} from './steps/attend.js';
import {followUpStep} from './steps/follow-up.js';
import {historyView} from './steps/history.js';
import {resultsStep} from './steps/results.js';
import {whereStep} from './steps/where.js';
import {whoStep} from './steps/who.js';
import {whyStep} from './steps/why.js';

const VIEWS = {why: whyStep, who: whoStep, where: whereStep, attend: attendStep, 'follow-up': followUpStep,
  results: resultsStep, history: historyView};
export const STEP_KEYS = Object.keys(VIEWS);

const STATE_WORDS = {[DONE]: 'done', [TODO]: 'to do', [WAITING]: 'waiting', [LOCKED]: 'not yet'};
const STATE_MARKS = {[DONE]: '✓', [TODO]: '●', [WAITING]: '◷', [LOCKED]: '–'};

function calendarLink(plan) {
  const link = h('a', {href: `/api/v1/plans/${plan.planId}/calendar.ics`, class: 'button secondary', id: 'calendar-link'},
    'Add to my calendar');
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await download(link.getAttribute('href'), 'netfocus-plan.ics');
      announce('Calendar file downloaded');
    } catch (error) {
      announce('The calendar file could not be downloaded; try again in a moment');
    }
  });
  return link;
}

/** Where a closed plan went on, and where a carried plan came from. */
function lineage(plan) {
  return [
    plan.status === 'CLOSED' ? h('p', {class: 'notice', id: 'plan-closed'}, 'This plan is closed: it stays readable, but '
      + 'takes no more changes.', plan.nextPlanId ? [' ', h('a', {href: planRoute(plan.nextPlanId), id: 'next-plan'},
      'Open the plan that carries it forward')] : null) : null,
    plan.previousPlanId ? h('p', {class: 'meta', id: 'previous-plan'}, 'Carried forward from ',
      h('a', {href: planRoute(plan.previousPlanId)}, 'the plan before'), '.') : null,
  ];
}

/** The owner's changes to the plan itself, on its overview: its frame, and closing it. */
function frameActions(context) {
  const {plan, params} = context;
  return h('div', {class: 'item-actions plan-actions'},
    disclosure({label: 'Change the plan', id: 'revise-plan', draft: `plan/${plan.planId}/revise`,
      open: params.change === 'plan', build: () => reviseForm(context)}),
    disclosure({label: 'Close the plan', id: 'close-plan', draft: `plan/${plan.planId}/close`,
      build: () => closeForm(context)}));
}

function header(context) {
  const {plan} = context;
  const mine = plan.ownerId === user()?.sub;
  return h('section', {class: 'plan-head', 'aria-labelledby': 'plan-title'},
    h('p', {class: 'crumbs'}, h('a', {href: '#/plans'}, mine ? 'My plans' : 'Plans')),
    h('h1', {id: 'plan-title', tabindex: -1}, plan.title),
    h('p', {class: 'meta', id: 'plan-meta'}, `${period(plan.periodStart, plan.periodEnd)} · ${planStatus(plan.status)}`
      + (mine ? '' : ` · ${plan.ownerId}'s plan`)),
    meter(hoursLine(plan.hours), plan.hours.planned, plan.hours.budgeted, {id: 'plan-hours'}),
    lineage(plan));
}

/** What the last change did, once, with its undo where there is one. */
function noticeOf(context) {
  const notice = context.notice;
  context.notice = null;
  return notice ? undoNotice(notice.text, notice.undo || null) : null;
}

function stepNav(context, current) {
  const {plan, list} = context;
  return h('nav', {class: 'steps', 'aria-label': 'Steps of this plan'}, h('ol', {}, list.steps.map((one, index) =>
    h('li', {'data-state': one.state, 'data-step': one.key},
      h('a', {href: planRoute(plan.planId, one.key), 'aria-current': one.key === current ? 'step' : null},
        h('span', {class: 'mark', 'aria-hidden': 'true'}, STATE_MARKS[one.state]),
        `${index + 1} ${one.title}`, h('span', {class: 'visually-hidden'}, `, ${STATE_WORDS[one.state]}`))))));
}

function overview(context) {
  const {plan, list} = context;
  const next = list.next;
  const onward = next.closed && plan.nextPlanId
    ? h('a', {class: 'button', href: planRoute(plan.nextPlanId)}, 'Open the new plan')
    : h('a', {class: 'button', href: planRoute(plan.planId, next.key, next.platformId ? `platform=${next.platformId}` : '')},
      `Go to ${next.title.toLowerCase()}`);
  return [
    h('section', {class: 'card next-step', id: 'next-step', 'aria-labelledby': 'next-heading'},
      h('h2', {id: 'next-heading'}, next.closed ? 'Closed' : list.steps.every((one) => one.state === DONE)
        ? 'Every step is done' : 'Next step'),
      h('p', {class: 'next-text'}, next.next || next.summary),
      onward),
    h('ol', {class: 'checklist', id: 'checklist'}, list.steps.map((one, index) =>
      h('li', {class: 'card', 'data-step': one.key, 'data-state': one.state},
        h('h2', {},
          h('a', {href: planRoute(plan.planId, one.key)}, `${index + 1} ${one.title}`), ' ',
          h('span', {class: `badge ${one.state}`}, STATE_WORDS[one.state])),
        h('p', {class: 'summary'}, one.summary),
        one.next ? h('p', {class: 'next'}, one.next) : null,
        one.advice ? h('p', {class: 'advice'}, one.advice) : null))),
    h('div', {class: 'actions'}, calendarLink(plan),
      h('a', {class: 'button secondary', href: planRoute(plan.planId, 'history')}, 'History of this plan')),
    context.owner ? frameActions(context) : null,
  ];
}

function stepFrame(context, key) {
  const {plan, list} = context;
  const index = STEPS.findIndex((one) => one.key === key);
  const state = list.steps[index];
  const following = STEPS[index + 1];
  const heading = key === 'history' ? 'History: every change, as recorded' : STEPS[index].heading;
  return [
    h('section', {class: 'card step', id: `step-${key}`, 'aria-labelledby': 'step-heading'},
      h('h2', {id: 'step-heading', tabindex: -1, 'data-autofocus': true}, heading),
      noticeOf(context),
      state ? h('div', {class: `step-status ${state.state}`, id: 'step-status'},
        h('p', {class: 'summary'}, state.summary),
        state.next ? h('p', {class: 'next'}, state.next) : null,
        state.advice ? h('p', {class: 'advice'}, state.advice) : null) : null,
      VIEWS[key](context)),
    following ? h('p', {class: 'step-next'}, h('a', {href: planRoute(plan.planId, following.key)},
      `Then: ${following.title.toLowerCase()} →`)) : null,
  ];
}

/** The plan's page: the overview, or one step (`step`), with the query's parameters (e.g. platform=...). */
export async function planPage(main, {planId, step = null, params = {}}) {
  const [plan, contacts] = await Promise.all([loadPlan(planId), loadContacts()]);
  const context = {plan, contacts, params, knownMatches: null, notice: null};
  context.knownMatches = await loadKnownMatches(plan).catch(() => null);
  const render = () => {
    // only the owner changes a plan, and only while it is open; a manager reads it
    context.owner = context.plan.ownerId === user()?.sub && hasRole('REP') && context.plan.status !== 'CLOSED';
    context.list = checklist(context.plan, {today: isoDay(), now: new Date(), knownMatches: context.knownMatches});
    replace(main, header(context), step ? null : noticeOf(context), stepNav(context, step),
      step ? stepFrame(context, step) : overview(context));
  };
  // after a change: read the plan at (at least) the version the change answered, redraw, keep the user's place
  context.refresh = async (version, focusSelector = '#step-heading') => {
    const [fresh, freshContacts] = await Promise.all([loadPlan(planId, version), loadContacts()]);
    context.plan = fresh;
    context.contacts = freshContacts;
    context.knownMatches = await loadKnownMatches(fresh).catch(() => context.knownMatches);
    render();
    const target = main.querySelector(focusSelector) || main.querySelector('#step-heading');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({preventScroll: true});
      target.scrollIntoView({block: 'start'});
    }
  };
  render();
}
