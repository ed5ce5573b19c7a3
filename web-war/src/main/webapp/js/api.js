// The platform's public HTTP API (docs/contract.md), on the same origin as this page.
// The access token lives only in this module's memory: never in localStorage or a cookie, so a
// reload or a closed tab signs out, and no other page or script of the origin can read it later.

const TOKEN_PATH = '/oidc/endpoint/food/token';
let session = null;          // { token, user, groups, expiresAt }
let expiredHandler = () => {};

/** An API answer that was not 2xx, described by its RFC 9457 problem (title, detail). */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function onExpired(handler) { expiredHandler = handler; }
export function current() { return session; }
export function hasRole(role) { return !!session && session.groups.includes(role); }

function claimsOf(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(part), c => c.charCodeAt(0)));
  return JSON.parse(json);
}

/** contract §6's token request: the password grant of the public client food-app. */
export async function signIn(username, password) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'food-app', username, password });
  const response = await fetch(TOKEN_PATH, { method: 'POST', body });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok || !answer.access_token) {
    // The provider answers OAuth errors (error, error_description), the gateway problems.
    throw new ApiError(response.status, answer.title || answer.error || 'sign-in failed',
      answer.detail || answer.error_description || '');
  }
  const claims = claimsOf(answer.access_token);
  const expiresAt = claims.exp ? claims.exp * 1000 : Date.now() + (answer.expires_in || 3600) * 1000;
  session = { token: answer.access_token, user: claims.sub || claims.upn, groups: claims.groups || [], expiresAt };
  return session;
}

export function signOut() { session = null; }

function expire() {
  const was = session;
  session = null;
  if (was) expiredHandler();
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const p = JSON.parse(text);
    return new ApiError(response.status, p.title || response.statusText, p.detail || '');
  } catch {
    return new ApiError(response.status, response.statusText || String(response.status), text.slice(0, 200));
  }
}

/** Calls the API with the bearer token; a missing or expired token leads back to sign-in. */
export async function call(method, path, body, { raw = false } = {}) {
  if (!session || Date.now() >= session.expiresAt) {
    expire();
    throw new ApiError(401, 'Unauthorized', 'session expired');
  }
  const headers = { Authorization: `Bearer ${session.token}`, Accept: 'application/json, application/problem+json, text/plain' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) {
    const problem = await problemOf(response);
    expire();
    throw problem;
  }
  if (!response.ok) throw await problemOf(response);
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = path => call('GET', path);
export const post = (path, body = {}) => call('POST', path, body);
export const put = (path, body) => call('PUT', path, body);
