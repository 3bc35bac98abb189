// The people the org knows: listed and found, added one by one or imported from a CSV or vCard file (rows that
// cannot be taken are reported by line, in words), and erased for good on request (right to be forgotten).
import {get, post} from '../api/client.js';
import {announce, h, replace} from '../ui/dom.js';
import {disclosure} from '../ui/disclosure.js';
import {fileImport} from '../ui/file-import.js';
import {field, onSubmit, text} from '../ui/forms.js';
import {count, profile} from '../wording/format.js';

const PAGE_SIZE = 100;
const FIELDS = [['Name', 'name', {required: true, autocomplete: 'off'}], ['Company', 'company', {}],
  ['Function', 'function', {placeholder: 'Procurement'}], ['Position', 'position', {placeholder: 'Director'}],
  ['Industry', 'industry', {placeholder: 'Retail'}], ['E-mail', 'email', {type: 'email', 'data-label': 'the e-mail address'}],
  ['Phone', 'phone', {type: 'tel', 'data-label': 'the phone number'}]];

function addForm(reload) {
  const form = h('form', {id: 'add-contact-form', novalidate: true},
    h('div', {class: 'row'}, FIELDS.slice(0, 2).map(([label, name, attributes]) => field(label, name, attributes))),
    h('div', {class: 'row'}, FIELDS.slice(2, 5).map(([label, name, attributes]) => field(label, name, attributes))),
    h('div', {class: 'row'}, FIELDS.slice(5).map(([label, name, attributes]) => field(label, name, attributes))),
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
  const work = contact.function || contact.position || contact.industry ? profile(contact) : null;
  return h('li', {class: 'card contact', 'data-name': contact.name},
    h('h3', {}, contact.name, contact.company ? h('span', {class: 'meta'}, ` · ${contact.company}`) : null),
    work ? h('p', {}, work) : null,
    h('p', {class: 'meta'}, [contact.email ? h('a', {href: `mailto:${contact.email}`}, contact.email) : null,
      contact.phone ? h('a', {href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}`}, contact.phone) : null]
      .filter(Boolean).flatMap((link, index) => (index ? [' · ', link] : [link]))),
    disclosure({label: 'Erase…', build: () => eraseConfirm(contact, reload)}));
}

export async function contactsPage(main) {
  const list = h('ul', {class: 'plain contacts', id: 'contacts'});
  const shown = h('p', {class: 'meta', 'aria-live': 'polite'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const filter = h('input', {type: 'search', id: 'contact-filter', autocomplete: 'off', placeholder: 'Name or company'});
  let contacts = [];
  let total = 0;
  const draw = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const found = contacts.filter((contact) => words.every((word) =>
      `${contact.name} ${contact.company || ''}`.toLowerCase().includes(word)));
    replace(list, found.map((contact) => contactItem(contact, reload)));
    shown.textContent = words.length ? `${count(found.length, 'contact')} of the ${contacts.length} shown match.`
      : `${count(contacts.length, 'contact')} of ${total}.`;
    more.hidden = contacts.length >= total;
  };
  const load = async (page) => {
    const answer = await get(`/api/v1/contacts?page=${page}&size=${PAGE_SIZE}`);
    total = answer.total;
    contacts = page === 0 ? answer.items : [...contacts, ...answer.items];
    draw();
  };
  const reload = () => load(0);
  more.addEventListener('click', async () => {
    try {
      await load(Math.floor(contacts.length / PAGE_SIZE));
    } catch (error) {
      announce('More contacts cannot be read right now; try again in a moment');
    }
  });
  filter.addEventListener('input', draw);
  replace(main,
    h('h1', {tabindex: -1}, 'Contacts'),
    h('p', {class: 'hint'}, 'The people your organisation knows. People you meet at events are added by themselves.'),
    h('div', {class: 'stack'},
      disclosure({label: 'Add a contact', draft: 'contacts/new', id: 'add-contact', build: () => addForm(reload)}),
      disclosure({label: 'Import a file', id: 'import-contacts', build: () => importForm(reload)})),
    h('div', {class: 'field'}, h('label', {for: 'contact-filter'}, 'Find in the list'), filter),
    list, shown, more);
  await reload();
}
