// The web app's shell: a hash router over the pages, the header, and what happens when a token is refused (a
// banner offers to sign in again; drafts keep what was typed; the sign-in comes back to the same place).
import {SIGNED_OUT} from './api/client.js';
import {catalogPage} from './catalog/catalog-page.js';
import {contactsPage} from './contacts/contacts-page.js';
import {dashboardPage} from './dashboards/dashboards-page.js';
import {followUpsPage} from './follow-ups/follow-ups-page.js';
import {homePage} from './plans/home-page.js';
import {briefingPage} from './plans/briefing-page.js';
import {planPage, STEP_KEYS} from './plans/plan-page.js';
import {landing, token} from './session/session.js';
import {answerOtherTabs, askOtherTabs} from './session/tab-handoff.js';
import {closeMenu, navigation, setUpMenu} from './shell/header.js';
import {signInPage} from './sign-in/sign-in-page.js';
import {teamPage} from './teams/team-page.js';
import {h, replace} from './ui/dom.js';
import {problemBox} from './ui/forms.js';
import {explain} from './wording/messages.js';

const main = document.getElementById('main');
const banner = document.getElementById('session-banner');

/** Route table: a pattern on the hash path, the page, and whether it needs a signed-in user. */
const ROUTES = [
  {pattern: /^\/sign-in$/, page: (params) => signInPage(main, params), title: 'Sign in', open: true},
  {pattern: /^\/plans$/, page: (params) => homePage(main, {params}), nav: '#/plans'},
  {pattern: /^\/plans\/([^/]+)$/, page: (params, match) => planPage(main, {planId: decodeURIComponent(match[1]), params}),
    nav: '#/plans'},
  {pattern: /^\/plans\/([^/]+)\/briefing$/, nav: '#/plans',
    page: (params, match) => briefingPage(main, {planId: decodeURIComponent(match[1]), params})},
  {pattern: new RegExp(`^/plans/([^/]+)/(${STEP_KEYS.join('|')})$`), nav: '#/plans',
    page: (params, match) => planPage(main, {planId: decodeURIComponent(match[1]), step: match[2], params})},
  {pattern: /^\/follow-ups$/, page: () => followUpsPage(main), nav: '#/follow-ups'},
  {pattern: /^\/contacts$/, page: () => contactsPage(main), nav: '#/contacts'},
  {pattern: /^\/team$/, page: (params) => teamPage(main, {params}), nav: '#/team'},
  {pattern: /^\/catalog$/, page: (params) => catalogPage(main, {params}), nav: '#/catalog'},
  {pattern: /^\/dashboard\/(rep|team|org)$/, page: (params, match) => dashboardPage(main, {scope: match[1], params}),
    navOf: (match) => `#/dashboard/${match[1]}`},
];

function parse(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  return {path: path || '/', params: Object.fromEntries(new URLSearchParams(query))};
}

function showSignedOut() {
  if (parse(window.location.hash).path === '/sign-in') return;
  replace(banner, h('p', {}, h('strong', {}, 'Your sign-in has ended. '), 'What you typed is kept. ',
    h('a', {href: `#/sign-in?expired=1&next=${encodeURIComponent(window.location.hash)}`, class: 'button'}, 'Sign in again')));
  banner.hidden = false;
}

async function route() {
  closeMenu();
  const {path, params} = parse(window.location.hash);
  if (token()) banner.hidden = true;
  if (path === '/' || path === '') {
    window.location.replace(token() ? landing() : '#/sign-in');
    return;
  }
  const found = ROUTES.map((candidate) => ({candidate, match: candidate.pattern.exec(path)})).find((one) => one.match);
  if (!found) {
    navigation(null);
    replace(main, h('h1', {tabindex: -1}, 'Not found'), h('p', {}, h('a', {href: '#/'}, 'Go to the start')));
    main.querySelector('h1').focus();
    main.dataset.rendered = window.location.hash;
    return;
  }
  const {candidate, match} = found;
  if (!candidate.open && !token()) {
    window.location.replace(`#/sign-in?next=${encodeURIComponent(window.location.hash)}`);
    return;
  }
  navigation(candidate.navOf ? candidate.navOf(match) : candidate.nav);
  replace(main, h('p', {'aria-busy': 'true'}, 'Loading…'));
  delete main.dataset.rendered;
  try {
    await candidate.page(params, match);
  } catch (error) {
    if (!(error && typeof error.status === 'number')) console.warn('Netfocus: a page failed', error);
    const explained = explain(error, {advice: {404: 'It may have been removed, or it belongs to another organisation.'}});
    replace(main, h('h1', {tabindex: -1}, explained.title),
      problemBox(explained, {signInLink: `#/sign-in?expired=1&next=${encodeURIComponent(window.location.hash)}`}),
      h('p', {}, h('a', {href: '#/'}, 'Go to the start')));
  }
  // a new page: move the focus to its heading (or the step's), so keyboard and screen reader users start there
  const heading = main.querySelector('[data-autofocus]') || main.querySelector('h1');
  const title = main.querySelector('h1');
  if (title) document.title = `${title.textContent} · Netfocus`;
  if (heading) heading.focus({preventScroll: !heading.dataset.autofocus});
  if (heading?.dataset.autofocus) heading.scrollIntoView({block: 'start'});
  // which route the page shows, once drawn (for tests and tools that wait for it)
  main.dataset.rendered = window.location.hash;
}

window.addEventListener('hashchange', route);
window.addEventListener(SIGNED_OUT, showSignedOut);
// another tab signed in or out with a local token: follow it
window.addEventListener('storage', (event) => {
  if (event.key !== 'netfocus.token') return;
  if (token()) banner.hidden = true;
  navigation(null);
});
setUpMenu();
answerOtherTabs();
askOtherTabs().then(route);
