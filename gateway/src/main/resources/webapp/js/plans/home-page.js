// The rep's home: the plans found (each with its next step), what is coming up this week across them, and
// starting a new plan. No plan id is ever typed or shown.
import {post} from '../api/client.js';
import {announce, h, meter, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {decimal, field, onSubmit, text} from '../ui/forms.js';
import {addDays, hours, isoDay, period, planStatus} from '../wording/format.js';
import {rememberPlan} from '../session/remembered-plans.js';
import {user} from '../session/session.js';
import {checklist, stay, visitSentence} from './checklist.js';
import {findPlans} from './plan-finder.js';
import {planRoute} from './plan-routes.js';

const DEFAULT_MONTHS = 6;
const DEFAULT_HOURS = 40;
const WEEK_DAYS = 7;

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
    const title = text(data, 'title');
    const answer = await post('/api/v1/plans', {title, periodStart: text(data, 'periodStart'),
      periodEnd: text(data, 'periodEnd'), hoursBudget: decimal(data, 'hoursBudget')});
    rememberPlan(answer.planId, title);
    announce('Plan started');
    return () => { window.location.hash = planRoute(answer.planId, 'why'); };
  }, {draft: 'plan/new'});
  return form;
}

function planCard(plan, today, now) {
  const {next} = checklist(plan, {today, now});
  return h('li', {class: 'card plan-card', 'data-plan': plan.title},
    h('h2', {}, h('a', {href: planRoute(plan.planId)}, plan.title)),
    h('p', {class: 'meta'}, `${period(plan.periodStart, plan.periodEnd)} · ${planStatus(plan.status)}`),
    meter(`${hours(plan.hours.planned)} of ${hours(plan.hours.budgeted)} planned · ${hours(plan.hours.spent)} spent`,
      plan.hours.planned, plan.hours.budgeted),
    h('p', {class: 'next'}, h('strong', {}, 'Next: '), next.next || next.summary),
    h('a', {class: 'button secondary', href: planRoute(plan.planId, next.key,
      next.platformId ? `platform=${next.platformId}` : '')}, `Go to ${next.title.toLowerCase()}`));
}

/** This week across the plans: platforms to attend and follow-ups falling due. */
function thisWeek(plans, today) {
  const until = addDays(today, WEEK_DAYS);
  const visits = plans.flatMap((plan) => plan.platforms
    .filter((platform) => !plan.attendance.some((entry) => entry.platformId === platform.platformId))
    .map((platform) => ({plan, platform, from: stay(platform).from})))
    .filter((visit) => isoDay(visit.from) >= today && isoDay(visit.from) <= until)
    .sort((a, b) => a.from.localeCompare(b.from));
  const followUps = plans.flatMap((plan) => plan.followUps.filter((one) => one.status === 'OPEN' && one.dueOn <= until)
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

export async function homePage(main) {
  const plans = await findPlans();
  const me = user();
  const today = isoDay();
  const now = new Date();
  const mine = plans.filter((plan) => plan.ownerId === me.sub);
  const others = plans.filter((plan) => plan.ownerId !== me.sub);
  replace(main,
    h('h1', {tabindex: -1}, 'My plans'),
    thisWeek(mine, today),
    mine.length ? h('ul', {class: 'plain plans', id: 'my-plans'}, mine.map((plan) => planCard(plan, today, now)))
      : h('p', {id: 'my-plans'}, 'No plan yet. A plan starts with why you network: start one below.'),
    disclosure({label: 'Start a new plan', secondary: mine.length > 0, open: !mine.length, draft: 'plan/new',
      id: 'new-plan', build: startForm}),
    others.length ? h('section', {'aria-labelledby': 'others-heading'},
      h('h2', {id: 'others-heading'}, 'Plans of others you opened'),
      h('ul', {class: 'plain plans'}, others.map((plan) => h('li', {}, h('a', {href: planRoute(plan.planId)}, plan.title),
        ` (${plan.ownerId})`)))) : null);
}
