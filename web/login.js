// The login page: user name and password to POST /api/auth/login (with the CSRF token), then back
// to the page the user came from (?next=, same site only) or the map.
import { csrfToken } from './api.js';
import { t, applyI18n, language, setLanguage } from './i18n.js';

/** Where to go after signing in: a path on this site only, never another origin. */
function nextPage() {
  const next = new URLSearchParams(window.location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login.html') ? next : '/';
}

function showError(text) {
  const box = document.getElementById('login-error');
  box.textContent = text;
  box.hidden = !text;
}

async function signIn(form) {
  const submit = document.getElementById('login-submit');
  submit.disabled = true;
  submit.textContent = t('login.working');
  showError('');
  try {
    if (!csrfToken()) await fetch('/api/health');
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() ?? '' },
      body: JSON.stringify({ username: form.username.value.trim(), password: form.password.value }),
    });
    if (response.ok) {
      window.location.assign(nextPage());
      return;
    }
    const problem = (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : null;
    showError(response.status === 401 ? t('login.wrong') : t('login.failed', problem?.detail ?? `HTTP ${response.status}`));
    form.password.value = '';
    form.password.focus();
  } catch (e) {
    showError(t('login.failed', e.message));
  } finally {
    submit.disabled = false;
    submit.textContent = t('login.submit');
  }
}

function main() {
  applyI18n();
  document.title = `${t('login.title')} · ${t('app.title')} LifeCircle`;
  document.getElementById('lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    document.title = `${t('login.title')} · ${t('app.title')} LifeCircle`;
  });
  const form = document.getElementById('login-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    signIn(form);
  });
  document.body.dataset.ready = 'true';
}

main();
