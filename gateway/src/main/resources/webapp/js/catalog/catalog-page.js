// The org's catalog of platforms: browsed by words, kind, dates and who attends, each with when, where, who
// organises it, its cost and who attends. Admins add platforms one by one or import a CSV or iCalendar file (bad
// rows reported in words).
import {get, post} from '../api/client.js';
import {announce, h, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {fileImport} from '../ui/file-import.js';
import {decimal, field, integer, onSubmit, problemBox, text} from '../ui/forms.js';
import {count, fromLocalInput, kind, PLATFORM_KINDS} from '../wording/format.js';
import {hasRole} from '../session/session.js';
import {explain} from '../wording/messages.js';
import {kindPill, platformFacts} from './platform-facts.js';

const PAGE_SIZE = 20;
const AUDIENCE_ROWS = 3;
const PERCENT = 100;

const WORD_FILTERS = ['q', 'function', 'position', 'industry'];

function filters(params) {
  const form = h('form', {class: 'card filters', id: 'catalog-filters', 'aria-label': 'Filters'},
    h('div', {class: 'row'},
      field('Words', 'q', {type: 'search', value: params.q || '', placeholder: 'Name, organiser or place'}),
      field('Kind', 'kind', {tag: 'select', options: [{value: '', label: 'All kinds'},
        ...PLATFORM_KINDS.map((code) => ({value: code, label: kind(code), selected: code === params.kind}))]}),
      field('From', 'from', {type: 'date', value: params.from || ''}),
      field('To', 'to', {type: 'date', value: params.to || ''})),
    h('fieldset', {}, h('legend', {}, 'Who attends'),
      h('div', {class: 'row'},
        field('Function', 'function', {value: params.function || '', placeholder: 'Procurement'}),
        field('Position', 'position', {value: params.position || '', placeholder: 'Director'}),
        field('Industry', 'industry', {value: params.industry || '', placeholder: 'Retail'}))),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== ''));
    window.location.hash = `#/catalog${query.toString() ? `?${query}` : ''}`;
  });
  return form;
}

function audienceRow(index) {
  return h('div', {class: 'row audience-row'},
    field('Function', `audience[${index}].function`, {placeholder: 'Procurement'}),
    field('Position', `audience[${index}].position`, {placeholder: 'Director'}),
    field('Industry', `audience[${index}].industry`, {placeholder: 'Retail'}),
    field('Share (%)', `audience[${index}].share`, {type: 'number', min: 1, max: PERCENT, step: 1, inputmode: 'numeric',
      'data-label': `the share of audience row ${index + 1}`}));
}

function addForm(reload) {
  const rows = h('fieldset', {}, h('legend', {}, 'Who attends (the shares of the expected attendance)'),
    Array.from({length: AUDIENCE_ROWS}, (unused, index) => audienceRow(index)));
  const form = h('form', {id: 'add-platform-form', novalidate: true},
    h('div', {class: 'row'},
      field('Name', 'name', {required: true}),
      field('Kind', 'kind', {tag: 'select', options: PLATFORM_KINDS.map((code) => ({value: code, label: kind(code)}))})),
    h('div', {class: 'row'}, field('Organiser', 'organizer', {'data-label': 'the organiser'}), field('Topic', 'topic'),
      field('Location', 'location', {required: true})),
    h('div', {class: 'row'},
      field('Doors open', 'startsAt', {type: 'datetime-local', required: true, 'data-label': 'when the doors open'}),
      field('Programme starts', 'programStartsAt', {type: 'datetime-local', required: true,
        'data-label': 'when the programme starts'}),
      field('Programme ends', 'programEndsAt', {type: 'datetime-local', required: true, 'data-label': 'when the programme ends'}),
      field('Doors close', 'endsAt', {type: 'datetime-local', required: true, 'data-label': 'when the doors close'})),
    h('div', {class: 'row'},
      field('Cost', 'cost', {type: 'number', min: 0, step: 'any', value: 0, inputmode: 'decimal'}),
      field('People expected', 'expectedAttendance', {type: 'number', min: 1, step: 1, inputmode: 'numeric',
        'data-label': 'the people expected'}),
      h('label', {class: 'choice'}, h('input', {type: 'checkbox', name: 'networkingSupported', value: 'yes', checked: true}),
        'Networking is encouraged')),
    rows,
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Add platform')));
  onSubmit(form, async (data) => {
    const audience = Array.from({length: AUDIENCE_ROWS}, (unused, index) => ({
      function: text(data, `audience[${index}].function`), position: text(data, `audience[${index}].position`),
      industry: text(data, `audience[${index}].industry`), share: decimal(data, `audience[${index}].share`)}))
      .filter((row) => row.function || row.position || row.industry || row.share !== null)
      .map((row) => ({...row, share: row.share === null ? null : row.share / PERCENT}));
    const answer = await post('/api/v1/platforms', {name: text(data, 'name'), kind: text(data, 'kind'),
      organizer: text(data, 'organizer'), topic: text(data, 'topic'), location: text(data, 'location'),
      startsAt: fromLocalInput(text(data, 'startsAt')), endsAt: fromLocalInput(text(data, 'endsAt')),
      programStartsAt: fromLocalInput(text(data, 'programStartsAt')), programEndsAt: fromLocalInput(text(data, 'programEndsAt')),
      cost: decimal(data, 'cost'), expectedAttendance: integer(data, 'expectedAttendance'),
      networkingSupported: data.get('networkingSupported') === 'yes', audience});
    announce(`${text(data, 'name')} added to the catalog`);
    return () => reload(answer.platformId);
  }, {draft: 'catalog/new', advice: {403: 'Only an admin adds platforms to the catalog.'}});
  return form;
}

function importForm(reload) {
  return fileImport({id: 'import-platforms-form', reportId: 'catalog-import-report', label: 'A CSV or iCalendar file',
    accept: '.csv,.ics,text/csv,text/calendar', path: '/api/v1/platforms/import',
    hint: 'CSV: a first line naming the columns name, kind, programStartsAt, programEndsAt, location, cost, '
      + 'networkingSupported, expectedAttendance (and optionally organizer, topic, startsAt, endsAt, audience).',
    taken: (answer) => `${count(answer.imported, 'platform')} added`, onDone: () => reload(),
    advice: {403: 'Only an admin imports platforms.', 415: 'Use a CSV file (.csv) or an iCalendar file (.ics).'}});
}

function platformItem(platform) {
  return h('li', {class: 'card platform', 'data-platform-id': platform.platformId},
    h('h2', {}, platform.name, ' ', kindPill(platform.kind)),
    platformFacts(platform));
}

export async function catalogPage(main, {params}) {
  const list = h('ul', {class: 'plain', id: 'catalog'});
  const shown = h('p', {class: 'meta', 'aria-live': 'polite'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const query = new URLSearchParams({size: PAGE_SIZE});
  if (PLATFORM_KINDS.includes(params.kind)) query.set('kind', params.kind);
  if (params.from) query.set('from', fromLocalInput(`${params.from}T00:00`));
  if (params.to) query.set('to', fromLocalInput(`${params.to}T23:59`));
  WORD_FILTERS.filter((name) => params[name]).forEach((name) => query.set(name, params[name]));
  let page = 0;
  let items = [];
  const load = async () => {
    query.set('page', page);
    const answer = await get(`/api/v1/platforms?${query}`).catch((error) => {
      if (error.status !== 400) throw error;
      // filters the catalog cannot search by: said in words, the filters kept above to be corrected
      replace(list, h('li', {}, problemBox(explain(error, {labels: {q: 'the words', from: 'the first day',
        to: 'the last day'}}))));
      return {items: [], total: 0, refused: true};
    });
    if (answer.refused) return;
    items = page === 0 ? answer.items : [...items, ...answer.items];
    replace(list, items.length ? items.map(platformItem) : h('li', {}, 'No platform matches.'));
    shown.textContent = `${count(items.length, 'platform')} of ${answer.total}.`;
    more.hidden = items.length >= answer.total;
  };
  const reload = async () => {
    page = 0;
    await load();
  };
  more.addEventListener('click', () => {
    page += 1;
    load().catch(() => announce('More platforms cannot be read right now; try again in a moment'));
  });
  const admin = hasRole('ADMIN');
  replace(main,
    h('h1', {tabindex: -1}, 'Catalog'),
    h('p', {class: 'hint'}, 'Where the people you need meet: choose a platform for who attends it, never for its topic.'),
    admin ? h('div', {class: 'stack'},
      disclosure({label: 'Add a platform', draft: 'catalog/new', id: 'add-platform', build: () => addForm(reload)}),
      disclosure({label: 'Import a file', id: 'import-platforms', build: () => importForm(reload)})) : null,
    filters(params), list, shown, more);
  await load();
}
