// Steps 3 and 4, where and pick wisely: platforms ranked for the plan's targets, chosen within the hours budget.
import {getAtVersion, post} from '../api.js';
import {announce, dateTime, h, meter, number, replace} from '../dom.js';
import {field, integer, onSubmit, text} from '../forms.js';
import {targetLabel} from './targets.js';

const DEFAULT_EARLY_MINUTES = 30;
const DEFAULT_LATE_MINUTES = 30;

export function budget(plan) {
  const {budgeted, planned, spent} = plan.hours;
  return h('div', {class: 'grid two', id: 'budget'},
    meter(`Planned ${number(planned)} of ${number(budgeted)} hours budgeted (${number(budgeted - planned)} left)`, planned, budgeted),
    meter(`Spent ${number(spent)} of ${number(budgeted)} hours budgeted`, spent, budgeted));
}

function chooseForm(context, recommendation) {
  const {plan, contacts} = context;
  const served = new Set(recommendation.servedTargets.map((one) => one.targetId));
  const form = h('form', {class: 'choose-form', novalidate: true, 'aria-label': `Choose ${recommendation.name}`},
    h('fieldset', {},
      h('legend', {}, 'Targets it serves (choose for the people, never the topic)'),
      h('input', {type: 'hidden', name: 'targetIds'}),
      plan.targets.map((target) => h('label', {class: 'choice'},
        h('input', {type: 'checkbox', name: 'target', value: target.targetId, checked: served.has(target.targetId)}),
        targetLabel(target, contacts)))),
    h('div', {class: 'row'},
      field('Arrive early (minutes)', 'arriveEarlyMinutes', {type: 'number', min: 0, step: 5, value: DEFAULT_EARLY_MINUTES}),
      field('Stay late (minutes)', 'stayLateMinutes', {type: 'number', min: 0, step: 5, value: DEFAULT_LATE_MINUTES})),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, `Choose ${recommendation.name}`)));
  onSubmit(form, async (data) => {
    const answer = await post(`/api/v1/plans/${plan.planId}/platforms`, {
      platformId: recommendation.platformId, targetIds: data.getAll('target'),
      arriveEarlyMinutes: integer(data, 'arriveEarlyMinutes'), stayLateMinutes: integer(data, 'stayLateMinutes')});
    announce(`${recommendation.name} chosen: ${number(answer.plannedHours)} hours planned`);
    await context.refresh(answer.version, '#where-heading');
  });
  return form;
}

function recommendationItem(context, recommendation, chosen) {
  const choose = h('div', {hidden: true});
  const toggle = h('button', {type: 'button', class: 'secondary', 'aria-expanded': 'false'}, 'Choose…');
  toggle.addEventListener('click', () => {
    const opening = choose.hidden;
    choose.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
    if (opening && !choose.firstChild) choose.append(chooseForm(context, recommendation));
    if (opening) choose.querySelector('input[type="checkbox"], input')?.focus();
  });
  return h('li', {class: 'card recommendation', 'data-platform-id': recommendation.platformId},
    h('h3', {}, recommendation.name, ' ', h('span', {class: 'pill'}, recommendation.kind.replace(/_/g, ' ').toLowerCase())),
    h('p', {class: 'meta'}, `${dateTime(recommendation.programStartsAt)} – ${dateTime(recommendation.programEndsAt)} · `
      + `${number(recommendation.hours)} h with early arrival and late stay`),
    h('p', {}, h('strong', {}, `Score ${number(recommendation.score)}`), ' weighted target people per hour. Serves: ',
      recommendation.servedTargets.map((one) => {
        const target = context.plan.targets.find((candidate) => candidate.targetId === one.targetId);
        return `${target ? targetLabel(target, context.contacts) : one.targetId} (~${number(one.expectedPeople)} people)`;
      }).join('; ')),
    h('details', {}, h('summary', {}, 'Why this platform'), h('p', {class: 'explanation'}, recommendation.explanation)),
    chosen ? h('p', {class: 'success'}, 'Chosen.') : h('div', {class: 'actions'}, toggle),
    choose);
}

function recommendations(context) {
  const {plan} = context;
  const box = h('div', {id: 'recommendations', 'aria-live': 'polite', 'aria-busy': 'true'}, h('p', {}, 'Ranking platforms…'));
  const chosenIds = new Set(plan.platforms.map((platform) => platform.platformId));
  getAtVersion(`/api/v1/plans/${plan.planId}/recommendations`, plan.version)
    .then(({body: answer}) => replace(box, answer.recommendations.length
      ? h('ol', {class: 'plain'}, answer.recommendations.map((one) => recommendationItem(context, one, chosenIds.has(one.platformId))))
      : h('p', {}, plan.targets.length
        ? 'No upcoming platform in the catalog serves these targets.'
        : 'Add a kind of person as a target: platforms are ranked by who attends them.')))
    .catch((error) => replace(box, h('p', {class: 'field-error'}, `Recommendations unavailable: ${error.message}`)))
    .finally(() => box.setAttribute('aria-busy', 'false'));
  return box;
}

export function chosenList(context) {
  const {plan, contacts} = context;
  return plan.platforms.length
    ? h('ul', {class: 'plain', id: 'chosen-platforms'}, plan.platforms.map((platform) => h('li', {'data-platform-id': platform.platformId},
      h('strong', {}, platform.platformName), ' ',
      h('span', {class: 'meta'}, `${dateTime(platform.programStartsAt)} · arrive ${platform.arriveEarlyMinutes} min early, `
        + `stay ${platform.stayLateMinutes} min late · ${number(platform.plannedHours)} h planned · for `
        + platform.targetIds.map((id) => {
          const target = plan.targets.find((one) => one.targetId === id);
          return target ? targetLabel(target, contacts) : id;
        }).join(', ')))))
    : h('p', {}, 'No platform chosen yet.');
}

export function platformsSection(context) {
  return h('section', {class: 'card', id: 'where', 'aria-labelledby': 'where-heading'},
    h('h2', {id: 'where-heading', tabindex: -1}, h('span', {class: 'step-number', 'aria-hidden': 'true'}, '3'),
      'Where: pick platforms wisely, within your hours'),
    budget(context.plan),
    h('h3', {}, 'Chosen platforms'),
    chosenList(context),
    h('h3', {}, 'Recommended for your targets'),
    h('p', {class: 'hint'}, 'Ranked by the target people expected per hour spent. The topic is never scored.'),
    recommendations(context));
}
