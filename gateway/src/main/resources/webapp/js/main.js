// The web app's shell: a hash router over the pages, the main navigation and who is signed in.
import {h, replace} from './dom.js';
import {hasRole, signOut, token, user} from './session.js';
import {dashboardPage} from './pages/dashboards.js';
import {followUpsPage} from './pages/followups.js';
import {planPage} from './pages/plan.js';
import {plansPage} from './pages/plans.js';
import {landing, signInPage} from './pages/signin.js';

const main = document.getElementById('main');

/** Route table: a pattern on the hash path, the page, and whether it needs a signed-in user. */
const ROUTES = [
  {pattern: /^\/sign-in$/, page: (params) => signInPage(main, params), title: 'Sign in', open: true},
  {pattern: /^\/plans$/, page: () => plansPage(main), title: 'Plans', nav: '#/plans'},
  {pattern: /^\/plans\/([^/]+)$/, page: (params, match) => planPage(main, {planId: decodeURIComponent(match[1])}),
    title: 'Plan', nav: '#/plans'},
  {pattern: /^\/follow-ups$/, page: () => followUpsPage(main), title: 'Follow-ups', nav: '#/follow-ups'},
  {pattern: /^\/dashboard\/(rep|team|org)$/, page: (params, match) => dashboardPage(main, {scope: match[1], params}),
    title: 'Dashboard', navOf: (match) => `#/dashboard/${match[1]}`},
];

function navigation(current) {
  const items = [
    ['#/plans', 'Plans', true], ['#/follow-ups', 'Follow-ups', true], ['#/dashboard/rep', 'My figures', hasRole('REP')],
    ['#/dashboard/team', 'Team', hasRole('MANAGER') || hasRole('ADMIN')], ['#/dashboard/org', 'Organisation', hasRole('ADMIN')],
  ];
  replace(document.getElementById('nav'), token()
    ? items.filter(([, , shown]) => shown).map(([href, label]) =>
      h('li', {}, h('a', {href, 'aria-current': href === current ? 'page' : null}, label)))
    : h('li', {}, h('a', {href: '#/sign-in', 'aria-current': 'page'}, 'Sign in')));
  const me = user();
  replace(document.getElementById('who'), me
    ? [h('span', {id: 'signed-in-as'}, `Signed in as ${me.sub}`
      + `${me.knownRoles ? ` (${me.roles.join(', ')}${me.team ? `, ${me.team}` : ''}${me.org ? `, ${me.org}` : ''})` : ''}`),
    h('button', {type: 'button', class: 'secondary', onclick: () => {
      signOut();
      window.location.hash = '#/sign-in';
    }}, 'Sign out')]
    : h('span', {}, 'Not signed in'));
}

function parse(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  return {path: path || '/', params: Object.fromEntries(new URLSearchParams(query))};
}

async function route() {
  const {path, params} = parse(window.location.hash);
  if (path === '/' || path === '') {
    window.location.replace(token() ? landing() : '#/sign-in');
    return;
  }
  const found = ROUTES.map((candidate) => ({candidate, match: candidate.pattern.exec(path)})).find((one) => one.match);
  if (!found) {
    navigation(null);
    replace(main, h('h1', {tabindex: -1}, 'Not found'), h('p', {}, h('a', {href: '#/plans'}, 'Go to your plans')));
    main.querySelector('h1').focus();
    return;
  }
  const {candidate, match} = found;
  if (!candidate.open && !token()) {
    window.location.replace(`#/sign-in?next=${encodeURIComponent(window.location.hash)}`);
    return;
  }
  navigation(candidate.navOf ? candidate.navOf(match) : candidate.nav);
  document.title = `${candidate.title} · Netfocus`;
  replace(main, h('p', {'aria-busy': 'true'}, 'Loading…'));
  delete main.dataset.rendered;
  try {
    await candidate.page(params, match);
  } catch (error) {
    replace(main, h('h1', {tabindex: -1}, 'Something went wrong'),
      h('div', {class: 'alert', role: 'alert'},
        h('strong', {}, error.problem?.title || 'Error'), h('p', {}, error.message),
        error.problem?.correlationId ? h('p', {class: 'meta'}, `Correlation id ${error.problem.correlationId}`) : null),
      h('p', {}, h('a', {href: '#/plans'}, 'Back to your plans')));
  }
  // a new page: move the focus to its heading, so keyboard and screen reader users start there
  const heading = main.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} · Netfocus`;
    heading.focus();
  }
  // which route the page shows, once drawn (for tests and tools that wait for it)
  main.dataset.rendered = window.location.hash;
}

window.addEventListener('hashchange', route);
window.addEventListener('netfocus:signed-out', () => {
  // on the sign-in page a refused token is shown on its form instead
  if (parse(window.location.hash).path === '/sign-in') return;
  window.location.hash = `#/sign-in?expired=1&next=${encodeURIComponent(window.location.hash)}`;
});
route();
