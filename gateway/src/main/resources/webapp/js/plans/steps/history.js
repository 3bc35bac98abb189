// The plan's history: every change as recorded, oldest first, who made it and when, in words
// (plans/history-words.js), paged ("Show more").
import {getAtVersion} from '../../api/client.js';
import {h} from '../../ui/dom.js';
import {count, moment} from '../../wording/format.js';
import {describe, LABELS, learnNames} from '../history-words.js';
import {targetName} from '../plan-data.js';

const PAGE = 20;

/** The names the plan itself knows: its platforms and targets, retired ones too. */
function knownNames(plan, contacts) {
  return {
    platforms: new Map(plan.platforms.map((platform) => [platform.platformId, platform.platformName])),
    targets: new Map([...plan.targets, ...(plan.retiredTargets || [])]
      .map((target) => [target.targetId, targetName(target, contacts)])),
  };
}

export function historyView(context) {
  const {plan} = context;
  const known = knownNames(plan, context.contacts);
  const list = h('ol', {class: 'timeline', id: 'history'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, 'Show more');
  const shown = h('p', {class: 'meta', 'aria-live': 'polite'});
  let next = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const answer = await getAtVersion(`/api/v1/plans/${plan.planId}/history?fromSequence=${next}&limit=${PAGE}`, plan.version);
      const total = Number(answer.headers.get('X-Total-Count') ?? answer.body.length);
      learnNames(answer.body, known);
      answer.body.forEach((entry) => list.append(h('li', {'data-type': entry.type},
        h('span', {class: 'event-type'}, LABELS[entry.type] || 'Change'), ' ',
        h('span', {class: 'meta'}, `${moment(entry.occurredAt)} · ${entry.actor}`),
        h('div', {}, describe(entry, known)))));
      next += answer.body.length;
      shown.textContent = `${next} of ${count(total, 'change')}`;
      more.hidden = next >= total;
    } catch (error) {
      shown.textContent = 'The history cannot be read right now; try again in a moment.';
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  load();
  return h('div', {id: 'history-view'}, list, shown, more);
}
