// Step 6, follow up: what was promised to whom and by when, overdue first; marked done with how it went, moved,
// reworded or cancelled; a new follow-up scheduled with a contact, a person met or anyone by name.
import {post} from '../../api/client.js';
import {announce, h, replace} from '../../ui/dom.js';
import {disclosure} from '../../ui/disclosure.js';
import {field, onSubmit, text} from '../../ui/forms.js';
import {addDays, isoDay} from '../../wording/format.js';
import {cancelForm, changeForm, completeForm, statusLine} from '../follow-up-forms.js';
import {peopleOptions} from '../people-options.js';
import {pickedLine, personPicker} from '../person-picker.js';
import {searchContacts, targetName} from '../plan-data.js';

const DEFAULT_DUE_DAYS = 3;

function followUpItem(context, followUp, today) {
  const {plan, contacts} = context;
  const target = plan.targets.find((one) => one.targetId === followUp.targetId);
  const overdue = followUp.status === 'OPEN' && followUp.dueOn < today;
  return h('li', {class: `card follow-up${overdue ? ' overdue' : ''}`, 'data-follow-up-id': followUp.followUpId, tabindex: -1},
    h('h3', {}, followUp.action || 'Follow up'),
    h('p', {}, `With ${followUp.personName || contacts.find((one) => one.contactId === followUp.contactId)?.name
      || 'a contact'}`, target ? ` · for ${targetName(target, contacts)}` : ''),
    statusLine(followUp, today, overdue),
    followUp.status === 'OPEN' && context.owner ? followUpActions(context, followUp) : null);
}

function followUpActions(context, followUp) {
  const {plan} = context;
  const key = (what) => `plan/${plan.planId}/follow-up/${followUp.followUpId}/${what}`;
  const focus = `[data-follow-up-id="${followUp.followUpId}"]`;
  return h('div', {class: 'item-actions'},
    disclosure({label: 'Done…', secondary: false, draft: key('done'),
      build: () => completeForm({planId: plan.planId, followUpId: followUp.followUpId,
        onDone: (answer) => context.refresh(answer.version, '#step-heading')})}),
    disclosure({label: 'Change…', draft: key('change'),
      build: () => changeForm({planId: plan.planId, followUp, onDone: (answer) => {
        context.notice = {text: 'Follow-up changed.'};
        return context.refresh(answer.version, focus);
      }})}),
    disclosure({label: 'Cancel…', draft: key('cancel'),
      build: () => cancelForm({planId: plan.planId, followUp, onDone: (answer, again) => {
        context.notice = {text: `Follow-up cancelled: ${followUp.action || 'follow up'}.`, undo: {label: 'Undo: schedule it again',
          action: async () => {
            const scheduled = await again();
            await context.refresh(scheduled.version, `[data-follow-up-id="${scheduled.followUpId}"]`);
          }}};
        return context.refresh(answer.version, '#step-heading');
      }})}));
}

function scheduleForm(context) {
  const {plan, contacts} = context;
  const hiddenNames = ['contactId', 'personName', 'targetId'];
  const hidden = hiddenNames.map((name) => h('input', {type: 'hidden', name}));
  const chosen = h('p', {class: 'picked-name', 'aria-live': 'polite'});
  const form = h('form', {class: 'schedule-form', novalidate: true}, hidden, chosen,
    h('div', {class: 'row'},
      field('What you will do', 'action', {required: true, 'data-label': 'what you will do'}),
      field('Due on', 'dueOn', {type: 'date', required: true, value: addDays(isoDay(), DEFAULT_DUE_DAYS), min: isoDay()})),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Schedule follow-up')));
  const value = (name) => form.querySelector(`[name=${name}]`).value;
  const showChosen = () => replace(chosen, value('personName') || value('contactId')
    ? ['With: ', h('strong', {}, pickedLine({name: value('personName') || contacts.find((one) => one.contactId === value('contactId'))?.name,
      targetId: value('targetId')}, plan.targets, contacts))]
    : 'Pick who it is with.');
  const picker = personPicker({label: 'With whom?', details: false, targets: plan.targets, contacts,
    options: peopleOptions({contacts, knownMatches: context.knownMatches || [], targets: plan.targets}),
    searchContacts: (query) => searchContacts(query).then((found) => peopleOptions({contacts: found, targets: plan.targets})),
    onAdd: (picked) => {
      form.querySelector('[name=contactId]').value = picked.contactId || '';
      form.querySelector('[name=personName]').value = picked.contactId ? '' : picked.name;
      form.querySelector('[name=targetId]').value = picked.targetId || '';
      form.dispatchEvent(new Event('netfocus:changed'));
      showChosen();
      form.querySelector('[name=action]').focus();
    }});
  form.prepend(picker);
  form.addEventListener('netfocus:draft-restored', showChosen);
  showChosen();
  onSubmit(form, async (data) => {
    const answer = await post(`/api/v1/plans/${plan.planId}/follow-ups`, {contactId: text(data, 'contactId'),
      personName: text(data, 'personName'), targetId: text(data, 'targetId'), dueOn: text(data, 'dueOn'),
      action: text(data, 'action')});
    announce('Follow-up scheduled');
    return () => context.refresh(answer.version, `[data-follow-up-id="${answer.followUpId}"]`);
  }, {draft: `plan/${plan.planId}/follow-up/new`});
  return form;
}

/** "Done (2)", "Done (1), cancelled (1)". */
function ended(followUps) {
  const cancelled = followUps.filter((one) => one.status === 'CANCELLED').length;
  return `Done (${followUps.length - cancelled})${cancelled ? `, cancelled (${cancelled})` : ''}`;
}

export function followUpStep(context) {
  const {plan} = context;
  const today = isoDay();
  const open = plan.followUps.filter((one) => one.status === 'OPEN').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const done = plan.followUps.filter((one) => one.status !== 'OPEN')
    .sort((a, b) => String(b.completedAt).localeCompare(String(a.completedAt)));
  return h('div', {id: 'follow-up'},
    open.length ? h('ul', {class: 'plain', id: 'open-follow-ups'}, open.map((one) => followUpItem(context, one, today)))
      : h('p', {}, 'Nothing open.'),
    done.length ? h('details', {class: 'done-follow-ups'}, h('summary', {}, ended(done)),
      h('ul', {class: 'plain'}, done.map((one) => followUpItem(context, one, today)))) : null,
    context.owner ? disclosure({label: 'Schedule a follow-up', draft: `plan/${plan.planId}/follow-up/new`,
      build: () => scheduleForm(context)}) : null,
    h('p', {}, h('a', {href: '#/follow-ups'}, 'All your follow-ups, across plans')));
}
