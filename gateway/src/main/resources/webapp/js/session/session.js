// Who is signed in, and where the bearer token is kept.
//
// A development token (signed by the local profile's gateway for whoever is named, worthless anywhere else) is
// kept in localStorage, so every tab of this browser stays signed in, also after a restart. A token from an
// identity provider is a real credential: it stays in sessionStorage (this tab only, gone when it closes) and is
// handed to a new tab of the same browser only while a signed-in tab is open (session/tab-handoff.js), never
// written to lasting storage. An expired token is dropped when read.
const TOKEN = 'netfocus.token';
const KIND = 'netfocus.token-kind';
const LAST_USER = 'netfocus.last-user';
export const LOCAL_TOKEN = 'local';
export const PROVIDER_TOKEN = 'provider';

function decode(bearer) {
  try {
    const payload = bearer.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload),
      (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    return JSON.parse(json);
  } catch (notAJwt) {
    return {};
  }
}

function expired(bearer) {
  const {exp} = decode(bearer);
  return typeof exp === 'number' && exp * 1000 <= Date.now();
}

/** The current bearer token, or null. */
export function token() {
  const bearer = sessionStorage.getItem(TOKEN) || localStorage.getItem(TOKEN);
  if (bearer && expired(bearer)) {
    forgetToken();
    return null;
  }
  return bearer;
}

/** Which kind the current token is: LOCAL_TOKEN or PROVIDER_TOKEN. */
export function tokenKind() {
  return sessionStorage.getItem(TOKEN) ? (sessionStorage.getItem(KIND) || PROVIDER_TOKEN) : LOCAL_TOKEN;
}

function forgetToken() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(KIND);
  localStorage.removeItem(TOKEN);
}

export function signIn(bearer, kind) {
  forgetToken();
  if (kind === LOCAL_TOKEN) {
    localStorage.setItem(TOKEN, bearer);
  } else {
    sessionStorage.setItem(TOKEN, bearer);
    sessionStorage.setItem(KIND, PROVIDER_TOKEN);
  }
  const sub = decode(bearer).sub;
  if (sub) localStorage.setItem(LAST_USER, sub);
}

/** Forgets the token (refused, or signed out); the drafts of whoever was signed in stay for their return. */
export function signOut() {
  forgetToken();
}

/** Who was signed in last in this browser, also after the token was refused: drafts are kept per user. */
export function lastUser() {
  return localStorage.getItem(LAST_USER);
}

/** The token's claims, read without verifying (the gateway verifies; this only labels the page). */
export function claims() {
  const current = token();
  return current ? decode(current) : null;
}

/** The signed-in user as the app needs it; roles unknown (a provider's own claim layout) count as all. */
export function user() {
  const c = claims();
  if (c === null) return null;
  const roles = Array.isArray(c.roles) ? c.roles : null;
  return {
    sub: c.sub || 'you',
    org: typeof c.org === 'string' ? c.org : null,
    team: typeof c.team === 'string' ? c.team : null,
    roles: roles || [],
    knownRoles: roles !== null,
    expiresAt: c.exp ? new Date(c.exp * 1000) : null,
  };
}

export function hasRole(role) {
  const u = user();
  return u !== null && (!u.knownRoles || u.roles.includes(role));
}

/** Where a user goes after signing in: the plans (a rep's own, a manager's team's, an admin's organisation's). */
export function landing() {
  return '#/plans';
}
