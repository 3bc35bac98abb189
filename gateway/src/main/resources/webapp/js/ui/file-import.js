// Importing a file (contacts, platforms): the file sent as an upload, then the report: what was taken, and each
// row left out by its line, in words, with what to do about them.
import {upload} from '../api/client.js';
import {rowSentence} from '../wording/messages.js';
import {count} from '../wording/format.js';
import {announce, h, replace} from './dom.js';
import {field, onSubmit} from './forms.js';

/**
 * @param path     the import endpoint
 * @param taken    (answer) => the sentence of what was taken ("2 contacts added, 0 merged with people you knew")
 * @param onDone   () => redraw what the import added to
 */
export function fileImport({id, reportId, label, accept, hint, path, taken, onDone, advice = {}}) {
  const report = h('div', {id: reportId, 'aria-live': 'polite'});
  const form = h('form', {id, novalidate: true},
    field(label, 'file', {type: 'file', accept, required: true}, hint),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Import')));
  onSubmit(form, async () => {
    const file = form.querySelector('input[type=file]').files[0];
    if (!file) {
      replace(report, h('p', {class: 'alert'}, 'Choose a file first.'));
      return null;
    }
    replace(report);
    const answer = await upload(path, file);
    const left = answer.rejected.length;
    replace(report, h('div', {class: left ? 'notice' : 'success'},
      h('p', {}, `${taken(answer)}${left ? `; ${count(left, 'row')} left out:` : '.'}`),
      left ? h('ul', {class: 'rejected'}, answer.rejected.map((row) => h('li', {}, rowSentence(row)))) : null,
      left ? h('p', {class: 'hint'}, 'Fix these rows and import them again: the others are in already.') : null));
    announce('Import done');
    return onDone;
  }, {advice});
  return h('div', {}, form, report);
}
