// Step 1, why: the plan's objectives, and a form that checks SMART live while the rep types.
import {post} from '../api.js';
import {announce, date, h, meter, replace} from '../dom.js';
import {field, integer, onSubmit, text} from '../forms.js';

const CRITERIA = [
  ['specific', 'Specific', true], ['measurable', 'Measurable', true], ['achievable', 'Achievable', false],
  ['realistic', 'Realistic', false], ['timely', 'Timely', true],
];
const LIVE_CHECK_DELAY_MS = 400;

/** The five verdicts as a list; hard criteria refuse the objective, soft ones only warn. */
export function smartList(smart, label) {
  return h('ul', {class: 'smart', 'aria-label': label}, CRITERIA.map(([key, name, hard]) => {
    const verdict = smart?.[key];
    if (!verdict) return null;
    const state = verdict.ok ? 'met' : (hard ? 'not met' : 'warning');
    return h('li', {class: `${verdict.ok ? 'ok' : 'fail'} ${hard ? 'hard' : 'soft'}`, 'data-criterion': key},
      h('span', {class: 'verdict'}, `${verdict.ok ? '✓' : (hard ? '✗' : '!')} ${name}: ${state}`),
      h('span', {class: 'reason'}, verdict.reason));
  }));
}

function objectiveItem(objective) {
  const progress = objective.progress || {};
  return h('li', {class: 'card objective', 'data-objective-id': objective.objectiveId},
    h('h3', {}, objective.statement, ' ', h('span', {class: 'pill'}, objective.status)),
    h('p', {}, h('strong', {}, 'Outcome: '), objective.outcome),
    h('p', {class: 'meta'}, `Measured by ${objective.metric}: target ${objective.target} by ${date(objective.deadline)}`),
    meter(`Progress ${progress.total ?? 0} of ${progress.target ?? objective.target} (${progress.percent ?? 0} %)`,
      progress.percent ?? 0, 100),
    h('details', {}, h('summary', {}, 'SMART assessment'), smartList(objective.smart, 'SMART assessment')),
    objective.warnings?.length ? h('p', {class: 'notice'}, `Warnings: ${objective.warnings.join('; ')}`) : null);
}

export function objectivesSection(context) {
  const {plan} = context;
  const live = h('div', {id: 'smart-live', 'aria-live': 'polite'},
    h('p', {class: 'hint'}, 'Start typing: each SMART criterion is checked as you go.'));
  const form = h('form', {id: 'objective-form', novalidate: true},
    field('Objective: who will you meet, and to what end?', 'statement', {tag: 'textarea', required: true},
      'Name the kind of people (role, function or industry). "Just networking" is not an objective.'),
    field('Outcome it brings', 'outcome', {required: true}),
    h('div', {class: 'row'},
      field('Metric (what is counted)', 'metric', {required: true}),
      field('Target (how many)', 'target', {type: 'number', min: 1, step: 1, inputmode: 'numeric', required: true}),
      field('Deadline', 'deadline', {type: 'date', min: plan.periodStart, max: plan.periodEnd, required: true})),
    h('section', {'aria-labelledby': 'smart-live-heading'},
      h('h3', {id: 'smart-live-heading'}, 'SMART check as you type'), live),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Define objective')));

  const draft = () => {
    const data = new FormData(form);
    return {statement: text(data, 'statement'), outcome: text(data, 'outcome'), metric: text(data, 'metric'),
      target: integer(data, 'target'), deadline: text(data, 'deadline')};
  };
  let timer = null;
  let asked = 0;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const body = {planId: plan.planId, ...draft()};
      if (!body.statement) return;
      asked += 1;
      const mine = asked;
      try {
        const answer = await post('/api/v1/smart-check', body);
        // an older answer arriving late must not overwrite a newer one
        if (mine === asked) replace(live, smartList(answer.smart, 'Live SMART check'));
      } catch (error) {
        if (mine === asked) replace(live, h('p', {class: 'field-error'}, `SMART check unavailable: ${error.message}`));
      }
    }, LIVE_CHECK_DELAY_MS);
  });

  onSubmit(form, async () => {
    const answer = await post(`/api/v1/plans/${plan.planId}/objectives`, draft());
    form.reset();
    replace(live, h('p', {class: 'success'}, 'Objective defined.'));
    announce('Objective defined');
    await context.refresh(answer.version, '#why-heading');
  });

  const active = plan.objectives.filter((objective) => objective.status === 'ACTIVE').length;
  return h('section', {class: 'card', id: 'why', 'aria-labelledby': 'why-heading'},
    h('h2', {id: 'why-heading', tabindex: -1}, h('span', {class: 'step-number', 'aria-hidden': 'true'}, '1'),
      'Why: focused objectives'),
    h('p', {class: 'hint'}, `${active} active objective(s). One to three focused objectives, each SMART.`),
    plan.objectives.length
      ? h('ul', {class: 'plain', id: 'objectives'}, plan.objectives.map(objectiveItem))
      : h('p', {}, 'No objective yet.'),
    h('h3', {}, 'Define an objective'), form);
}
