// Whose plans a page lists and how: the query of GET /api/v1/plans for the signed-in user's own plans, a manager's
// team or an admin's organisation, the plans grouped by member, and each objective's progress in a line. Pure (no
// DOM, no requests), unit-tested in Node.

/** The plans of one person (MINE), a manager's team (TEAM) or the whole organisation (ORG). */
export const MINE = 'mine';
export const TEAM = 'team';
export const ORG = 'org';

/** The statuses a list can be filtered by; ALL lists both. */
export const LIST_STATUSES = ['OPEN', 'CLOSED', 'ALL'];

/**
 * The query of GET /api/v1/plans.
 * @param scope  MINE, TEAM or ORG
 * @param team   the team of a TEAM list
 * @param status OPEN, CLOSED or ALL (both: no filter)
 * @param q      words of the title
 */
export function listQuery({scope = MINE, team = null, status = 'OPEN', q = '', page = 0, size = 20}) {
  const query = new URLSearchParams();
  if (scope === TEAM && team) query.set('team', team);
  if (scope === ORG) query.set('scope', 'org');
  if (status === 'OPEN' || status === 'CLOSED') query.set('status', status);
  const words = String(q || '').trim();
  if (words) query.set('q', words);
  query.set('page', String(page));
  query.set('size', String(size));
  return query.toString();
}

/** The status a page asks for (from its query), OPEN unless it names another the list knows. */
export function listStatus(asked) {
  return LIST_STATUSES.includes(asked) ? asked : 'OPEN';
}

/**
 * The plans grouped by whose they are, members in name order, each member's plans in the list's order (latest
 * period first).
 * @param plans [{ownerId, team, ...}]
 * @returns [{ownerId, team, plans}]
 */
export function byMember(plans) {
  const members = new Map();
  for (const plan of plans) {
    if (!members.has(plan.ownerId)) members.set(plan.ownerId, {ownerId: plan.ownerId, team: plan.team || null, plans: []});
    members.get(plan.ownerId).plans.push(plan);
  }
  return [...members.values()].sort((a, b) => String(a.ownerId).localeCompare(String(b.ownerId)));
}

/**
 * An objective's progress as a plan's card shows it: "2 of 6 procurement directors met", its share (0 to 100) and
 * its state in words when it is no longer active.
 */
export function objectiveProgress(objective) {
  const done = objective.progress?.total ?? 0;
  const share = objective.target > 0 ? Math.min(100, Math.round((done / objective.target) * 100)) : 0;
  const closed = {ACHIEVED: 'achieved', ABANDONED: 'abandoned'}[objective.status] || null;
  return {label: `${done} of ${objective.target} ${objective.metric}${closed ? ` (${closed})` : ''}`, share,
    active: objective.status === 'ACTIVE'};
}
