// Thin client for the REST API (docs/api.md). Errors become ApiError with the problem's detail.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.field = problem?.field;
  }
}

async function answer(response) {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function getJson(path, params) {
  const url = new URL(path, window.location.origin);
  if (params) for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) url.searchParams.set(k, v);
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body) {
  return answer(await fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
  }));
}

export async function postForm(path, form) {
  return answer(await fetch(path, { method: 'POST', body: form, headers: { Accept: 'application/json' } }));
}

export async function deleteJson(path) {
  return answer(await fetch(path, { method: 'DELETE', headers: { Accept: 'application/json' } }));
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
