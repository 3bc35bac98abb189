// The plans this browser created or opened, per user, newest first: one of the ways the app finds a rep's plans
// (plans/plan-finder.js) without an id ever typed.
import {user} from './session.js';

const KEY = 'netfocus.recent-plans';
const LIMIT = 20;

function key() {
  return `${KEY}.${user()?.sub}`;
}

export function rememberedPlans() {
  try {
    const saved = JSON.parse(localStorage.getItem(key()));
    return Array.isArray(saved) ? saved : [];
  } catch (broken) {
    return [];
  }
}

export function rememberPlan(planId, title) {
  const others = rememberedPlans().filter((plan) => plan.planId !== planId);
  localStorage.setItem(key(), JSON.stringify([{planId, title}, ...others].slice(0, LIMIT)));
}

/** A plan that cannot be read any more (erased, or another org's) is no longer offered. */
export function forgetPlan(planId) {
  localStorage.setItem(key(), JSON.stringify(rememberedPlans().filter((plan) => plan.planId !== planId)));
}
