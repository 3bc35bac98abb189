// Step 2, who: the people each objective needs (a named contact or a kind of person), and the people already known.
import {getAtVersion, post} from '../api.js';
import {announce, h, replace} from '../dom.js';
import {field, integer, onSubmit, text} from '../forms.js';

const PRIORITIES = [1, 2, 3, 4, 5];

/** How a target reads: the contact's name, or its profile. */
export function targetLabel(target, contacts) {
  if (target.contactId) {
    const contact = contacts.find((one) => one.contactId === target.contactId);
    return contact ? `${contact.name}${contact.company ? ` (${contact.company})` : ''}` : 'a known contact';
  }
  const profile = target.profile || {};
  const parts = [profile.position, profile.function, profile.industry && `in ${profile.industry}`].filter(Boolean);
  return parts.length ? parts.join(' ') : 'anyone';
}

function targetForm(context) {
  const {plan, contacts} = context;
  const active = plan.objectives.filter((objective) => objective.status === 'ACTIVE');
  const named = h('fieldset', {id: 'target-named', hidden: true},
    h('legend', {}, 'A person you know'),
    field('Contact', 'contactId', {tag: 'select', options: [{value: '', label: 'Choose a contact'},
      ...contacts.map((contact) => ({value: contact.contactId,
        label: `${contact.name}${contact.company ? `, ${contact.company}` : ''}${contact.position ? ` – ${contact.position}` : ''}`}))]},
    contacts.length ? null : 'No contacts yet: people you meet at events become contacts.'));
  const profile = h('fieldset', {id: 'target-profile'},
    h('legend', {}, 'A kind of person'),
    h('div', {class: 'row'},
      field('Function', 'profile.function', {placeholder: 'Procurement'}),
      field('Position (seniority)', 'profile.position', {placeholder: 'Director'}),
      field('Industry', 'profile.industry', {placeholder: 'Retail'})));
  const kind = h('fieldset', {},
    h('legend', {}, 'Who is it?'),
    h('label', {class: 'choice'}, h('input', {type: 'radio', name: 'kind', value: 'profile', checked: true}), 'A kind of person (names unknown)'),
    h('label', {class: 'choice'}, h('input', {type: 'radio', name: 'kind', value: 'contact'}), 'A person I know'));
  kind.addEventListener('change', (event) => {
    named.hidden = event.target.value !== 'contact';
    profile.hidden = event.target.value === 'contact';
  });
  const form = h('form', {id: 'target-form', novalidate: true},
    field('For objective', 'objectiveId', {tag: 'select', required: true,
      options: active.map((objective) => ({value: objective.objectiveId, label: objective.statement}))}),
    kind, profile, named,
    h('div', {class: 'row'},
      field('Priority', 'priority', {tag: 'select', options: PRIORITIES.map((priority) =>
        ({value: priority, label: priority === 1 ? '1 (highest)' : String(priority)}))}),
      field('Why this person or kind of person', 'rationale')),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Add target')));
  onSubmit(form, async (data) => {
    const body = {objectiveId: text(data, 'objectiveId'), priority: integer(data, 'priority'),
      rationale: text(data, 'rationale')};
    if (data.get('kind') === 'contact') {
      body.contactId = text(data, 'contactId');
    } else {
      body.profile = {function: text(data, 'profile.function'), position: text(data, 'profile.position'),
        industry: text(data, 'profile.industry')};
    }
    const answer = await post(`/api/v1/plans/${plan.planId}/targets`, body);
    announce('Target added');
    await context.refresh(answer.version, '#who-heading');
  });
  return active.length ? form : h('p', {class: 'notice'}, 'Define an objective first: the what determines the who.');
}

/** "Start with the people you already know": contacts who fit each profile target (contact-service). */
function knownMatches(context) {
  const box = h('div', {id: 'known-matches', 'aria-live': 'polite', 'aria-busy': 'true'}, h('p', {}, 'Looking…'));
  getAtVersion(`/api/v1/plans/${context.plan.planId}/known-matches`, context.plan.version)
    .then(({body: answer}) => {
      const withPeople = answer.matches.filter((match) => match.contacts.length);
      replace(box, withPeople.length
        ? h('ul', {class: 'plain'}, withPeople.map((match) => h('li', {},
          h('strong', {}, `${targetLabel(match, context.contacts)}: `),
          match.contacts.map((contact) => `${contact.name}${contact.company ? ` (${contact.company})` : ''}`).join(', '))))
        : h('p', {}, 'Nobody you know fits these targets yet: find them at the platforms below.'));
    })
    .catch((error) => replace(box, h('p', {class: 'field-error'}, `Known matches unavailable: ${error.message}`)))
    .finally(() => box.setAttribute('aria-busy', 'false'));
  return box;
}

export function targetsSection(context) {
  const {plan, contacts} = context;
  return h('section', {class: 'card', id: 'who', 'aria-labelledby': 'who-heading'},
    h('h2', {id: 'who-heading', tabindex: -1}, h('span', {class: 'step-number', 'aria-hidden': 'true'}, '2'),
      'Who: the people each objective needs'),
    plan.objectives.map((objective) => {
      const targets = plan.targets.filter((target) => target.objectiveId === objective.objectiveId);
      return h('div', {},
        h('h3', {}, objective.statement),
        targets.length
          ? h('ul', {class: 'plain targets'}, targets.map((target) => h('li', {'data-target-id': target.targetId},
            h('strong', {}, targetLabel(target, contacts)), ' ', h('span', {class: 'pill'}, `priority ${target.priority}`),
            target.rationale ? h('span', {class: 'meta'}, ` – ${target.rationale}`) : null)))
          : h('p', {class: 'meta'}, 'No target yet.'));
    }),
    h('h3', {}, 'People you already know'),
    h('p', {class: 'hint'}, 'Approach them directly (phone, e-mail, in person) before looking for platforms.'),
    knownMatches(context),
    h('h3', {}, 'Add a target'),
    targetForm(context));
}
