// The site-selection panel: a form that starts a run as a job, a progress bar fed by the job's
// server-sent events, the proposed sites on the map (accept / reject / drag) with their marginal
// gains, and the coverage-vs-sites curve. Result shape: docs/api.md "Site-selection result".
import { postJson, deleteJson, followJob } from './api.js';
import { t, typeLabel, formatNumber, formatPercent } from './i18n.js';
import { h, table } from './dom.js';
import { renderCurve } from './curve.js';

export class SitingPanel {
  constructor(map, project) {
    this.map = map;
    this.project = project;
    this.form = document.getElementById('siting-form');
    this.sitesLayer = L.layerGroup().addTo(map);
    this.result = null;
    this.jobId = null;
    this.decisions = new Map();
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.run(); });
    this.form.model.addEventListener('change', () => this.syncModel());
    document.getElementById('siting-cancel').addEventListener('click', () => this.cancel());
    this.syncModel();
  }

  render() {
    const select = document.getElementById('siting-type');
    const chosen = select.value;
    select.replaceChildren(...this.project.types.map((ty) => h('option', { value: ty.key }, typeLabel(ty.key, ty.label))));
    if (chosen) select.value = chosen;
    const available = this.project.engines.siting && this.project.types.length > 0;
    document.getElementById('siting-run').disabled = !available || this.jobId !== null;
    document.getElementById('siting-unavailable').hidden = available;
    this.renderResult();
  }

  syncModel() {
    const lscp = this.form.model.value === 'lscp';
    document.getElementById('siting-p-row').hidden = lscp;
    document.getElementById('siting-target-row').hidden = !lscp;
  }

  async run() {
    const f = this.form;
    const request = { type: f.type.value, model: f.model.value, candidates: f.candidates.value };
    if (request.model === 'lscp') request.target = Number(f.target.value) / 100;
    else {
      request.p = Number(f.p.value);
      // the curve reaches past the chosen sites so the chart shows the diminishing gains
      request.curveMax = Math.max(request.p, 10);
    }
    this.clearResult();
    this.showProgress({ state: 'QUEUED', progress: 0 });
    try {
      const job = await postJson('/api/siting/runs', request);
      await this.follow(job.id);
    } catch (e) {
      this.showProgress({ state: 'FAILED', progress: 0, error: e.message });
      this.jobId = null;
      this.render();
    }
  }

  /** Shows a running site-selection job's progress, then its result. */
  async follow(jobId) {
    this.jobId = jobId;
    this.render();
    document.getElementById('siting-cancel').hidden = false;
    const done = await followJob(jobId, (s) => this.showProgress(s));
    this.finish(done);
  }

  async cancel() {
    if (this.jobId) await deleteJson(`/api/jobs/${encodeURIComponent(this.jobId)}`);
  }

  finish(job) {
    this.jobId = null;
    document.getElementById('siting-cancel').hidden = true;
    this.showProgress(job);
    if (job.state === 'SUCCEEDED') {
      this.result = job.result;
      this.decisions.clear();
    }
    this.render();
  }

  showProgress(s) {
    const box = document.getElementById('siting-progress');
    box.hidden = false;
    const pct = Math.round((s.progress ?? 0) * 100);
    document.getElementById('siting-progress-fill').style.width = pct + '%';
    document.getElementById('siting-progress-pct').textContent = pct + '%';
    const text = {
      QUEUED: t('siting.queued'), RUNNING: s.message ?? t('siting.running'), SUCCEEDED: t('siting.done'),
      CANCELLED: t('siting.cancelled'), FAILED: t('siting.failed', s.error ?? ''),
    }[s.state] ?? '';
    document.getElementById('siting-progress-msg').textContent = text;
    box.dataset.state = s.state;
  }

  clearResult() {
    this.result = null;
    this.sitesLayer.clearLayers();
    this.renderResult();
  }

  renderResult() {
    const r = this.result;
    const type = r ? this.project.types.find((x) => x.key === r.type) : null;
    renderCurve(document.getElementById('siting-curve'), r?.curve ?? [], {
      target: type?.target ?? null, emptyText: t('siting.noResult'),
    });
    const box = document.getElementById('siting-sites');
    box.replaceChildren();
    this.sitesLayer.clearLayers();
    if (!r) {
      box.appendChild(h('p', { class: 'empty' }, t('siting.noResult')));
      return;
    }
    box.appendChild(h('p', { class: 'hint' }, `${typeLabel(r.type, type?.label)} · ${t('model.' + r.model)} · ${formatPercent(r.share)}`));
    box.appendChild(table([t('siting.site'), t('siting.gain'), ''], r.sites.map((s) => [
      `#${s.rank} ${s.id}`,
      `+${t('unit.people', formatNumber(s.marginalGain))}`,
      this.decisionButtons(s),
    ]), 'data-table sites'));
    box.appendChild(h('p', { class: 'hint' }, t('siting.dragHint')));
    for (const s of r.sites) {
      const marker = L.marker([s.lat, s.lon], {
        draggable: true,
        icon: L.divIcon({ className: 'site-icon', html: `<span><b>${s.rank}</b></span>`, iconSize: [26, 26], iconAnchor: [13, 31] }),
      });
      marker.bindTooltip(`#${s.rank} · +${t('unit.people', formatNumber(s.marginalGain))}`);
      marker.on('dragend', () => { const p = marker.getLatLng(); s.lon = p.lng; s.lat = p.lat; this.moved(s); });
      this.sitesLayer.addLayer(marker);
    }
  }

  decisionButtons(site) {
    const state = this.decisions.get(site.id);
    if (state) return h('span', { class: state === 'accept' ? 'ok' : 'short' }, t(state === 'accept' ? 'siting.accepted' : 'siting.rejected'));
    return h('span', { class: 'decide' },
      h('button', { type: 'button', class: 'small', onclick: () => this.accept(site) }, t('siting.accept')),
      h('button', { type: 'button', class: 'small ghost', onclick: () => { this.decisions.set(site.id, 'reject'); this.renderResult(); } }, t('siting.reject')));
  }

  /** Accepting a proposal adds it to the working scenario (created on first use) when scenarios are available. */
  async accept(site) {
    this.decisions.set(site.id, 'accept');
    this.renderResult();
    if (!this.scenarios || !this.project.engines.scenarios) return;
    try {
      await this.scenarios.addSite(this.result.type, site);
      this.note(t('siting.scenarioNote', this.scenarios.workingName() ?? ''));
    } catch (e) {
      this.decisions.delete(site.id);
      this.renderResult();
      this.note(e.message);
    }
  }

  /** A dragged proposal that was accepted moves in the working scenario too. */
  async moved(site) {
    if (this.decisions.get(site.id) !== 'accept' || !this.scenarios || !this.project.engines.scenarios) return;
    try {
      await this.scenarios.moveSite(site);
    } catch (e) {
      this.note(e.message);
    }
  }

  note(text) {
    const box = document.getElementById('siting-sites');
    box.querySelector('.scenario-note')?.remove();
    box.appendChild(h('p', { class: 'hint scenario-note' }, text));
  }
}
