// The point check: click the map, see the admin unit and village of the point and, once
// coverage is computed, the facilities of each type within 5 / 10 / 15 minutes.
import { getJson } from './api.js';
import { t, typeLabel, formatNumber } from './i18n.js';
import { h, notice } from './dom.js';

/** The page element this panel fills (web/index.html). */
const IDS = { result: 'check-result' };

export class CheckPanel {
  constructor(map, project) {
    this.map = map;
    this.project = project;
    this.marker = null;
    this.last = null;
    this.seq = 0;
  }

  async check(latlng) {
    const lon = L.Util.wrapNum(latlng.lng, [-180, 180], true);
    const lat = latlng.lat;
    if (!this.marker) {
      this.marker = L.circleMarker([lat, lon], { radius: 7, color: '#ffffff', weight: 2.5, fillColor: '#c2410c', fillOpacity: 1 }).addTo(this.map);
    } else {
      this.marker.setLatLng([lat, lon]);
    }
    const box = document.getElementById(IDS.result);
    box.replaceChildren(h('p', { class: 'loading' }, t('check.loading')));
    const seq = ++this.seq;
    try {
      const result = await getJson('/api/check', { lon: lon.toFixed(6), lat: lat.toFixed(6) });
      if (seq !== this.seq) return;
      this.last = result;
      this.render();
    } catch (e) {
      if (seq === this.seq) box.replaceChildren(notice(null, t('error.request', e.message), 'error'));
    }
  }

  render() {
    const box = document.getElementById(IDS.result);
    const r = this.last;
    if (!r) return;
    box.replaceChildren();
    box.appendChild(h('dl', { class: 'facts' },
      h('dt', {}, t('check.point')), h('dd', { class: 'mono' }, `${r.lon.toFixed(5)}, ${r.lat.toFixed(5)}`),
      h('dt', {}, t('check.unit')), h('dd', { id: 'check-unit' }, r.unit ? (r.unit.name ?? r.unit.id) : t('check.outside')),
      r.village ? h('dt', {}, t('check.village')) : null, r.village ? h('dd', {}, r.village.name ?? r.village.id) : null));
    if (r.status !== 'computed') {
      box.appendChild(notice(t('coverage.notComputed'), t('check.notComputed')));
      return;
    }
    for (const ty of r.types) {
      const projectType = this.project.types.find((x) => x.key === ty.type);
      const section = h('div', { class: 'check-type' },
        h('div', { class: 'check-type-head' },
          h('strong', {}, typeLabel(ty.type, projectType?.label)),
          h('span', { class: ty.meetsStandard ? 'ok' : 'short' }, t(ty.meetsStandard ? 'meets.yes' : 'meets.no'))));
      if (ty.reachable.length === 0) section.appendChild(h('p', { class: 'empty' }, t('check.none')));
      for (const band of [5, 10, 15]) {
        const inBand = ty.reachable.filter((f) => f.bandMinutes === band);
        if (inBand.length === 0) continue;
        section.appendChild(h('div', { class: 'band' }, h('span', { class: 'band-label' }, t('check.band', band)),
          h('ul', {}, inBand.map((f) => h('li', {}, `${f.name ?? f.id} · ${t('unit.minutes', formatNumber(f.walkSeconds / 60, 1))} · ${t('unit.meters', formatNumber(f.distanceMeters))}`)))));
      }
      box.appendChild(section);
    }
  }
}
