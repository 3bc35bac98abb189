// The header: the main navigation by role, who is signed in, and on a phone one "Menu" button for both, so the
// header stays one line high.
import {h, replace} from '../ui/dom.js';
import {clearDraftsOf} from '../session/drafts.js';
import {hasRole, signOut, token, user} from '../session/session.js';

const MENU_BUTTON = 'menu-button';

export function closeMenu() {
  document.getElementById('site-nav').classList.remove('open');
  document.getElementById(MENU_BUTTON).setAttribute('aria-expanded', 'false');
}

export function setUpMenu() {
  const button = document.getElementById(MENU_BUTTON);
  button.addEventListener('click', () => {
    const open = document.getElementById('site-nav').classList.toggle('open');
    button.setAttribute('aria-expanded', String(open));
  });
}

/** Draws the navigation; `current` is the href of the page shown. */
export function navigation(current) {
  const items = [
    ['#/plans', hasRole('REP') ? 'My plans' : 'Plans', true], ['#/follow-ups', 'Follow-ups', hasRole('REP')],
    ['#/contacts', 'Contacts', true], ['#/catalog', 'Catalog', true],
    ['#/dashboard/rep', 'My figures', hasRole('REP')],
    ['#/team', 'Who goes where', hasRole('MANAGER') || hasRole('ADMIN')],
    ['#/dashboard/team', 'Team', hasRole('MANAGER') || hasRole('ADMIN')], ['#/dashboard/org', 'Organisation', hasRole('ADMIN')],
  ];
  replace(document.getElementById('nav'), token()
    ? items.filter(([, , shown]) => shown).map(([href, label]) =>
      h('li', {}, h('a', {href, 'aria-current': href === current ? 'page' : null, onclick: closeMenu}, label)))
    : h('li', {}, h('a', {href: '#/sign-in', 'aria-current': 'page'}, 'Sign in')));
  const me = user();
  replace(document.getElementById('who'), me
    ? [h('span', {id: 'signed-in-as'}, `Signed in as ${me.sub}${me.knownRoles ? ` (${me.roles.join(', ').toLowerCase()})` : ''}`),
      h('button', {type: 'button', class: 'secondary', onclick: () => {
        // signing out on purpose: this user's unsent drafts go too (a shared computer keeps nothing of theirs)
        clearDraftsOf(me.sub);
        signOut();
        closeMenu();
        window.location.hash = '#/sign-in';
      }}, 'Sign out')]
    : h('span', {}, 'Not signed in'));
}
