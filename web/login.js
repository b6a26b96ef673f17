// The login page: user name and password to POST /api/auth/login (with the CSRF token), then back
// to the page the user came from (?next=, this site only: next-page.js) or the map. When the
// answer says passwordChangeRequired (the password breaks today's rule), the page asks for a new
// one (POST /api/auth/password) before going on; ?change=1 opens that form for a signed-in user.
import { csrfToken } from './api.js';
import { t, applyI18n, language, setLanguage } from './i18n.js';
import { safeNextPage } from './next-page.js';

/** The server's reasons for refusing a new password, by a phrase of its English detail. */
const PASSWORD_PROBLEMS = [
  ['current password is wrong', 'password.currentWrong'],
  ['at least 12 characters', 'password.short'],
  ['different characters', 'password.distinct'],
  ['common passwords', 'password.common'],
  ['user name', 'password.username'],
  ['must differ', 'password.same'],
];

let currentPassword = null;

function nextPage() {
  return safeNextPage(window.location.search, window.location.origin);
}

function showError(id, text) {
  const box = document.getElementById(id);
  box.textContent = text;
  box.hidden = !text;
}

async function problemOf(response) {
  return (response.headers.get('content-type') ?? '').includes('json') ? response.json() : null;
}

function showPasswordForm(user, knownPassword) {
  currentPassword = knownPassword;
  document.getElementById('login-form').hidden = true;
  document.getElementById('password-form').hidden = false;
  document.getElementById('password-username').value = user;
  document.getElementById('password-current-label').hidden = knownPassword !== null;
  document.getElementById('password-current').required = knownPassword === null;
  document.getElementById(knownPassword === null ? 'password-current' : 'password-new').focus();
}

async function signIn(form) {
  const submit = document.getElementById('login-submit');
  submit.disabled = true;
  submit.textContent = t('login.working');
  showError('login-error', '');
  try {
    if (!csrfToken()) await fetch('/api/health');
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() ?? '' },
      body: JSON.stringify({ username: form.username.value.trim(), password: form.password.value }),
    });
    const body = await problemOf(response);
    if (response.ok && body?.passwordChangeRequired) {
      showPasswordForm(body.user, form.password.value);
      form.password.value = '';
      return;
    }
    if (response.ok) {
      window.location.assign(nextPage());
      return;
    }
    showError('login-error', response.status === 401 ? t('login.wrong')
      : response.status === 429 ? t('login.tooMany') : t('login.failed', body?.detail ?? `HTTP ${response.status}`));
    form.password.value = '';
    form.password.focus();
  } catch (e) {
    showError('login-error', t('login.failed', e.message));
  } finally {
    submit.disabled = false;
    submit.textContent = t('login.submit');
  }
}

async function changePassword(form) {
  showError('password-error', '');
  if (form.fresh.value !== form.repeat.value) {
    showError('password-error', t('password.mismatch'));
    return;
  }
  const submit = document.getElementById('password-submit');
  submit.disabled = true;
  try {
    const response = await fetch('/api/auth/password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() ?? '' },
      body: JSON.stringify({ currentPassword: currentPassword ?? form.current.value, newPassword: form.fresh.value }),
    });
    if (response.ok) {
      window.location.assign(nextPage());
      return;
    }
    const problem = await problemOf(response);
    const detail = problem?.detail ?? `HTTP ${response.status}`;
    const known = PASSWORD_PROBLEMS.find(([phrase]) => detail.includes(phrase));
    showError('password-error', known ? t(known[1]) : response.status === 429 ? t('login.tooMany') : t('login.failed', detail));
  } catch (e) {
    showError('password-error', t('login.failed', e.message));
  } finally {
    submit.disabled = false;
  }
}

/** With ?change=1 (the map page was told "password change required"): the form for a signed-in user. */
async function offerChangeIfRequired() {
  if (new URLSearchParams(window.location.search).get('change') !== '1') return;
  const response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
  const me = response.ok ? await response.json() : null;
  if (me?.passwordChangeRequired) showPasswordForm(me.user, null);
}

function retitle() {
  const title = document.getElementById('password-form').hidden ? 'login.title' : 'password.title';
  document.title = `${t(title)} · ${t('app.title')} LifeCircle`;
}

async function main() {
  applyI18n();
  retitle();
  document.getElementById('lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    retitle();
  });
  const form = document.getElementById('login-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    signIn(form).then(retitle);
  });
  const passwordForm = document.getElementById('password-form');
  passwordForm.addEventListener('submit', (e) => {
    e.preventDefault();
    changePassword(passwordForm);
  });
  try {
    await offerChangeIfRequired();
  } finally {
    retitle();
    document.body.dataset.ready = 'true';
  }
}

main();
