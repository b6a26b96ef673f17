// The analysis layers over the map: the thematic view of one facility type (cells covered or
// not, units by coverage share, villages fully covered or not, gap clusters outlined and
// ranked), walking isochrones around a clicked facility, the standards table with the clauses
// the thresholds come from, and the result downloads.
import { getJson } from './api.js';
import { t, typeLabel, formatNumber, formatPercent } from './i18n.js';
import { h, notice, table } from './dom.js';

/** Gaps drawn on the map: the largest ones (all are in the download). */
export const GAPS_ON_MAP = 10;

/** The page elements this view fills (web/index.html). */
const IDS = { theme: 'theme-box', standards: 'coverage-standards', exports: 'coverage-exports' };

const RING_COLORS = { 5: '#08519c', 10: '#3182bd', 15: '#9ecae1' };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export class AnalysisView {
  constructor(map, project, layers, coverage) {
    this.map = map;
    this.project = project;
    this.layers = layers;
    this.coverage = coverage;
    this.type = null;
    this.gaps = L.geoJSON(null, {
      style: () => ({ color: '#67000d', weight: 1.6, fillColor: '#67000d', fillOpacity: 0.1 }),
      onEachFeature: (f, l) => l.bindTooltip(() => this.gapTip(f), { sticky: true }),
    });
    this.rings = L.layerGroup().addTo(map);
    this.standards = null;
  }

  available() {
    return this.coverage.report?.status === 'computed';
  }

  /** Shows one type's thematic view (null: back to the population view). */
  async setType(key) {
    this.type = key;
    if (!key || !this.available()) {
      this.layers.setTheme(null);
      this.gaps.clearLayers();
      this.gaps.remove();
      this.renderThemeBox();
      return;
    }
    const row = this.coverage.report.types.find((r) => r.type === key);
    const units = new Map(this.coverage.report.units.map((u) => [u.id, u.types[key]?.share]));
    const villages = new Map();
    for (const v of this.coverage.villages?.villages ?? []) if (key in v.covered) villages.set(v.id, v.covered[key]);
    this.layers.setTheme({ type: key, minutes: row.minutes, units, villages });
    this.renderThemeBox();
    const fc = await getJson('/api/gaps', { type: key });
    if (this.type !== key) return;
    this.gaps.clearLayers();
    this.gaps.addData({ ...fc, features: fc.features.filter((f) => f.properties.rank <= GAPS_ON_MAP) });
    this.gaps.addTo(this.map);
    this.gapCount = fc.gapCount;
    this.renderThemeBox();
  }

  gapTip(f) {
    const p = f.properties;
    return `<strong>${t('gaps.rank', p.rank)}</strong><br>${escapeHtml(typeLabel(p.type))}<br>`
      + `${t('gaps.demand', formatNumber(p.demand))}<br>${p.nearestMinutes == null ? t('theme.unreachable') : t('gaps.nearest', formatNumber(p.nearestMinutes, 1))}`;
  }

  renderThemeBox() {
    const box = document.getElementById(IDS.theme);
    if (!box) return;
    box.replaceChildren();
    if (!this.available()) return;
    const select = h('select', { id: 'theme-type' },
      h('option', { value: '' }, t('theme.population')),
      ...this.project.types.map((ty) => h('option', { value: ty.key }, typeLabel(ty.key, ty.label))));
    select.value = this.type ?? '';
    select.addEventListener('change', () => this.setType(select.value || null));
    box.appendChild(h('label', { class: 'theme-select' }, h('span', {}, t('theme.label')), select));
    if (this.type && this.gapCount != null) {
      box.appendChild(h('p', { class: 'hint' }, t('theme.gaps', this.gapCount)));
    }
  }

  async isochrones(feature) {
    this.rings.clearLayers();
    let fc;
    try {
      fc = await getJson('/api/isochrones', { facility: feature.id, minutes: '5,10,15' });
    } catch (e) {
      this.rings.addLayer(L.popup().setLatLng([feature.geometry.coordinates[1], feature.geometry.coordinates[0]])
        .setContent(escapeHtml(t('error.request', e.message))));
      return;
    }
    const features = [...fc.features].sort((a, b) => b.properties.minutes - a.properties.minutes);
    for (const f of features) {
      const m = f.properties.minutes;
      this.rings.addLayer(L.geoJSON(f, {
        interactive: false,
        style: () => ({ color: RING_COLORS[m] ?? '#3182bd', weight: 1.5, fillColor: RING_COLORS[m] ?? '#3182bd', fillOpacity: 0.18 }),
      }));
    }
    const [lon, lat] = feature.geometry.coordinates;
    const name = feature.properties.name ?? feature.id;
    const rows = fc.features.map((f) => `${t('unit.minutes', f.properties.minutes)}: ${formatNumber(f.properties.areaM2 / 1e6, 2)} km²`);
    this.rings.addLayer(L.popup({ autoPan: false, className: 'iso-popup' }).setLatLng([lat, lon])
      .setContent(`<strong>${escapeHtml(name)}</strong><br>${escapeHtml(typeLabel(feature.properties.type))} · ${t('iso.title')}<br>${rows.join('<br>')}`));
    window.lifecircle.isochrones = fc;
  }

  async loadStandards() {
    if (!this.available()) return;
    try {
      this.standards = await getJson('/api/standards');
    } catch (e) {
      this.standards = null;
    }
    this.renderStandards();
  }

  renderStandards() {
    const box = document.getElementById(IDS.standards);
    const exports = document.getElementById(IDS.exports);
    if (!box || !exports) return;
    box.replaceChildren();
    exports.replaceChildren();
    if (!this.available()) return;
    const zh = document.documentElement.lang !== 'en';
    if (this.standards) {
      box.appendChild(table([t('coverage.type'), t('coverage.minutes'), t('standards.source')],
        this.standards.types.map((ty) => [typeLabel(ty.type, ty.label), t('unit.minutes', formatNumber(ty.minutes)),
          h('span', { class: 'clause', title: ty.thresholdSource?.text ?? '' }, ty.thresholdSource ? (zh ? ty.thresholdSource.zh : ty.thresholdSource.en) : '—')]),
        'data-table standards'));
      const overall = this.standards.standards.filter((s) => s.unitId == null);
      if (overall.length) {
        box.appendChild(table([t('standards.indicator'), t('standards.value'), t('standards.target'), t('coverage.status')],
          overall.map((s) => [
            h('span', { title: s.targets[0]?.source ?? '' }, zh ? s.label : s.labelEn),
            s.value == null ? '—' : `${formatNumber(s.value, 2)} ${zh ? s.unit : s.unitEn}`,
            s.targets.map((x) => formatNumber(x.target, 2)).join(' / '),
            h('span', { class: s.meets ? 'ok' : 'short' }, t(s.meets ? 'meets.yes' : 'meets.no')),
          ]), 'data-table per-capita'));
      }
    } else {
      box.appendChild(notice(null, t('standards.unavailable')));
    }
    exports.appendChild(h('div', { class: 'exports' },
      ...['gpkg', 'geojson', 'csv'].map((f) => h('a', { class: 'button', href: `/api/exports/results.${f}`, download: `results.${f}` }, t('exports.' + f)))));
  }
}
