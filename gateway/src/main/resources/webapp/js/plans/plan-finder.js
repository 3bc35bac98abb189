// Finds the signed-in user's plans without an id ever typed: the plans this browser created or opened, and those
// the user's follow-ups belong to. Once the API lists a rep's plans (GET /api/v1/plans), that list replaces both
// sources here, and only here.
import {ApiError, get} from '../api/client.js';
import {addDays, isoDay} from '../wording/format.js';
import {forgetPlan, rememberedPlans} from '../session/remembered-plans.js';
import {loadPlan} from './plan-data.js';

/** The follow-ups endpoint refuses a horizon beyond a year from today. */
const FOLLOW_UP_HORIZON_DAYS = 364;
const FOLLOW_UP_PAGE = 100;
const MOST_PLANS = 20;

async function planIdsFromFollowUps() {
  const page = await get(`/api/v1/follow-ups?status=ALL&dueBy=${addDays(isoDay(), FOLLOW_UP_HORIZON_DAYS)}`
    + `&size=${FOLLOW_UP_PAGE}`).catch(() => ({items: []}));
  return page.items.map((item) => item.planId);
}

/** The plans found, read in full (newest period first); plans that can no longer be read are forgotten. */
export async function findPlans() {
  const ids = [...new Set([...rememberedPlans().map((plan) => plan.planId), ...await planIdsFromFollowUps()])]
    .slice(0, MOST_PLANS);
  const plans = await Promise.all(ids.map((planId) => loadPlan(planId).catch((error) => {
    if (error instanceof ApiError && [403, 404].includes(error.status)) forgetPlan(planId);
    return null;
  })));
  return plans.filter(Boolean).sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
}
