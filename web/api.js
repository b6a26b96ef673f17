// Thin client for the REST API (docs/api.md). Errors become ApiError with the problem's detail.
// Signed in by the session cookie: every write carries the CSRF token (the XSRF-TOKEN cookie echoed
// in the X-XSRF-TOKEN header); a 401 sends the page to the login page, which comes back here after.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.field = problem?.field;
  }
}

/** The CSRF token the server set in the XSRF-TOKEN cookie, or null. */
export function csrfToken() {
  const entry = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return entry ? decodeURIComponent(entry.substring('XSRF-TOKEN='.length)) : null;
}

/** Headers for a write: Accept JSON plus the CSRF token. */
function writeHeaders(extra) {
  const headers = { Accept: 'application/json', ...extra };
  const token = csrfToken();
  if (token) headers['X-XSRF-TOKEN'] = token;
  return headers;
}

/** The login page, told to come back to where the user was. */
export function loginUrl() {
  const here = window.location.pathname + window.location.search + window.location.hash;
  return `/login.html?next=${encodeURIComponent(here)}`;
}

async function answer(response) {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (response.status === 401) window.location.assign(loginUrl());
  if (response.status === 403 && body?.type === 'urn:lifecircle:problem:password-change-required') {
    window.location.assign(`${loginUrl()}&change=1`);
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The signed-in user {user, role}, or null when nobody is (kiosk mode lets anonymous visitors read). */
export async function currentUser() {
  const response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

/** Ends the session and goes to the login page. */
export async function logout() {
  await fetch('/api/auth/logout', { method: 'POST', headers: writeHeaders() });
  window.location.assign('/login.html');
}

export async function getJson(path, params) {
  const url = new URL(path, window.location.origin);
  if (params) for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) url.searchParams.set(k, v);
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body) {
  return answer(await fetch(path, {
    method: 'POST', headers: writeHeaders({ 'Content-Type': 'application/json' }), body: JSON.stringify(body),
  }));
}

export async function postForm(path, form) {
  return answer(await fetch(path, { method: 'POST', body: form, headers: writeHeaders() }));
}

export async function deleteJson(path) {
  return answer(await fetch(path, { method: 'DELETE', headers: writeHeaders() }));
}

/**
 * Follows a job's server-sent events: onProgress(snapshot) for each change, then resolves with
 * the final job (including its result) once the 'done' event arrives.
 */
export function followJob(jobId, onProgress) {
  return new Promise((resolve, reject) => {
    const source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
    source.addEventListener('progress', (e) => onProgress(JSON.parse(e.data)));
    source.addEventListener('done', (e) => {
      source.close();
      onProgress(JSON.parse(e.data));
      getJson(`/api/jobs/${encodeURIComponent(jobId)}`).then(resolve, reject);
    });
    // A dropped stream reconnects by itself (the server resends the current state); a refused one ends here.
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        getJson(`/api/jobs/${encodeURIComponent(jobId)}`).then(resolve, reject);
      }
    };
  });
}
