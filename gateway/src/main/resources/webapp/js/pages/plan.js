// One plan, worked out as the chain: why -> who -> where -> attend -> follow up, with its history.
import {download, get, getAtVersion} from '../api.js';
import {announce, date, dateTime, h, number, replace} from '../dom.js';
import {rememberPlan} from '../session.js';
import {attendanceSection} from './attendance.js';
import {objectivesSection} from './objectives.js';
import {platformsSection} from './platforms.js';
import {targetsSection} from './targets.js';

const HISTORY_PAGE = 20;
const CONTACTS_PAGE = 100;

const EVENT_LABELS = {
  PlanCreated: 'Plan opened', ObjectiveDefined: 'Objective defined', ObjectiveRevised: 'Objective revised',
  ObjectiveProgressRecorded: 'Progress recorded', ObjectiveAchieved: 'Objective achieved',
  ObjectiveAbandoned: 'Objective abandoned', TargetIdentified: 'Target identified', OutreachLogged: 'Outreach logged',
  PlatformChosen: 'Platform chosen', EventAttended: 'Event attended', FollowUpScheduled: 'Follow-up scheduled',
  FollowUpCompleted: 'Follow-up completed',
};

function eventSummary(entry) {
  const p = entry.payload || {};
  switch (entry.type) {
    case 'PlanCreated': return `"${p.title}", ${p.hoursBudget} hours budgeted`;
    case 'ObjectiveDefined': case 'ObjectiveRevised': return p.statement;
    case 'TargetIdentified': return p.profile
      ? [p.profile.position, p.profile.function, p.profile.industry].filter(Boolean).join(' ') : 'a known contact';
    case 'PlatformChosen': return `${p.platformName}, arrive ${p.arriveEarlyMinutes} min early, stay ${p.stayLateMinutes} min late`;
    case 'EventAttended': return `${(p.contactsMet || []).length} people met: `
      + (p.contactsMet || []).map((person) => person.name).filter(Boolean).join(', ');
    case 'OutreachLogged': return `${p.channel}: ${p.summary}`;
    case 'FollowUpScheduled': return `${p.followUp?.action || 'follow up'} by ${p.followUp?.dueOn}`;
    case 'FollowUpCompleted': return p.outcome;
    default: return p.note || p.reason || '';
  }
}

function historySection(plan) {
  const list = h('ol', {class: 'timeline', id: 'history'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const count = h('p', {class: 'meta', 'aria-live': 'polite'});
  let next = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const answer = await getAtVersion(`/api/v1/plans/${plan.planId}/history?fromSequence=${next}&limit=${HISTORY_PAGE}`,
        plan.version);
      const total = Number(answer.headers.get('X-Total-Count') ?? answer.body.length);
      answer.body.forEach((entry) => list.append(h('li', {'data-type': entry.type},
        h('span', {class: 'event-type'}, `${EVENT_LABELS[entry.type] || entry.type}`), ' ',
        h('span', {class: 'meta'}, `#${entry.sequence} · ${dateTime(entry.occurredAt)} · by ${entry.actor}`),
        h('div', {}, eventSummary(entry)))));
      next += answer.body.length;
      count.textContent = `${next} of ${total} events`;
      more.hidden = next >= total;
    } catch (error) {
      count.textContent = `History unavailable: ${error.message}`;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  load();
  return h('section', {class: 'card', id: 'history-section', 'aria-labelledby': 'history-heading'},
    h('h2', {id: 'history-heading', tabindex: -1}, h('span', {class: 'step-number', 'aria-hidden': 'true'}, '5'),
      'History: every step, as recorded'),
    list, count, more);
}

function summary(plan) {
  const calendar = h('a', {href: `/api/v1/plans/${plan.planId}/calendar.ics`, class: 'button secondary', id: 'calendar-link'},
    'Add chosen platforms to your calendar (.ics)');
  calendar.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await download(calendar.getAttribute('href'), 'netfocus-plan.ics');
      announce('Calendar downloaded');
    } catch (error) {
      announce(`Calendar unavailable: ${error.message}`);
    }
  });
  return h('section', {class: 'card', 'aria-labelledby': 'plan-title'},
    h('h1', {id: 'plan-title', tabindex: -1}, plan.title),
    h('dl', {class: 'figures', id: 'plan-figures'},
      h('div', {}, h('dt', {}, 'Status'), h('dd', {}, plan.status)),
      h('div', {}, h('dt', {}, 'Period'), h('dd', {class: 'small'}, `${date(plan.periodStart)} – ${date(plan.periodEnd)}`)),
      h('div', {}, h('dt', {}, 'Hours budgeted'), h('dd', {id: 'hours-budgeted'}, number(plan.hours.budgeted))),
      h('div', {}, h('dt', {}, 'Hours planned'), h('dd', {id: 'hours-planned'}, number(plan.hours.planned))),
      h('div', {}, h('dt', {}, 'Hours spent'), h('dd', {id: 'hours-spent'}, number(plan.hours.spent)))),
    h('p', {class: 'meta'}, `Plan ${plan.planId} · owner ${plan.ownerId} · team ${plan.team} · version ${plan.version}`),
    h('div', {class: 'actions'}, calendar));
}

/** Links to the steps; they scroll within the page instead of changing the route. */
function stepsNav(main) {
  const steps = [['#why', '1 Why'], ['#who', '2 Who'], ['#where', '3 Where'], ['#attendance', '4 Attend'],
    ['#history-section', '5 History']];
  return h('nav', {'aria-label': 'Steps of this plan', class: 'card'}, h('ul', {class: 'nav'}, steps.map(([href, label]) =>
    h('li', {}, h('a', {href, onclick: (event) => {
      event.preventDefault();
      const section = main.querySelector(href);
      section?.scrollIntoView();
      section?.querySelector('h2')?.focus();
    }}, label)))));
}

async function loadPlan(planId, minVersion) {
  return (await getAtVersion(`/api/v1/plans/${encodeURIComponent(planId)}`, minVersion)).body;
}

export async function planPage(main, {planId}) {
  const [plan, contactPage] = await Promise.all([loadPlan(planId),
    get(`/api/v1/contacts?size=${CONTACTS_PAGE}`).catch(() => ({items: []}))]);
  rememberPlan(plan.planId, plan.title);
  const context = {plan, contacts: contactPage.items, refresh: null};
  const render = () => replace(main,
    summary(context.plan),
    stepsNav(main),
    objectivesSection(context), targetsSection(context), platformsSection(context), attendanceSection(context),
    historySection(context.plan));
  // after a command: read the plan at (at least) the version the command answered, redraw, keep the user's place
  context.refresh = async (version, focusSelector) => {
    const [fresh, contacts] = await Promise.all([loadPlan(planId, version),
      get(`/api/v1/contacts?size=${CONTACTS_PAGE}`).catch(() => ({items: context.contacts}))]);
    context.plan = fresh;
    context.contacts = contacts.items;
    render();
    const target = main.querySelector(focusSelector);
    target?.focus();
    target?.scrollIntoView({block: 'start'});
  };
  render();
}
