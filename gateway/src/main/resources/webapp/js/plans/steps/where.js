// Steps 3 and 4, where and pick wisely: the platforms chosen, a set that fits the hours left, and every platform
// ranked by the target people it brings per hour, each with when, where, who organises it, its cost and who
// attends; chosen for named targets with the minutes to arrive early and stay late.
import {post, remove} from '../../api/client.js';
import {platformsById} from '../../catalog/catalog-data.js';
import {kindPill, platformFacts, platformSummary} from '../../catalog/platform-facts.js';
import {announce, h, replace} from '../../ui/dom.js';
import {disclosure} from '../../ui/disclosure.js';
import {field, integer, onSubmit} from '../../ui/forms.js';
import {reasonForm} from '../../ui/reason-form.js';
import {about, fee, hours, plusMinutes, range, rate, time} from '../../wording/format.js';
import {stay, visitSentence} from '../checklist.js';
import {loadPortfolio, loadRecommendations, targetName, targetOf} from '../plan-data.js';
import {planRoute} from '../plan-routes.js';

const DEFAULT_EARLY_MINUTES = 30;
const DEFAULT_LATE_MINUTES = 30;
const MINUTES_PER_HOUR = 60;

function hoursLeft(plan) {
  return Math.max(0, plan.hours.budgeted - plan.hours.planned);
}

/** Choosing a platform: for which targets, and how long before and after the programme. */
function chooseForm(context, recommendation) {
  const {plan, contacts} = context;
  const served = new Set(recommendation.servedTargets.map((one) => one.targetId));
  const programme = (Date.parse(recommendation.programEndsAt) - Date.parse(recommendation.programStartsAt)) / 60000;
  const preview = h('p', {class: 'hint', 'aria-live': 'polite'});
  const form = h('form', {class: 'choose-form', novalidate: true, 'aria-label': `Choose ${recommendation.name}`},
    h('fieldset', {},
      h('legend', {}, 'For whom (a platform is chosen for the people who attend it)'),
      plan.targets.filter((target) => served.has(target.targetId) || target.profile).map((target) => h('label', {class: 'choice'},
        h('input', {type: 'checkbox', name: 'targetIds', value: target.targetId, checked: served.has(target.targetId)}),
        targetName(target, contacts)))),
    h('div', {class: 'row'},
      field('Arrive early (minutes)', 'arriveEarlyMinutes', {type: 'number', min: 0, step: 5, value: DEFAULT_EARLY_MINUTES,
        inputmode: 'numeric', 'data-label': 'the minutes to arrive early'}),
      field('Stay late (minutes)', 'stayLateMinutes', {type: 'number', min: 0, step: 5, value: DEFAULT_LATE_MINUTES,
        inputmode: 'numeric', 'data-label': 'the minutes to stay late'})),
    preview,
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, `Choose ${recommendation.name}`)));
  const showPreview = () => {
    const early = Number(form.querySelector('[name=arriveEarlyMinutes]').value) || 0;
    const late = Number(form.querySelector('[name=stayLateMinutes]').value) || 0;
    const needed = (programme + early + late) / MINUTES_PER_HOUR;
    const rounded = Math.round(needed * 100) / 100;
    preview.textContent = `Arrive ${time(plusMinutes(recommendation.programStartsAt, -early))}, stay until `
      + `${time(plusMinutes(recommendation.programEndsAt, late))}: ${hours(rounded)}`
      + (rounded > hoursLeft(plan) ? `, more than the ${hours(hoursLeft(plan))} left: plan fewer minutes before and after, `
        + 'or pick another platform.' : ` of the ${hours(hoursLeft(plan))} left. Most networking happens before and after `
        + 'the programme.');
  };
  form.addEventListener('input', showPreview);
  form.addEventListener('netfocus:draft-restored', showPreview);
  showPreview();
  onSubmit(form, async (data) => {
    const answer = await post(`/api/v1/plans/${plan.planId}/platforms`, {platformId: recommendation.platformId,
      targetIds: data.getAll('targetIds'), arriveEarlyMinutes: integer(data, 'arriveEarlyMinutes'),
      stayLateMinutes: integer(data, 'stayLateMinutes')});
    announce(`${recommendation.name} chosen: ${hours(answer.plannedHours)} planned`);
    return () => context.refresh(answer.version, `#chosen-platforms [data-platform-id="${recommendation.platformId}"]`);
  }, {draft: `plan/${plan.planId}/choose/${recommendation.platformId}`});
  return form;
}

/** Why a platform is offered, in words: who is expected there, and what an hour there brings. */
function why(context, recommendation, catalogPlatform) {
  const {plan, contacts} = context;
  const served = recommendation.servedTargets.map((one) => {
    const target = targetOf(plan, one.targetId);
    return `${about(one.expectedPeople)} ${targetName(target, contacts)}${target ? ` (priority ${target.priority})` : ''}`;
  });
  return [
    h('p', {class: 'serves'}, h('strong', {}, 'Serves: '), served.join('; ')),
    h('p', {class: 'per-hour'}, `About ${rate(recommendation.score)} of the people you want to meet per hour there, `
      + `over ${hours(recommendation.hours)} with ${DEFAULT_EARLY_MINUTES} min early and ${DEFAULT_LATE_MINUTES} min late.`),
    h('details', {class: 'why'}, h('summary', {}, 'Why this platform'),
      h('p', {}, `Ranked by the target people expected there for each hour it takes: ${served.join('; ')}, `
        + `in ${hours(recommendation.hours)}. `
        + (catalogPlatform && !catalogPlatform.networkingSupported
          ? 'Networking is not part of its programme, which counts against it. ' : 'Networking is encouraged there. ')
        + 'Its topic is never counted: choose it for the people who attend.')),
  ];
}

function recommendationItem(context, recommendation, catalog, chosenIds, {label = null} = {}) {
  const chosen = chosenIds.has(recommendation.platformId);
  const catalogPlatform = catalog[recommendation.platformId];
  const visit = range(plusMinutes(recommendation.programStartsAt, -DEFAULT_EARLY_MINUTES),
    plusMinutes(recommendation.programEndsAt, DEFAULT_LATE_MINUTES));
  return h('li', {class: 'card platform', 'data-platform-id': recommendation.platformId},
    h('h4', {}, recommendation.name, ' ', kindPill(recommendation.kind)),
    label ? h('p', {class: 'meta'}, label) : null,
    h('p', {class: 'when'}, visit, ` (${hours(recommendation.hours)} with arriving early and staying late)`),
    why(context, recommendation, catalogPlatform),
    platformFacts(catalogPlatform),
    chosen ? h('p', {class: 'success'}, 'In your plan.')
      : context.owner ? disclosure({label: 'Choose…', draft: `plan/${context.plan.planId}/choose/${recommendation.platformId}`,
        build: () => chooseForm(context, recommendation)}) : null);
}

/** Withdrawing a choice frees its hours; the notice offers to choose it again on the same terms. */
function withdrawForm(context, platform) {
  const {plan} = context;
  const again = {platformId: platform.platformId, arriveEarlyMinutes: platform.arriveEarlyMinutes,
    stayLateMinutes: platform.stayLateMinutes,
    targetIds: platform.targetIds.filter((id) => plan.targets.some((target) => target.targetId === id))};
  return reasonForm({
    explanation: `Withdrawing it frees its ${hours(platform.plannedHours)} for another platform. You can choose it again `
      + 'while its programme lies ahead.',
    submit: `Withdraw ${platform.platformName}`, draft: `plan/${plan.planId}/withdraw/${platform.platformId}`,
    action: async (reason) => {
      const answer = await remove(`/api/v1/plans/${plan.planId}/platforms/${platform.platformId}`, reason);
      announce(`${platform.platformName} withdrawn`);
      context.notice = {text: `${platform.platformName} withdrawn: ${hours(platform.plannedHours)} freed.`,
        undo: again.targetIds.length ? {label: 'Undo: choose it again', action: async () => {
          const chosen = await post(`/api/v1/plans/${plan.planId}/platforms`, again);
          await context.refresh(chosen.version, `#chosen-platforms [data-platform-id="${platform.platformId}"]`);
        }} : null};
      return () => context.refresh(answer.version, '#step-heading');
    }});
}

function chosenList(context, catalog) {
  const {plan, contacts} = context;
  if (!plan.platforms.length) return h('p', {id: 'chosen-platforms'}, 'No platform chosen yet.');
  return h('ul', {class: 'plain', id: 'chosen-platforms'}, plan.platforms.map((platform) => {
    const visit = stay(platform);
    const attended = plan.attendance.some((entry) => entry.platformId === platform.platformId);
    const serving = platform.targetIds.map((id) => targetOf(plan, id)).filter(Boolean);
    return h('li', {class: 'card platform chosen', 'data-platform-id': platform.platformId, tabindex: -1},
      h('h4', {}, platform.platformName, catalog[platform.platformId] ? [' ', kindPill(catalog[platform.platformId].kind)] : null),
      h('p', {class: 'when'}, `${range(visit.from, visit.until)}: arrive ${platform.arriveEarlyMinutes} min early, `
        + `stay ${platform.stayLateMinutes} min late (${hours(platform.plannedHours)})`),
      h('p', {}, h('strong', {}, 'For: '), serving.length ? serving.map((target) => targetName(target, contacts)).join('; ')
        : 'nobody the plan still pursues'),
      attended ? h('p', {class: 'success'}, 'Attended.') : null,
      platformSummary(catalog[platform.platformId]),
      context.owner && !attended ? h('div', {class: 'item-actions'}, disclosure({label: 'Withdraw…',
        draft: `plan/${plan.planId}/withdraw/${platform.platformId}`,
        open: context.params.platform === platform.platformId && !serving.length,
        build: () => withdrawForm(context, platform)})) : null);
  }));
}

function portfolioCard(context, portfolio, catalog, chosenIds) {
  const proposed = portfolio.platforms.filter((one) => !chosenIds.has(one.platform.platformId));
  if (!proposed.length) {
    return h('p', {}, hoursLeft(context.plan) > 0 ? 'Nothing else in the catalog serves your targets within the hours left.'
      : 'No hours are left in the budget.');
  }
  const totalHours = proposed.reduce((sum, one) => sum + one.platform.hours, 0);
  const people = proposed.reduce((sum, one) => sum + one.marginalValue, 0);
  return [
    h('p', {}, `${proposed.length === 1 ? 'This platform fits' : `These ${proposed.length} platforms together fit`} the `
      + `${hours(portfolio.remainingHours)} left: ${hours(Math.round(totalHours * 100) / 100)}, ${about(people)} of your `
      + 'target people expected.'),
    h('ol', {class: 'plain'}, proposed.map((one) => h('li', {class: 'proposed', 'data-platform-id': one.platform.platformId},
      h('p', {}, h('strong', {}, one.platform.name), ` · ${range(plusMinutes(one.platform.programStartsAt, -DEFAULT_EARLY_MINUTES),
        plusMinutes(one.platform.programEndsAt, DEFAULT_LATE_MINUTES))} · ${hours(one.platform.hours)}`),
      h('p', {class: 'meta'}, `Adds ${about(one.marginalValue)} target people the others do not bring.`
        + (catalog[one.platform.platformId] ? ` ${catalog[one.platform.platformId].location}, `
          + `${fee(catalog[one.platform.platformId].cost)}.` : '')),
      context.owner ? disclosure({label: 'Choose…', draft: `plan/${context.plan.planId}/choose/${one.platform.platformId}`,
        build: () => chooseForm(context, one.platform)}) : null))),
  ];
}

export function whereStep(context) {
  const {plan} = context;
  const chosenIds = new Set(plan.platforms.map((platform) => platform.platformId));
  const chosenBox = h('div', {}, h('p', {'aria-busy': 'true'}, 'Loading…'));
  const portfolioBox = h('div', {id: 'portfolio', 'aria-live': 'polite', 'aria-busy': 'true'}, h('p', {}, 'Putting a set together…'));
  const ranked = h('div', {id: 'recommendations', 'aria-live': 'polite', 'aria-busy': 'true'}, h('p', {}, 'Ranking platforms…'));
  const hasTargets = plan.targets.some((target) => target.profile);
  Promise.all([
    hasTargets ? loadRecommendations(plan).catch(() => null) : Promise.resolve({recommendations: []}),
    hasTargets && context.owner ? loadPortfolio(plan).catch(() => null) : Promise.resolve(null),
  ]).then(async ([recommendations, portfolio]) => {
    const ids = [...chosenIds, ...(recommendations?.recommendations || []).map((one) => one.platformId)];
    const catalog = await platformsById(ids);
    replace(chosenBox, chosenList(context, catalog));
    replace(portfolioBox, portfolio ? portfolioCard(context, portfolio, catalog, chosenIds)
      : h('p', {}, hasTargets ? 'The proposal is not available right now.' : 'Name a kind of person first.'));
    replace(ranked, recommendations === null ? h('p', {}, 'The ranking is not available right now; reload in a moment.')
      : recommendations.recommendations.length
        ? h('ol', {class: 'plain'}, recommendations.recommendations.map((one) => recommendationItem(context, one, catalog, chosenIds)))
        : h('p', {}, hasTargets ? 'No upcoming platform in the catalog serves these targets.'
          : 'Add a kind of person as a target: platforms are ranked by who attends them.'));
    [portfolioBox, ranked].forEach((box) => box.setAttribute('aria-busy', 'false'));
  });
  const next = plan.platforms.find((platform) => !plan.attendance.some((entry) => entry.platformId === platform.platformId));
  return h('div', {id: 'where'},
    h('p', {class: 'hours-left', id: 'hours-left'}, `${hours(hoursLeft(plan))} of ${hours(plan.hours.budgeted)} left to plan.`,
      context.owner ? [' ', h('a', {href: planRoute(plan.planId, null, 'change=plan'), id: 'change-budget'},
        'Change the budget')] : null),
    next ? h('p', {class: 'meta'}, `Coming up: ${visitSentence(next)}.`) : null,
    h('h3', {}, 'Chosen'), chosenBox,
    context.owner ? [h('h3', {}, 'Fits the hours left'), portfolioBox] : null,
    h('h3', {}, 'All platforms for your targets, best return first'),
    h('p', {class: 'hint'}, 'Ranked by the people you want to meet, expected per hour spent. The topic is never counted.'),
    ranked);
}
