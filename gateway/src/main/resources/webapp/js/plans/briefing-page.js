// Before a chosen platform: when to come and go, whom to expect, what outreach learned, who of the team goes too,
// whom to follow up with there, and the people you already know who fit. Data from the briefing the gateway composes
// (/api/v1/plans/{planId}/platforms/{platformId}/briefing).
import {get} from '../api/client.js';
import {h, replace} from '../ui/dom.js';
import {briefingLines} from './briefing-view.js';
import {planRoute} from './plan-routes.js';

function listSection(id, title, items, empty) {
  return h('section', {class: 'card', id}, h('h2', {}, title),
    items.length ? h('ul', {}, items.map((item) => h('li', {}, item))) : h('p', {class: 'meta'}, empty));
}

export async function briefingPage(main, {planId, params}) {
  const back = h('p', {}, h('a', {href: planRoute(planId, 'attend')}, 'Back to the plan'));
  if (!params.platform) {
    replace(main, h('h1', {tabindex: -1}, 'Briefing'), h('p', {}, 'Choose the platform from the plan.'), back);
    return;
  }
  const briefing = await get(`/api/v1/plans/${encodeURIComponent(planId)}/platforms/`
    + `${encodeURIComponent(params.platform)}/briefing`);
  const lines = briefingLines(briefing);
  replace(main, back,
    h('h1', {tabindex: -1}, `Briefing: ${lines.title}`),
    h('section', {class: 'card', id: 'when'},
      h('p', {class: 'lead'}, lines.when),
      h('p', {}, lines.arrive),
      lines.where ? h('p', {class: 'meta'}, lines.where) : null),
    listSection('whom', 'Whom to expect', lines.whom, 'The catalog does not say whom this platform gathers.'),
    listSection('teammates', 'Teammates going', lines.teammates, 'Nobody else of your team goes.'),
    h('section', {class: 'card', id: 'contacts'}, h('h2', {}, 'People you know who fit'),
      lines.contactsUnavailable ? h('p', {class: 'alert'}, 'Your contacts cannot be read right now; the rest stands.') : null,
      lines.contacts.length ? h('ul', {}, lines.contacts.map((contact) => h('li', {}, contact.text,
        contact.learned.length ? h('p', {class: 'meta'}, `You learned: ${contact.learned.join('; ')}`) : null)))
        : h('p', {class: 'meta'}, 'None of your contacts fits these people yet.')),
    listSection('learned', 'What you learned about them', lines.learned, 'No outreach logged for these people yet.'),
    listSection('follow-ups', 'Follow up there', lines.followUps, 'No open follow-up with these people.'));
}
