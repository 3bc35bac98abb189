// Sign in: in the local profile the gateway signs development tokens; elsewhere the user pastes a bearer token
// from the organisation's identity provider.
import {ApiError, get, post} from '../api/client.js';
import {announce, h, replace} from '../ui/dom.js';
import {field, onSubmit, text} from '../ui/forms.js';
import {landing, LOCAL_TOKEN, PROVIDER_TOKEN, signIn, signOut, user} from '../session/session.js';

const ROLES = ['REP', 'MANAGER', 'ADMIN'];
const PERSONAS = [
  {label: 'Demo rep', sub: 'demo-rep', roles: ['REP']},
  {label: 'Demo manager', sub: 'demo-manager', roles: ['MANAGER']},
  {label: 'Demo admin', sub: 'demo-admin', roles: ['ADMIN']},
];
const DEMO_ORG = 'demo-org';
const DEMO_TEAM = 'team-north';

function afterSignIn(next) {
  announce(`Signed in as ${user().sub}`);
  window.dispatchEvent(new Event('netfocus:signed-in'));
  window.location.hash = next || landing();
}

export function signInPage(main, params) {
  const providerNotice = h('div', {id: 'provider-notice', 'aria-live': 'polite'});
  const devForm = h('form', {id: 'dev-token-form', novalidate: true},
    h('div', {class: 'row'},
      field('User id', 'sub', {required: true, value: 'demo-rep', autocomplete: 'username'}),
      field('Organisation', 'org', {required: true, value: DEMO_ORG}),
      field('Team', 'team', {required: true, value: DEMO_TEAM})),
    h('fieldset', {},
      h('legend', {}, 'Roles'),
      ROLES.map((role, index) => h('label', {class: 'choice'},
        h('input', {type: 'checkbox', name: index === 0 ? 'roles' : `roles-${role}`, value: role, checked: role === 'REP',
          'data-role': role}), role))),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Sign in')));
  const fill = (persona) => {
    devForm.querySelector('[name="sub"]').value = persona.sub;
    devForm.querySelector('[name="org"]').value = DEMO_ORG;
    devForm.querySelector('[name="team"]').value = DEMO_TEAM;
    devForm.querySelectorAll('[data-role]').forEach((box) => { box.checked = persona.roles.includes(box.dataset.role); });
  };
  const personas = h('div', {class: 'actions', role: 'group', 'aria-label': 'Demo people'},
    PERSONAS.map((persona) => h('button', {type: 'button', class: 'secondary', onclick: () => fill(persona)},
      `Fill in: ${persona.label}`)));
  onSubmit(devForm, async (data) => {
    const roles = [...devForm.querySelectorAll('[data-role]:checked')].map((box) => box.value);
    try {
      signOut();
      const answer = await post('/api/v1/dev/token', {sub: text(data, 'sub'), org: text(data, 'org'),
        team: text(data, 'team'), roles});
      signIn(answer.token, LOCAL_TOKEN);
      afterSignIn(params.next);
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 404, 405].includes(error.status)) {
        replace(providerNotice, h('div', {class: 'alert'},
          h('strong', {}, 'This gateway issues no development tokens.'),
          h('p', {}, 'It runs outside the local profile: sign in with your organisation\'s identity provider, '
            + 'copy the bearer (access) token it gives you, and paste it below.')));
        pasteForm.querySelector('textarea').focus();
        return;
      }
      throw error;
    }
  });

  const pasteForm = h('form', {id: 'paste-token-form', novalidate: true},
    field('Bearer token', 'token', {tag: 'textarea', required: true, spellcheck: 'false', autocomplete: 'off'},
      'The access token your identity provider gives you (it names you, your organisation, team and roles).'),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Use this token')));
  onSubmit(pasteForm, async (data) => {
    const pasted = (text(data, 'token') || '').replace(/^Bearer\s+/i, '');
    signIn(pasted, PROVIDER_TOKEN);
    try {
      // any small read proves the gateway accepts the token
      await get('/api/v1/follow-ups?size=1');
    } catch (error) {
      signOut();
      throw error;
    }
    afterSignIn(params.next);
  });

  replace(main,
    h('h1', {tabindex: -1}, 'Sign in'),
    params.next ? h('p', {class: 'notice', id: 'sign-in-again'}, params.expired
      ? 'Your sign-in ended. Sign in again: what you typed is kept, and you come back to where you were.'
      : 'Sign in to go on: you come back to the page you asked for.') : null,
    h('div', {class: 'grid two'},
      h('section', {class: 'card', 'aria-labelledby': 'dev-heading'},
        h('h2', {id: 'dev-heading'}, 'On your machine (local profile)'),
        h('p', {class: 'hint'}, 'The local stack signs a token for whoever you name. The demo data belongs to '
          + `${DEMO_ORG}, team ${DEMO_TEAM}.`),
        personas, devForm, providerNotice),
      h('section', {class: 'card', 'aria-labelledby': 'paste-heading'},
        h('h2', {id: 'paste-heading'}, 'With your identity provider'),
        pasteForm)));
}
