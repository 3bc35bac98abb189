// Who is signed in: the bearer token is kept in sessionStorage only (gone when the tab closes).
const TOKEN = 'netfocus.token';

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(newToken) {
  sessionStorage.setItem(TOKEN, newToken);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

/** The token's claims, read without verifying (the gateway verifies; this only labels the page). */
export function claims() {
  const current = token();
  if (!current) return null;
  try {
    const payload = current.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload),
      (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    return JSON.parse(json);
  } catch (notAJwt) {
    return {};
  }
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

const RECENT = 'netfocus.recent-plans';
const RECENT_LIMIT = 10;

/** Plans this browser created or opened, newest first, per user (there is no list of plans in the API). */
export function recentPlans() {
  try {
    return (JSON.parse(localStorage.getItem(`${RECENT}.${user()?.sub}`)) || []);
  } catch (broken) {
    return [];
  }
}

export function rememberPlan(planId, title) {
  const others = recentPlans().filter((plan) => plan.planId !== planId);
  const recent = [{planId, title}, ...others].slice(0, RECENT_LIMIT);
  localStorage.setItem(`${RECENT}.${user()?.sub}`, JSON.stringify(recent));
}
