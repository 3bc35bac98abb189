// The gateway's API on the same origin, with the signed-in user's bearer token. Errors are RFC 9457 problems,
// thrown as ApiError; wording/messages.js says what they mean. A refused token is forgotten and announced
// ("netfocus:signed-out"): the shell offers to sign in again, and drafts keep what was typed.
import {signOut, token} from '../session/session.js';

export class ApiError extends Error {
  constructor(status, problem, retryAfterSeconds = null) {
    super(problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The field errors: [{field, reason}]. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

export const SIGNED_OUT = 'netfocus:signed-out';

async function send(method, path, {body, headers = {}} = {}) {
  const all = {Accept: 'application/json, application/problem+json', ...headers};
  const bearer = token();
  if (bearer) all.Authorization = `Bearer ${bearer}`;
  let payload = body;
  if (body !== undefined && !(body instanceof FormData)) {
    all['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  try {
    return await fetch(path, {method, headers: all, body: payload});
  } catch (offline) {
    throw new ApiError(0, {});
  }
}

async function parse(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return {detail: text};
  }
}

async function fail(response) {
  if (response.status === 401 && token()) {
    // an expired or foreign token: forget it, so the app asks for a new one
    signOut();
    window.dispatchEvent(new Event(SIGNED_OUT));
  }
  throw new ApiError(response.status, await parse(response), Number(response.headers.get('Retry-After')) || null);
}

/** Sends a request; resolves to {body, headers} on 2xx, else throws ApiError with the problem. */
export async function api(method, path, body) {
  const response = await send(method, path, {body});
  if (!response.ok) return fail(response);
  return {body: await parse(response), headers: response.headers};
}

export const get = (path) => api('GET', path).then((answer) => answer.body);
export const post = (path, body) => api('POST', path, body).then((answer) => answer.body);
export const put = (path, body) => api('PUT', path, body).then((answer) => answer.body);
export const patch = (path, body) => api('PATCH', path, body).then((answer) => answer.body);
/** A DELETE takes its optional reason as a JSON body ({reason}), so it always sends one. */
export const remove = (path, reason = null) => api('DELETE', path, reason ? {reason} : {}).then((answer) => answer.body);

/** Uploads a file as the part "file" of a multipart form (imports). */
export async function upload(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api('POST', path, form).then((answer) => answer.body);
}

/**
 * Downloads a file the API serves (CSV, iCalendar, vCard; `accept` names the one wanted where a path serves several):
 * a plain link cannot carry the bearer token, so the file is fetched with it and handed to the browser as a download.
 */
export async function download(path, fallbackName, accept = '*/*') {
  const response = await send('GET', path, {headers: {Accept: accept}});
  if (!response.ok) return fail(response);
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename="?([^";]+)"?/.exec(disposition);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? named[1] : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const VERSION_WAIT_ATTEMPTS = 5;
const MAX_RETRY_AFTER_MS = 2000;

/**
 * A read that reflects at least `version` (a command's answer): the service waits for its projection and answers
 * 503 with Retry-After while it lags; asked again a few times, then the answer as it stands is shown.
 */
export async function getAtVersion(path, version) {
  const separator = path.includes('?') ? '&' : '?';
  for (let attempt = 1; version !== undefined && version !== null && attempt <= VERSION_WAIT_ATTEMPTS; attempt += 1) {
    try {
      return await api('GET', `${path}${separator}minVersion=${version}`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 503) throw error;
      const retryAfter = error.retryAfterSeconds || 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS)));
    }
  }
  return api('GET', path);
}
