// Where a plan's pages live: #/plans/{id} (the checklist), #/plans/{id}/{step}, with a query (e.g. platform=...).
export function planRoute(planId, step = null, query = '') {
  return `#/plans/${encodeURIComponent(planId)}${step ? `/${step}` : ''}${query ? `?${query}` : ''}`;
}
