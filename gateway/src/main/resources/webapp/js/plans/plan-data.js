// What a plan's pages read: the plan (at least at the version a change answered), the org's contacts, and the
// projections beside it (known matches, people met, recommendations, portfolio), each waited for at that version.
import {get, getAtVersion} from '../api/client.js';
import {person, profile} from '../wording/format.js';

const CONTACTS_PAGE = 100;

export async function loadPlan(planId, minVersion) {
  return (await getAtVersion(`/api/v1/plans/${encodeURIComponent(planId)}`, minVersion)).body;
}

/** The org's contacts (the first page: the pickers search it); none when they cannot be read. */
export async function loadContacts() {
  return (await get(`/api/v1/contacts?size=${CONTACTS_PAGE}`).catch(() => ({items: []}))).items;
}

/** The contacts whose name, company or role begin with the words typed (the whole book, beyond the first page). */
export async function searchContacts(query) {
  return (await get(`/api/v1/contacts?q=${encodeURIComponent(query)}&size=${CONTACTS_PAGE}`).catch(() => ({items: []})))
    .items;
}

/** Per profile target, the contacts who fit it; [] when the projection cannot answer. */
export async function loadKnownMatches(plan) {
  return (await getAtVersion(`/api/v1/plans/${plan.planId}/known-matches`, plan.version)).body.matches;
}

export async function loadPeople(plan) {
  return (await getAtVersion(`/api/v1/plans/${plan.planId}/people`, plan.version)).body;
}

export async function loadRecommendations(plan) {
  return (await getAtVersion(`/api/v1/plans/${plan.planId}/recommendations`, plan.version)).body;
}

export async function loadPortfolio(plan) {
  return (await getAtVersion(`/api/v1/plans/${plan.planId}/portfolio`, plan.version)).body;
}

/** The plan's own objects by id, for labels. */
export function targetOf(plan, targetId) {
  return plan.targets.find((target) => target.targetId === targetId) || null;
}

export function objectiveOf(plan, objectiveId) {
  return plan.objectives.find((objective) => objective.objectiveId === objectiveId) || null;
}

export function choiceOf(plan, platformId) {
  return plan.platforms.find((platform) => platform.platformId === platformId) || null;
}

/** How a target reads: the contact's name, or the kind of person. */
export function targetName(target, contacts = []) {
  if (!target) return 'a target no longer in the plan';
  if (target.contactId) {
    const contact = contacts.find((one) => one.contactId === target.contactId);
    return contact ? person(contact) : 'a person you know';
  }
  return profile(target.profile);
}
