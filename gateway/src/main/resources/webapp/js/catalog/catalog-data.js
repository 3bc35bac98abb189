// The org's catalog as the plan's pages need it: platforms by id (location, organiser, cost, who attends), read
// once per page view in one listing and, for any not in it, one by one.
import {get} from '../api/client.js';

const PAGE_SIZE = 100;

/** {platformId: platform} for the ids asked; platforms that cannot be read are left out. */
export async function platformsById(ids) {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return {};
  const found = {};
  const page = await get(`/api/v1/platforms?size=${PAGE_SIZE}`).catch(() => ({items: []}));
  page.items.forEach((platform) => { found[platform.platformId] = platform; });
  const missing = wanted.filter((id) => !found[id]);
  const fetched = await Promise.all(missing.map((id) => get(`/api/v1/platforms/${encodeURIComponent(id)}`).catch(() => null)));
  fetched.filter(Boolean).forEach((platform) => { found[platform.platformId] = platform; });
  return found;
}
