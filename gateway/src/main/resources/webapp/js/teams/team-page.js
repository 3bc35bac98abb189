// A team at a glance, for its manager and the org's admins: the evenings two of them spend on the same people, the
// kinds of person nobody goes for (with where to find them), each member's plans and hours, and who should go where.
// Data from /api/v1/teams/{team}/coverage and /portfolio (events-catalog-service).
import {get} from '../api/client.js';
import {planRoute} from '../plans/plan-routes.js';
import {user} from '../session/session.js';
import {h, replace, table} from '../ui/dom.js';
import {field} from '../ui/forms.js';
import {atAGlance, gapLines, memberRows, overlapLines, proposalLines} from './coverage-view.js';

function teamPath(team, what) {
  return `/api/v1/teams/${encodeURIComponent(team)}/${what}`;
}

function planLinks(plans) {
  return plans.map((plan, index) => [index ? ', ' : '', h('a', {href: planRoute(plan.planId)},
    plan.member ? `${plan.member}'s plan` : plan.label)]);
}

function windowForm(team, coverage) {
  const form = h('form', {class: 'row window', id: 'team-window'},
    field('From', 'from', {type: 'date', value: coverage.from}),
    field('To', 'to', {type: 'date', value: coverage.to}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'secondary'}, 'Show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams({team, from: data.get('from'), to: data.get('to')});
    window.location.hash = `#/team?${query}`;
  });
  return form;
}

function overlapsSection(coverage) {
  const lines = overlapLines(coverage);
  return h('section', {class: 'card', id: 'overlaps'}, h('h2', {}, 'Evenings spent twice'),
    lines.length ? h('ul', {class: 'plain'}, lines.map((line) => h('li', {class: 'overlap'},
      h('p', {}, line.text), h('p', {class: 'meta'}, 'Agree who goes, or who talks to whom: ', planLinks(line.plans)))))
      : h('p', {}, 'No two of you go to one platform for the same people.'));
}

function gapsSection(coverage) {
  const lines = gapLines(coverage);
  return h('section', {class: 'card', id: 'gaps'}, h('h2', {}, 'Nobody goes for'),
    lines.length ? h('ul', {class: 'plain'}, lines.map((line) => h('li', {class: 'gap'},
      h('p', {}, line.text),
      line.suggestions.length ? [h('p', {class: 'meta'}, 'Where to meet them:'),
        h('ul', {}, line.suggestions.map((suggestion) => h('li', {}, suggestion)))]
        : h('p', {class: 'meta'}, 'No upcoming platform in the catalog gathers them yet.'))))
      : h('p', {}, 'Every kind of person you look for has a platform someone goes to.'));
}

function membersSection(coverage) {
  return h('section', {class: 'card', id: 'members'}, h('h2', {}, 'Members'),
    table('Members, their plans and hours', [
      {label: 'Member', value: (row) => row.member},
      {label: 'Plans', value: (row) => planLinks(row.plans)},
      {label: 'Hours', value: (row) => row.hours},
    ], memberRows(coverage), {empty: 'Nobody in the team has a plan for these days.'}));
}

function proposalSection(portfolio) {
  if (!portfolio) {
    return h('section', {class: 'card', id: 'proposal'}, h('h2', {}, 'Who should go where'),
      h('p', {}, 'The proposal cannot be read right now; try again in a moment.'));
  }
  const proposal = proposalLines(portfolio);
  return h('section', {class: 'card', id: 'proposal'}, h('h2', {}, 'Who should go where'),
    h('p', {}, proposal.summary),
    proposal.assignments.length ? h('ul', {class: 'plain'}, proposal.assignments.map((assignment) =>
      h('li', {class: 'assignment'}, h('p', {}, h('strong', {}, assignment.text)), h('p', {class: 'meta'}, assignment.reason))))
      : h('p', {}, 'No upcoming platform fits the hours you have left.'),
    proposal.changes.length ? [h('h3', {}, 'What would change'), h('ul', {class: 'plain'}, proposal.changes.map((change) =>
      h('li', {class: 'change'}, change.text, ' ', h('a', {href: planRoute(change.planId, 'where')}, `Open ${change.member}'s plan`))))]
      : null);
}

export async function teamPage(main, {params}) {
  const me = user();
  const team = params.team || me?.team;
  if (!team) {
    replace(main, h('h1', {tabindex: -1}, 'Who goes where'), h('p', {}, 'Your sign-in names no team.'));
    return;
  }
  const days = new URLSearchParams();
  if (params.from) days.set('from', params.from);
  if (params.to) days.set('to', params.to);
  let coverage;
  try {
    coverage = await get(`${teamPath(team, 'coverage')}${days.toString() ? `?${days}` : ''}`);
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(main, h('h1', {tabindex: -1}, `Who goes where: ${team}`),
      h('p', {}, `Nobody in ${team} has a plan yet.`));
    return;
  }
  const portfolio = await get(teamPath(team, 'portfolio')).catch(() => null);
  replace(main, h('h1', {tabindex: -1}, `Who goes where: ${team}`),
    h('p', {class: 'lead', id: 'at-a-glance'}, atAGlance(coverage)),
    windowForm(team, coverage),
    overlapsSection(coverage), gapsSection(coverage), proposalSection(portfolio), membersSection(coverage));
}
