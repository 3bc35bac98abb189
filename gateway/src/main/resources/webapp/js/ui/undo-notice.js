// What a change did, said where it was made, with a button to undo it where the API has the opposite change
// (a withdrawn choice chosen again, a cancelled follow-up scheduled again).
import {announce, h, replace} from './dom.js';

/**
 * @param text what was done ("Nordic Retail Trade Show withdrawn: 8 h freed.")
 * @param undo optional {label, action: async () => void}; the notice says when the undo is done or refused
 */
export function undoNotice(text, undo = null) {
  const box = h('div', {class: 'success change-notice', role: 'status', id: 'change-notice'});
  const button = undo ? h('button', {type: 'button', class: 'secondary small'}, undo.label) : null;
  replace(box, h('span', {}, text), button ? ' ' : null, button);
  button?.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await undo.action();
      announce('Undone');
    } catch (error) {
      button.disabled = false;
      replace(box, h('span', {}, 'It could not be undone: reload the page and do it again by hand.'));
    }
  });
  return box;
}
