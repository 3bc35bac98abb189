// Finds plans without an id ever typed: a page of the plans the signed-in user may list (GET /api/v1/plans: their
// own, a manager's team, an admin's organisation; filtered by status and words of the title), each read in full for
// its objectives' progress and its next step.
import {ApiError, api} from '../api/client.js';
import {loadPlan} from './plan-data.js';
import {listQuery} from './plan-list.js';

/**
 * One page of plans.
 * @param criteria see plan-list.js listQuery (scope, team, status, q, page, size)
 * @returns {items: [{item, plan}], total}: each listed plan with the plan in full, or null where it cannot be read
 */
export async function findPlans(criteria) {
  const answer = await api('GET', `/api/v1/plans?${listQuery(criteria)}`);
  const page = answer.body;
  const plans = await Promise.all(page.items.map((item) => loadPlan(item.planId).catch((error) => {
    if (error instanceof ApiError && error.status === 401) throw error;
    return null;
  })));
  return {items: page.items.map((item, index) => ({item, plan: plans[index]})), total: page.total};
}
