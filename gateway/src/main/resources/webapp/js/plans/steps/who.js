// Step 2, who: the people each objective needs, named or by kind (function, position, industry); the people
// already known who fit; information gathering with the people known (phone, e-mail, in person).
import {post, remove} from '../../api/client.js';
import {announce, h} from '../../ui/dom.js';
import {disclosure} from '../../ui/disclosure.js';
import {choices, field, integer, onSubmit, text} from '../../ui/forms.js';
import {reasonForm} from '../../ui/reason-form.js';
import {channel, count, fromLocalInput, moment, OUTREACH_CHANNELS, person, toLocalInput} from '../../wording/format.js';
import {metAlready} from '../checklist.js';
import {choiceOf, targetName} from '../plan-data.js';

const PRIORITIES = [1, 2, 3, 4, 5];

function draftKey(plan, what) {
  return `plan/${plan.planId}/${what}`;
}

function outreachForm(context, target) {
  const {plan} = context;
  const form = h('form', {class: 'outreach-form', novalidate: true},
    choices('How', 'channel', OUTREACH_CHANNELS.map((code) => ({value: code, label: channel(code)})), {checked: 'PHONE'}),
    field('When', 'happenedAt', {type: 'datetime-local', required: true, value: toLocalInput(new Date()),
      'data-label': 'when it happened'}),
    field('What you learned', 'summary', {tag: 'textarea', required: true, 'data-label': 'what you learned'}),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Log outreach')));
  onSubmit(form, async (data) => {
    const answer = await post(`/api/v1/plans/${plan.planId}/outreach`, {targetId: target.targetId,
      channel: text(data, 'channel'), happenedAt: fromLocalInput(text(data, 'happenedAt')), summary: text(data, 'summary')});
    announce('Outreach logged');
    return () => context.refresh(answer.version, `[data-target-id="${target.targetId}"]`);
  }, {draft: draftKey(plan, `target/${target.targetId}/outreach`)});
  return form;
}

/** Known contacts who fit a kind of person: made named targets of the same objective in one click. */
function matchesOf(context, target) {
  const match = (context.knownMatches || []).find((one) => one.targetId === target.targetId);
  const named = new Set(context.plan.targets.filter((one) => one.contactId).map((one) => one.contactId));
  const people = (match?.contacts || []).filter((contact) => !named.has(contact.contactId)
    && !metAlready(context.plan, contact));
  if (!people.length) return null;
  return h('div', {class: 'known-matches'},
    h('p', {class: 'meta'}, 'People you know who fit: start with them.'),
    h('ul', {class: 'plain'}, people.map((contact) => h('li', {},
      person(contact), ' ',
      context.owner ? h('button', {type: 'button', class: 'secondary small', onclick: async (event) => {
        event.target.disabled = true;
        try {
          const answer = await post(`/api/v1/plans/${context.plan.planId}/targets`, {objectiveId: target.objectiveId,
            contactId: contact.contactId, priority: target.priority,
            rationale: `Fits ${targetName(target)}: start with the people you know`});
          announce(`${contact.name} added as a target`);
          await context.refresh(answer.version, `[data-target-id="${answer.targetId}"]`);
        } catch (error) {
          event.target.disabled = false;
          announce(`${contact.name} could not be added; try again`);
        }
      }}, `Name ${contact.name} as a target`) : null))));
}

/** Retiring a target: no new work is planned for it; what was done for it still counts. */
function retireForm(context, target) {
  const {plan, contacts} = context;
  const name = targetName(target, contacts);
  return reasonForm({
    explanation: `No new work is planned for ${name} any more; the outreach and the people met for them still count.`,
    submit: `Retire ${name}`, draft: draftKey(plan, `target/${target.targetId}/retire`),
    action: async (reason) => {
      const answer = await remove(`/api/v1/plans/${plan.planId}/targets/${target.targetId}`, reason);
      const idle = (answer.choicesServingOnlyIt || []).map((id) => choiceOf(plan, id)?.platformName).filter(Boolean);
      announce(`${name} retired`);
      context.notice = {text: `${name} retired.${idle.length ? ` ${idle.join(', ')} now ${idle.length === 1 ? 'serves'
        : 'serve'} no active target: withdraw ${idle.length === 1 ? 'it' : 'them'} on Where to free the hours.` : ''}`};
      return () => context.refresh(answer.version, '#step-heading');
    }});
}

function targetItem(context, target) {
  const outreach = context.plan.outreach.filter((entry) => entry.targetId === target.targetId)
    .sort((a, b) => b.happenedAt.localeCompare(a.happenedAt));
  return h('li', {class: 'target', 'data-target-id': target.targetId, tabindex: -1},
    h('p', {}, h('strong', {class: 'target-name'}, targetName(target, context.contacts)), ' ',
      h('span', {class: 'pill'}, target.priority === 1 ? 'top priority' : `priority ${target.priority}`),
      target.contactId ? h('span', {class: 'pill'}, 'known by name') : null),
    target.rationale ? h('p', {class: 'meta'}, target.rationale) : null,
    outreach.length ? h('ul', {class: 'outreach'}, outreach.map((entry) => h('li', {},
      h('strong', {}, `${channel(entry.channel)}, ${moment(entry.happenedAt)}: `), entry.summary))) : null,
    target.profile ? matchesOf(context, target) : null,
    context.owner ? h('div', {class: 'item-actions'},
      disclosure({label: target.contactId ? 'Log outreach' : 'Log a conversation',
        draft: draftKey(context.plan, `target/${target.targetId}/outreach`), build: () => outreachForm(context, target)}),
      disclosure({label: 'Retire…', draft: draftKey(context.plan, `target/${target.targetId}/retire`),
        build: () => retireForm(context, target)})) : null);
}

/** The targets retired, folded: what was done for them still counts. */
function retiredList(context) {
  const retired = context.plan.retiredTargets || [];
  if (!retired.length) return null;
  return h('details', {class: 'retired-targets'}, h('summary', {}, `Retired (${count(retired.length, 'target')})`),
    h('ul', {}, retired.map((target) => h('li', {}, targetName(target, context.contacts)))));
}

function targetForm(context) {
  const {plan, contacts} = context;
  const active = plan.objectives.filter((objective) => objective.status === 'ACTIVE');
  const withoutTarget = active.find((objective) => !plan.targets.some((target) => target.objectiveId === objective.objectiveId));
  const named = h('fieldset', {class: 'target-named', hidden: true},
    h('legend', {}, 'A person you know'),
    field('Contact', 'contactId', {tag: 'select', 'data-label': 'the contact', options: [{value: '', label: 'Choose a contact'},
      ...[...contacts].sort((a, b) => a.name.localeCompare(b.name)).map((contact) => ({value: contact.contactId,
        label: `${person(contact)}${contact.position ? `, ${contact.position}` : ''}`}))]},
    contacts.length ? null : 'No contacts yet: add them on the Contacts page, or meet them at an event.'));
  const profile = h('fieldset', {class: 'target-profile'},
    h('legend', {}, 'A kind of person'),
    h('div', {class: 'row'},
      field('Function', 'profile.function', {placeholder: 'Procurement'}),
      field('Position', 'profile.position', {placeholder: 'Director'}),
      field('Industry', 'profile.industry', {placeholder: 'Retail'})));
  const kind = choices('Who is it?', 'kind', [{value: 'profile', label: 'A kind of person (names unknown)'},
    {value: 'contact', label: 'A person I know'}], {checked: 'profile'});
  const showKind = () => {
    const chosen = kind.querySelector('input:checked')?.value;
    named.hidden = chosen !== 'contact';
    profile.hidden = chosen === 'contact';
  };
  kind.addEventListener('change', showKind);
  const form = h('form', {id: 'target-form', novalidate: true},
    field('For the objective', 'objectiveId', {tag: 'select', required: true, 'data-label': 'the objective',
      options: active.map((objective) => ({value: objective.objectiveId, label: objective.statement,
        selected: objective === withoutTarget}))}),
    kind, profile, named,
    h('div', {class: 'row'},
      field('Priority', 'priority', {tag: 'select', options: PRIORITIES.map((priority) =>
        ({value: priority, label: priority === 1 ? '1 (highest)' : String(priority)}))}),
      field('Why them', 'rationale', {'data-label': 'why them'})),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Add target')));
  form.addEventListener('netfocus:draft-restored', showKind);
  onSubmit(form, async (data) => {
    const body = {objectiveId: text(data, 'objectiveId'), priority: integer(data, 'priority'), rationale: text(data, 'rationale')};
    if (data.get('kind') === 'contact') {
      body.contactId = text(data, 'contactId');
    } else {
      body.profile = {function: text(data, 'profile.function'), position: text(data, 'profile.position'),
        industry: text(data, 'profile.industry')};
    }
    const answer = await post(`/api/v1/plans/${plan.planId}/targets`, body);
    announce('Target added');
    return () => context.refresh(answer.version, `[data-target-id="${answer.targetId}"]`);
  }, {draft: draftKey(plan, 'target/new')});
  return form;
}

export function whoStep(context) {
  const {plan} = context;
  const active = plan.objectives.filter((objective) => objective.status === 'ACTIVE');
  const ordered = [...active, ...plan.objectives.filter((objective) => objective.status !== 'ACTIVE')];
  const needsTarget = active.some((objective) => !plan.targets.some((target) => target.objectiveId === objective.objectiveId));
  return h('div', {id: 'who'},
    ordered.map((objective) => {
      const targets = plan.targets.filter((target) => target.objectiveId === objective.objectiveId);
      return h('section', {class: `objective-targets ${objective.status.toLowerCase()}`, 'aria-label': objective.statement},
        h('h3', {}, objective.statement),
        targets.length
          ? h('ul', {class: 'plain targets'}, targets.map((target) => targetItem(context, target)))
          : h('p', {class: 'meta'}, 'No target yet.'));
    }),
    retiredList(context),
    context.owner && active.length ? disclosure({label: 'Add a target', secondary: !needsTarget, open: needsTarget,
      draft: draftKey(plan, 'target/new'), id: 'new-target', build: () => targetForm(context)}) : null);
}
