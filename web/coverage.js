// The coverage panel: coverage per facility type and per admin unit, and village coverage.
// Without a computed evaluation it shows the project's standards and says coverage is not computed.
import { getJson } from './api.js';
import { t, typeLabel, formatNumber, formatPercent } from './i18n.js';
import { h, notice, table, shareBar } from './dom.js';
import { COVERAGE_RAMP, COVERAGE_BREAKS, rampColor } from './ramps.js';

/** The page elements this panel fills (web/index.html). */
const IDS = { types: 'coverage-types', units: 'coverage-units', villages: 'coverage-villages' };

export class CoveragePanel {
  /**
   * @param project the open project (GET /api/project)
   * @param onTypeClick called with a type key when a type's name is clicked
   * @param onRender called after every render
   */
  constructor(project, { onTypeClick = () => {}, onRender = () => {} } = {}) {
    this.project = project;
    this.onTypeClick = onTypeClick;
    this.onRender = onRender;
    this.report = null;
    this.villages = null;
  }

  async load() {
    [this.report, this.villages] = await Promise.all([getJson('/api/coverage'), getJson('/api/villages/coverage')]);
    this.render();
    return this.report;
  }

  render() {
    const typesBox = document.getElementById(IDS.types);
    const unitsBox = document.getElementById(IDS.units);
    const villagesBox = document.getElementById(IDS.villages);
    typesBox.replaceChildren();
    unitsBox.replaceChildren();
    villagesBox.replaceChildren();
    const types = this.project.types;
    if (!this.report) return;
    if (this.report.status !== 'computed') {
      typesBox.appendChild(notice(t('coverage.notComputed'), t('coverage.notComputedHint')));
      if (types.length === 0) typesBox.appendChild(h('p', { class: 'empty' }, t('coverage.noTypes')));
      else typesBox.appendChild(this.standardsTable(types));
      const hasUnits = this.project.layers.some((l) => l.role === 'units');
      unitsBox.appendChild(h('p', { class: 'empty' }, hasUnits ? t('coverage.notComputed') : t('coverage.noUnits')));
    } else {
      typesBox.appendChild(h('p', { class: 'method' }, t('coverage.method.' + this.report.method)));
      typesBox.appendChild(this.typesTable(this.report.types));
      unitsBox.appendChild(this.report.units.length ? this.unitsTable(this.report.units, types) : h('p', { class: 'empty' }, t('coverage.noUnits')));
    }
    if (!this.villages || this.villages.status !== 'computed') {
      villagesBox.appendChild(h('p', { class: 'empty' }, t('villages.notComputed')));
    } else {
      villagesBox.appendChild(h('p', {}, `${t('villages.fully')}: ${this.villages.fullyCoveredShare == null ? '—' : formatPercent(this.villages.fullyCoveredShare)}`));
      const keys = [...new Set(this.villages.villages.flatMap((v) => Object.keys(v.covered)))];
      if (keys.length) {
        villagesBox.appendChild(table(
          [t('villages.village'), ...keys.map((k) => typeLabel(k, types.find((x) => x.key === k)?.label))],
          this.villages.villages.map((v) => [v.name ?? v.id, ...keys.map((k) => (k in v.covered
            ? h('span', { class: v.covered[k] ? 'ok' : 'short' }, t(v.covered[k] ? 'villages.served' : 'villages.notServed')) : '—'))]),
          'data-table villages'));
      }
    }
    this.onRender();
  }

  standardsTable(types) {
    return table(
      [t('coverage.type'), t('coverage.minutes'), t('coverage.speed'), t('coverage.demand'), t('coverage.target')],
      types.map((ty) => [
        h('span', { class: 'type-name' }, typeLabel(ty.key, ty.label)),
        t('unit.minutes', formatNumber(ty.minutes)),
        ty.speedKmh ? t('unit.kmh', formatNumber(ty.speedKmh, 1)) : '—',
        t('demand.' + (ty.demand ?? 'total')),
        ty.target != null ? formatPercent(ty.target, 0) : '—',
      ]), 'data-table standards');
  }

  typesTable(rows) {
    return table(
      [t('coverage.type'), t('coverage.minutes'), t('coverage.population'), t('coverage.share'), t('coverage.status')],
      rows.map((r) => [
        h('a', { href: '#', class: 'type-link', dataset: { type: r.type }, onclick: (e) => { e.preventDefault(); this.onTypeClick(r.type); } },
          typeLabel(r.type, this.project.types.find((x) => x.key === r.type)?.label)),
        t('unit.minutes', formatNumber(r.minutes)),
        formatNumber(r.population),
        r.share == null ? '—' : shareBar(r.share, formatPercent(r.share), rampColor(COVERAGE_RAMP, COVERAGE_BREAKS, r.share)),
        r.meetsTarget == null ? '—' : h('span', { class: r.meetsTarget ? 'ok' : 'short' }, t(r.meetsTarget ? 'meets.yes' : 'meets.no')),
      ]));
  }

  unitsTable(units, types) {
    return table(
      [t('coverage.unit'), ...types.map((ty) => typeLabel(ty.key, ty.label))],
      units.map((u) => [u.name ?? u.id, ...types.map((ty) => {
        const s = u.types[ty.key];
        return s && s.share != null ? shareBar(s.share, formatPercent(s.share, 0), rampColor(COVERAGE_RAMP, COVERAGE_BREAKS, s.share)) : '—';
      })]), 'data-table units');
  }
}
