// The people the org knows: found by words of their name, company or role (the API searches the whole book), added
// one by one or imported from a CSV or vCard file (rows that cannot be taken are reported by line, in words),
// edited by whoever added them, downloaded as CSV or vCard (what the search found, in the files the import reads),
// and erased for good on request (right to be forgotten).
import {download, get, patch, post} from '../api/client.js';
import {announce, h, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {fileImport} from '../ui/file-import.js';
import {field, onSubmit, text} from '../ui/forms.js';
import {count, profile} from '../wording/format.js';
import {hasRole, user} from '../session/session.js';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;
const FIELDS = [['Name', 'name', {required: true, autocomplete: 'off'}], ['Company', 'company', {}],
  ['Function', 'function', {placeholder: 'Procurement'}], ['Position', 'position', {placeholder: 'Director'}],
  ['Industry', 'industry', {placeholder: 'Retail'}], ['E-mail', 'email', {type: 'email', 'data-label': 'the e-mail address'}],
  ['Phone', 'phone', {type: 'tel', 'data-label': 'the phone number'}]];

/** The contact's fields in three rows, filled from `contact` when one is edited. */
function contactFields(contact = null) {
  const one = ([label, name, attributes]) => field(label, name, {...attributes, value: contact?.[name] ?? null});
  return [
    h('div', {class: 'row'}, FIELDS.slice(0, 2).map(one)),
    h('div', {class: 'row'}, FIELDS.slice(2, 5).map(one)),
    h('div', {class: 'row'}, FIELDS.slice(5).map(one)),
  ];
}

function addForm(reload) {
  const form = h('form', {id: 'add-contact-form', novalidate: true},
    contactFields(),
    h('p', {class: 'hint'}, 'Only the name is needed; function, position and industry match the person to your targets.'),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Add contact')));
  onSubmit(form, async (data) => {
    const body = Object.fromEntries(FIELDS.map(([, name]) => [name, text(data, name)]));
    await post('/api/v1/contacts', body);
    announce(`${body.name} added`);
    return () => {
      form.reset();
      return reload();
    };
  }, {draft: 'contacts/new'});
  return form;
}

/** Editing a contact: what changed is sent; an emptied field (other than the name) is emptied. */
function editForm(contact, reload) {
  const form = h('form', {class: 'edit-contact-form', novalidate: true}, contactFields(contact),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Save the contact')));
  onSubmit(form, async (data) => {
    const changed = Object.fromEntries(FIELDS.map(([, name]) => [name, text(data, name) ?? ''])
      .filter(([name, value]) => value !== (contact[name] ?? '')));
    await patch(`/api/v1/contacts/${contact.contactId}`, changed);
    announce(`${text(data, 'name') || contact.name} saved`);
    return () => reload();
  }, {draft: `contacts/${contact.contactId}/edit`, advice: {403: 'Only the person who added a contact edits it.'}});
  return form;
}

function importForm(reload) {
  return fileImport({id: 'import-contacts-form', reportId: 'import-report', label: 'A CSV or vCard file',
    accept: '.csv,.vcf,.vcard,text/csv,text/vcard', path: '/api/v1/contacts/import',
    hint: 'CSV: a first line naming the columns (name, and any of company, function, position, industry, email, phone). '
      + 'People already known (same e-mail, else same name and company) are merged, not doubled.',
    taken: (answer) => `${count(answer.imported, 'contact')} added, ${answer.merged} merged with people you knew`,
    onDone: () => reload(), advice: {415: 'Use a CSV file (.csv) or a vCard file (.vcf).'}});
}

function eraseConfirm(contact, reload) {
  const form = h('form', {class: 'erase-form', novalidate: true},
    h('p', {}, `Erase ${contact.name} for good? Their name and e-mail are removed from every plan that mentions them, `
      + 'and the follow-ups about them are deleted. This cannot be undone.'),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'danger'}, `Erase ${contact.name}`)));
  onSubmit(form, async () => {
    await post(`/api/v1/contacts/${contact.contactId}/erasure`);
    announce(`${contact.name} erased`);
    return () => reload();
  }, {advice: {403: 'Only the person who added a contact, or an admin, can erase it.'}});
  return form;
}

function contactItem(contact, reload) {
  const me = user();
  const work = contact.function || contact.position || contact.industry ? profile(contact) : null;
  const mine = contact.ownerId === me?.sub;
  return h('li', {class: 'card contact', 'data-name': contact.name},
    h('h3', {}, contact.name, contact.company ? h('span', {class: 'meta'}, ` · ${contact.company}`) : null),
    work ? h('p', {}, work) : null,
    h('p', {class: 'meta'}, [contact.email ? h('a', {href: `mailto:${contact.email}`}, contact.email) : null,
      contact.phone ? h('a', {href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}`}, contact.phone) : null,
      mine ? null : `added by ${contact.ownerId}`]
      .filter(Boolean).flatMap((part, index) => (index ? [' · ', part] : [part]))),
    h('div', {class: 'item-actions'},
      mine ? disclosure({label: 'Edit…', draft: `contacts/${contact.contactId}/edit`, build: () => editForm(contact, reload)})
        : null,
      mine || hasRole('ADMIN') ? disclosure({label: 'Erase…', build: () => eraseConfirm(contact, reload)}) : null));
}

/** The whole list found, as a file: CSV (?format=csv) or vCard (Accept: text/vcard). */
function downloads(words) {
  const link = (label, format, name, accept) => h('button', {type: 'button', class: 'secondary', onclick: async () => {
    const query = new URLSearchParams();
    if (words()) query.set('q', words());
    if (format) query.set('format', format);
    try {
      await download(`/api/v1/contacts${query.toString() ? `?${query}` : ''}`, name, accept);
      announce(`${name} downloaded`);
    } catch (error) {
      announce('The download failed; try again in a moment');
    }
  }}, label);
  return h('div', {class: 'actions', role: 'group', 'aria-label': 'Download'},
    link('Download (CSV)', 'csv', 'contacts.csv', 'text/csv'),
    link('Download (vCard)', null, 'contacts.vcf', 'text/vcard'));
}

export async function contactsPage(main) {
  const list = h('ul', {class: 'plain contacts', id: 'contacts'});
  const shown = h('p', {class: 'meta', 'aria-live': 'polite', id: 'contacts-shown'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const search = h('input', {type: 'search', id: 'contact-search', autocomplete: 'off', placeholder: 'Name, company or role',
    enterkeyhint: 'search'});
  let contacts = [];
  let total = 0;
  let asked = 0;
  const words = () => search.value.trim();
  const load = async (page) => {
    const mine = ++asked;
    const query = new URLSearchParams({page, size: PAGE_SIZE});
    if (words()) query.set('q', words());
    const answer = await get(`/api/v1/contacts?${query}`);
    // an older answer arriving late must not replace a newer one
    if (mine !== asked) return;
    total = answer.total;
    contacts = page === 0 ? answer.items : [...contacts, ...answer.items];
    replace(list, contacts.length ? contacts.map((contact) => contactItem(contact, reload))
      : h('li', {}, words() ? 'Nobody matches these words.' : 'No contacts yet.'));
    shown.textContent = `${count(contacts.length, 'contact')} of ${total}${words() ? ' found' : ''}.`;
    more.hidden = contacts.length >= total;
  };
  const reload = () => load(0);
  more.addEventListener('click', async () => {
    try {
      await load(Math.floor(contacts.length / PAGE_SIZE));
    } catch (error) {
      announce('More contacts cannot be read right now; try again in a moment');
    }
  });
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => reload().catch(() => {
      shown.textContent = 'Use letters, digits and spaces: words of a name, company or role.';
    }), SEARCH_DELAY_MS);
  });
  replace(main,
    h('h1', {tabindex: -1}, 'Contacts'),
    h('p', {class: 'hint'}, 'The people you know. People you meet at events are added by themselves.'),
    h('div', {class: 'stack'},
      disclosure({label: 'Add a contact', draft: 'contacts/new', id: 'add-contact', build: () => addForm(reload)}),
      disclosure({label: 'Import a file', id: 'import-contacts', build: () => importForm(reload)})),
    h('div', {class: 'field'}, h('label', {for: 'contact-search'}, 'Find'), search),
    list, shown, more, downloads(words));
  await reload();
}
