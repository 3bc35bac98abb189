// Step 1, why: one to three focused objectives, each SMART; checked live while typing; revised, moved forward by
// hand, achieved or abandoned (with a reason) as the plan goes on.
import {post, put} from '../../api/client.js';
import {announce, h, meter, replace} from '../../ui/dom.js';
import {disclosure} from '../../ui/disclosure.js';
import {field, integer, onSubmit, text} from '../../ui/forms.js';
import {day, objectiveStatus} from '../../wording/format.js';
import {plainReason, warningSentence} from '../../wording/messages.js';
import {RESTORED} from '../../session/drafts.js';

const CRITERIA = [
  ['specific', 'Specific', true], ['measurable', 'Measurable', true], ['achievable', 'Achievable', false],
  ['realistic', 'Realistic', false], ['timely', 'Timely', true],
];
const LIVE_CHECK_DELAY_MS = 400;

/** The five verdicts; the hard criteria refuse an objective, the soft ones only caution. */
export function smartList(smart, label) {
  return h('ul', {class: 'smart', 'aria-label': label}, CRITERIA.map(([key, name, hard]) => {
    const verdict = smart?.[key];
    if (!verdict) return null;
    const state = verdict.ok ? 'met' : (hard ? 'not met' : 'a caution');
    return h('li', {class: `${verdict.ok ? 'ok' : 'fail'} ${hard ? 'hard' : 'soft'}`, 'data-criterion': key},
      h('span', {class: 'verdict'}, `${verdict.ok ? '✓' : (hard ? '✗' : '!')} ${name}: ${state}`),
      h('span', {class: 'reason'}, plainReason(verdict.reason)));
  }));
}

function draftKey(plan, what) {
  return `plan/${plan.planId}/${what}`;
}

/** The objective form, new or revising one; the SMART check follows the typing. */
function objectiveForm(context, {objective = null, onSaved}) {
  const {plan} = context;
  const live = h('div', {class: 'smart-live', 'aria-live': 'polite'},
    h('p', {class: 'hint'}, 'As you type, each SMART criterion is checked.'));
  const form = h('form', {class: 'objective-form', id: objective ? null : 'objective-form', novalidate: true},
    field('Who will you meet, and to what end?', 'statement', {tag: 'textarea', required: true, 'data-label': 'the objective'},
      'Name the kind of people (function, position or industry) and what you want from them. "Just networking" is no objective.'),
    field('What outcome will it bring?', 'outcome', {required: true, 'data-label': 'the outcome'}),
    h('div', {class: 'row'},
      field('What you count', 'metric', {required: true, placeholder: 'procurement directors met'}),
      field('How many', 'target', {type: 'number', min: 1, step: 1, inputmode: 'numeric', required: true}),
      field('By when', 'deadline', {type: 'date', min: plan.periodStart, max: plan.periodEnd, required: true,
        'data-label': 'the deadline'})),
    h('section', {class: 'smart-check', 'aria-label': 'SMART check as you type'}, live),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, objective ? 'Save the revision' : 'Define objective')));
  if (objective) {
    ['statement', 'outcome', 'metric', 'target', 'deadline'].forEach((name) => {
      form.querySelector(`[name="${name}"]`).value = objective[name];
    });
  }
  const values = () => {
    const data = new FormData(form);
    return {statement: text(data, 'statement'), outcome: text(data, 'outcome'), metric: text(data, 'metric'),
      target: integer(data, 'target'), deadline: text(data, 'deadline')};
  };
  let timer = null;
  let asked = 0;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const body = {planId: plan.planId, ...values()};
      if (!body.statement) return;
      asked += 1;
      const mine = asked;
      try {
        const answer = await post('/api/v1/smart-check', body);
        // an older answer arriving late must not overwrite a newer one
        if (mine === asked) replace(live, smartList(answer.smart, 'Live SMART check'));
      } catch (error) {
        if (mine === asked) replace(live, h('p', {class: 'hint'}, 'The live check is not available right now; '
          + 'the objective is still checked when you save it.'));
      }
    }, LIVE_CHECK_DELAY_MS);
  };
  form.addEventListener('input', check);
  form.addEventListener(RESTORED, check);
  onSubmit(form, async () => {
    const answer = objective
      ? await put(`/api/v1/plans/${plan.planId}/objectives/${objective.objectiveId}`, values())
      : await post(`/api/v1/plans/${plan.planId}/objectives`, values());
    announce(objective ? 'Objective revised' : 'Objective defined');
    return () => onSaved(answer);
  }, {draft: draftKey(plan, objective ? `objective/${objective.objectiveId}/revise` : 'objective/new')});
  return form;
}

/** A small form of one note or reason, for progress, achieved and abandoned. */
function noteForm(context, objective, {what, className, fields, submit, send, done}) {
  const form = h('form', {class: className, novalidate: true}, fields, h('div', {class: 'actions'},
    h('button', {type: 'submit'}, submit)));
  onSubmit(form, async (data) => {
    const answer = await post(`/api/v1/plans/${context.plan.planId}/objectives/${objective.objectiveId}/${what}`, send(data));
    announce(done);
    return () => context.refresh(answer.version, `[data-objective-id="${objective.objectiveId}"]`);
  }, {draft: draftKey(context.plan, `objective/${objective.objectiveId}/${what}`)});
  return form;
}

function objectiveActions(context, objective) {
  const {plan} = context;
  const key = (what) => draftKey(plan, `objective/${objective.objectiveId}/${what}`);
  return h('div', {class: 'item-actions'},
    disclosure({label: 'Revise', draft: key('revise'), build: () => objectiveForm(context, {objective,
      onSaved: (answer) => context.refresh(answer.version, `[data-objective-id="${objective.objectiveId}"]`)})}),
    disclosure({label: 'Record progress', draft: key('progress'), build: () => noteForm(context, objective, {
      what: 'progress', className: 'progress-form', submit: 'Record progress', done: 'Progress recorded',
      fields: h('div', {class: 'row'},
        field('How much closer', 'amount', {type: 'number', min: 1, step: 1, value: 1, inputmode: 'numeric'},
          'People met at events and outreach count by themselves: record only what happened elsewhere.'),
        field('What happened', 'note', {'data-label': 'the note'})),
      send: (data) => ({amount: integer(data, 'amount'), note: text(data, 'note')})})}),
    disclosure({label: 'Mark achieved', draft: key('achieved'), build: () => noteForm(context, objective, {
      what: 'achieved', className: 'achieve-form', submit: 'Mark achieved', done: 'Objective achieved',
      fields: field('What was achieved (optional)', 'note', {'data-label': 'the note'}),
      send: (data) => ({note: text(data, 'note')})})}),
    disclosure({label: 'Abandon', draft: key('abandoned'), build: () => noteForm(context, objective, {
      what: 'abandoned', className: 'abandon-form', submit: 'Abandon objective', done: 'Objective abandoned',
      fields: field('Why you drop it', 'reason', {required: true, 'data-label': 'the reason'},
        'The reason stays in the plan\'s history.'),
      send: (data) => ({reason: text(data, 'reason')})})}));
}

function objectiveItem(context, objective) {
  const progress = objective.progress || {};
  const active = objective.status === 'ACTIVE';
  return h('li', {class: `card objective ${objective.status.toLowerCase()}`, 'data-objective-id': objective.objectiveId,
    tabindex: -1},
  h('h3', {}, objective.statement, ' ', h('span', {class: `pill ${objective.status.toLowerCase()}`},
    objectiveStatus(objective.status))),
  h('p', {}, h('strong', {}, 'Outcome: '), objective.outcome),
  h('p', {class: 'meta'}, `${objective.target} ${objective.metric}, by ${day(objective.deadline)}`),
  meter(`${progress.total ?? 0} of ${objective.target} (${progress.percent ?? 0} %)`, progress.percent ?? 0, 100,
    {tone: objective.status === 'ACHIEVED' ? 'ok' : null}),
  h('p', {class: 'meta'}, `Met at events ${progress.peopleMet ?? 0} · reached out ${progress.outreach ?? 0} · `
    + `recorded by hand ${progress.manual ?? 0}`),
  (objective.warnings || []).map((warning) => h('p', {class: 'advice'}, warningSentence(warning))),
  objective.closingNote ? h('p', {class: 'meta'}, `${objectiveStatus(objective.status)}: ${objective.closingNote}`) : null,
  h('details', {}, h('summary', {}, 'Why it counts as SMART'), smartList(objective.smart, 'SMART assessment')),
  active && context.owner ? objectiveActions(context, objective) : null);
}

export function whyStep(context) {
  const {plan} = context;
  const active = plan.objectives.filter((objective) => objective.status === 'ACTIVE');
  return h('div', {id: 'why'},
    plan.objectives.length
      ? h('ul', {class: 'plain', id: 'objectives'}, plan.objectives.map((objective) => objectiveItem(context, objective)))
      : h('p', {}, 'No objective yet. Better three focused objectives than one all-purpose one.'),
    context.owner ? disclosure({label: active.length ? 'Define another objective' : 'Define an objective',
      secondary: active.length > 0, open: !plan.objectives.length, draft: draftKey(plan, 'objective/new'),
      id: 'new-objective', build: () => objectiveForm(context, {
        onSaved: (answer) => context.refresh(answer.version, `[data-objective-id="${answer.objectiveId}"]`)})}) : null);
}
