// Who a rep may have met at an event, best guesses first: the people the plan names as targets, then the contacts
// known to fit the targets this platform was chosen for, then the other known matches, then every other contact.
// Each comes with the target it most likely counts for. Pure (no DOM), unit-tested in Node.
import {profile} from '../wording/format.js';

function same(a, b) {
  return String(a || '').trim().toLowerCase() === String(b || '').trim().toLowerCase();
}

/** The plan target a person fits: a named target is that contact; a kind of person fits on every field it gives. */
export function matchingTarget(person, targets, preferredTargetIds = []) {
  const named = targets.find((target) => target.contactId && person.contactId && target.contactId === person.contactId);
  if (named) return named;
  const fits = targets.filter((target) => target.profile
    && ['function', 'position', 'industry'].every((key) => !target.profile[key] || same(target.profile[key], person[key]))
    && ['function', 'position', 'industry'].some((key) => target.profile[key]));
  return fits.find((target) => preferredTargetIds.includes(target.targetId)) || fits[0] || null;
}

/**
 * @param contacts         the org's contacts (GET /contacts items)
 * @param knownMatches     GET /known-matches' matches ([{targetId, contacts}]), or []
 * @param targets          the plan's targets
 * @param platformTargetIds the targets the platform was chosen for (their matches come first)
 * @param exclude          contact ids already picked
 * @returns [{contactId, name, company, function, position, industry, email, targetId, why}]
 */
export function peopleOptions({contacts = [], knownMatches = [], targets = [], platformTargetIds = [], exclude = []}) {
  const seen = new Set(exclude);
  const options = [];
  const add = (contact, target, why) => {
    if (!contact || !contact.contactId || seen.has(contact.contactId)) return;
    seen.add(contact.contactId);
    options.push({contactId: contact.contactId, name: contact.name, company: contact.company || null,
      function: contact.function || null, position: contact.position || null, industry: contact.industry || null,
      email: contact.email || null, targetId: target ? target.targetId : null, why});
  };
  const byId = new Map(contacts.map((contact) => [contact.contactId, contact]));
  targets.filter((target) => target.contactId).forEach((target) => add(byId.get(target.contactId), target, 'a person your plan names'));
  const ordered = [...knownMatches].sort((a, b) =>
    Number(platformTargetIds.includes(b.targetId)) - Number(platformTargetIds.includes(a.targetId)));
  ordered.forEach((match) => {
    const target = targets.find((one) => one.targetId === match.targetId) || null;
    match.contacts.forEach((contact) => add(contact, target, `fits: ${profile(match.profile || target?.profile)}`));
  });
  [...contacts].sort((a, b) => String(a.name).localeCompare(String(b.name)))
    .forEach((contact) => add(contact, matchingTarget(contact, targets, platformTargetIds), 'your contact'));
  return options;
}

/** The options whose name or company holds every word typed, in their order. */
export function filterOptions(options, query) {
  const words = String(query || '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return options;
  return options.filter((option) => {
    const text = `${option.name || ''} ${option.company || ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The options with more found later (a search of every contact), each person once, the first found first. */
export function mergeOptions(options, more) {
  const known = new Set(options.map((option) => option.contactId).filter(Boolean));
  return [...options, ...more.filter((option) => !option.contactId || !known.has(option.contactId))];
}
