// "Who did you meet?": a name typed narrows the plan's best guesses (people named as targets, contacts who fit the
// targets, every other contact); one tap picks a person, the target they count for comes with them, and a name
// nobody knows yet stays possible. Made for a phone at an event: a few taps per person.
import {h, replace, uid} from '../ui/dom.js';
import {person, profile} from '../wording/format.js';
import {filterOptions, mergeOptions} from './people-options.js';
import {targetName} from './plan-data.js';

const SHOWN = 6;
const SEARCH_DELAY_MS = 300;
const SEARCH_FROM_CHARACTERS = 2;

/**
 * @param options   peopleOptions(...) of this place
 * @param searchContacts optional async (query) => more options: every contact the words find (beyond the first page)
 * @param targets   the plan's targets (what a person may count for)
 * @param contacts  the org's contacts, for the names of named targets
 * @param onAdd     (person) => void; person: {contactId?, name, company?, email?, function?, position?, industry?, targetId}
 * @param details   whether a new person's company, e-mail and kind are asked (attendance) or only the name
 */
export function personPicker({options, searchContacts = null, targets, contacts = [], onAdd, details = true,
  label = 'Who did you meet?'}) {
  const searchId = uid('who');
  const search = h('input', {id: searchId, name: 'who', type: 'search', autocomplete: 'off', 'data-no-draft': true,
    placeholder: 'Type a name or a company', enterkeyhint: 'search'});
  const suggestions = h('ul', {class: 'suggestions', 'aria-label': 'Suggestions'});
  const detail = h('div', {class: 'picked', hidden: true});
  let excluded = new Set();
  let known = options;
  let timer = null;

  const targetSelect = (selected) => {
    const id = uid('counts-for');
    return h('div', {class: 'field'},
      h('label', {for: id}, 'Counts for'),
      h('select', {id, name: 'picked.targetId', 'data-no-draft': true},
        h('option', {value: ''}, 'No target (met by chance)'),
        targets.map((target) => h('option', {value: target.targetId, selected: target.targetId === selected},
          targetName(target, contacts)))));
  };
  const small = (text, name, type = 'text') => {
    const id = uid(name);
    return h('div', {class: 'field'}, h('label', {for: id}, text),
      h('input', {id, name, type, autocomplete: 'off', 'data-no-draft': true}));
  };

  const reset = () => {
    search.value = '';
    detail.hidden = true;
    replace(detail);
    draw();
    search.focus();
  };
  const pick = (choice) => {
    suggestions.hidden = true;
    const fields = choice.contactId ? [] : (details ? [h('div', {class: 'row'}, small('Company', 'picked.company'),
      small('E-mail', 'picked.email', 'email')), h('div', {class: 'row'}, small('Function', 'picked.function'),
      small('Position', 'picked.position'), small('Industry', 'picked.industry'))] : []);
    const add = h('button', {type: 'button', class: 'add-person'}, `Add ${choice.name}`);
    replace(detail,
      h('p', {class: 'picked-name'}, h('strong', {}, person(choice)), choice.why ? h('span', {class: 'meta'}, ` · ${choice.why}`) : null),
      targetSelect(choice.targetId), fields,
      h('div', {class: 'actions'}, add, h('button', {type: 'button', class: 'secondary', onclick: reset}, 'Cancel')));
    detail.hidden = false;
    add.addEventListener('click', () => {
      const value = (name) => detail.querySelector(`[name="picked.${name}"]`)?.value.trim() || null;
      const picked = choice.contactId
        ? {contactId: choice.contactId, name: choice.name, company: choice.company, targetId: value('targetId')}
        : {name: choice.name, company: value('company'), email: value('email'), function: value('function'),
          position: value('position'), industry: value('industry'), targetId: value('targetId')};
      onAdd(picked);
      reset();
    });
    (detail.querySelector('select') || add).focus();
  };
  const draw = () => {
    const query = search.value.trim();
    const found = filterOptions(known.filter((option) => !excluded.has(option.contactId)), query).slice(0, SHOWN);
    const exact = found.some((option) => option.name.toLowerCase() === query.toLowerCase());
    suggestions.hidden = false;
    replace(suggestions,
      found.map((option) => h('li', {}, h('button', {type: 'button', class: 'suggestion', onclick: () => pick(option)},
        h('span', {class: 'name'}, person(option)), h('span', {class: 'why'}, option.why)))),
      query && !exact ? h('li', {}, h('button', {type: 'button', class: 'suggestion new', onclick: () => pick({name: query,
        targetId: null, why: 'someone new'})}, h('span', {class: 'name'}, `Someone new: ${query}`),
      h('span', {class: 'why'}, 'becomes a contact'))) : null,
      !found.length && !query ? h('li', {class: 'meta'}, 'Type the name of the person you met.') : null);
  };
  // the words also ask the whole contact book (a page of it is known here); what it finds joins the suggestions
  const ask = () => {
    clearTimeout(timer);
    const query = search.value.trim();
    if (!searchContacts || query.length < SEARCH_FROM_CHARACTERS) return;
    timer = setTimeout(async () => {
      const more = await searchContacts(query).catch(() => []);
      known = mergeOptions(known, more);
      if (search.value.trim() === query) draw();
    }, SEARCH_DELAY_MS);
  };
  search.addEventListener('input', draw);
  search.addEventListener('input', ask);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      suggestions.querySelector('button')?.click();
    }
  });
  draw();
  const element = h('div', {class: 'person-picker'},
    h('label', {for: searchId, class: 'label'}, label), search, suggestions, detail);
  /** Leaves out people already picked. */
  element.exclude = (contactIds) => {
    excluded = new Set(contactIds);
    draw();
  };
  element.focusSearch = () => search.focus();
  return element;
}

/** How a picked person reads in a list: "Karin Lund (Nordic Grocers), for Procurement Director in Retail". */
export function pickedLine(picked, targets, contacts = []) {
  return `${person(picked)}${countsFor(picked, targets, contacts, ', ')}`;
}

/** What a person met counts for: ", for Procurement Director in Retail", ", named in your plan", or nothing. */
export function countsFor(someone, targets, contacts = [], separator = ' – ') {
  const target = targets.find((one) => one.targetId === someone.targetId);
  if (!target) return '';
  if (target.contactId && target.contactId === someone.contactId) return `${separator}named in your plan`;
  return `${separator}for ${target.profile ? profile(target.profile) : targetName(target, contacts)}`;
}
