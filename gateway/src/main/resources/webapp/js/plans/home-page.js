// Home: the plans. A rep's own (open or closed, each with its period, hours, progress per objective and next step),
// what is coming up this week across them, and starting a new plan; a manager's team's plans by member; an admin's
// organisation's. Filtered by status and words of the title; no plan id is ever typed or shown.
import {post} from '../api/client.js';
import {announce, h, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {choices, decimal, field, onSubmit, problemBox, signInAgainLink, text} from '../ui/forms.js';
import {addDays, isoDay} from '../wording/format.js';
import {explain} from '../wording/messages.js';
import {hasRole, user} from '../session/session.js';
import {stay, visitSentence} from './checklist.js';
import {planCard} from './plan-card.js';
import {findPlans} from './plan-finder.js';
import {byMember, listStatus, MINE, ORG, TEAM} from './plan-list.js';
import {planRoute} from './plan-routes.js';

const DEFAULT_MONTHS = 6;
const DEFAULT_HOURS = 40;
const WEEK_DAYS = 7;
const PAGE_SIZE = 20;
const STATUS_WORDS = {OPEN: 'open', CLOSED: 'closed', ALL: ''};

function startForm() {
  const form = h('form', {id: 'create-plan-form', novalidate: true},
    field('What is the plan about?', 'title', {required: true, maxlength: 200, 'data-label': 'the title',
      placeholder: 'Grow mid-market retail accounts'}),
    h('div', {class: 'row'},
      field('First day', 'periodStart', {type: 'date', required: true, value: isoDay()}),
      field('Last day', 'periodEnd', {type: 'date', required: true, value: addDays(isoDay(), DEFAULT_MONTHS * 30)}),
      field('Hours you can invest', 'hoursBudget', {type: 'number', min: 1, step: 0.5, required: true, value: DEFAULT_HOURS,
        inputmode: 'decimal', 'data-label': 'the hours budget'})),
    h('p', {class: 'hint'}, 'Time is limited: platforms are chosen within these hours. Then: why, who, where, attend, follow up.'),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Start the plan')));
  onSubmit(form, async (data) => {
    const answer = await post('/api/v1/plans', {title: text(data, 'title'), periodStart: text(data, 'periodStart'),
      periodEnd: text(data, 'periodEnd'), hoursBudget: decimal(data, 'hoursBudget')});
    announce('Plan started');
    return () => { window.location.hash = planRoute(answer.planId, 'why'); };
  }, {draft: 'plan/new'});
  return form;
}

/** This week across the rep's open plans: platforms to attend and follow-ups falling due. */
function thisWeek(plans, today) {
  const until = addDays(today, WEEK_DAYS);
  const open = plans.filter((plan) => plan.status !== 'CLOSED');
  const visits = open.flatMap((plan) => plan.platforms
    .filter((platform) => !plan.attendance.some((entry) => entry.platformId === platform.platformId))
    .map((platform) => ({plan, platform, from: stay(platform).from})))
    .filter((visit) => isoDay(visit.from) >= today && isoDay(visit.from) <= until)
    .sort((a, b) => a.from.localeCompare(b.from));
  const followUps = open.flatMap((plan) => plan.followUps.filter((one) => one.status === 'OPEN' && one.dueOn <= until)
    .map((followUp) => ({plan, followUp}))).sort((a, b) => a.followUp.dueOn.localeCompare(b.followUp.dueOn));
  if (!visits.length && !followUps.length) return null;
  return h('section', {class: 'card this-week', 'aria-labelledby': 'week-heading'},
    h('h2', {id: 'week-heading'}, 'This week'),
    h('ul', {class: 'plain'},
      visits.map(({plan, platform}) => h('li', {}, h('a', {href: planRoute(plan.planId, 'attend', `platform=${platform.platformId}`)},
        visitSentence(platform)))),
      followUps.map(({plan, followUp}) => h('li', {}, h('a', {href: planRoute(plan.planId, 'follow-up')},
        `${followUp.dueOn < today ? 'Overdue' : 'Due'}: ${followUp.action || 'follow up'}`
        + `${followUp.personName ? ` (${followUp.personName})` : ''}`)))));
}

/** Status and words of the title; shown as the page's query, so a filtered list can be bookmarked. */
function filters(params, status) {
  const form = h('form', {class: 'filters compact', id: 'plan-filters', 'aria-label': 'Which plans'},
    choices('Show', 'status', [{value: 'OPEN', label: 'Open'}, {value: 'CLOSED', label: 'Closed'},
      {value: 'ALL', label: 'All'}], {checked: status}),
    h('div', {class: 'row'},
      field('Words of the title', 'q', {type: 'search', value: params.q || '', placeholder: 'retail'}),
      h('button', {type: 'submit', class: 'secondary'}, 'Find')));
  const apply = (event) => {
    event?.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([name, value]) => value !== ''
      && !(name === 'status' && value === 'OPEN')));
    window.location.hash = `#/plans${query.toString() ? `?${query}` : ''}`;
  };
  form.addEventListener('submit', apply);
  form.querySelectorAll('[name=status]').forEach((radio) => radio.addEventListener('change', apply));
  return form;
}

/**
 * A list of plans read a page at a time ("Show more"), drawn flat (the rep's own) or by member.
 * @param onFirstPage (found) => void, once the first page is drawn (the rep's home adds this week from it)
 */
function planList({id, criteria, grouped, empty, today, now, onFirstPage = () => {}}) {
  const me = user();
  const box = h('div', {id, 'aria-busy': 'true'}, h('p', {}, 'Loading…'));
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const shown = h('p', {class: 'meta', 'aria-live': 'polite'});
  let found = [];
  let page = 0;
  const cards = (entries, level) => h('ul', {class: 'plain plans'}, entries.map(({item, plan}) =>
    planCard(item, plan, {level, mine: item.ownerId === me.sub && hasRole('REP'), today, now})));
  const draw = (total) => {
    replace(box, !found.length ? h('p', {class: 'empty'}, empty)
      : grouped ? byMember(found.map((entry) => ({...entry, ownerId: entry.item.ownerId, team: entry.item.team})))
        .map((member) => h('section', {class: 'member', 'aria-label': `${member.ownerId}'s plans`},
          h('h3', {}, member.ownerId, member.team ? h('span', {class: 'meta'}, ` · ${member.team}`) : null),
          cards(member.plans, 4)))
        : cards(found, 2));
    shown.textContent = found.length < total ? `${found.length} of ${total}` : '';
    more.hidden = found.length >= total;
    box.setAttribute('aria-busy', 'false');
  };
  const load = async () => {
    const answer = await findPlans({...criteria, page, size: PAGE_SIZE});
    found = [...found, ...answer.items];
    draw(answer.total);
    return answer;
  };
  more.addEventListener('click', async () => {
    page += 1;
    more.disabled = true;
    await load().catch(() => { shown.textContent = 'More plans cannot be read right now; try again in a moment.'; });
    more.disabled = false;
  });
  const ready = load().then((answer) => onFirstPage(answer.items)).catch((error) => {
    replace(box, problemBox(explain(error), {signInLink: signInAgainLink()}));
    box.setAttribute('aria-busy', 'false');
  });
  return {element: h('div', {}, box, shown, more), ready};
}

export async function homePage(main, {params = {}} = {}) {
  const me = user();
  const today = isoDay();
  const now = new Date();
  const status = listStatus(params.status);
  const q = params.q || '';
  const which = STATUS_WORDS[status];
  const rep = hasRole('REP');
  const team = hasRole('MANAGER') && me.team;
  const admin = hasRole('ADMIN');
  const filtered = status !== 'OPEN' || q;
  const week = h('div', {id: 'this-week'});
  const lists = [];
  const sections = [];
  if (rep) {
    const newPlan = disclosure({label: 'Start a new plan', secondary: true, draft: 'plan/new', id: 'new-plan',
      build: startForm});
    const mine = planList({id: 'my-plans', criteria: {scope: MINE, status, q}, grouped: false, today, now,
      empty: filtered ? `No ${which} plan of yours matches.` : 'No plan yet. A plan starts with why you network: start one below.',
      onFirstPage: (items) => {
        if (status !== 'CLOSED') replace(week, thisWeek(items.map((entry) => entry.plan).filter(Boolean), today));
        if (!items.length && !filtered) newPlan.querySelector('[aria-expanded=false]')?.click();
      }});
    lists.push(mine.ready);
    sections.push(week, mine.element, newPlan);
  }
  if (team) {
    const teamList = planList({id: 'team-plans', criteria: {scope: TEAM, team, status, q}, grouped: true, today, now,
      empty: `No ${which} plan in ${team}${q ? ' matches' : ''}.`});
    lists.push(teamList.ready);
    sections.push(h('section', {'aria-labelledby': 'team-heading'}, h('h2', {id: 'team-heading'}, `Team ${team}, by member`),
      teamList.element));
  }
  if (admin) {
    const orgList = planList({id: 'org-plans', criteria: {scope: ORG, status, q}, grouped: true, today, now,
      empty: `No ${which} plan in the organisation${q ? ' matches' : ''}.`});
    lists.push(orgList.ready);
    sections.push(h('section', {'aria-labelledby': 'org-heading'}, h('h2', {id: 'org-heading'}, 'The organisation, by member'),
      orgList.element));
  }
  replace(main, h('h1', {tabindex: -1}, rep ? 'My plans' : admin ? 'Plans of the organisation' : 'Plans of the team'),
    filters(params, status), sections.length ? sections : h('p', {}, 'Your role lists no plans.'));
  await Promise.all(lists);
}
