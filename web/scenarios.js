// The scenario panel (docs/api.md "Scenarios"): create a scenario from the current facilities,
// pick the working scenario that accepted / dragged siting proposals are written to (each edit
// carries the version it is based on; a stale version is refetched and retried once), and compare
// two scenarios (or the current facilities) side by side per type and community.
import { getJson, postJson, ApiError } from './api.js';
import { t, typeLabel, formatPercent } from './i18n.js';
import { h, notice, table } from './dom.js';

/** The page elements this panel uses (web/index.html). */
const IDS = { form: 'scenario-form', error: 'scenario-error', list: 'scenario-list', compare: 'scenario-compare' };

export class ScenarioPanel {
  constructor(project) {
    this.project = project;
    this.scenarios = null;
    this.baseline = null;
    this.workingId = null;
    this.compareIds = ['baseline'];
    this.comparison = null;
    this.form = document.getElementById(IDS.form);
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.create(this.form.name.value.trim()); });
  }

  async load() {
    if (this.project.engines.scenarios) {
      this.scenarios = await getJson('/api/scenarios');
      if (!this.baseline && this.project.engines.coverage) {
        const c = await getJson('/api/coverage');
        if (c.status === 'computed') this.baseline = Object.fromEntries(c.types.map((x) => [x.type, x.share]));
      }
    }
    this.render();
  }

  async create(name) {
    const error = document.getElementById(IDS.error);
    error.hidden = true;
    try {
      const s = await postJson('/api/scenarios', { name });
      this.workingId = s.id;
      this.form.reset();
      await this.load();
      return s;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      throw e;
    }
  }

  async working() {
    if (this.workingId !== null) return this.scenarios.find((s) => s.id === this.workingId);
    const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ');
    return this.create(t('siting.newScenario', stamp));
  }

  /** Writes one edit to the working scenario, based on its version; a 409 refetches the version and retries once. */
  async edit(change) {
    let s = await this.working();
    for (let attempt = 0; ; attempt++) {
      try {
        const updated = await postJson(`/api/scenarios/${s.id}/edits`, { ...change, version: s.version });
        await this.load();
        return updated;
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 409 || attempt > 0) throw e;
        s = await getJson(`/api/scenarios/${s.id}`);
      }
    }
  }

  addSite(type, site) {
    return this.edit({ op: 'add', type, id: site.id, lon: site.lon, lat: site.lat });
  }

  moveSite(site) {
    return this.edit({ op: 'move', facility: site.id, lon: site.lon, lat: site.lat });
  }

  workingName() {
    return this.scenarios?.find((s) => s.id === this.workingId)?.name ?? null;
  }

  async compare() {
    if (this.compareIds.length !== 2) return;
    this.comparison = await getJson('/api/scenarios/compare', { ids: this.compareIds.join(',') });
    this.render();
  }

  toggleCompare(id) {
    const key = String(id);
    this.compareIds = this.compareIds.includes(key) ? this.compareIds.filter((x) => x !== key) : [...this.compareIds, key].slice(-2);
    this.render();
  }

  render() {
    const list = document.getElementById(IDS.list);
    const compare = document.getElementById(IDS.compare);
    list.replaceChildren();
    compare.replaceChildren();
    this.form.hidden = !this.project.engines.scenarios;
    if (!this.project.engines.scenarios) {
      list.appendChild(notice(null, t('scenarios.unavailable')));
      return;
    }
    const types = this.project.types;
    const rows = [{ id: 'baseline', name: t('scenarios.baseline'), edits: 0, coverage: this.baseline ?? null }, ...(this.scenarios ?? [])];
    list.appendChild(table([t('scenarios.working'), t('scenarios.name'), '', ...types.map((ty) => typeLabel(ty.key, ty.label)), t('scenarios.compare')],
      rows.map((s) => [
        s.id === 'baseline' ? '' : h('input', { type: 'radio', name: 'working', 'data-id': s.id,
          ...(s.id === this.workingId ? { checked: '' } : {}), onchange: () => { this.workingId = s.id; this.render(); } }),
        s.name,
        s.id === 'baseline' ? '' : t('scenarios.edits', s.edits),
        ...types.map((ty) => (s.coverage?.[ty.key] != null ? formatPercent(s.coverage[ty.key]) : '')),
        h('input', { type: 'checkbox', class: 'compare-pick', 'data-id': s.id,
          ...(this.compareIds.includes(String(s.id)) ? { checked: '' } : {}), onchange: () => this.toggleCompare(s.id) }),
      ]), 'data-table scenarios'));
    if (!this.scenarios || this.scenarios.length === 0) list.appendChild(h('p', { class: 'empty' }, t('scenarios.empty')));
    const button = h('button', { type: 'button', class: 'small', id: 'scenario-compare-run', onclick: () => this.compare() }, t('scenarios.compare'));
    if (this.compareIds.length !== 2) button.disabled = true;
    compare.appendChild(button);
    const c = this.comparison;
    if (!c) return;
    const names = c.scenarios.map((s) => (s.id === 'baseline' ? t('scenarios.baseline') : s.name));
    compare.appendChild(table(['', ...names, 'Δ'], c.types.map((row) => {
      const label = types.find((ty) => ty.key === row.type);
      const [a, b] = row.shares;
      const delta = a != null && b != null ? (b - a >= 0 ? '+' : '') + formatPercent(b - a) : '';
      return [typeLabel(row.type, label?.label), a != null ? formatPercent(a) : '—', b != null ? formatPercent(b) : '—', delta];
    }), 'data-table compare'));
    const sites = [];
    for (const [key, label] of [['added', 'scenarios.added'], ['removed', 'scenarios.removed'], ['moved', 'scenarios.moved']]) {
      for (const s of c.sites[key]) sites.push([t(label), typeLabel(s.type), s.name ?? s.id]);
    }
    if (sites.length) compare.appendChild(table(['', '', ''], sites, 'data-table sites-diff'));
    if (c.units.length) {
      const first = types[0]?.key;
      compare.appendChild(table([t('scenarios.unit'), ...names], c.units.map((u) => [u.name ?? u.id,
        ...(u.types[first]?.shares ?? []).map((x) => (x != null ? formatPercent(x) : '—'))]), 'data-table units-compare'));
    }
  }
}
