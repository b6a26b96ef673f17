// The project's layers on the map, by role (see docs/api.md "Layer roles"): population cells
// coloured by a quantile ramp, facilities as one icon layer per type, roads, villages and admin
// units; a thematic view recolours cells (covered / not), units (coverage share) and villages
// (fully covered or not) for one facility type. Line and polygon layers are re-fetched for the current view and zoom (bbox + zoom
// simplification on the server); point layers are fetched once.
import { getJson } from './api.js';
import { t, typeLabel, formatNumber, formatPercent } from './i18n.js';
import { POPULATION_RAMP, COVERAGE_RAMP, COVERAGE_BREAKS, quantileBreaks, weightedBreaks, classify, rampColor, categoricalColor, typeGlyph } from './ramps.js';

const ROAD_WEIGHT = { motorway: 3.2, trunk: 3, primary: 2.6, secondary: 2.1, tertiary: 1.7 };

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export class ProjectLayers {
  /**
   * @param onFacilityClick called with the GeoJSON feature of a clicked facility
   * @param onFacilitiesLoaded called with the entry of a facility layer once its icons are drawn
   */
  constructor(map, project, legend, { onFacilityClick = () => {}, onFacilitiesLoaded = () => {} } = {}) {
    this.map = map;
    this.project = project;
    this.legend = legend;
    this.onFacilityClick = onFacilityClick;
    this.onFacilitiesLoaded = onFacilitiesLoaded;
    this.entries = [];
    this.typeIndex = new Map(project.types.map((ty, i) => [ty.key, i]));
    this.populationBreaks = null;
    this.refreshTimer = null;
    /** The thematic view: null, or { type, minutes, units: Map(id → share), villages: Map(id → fully covered) }. */
    this.theme = null;
    for (const info of project.layers) this.entries.push(this.entryFor(info));
    map.on('moveend', () => this.scheduleRefresh());
  }

  /** The overlays for the layer control: [{ key, layer, label() }]. */
  overlays() {
    const out = [];
    for (const e of this.entries) {
      if (e.info.role === 'facilities') {
        for (const [type, group] of e.typeGroups) {
          out.push({ key: `${e.info.name}:${type}`, layer: group, label: () => `${t('layer.facilities')} · ${this.typeName(type)}` });
        }
      } else {
        out.push({ key: e.info.name, layer: e.layer, label: () => this.layerLabel(e.info) });
      }
    }
    return out;
  }

  layerLabel(info) {
    const roleLabel = t('layer.' + info.role);
    return info.role === 'context' ? `${roleLabel} · ${info.name}` : roleLabel;
  }

  typeName(key) {
    const ty = this.project.types.find((x) => x.key === key);
    return typeLabel(key, ty?.label);
  }

  typeColor(key) {
    if (!this.typeIndex.has(key)) this.typeIndex.set(key, this.typeIndex.size);
    return categoricalColor(this.typeIndex.get(key));
  }

  entryFor(info) {
    const renderer = L.canvas({ padding: 0.3 });
    const entry = { info, seq: 0, loaded: false };
    switch (info.role) {
      case 'population':
        entry.layer = L.geoJSON(null, { renderer, style: (f) => this.populationStyle(f), onEachFeature: (f, l) => this.populationTip(f, l) });
        break;
      case 'facilities':
        entry.layer = L.layerGroup();
        entry.typeGroups = new Map();
        break;
      case 'network':
        entry.layer = L.geoJSON(null, {
          renderer, interactive: false,
          style: (f) => ({ color: '#8a8f98', weight: ROAD_WEIGHT[f.properties.highway] ?? 1.1, opacity: 0.85 }),
        });
        break;
      case 'units':
        entry.layer = L.geoJSON(null, {
          renderer,
          style: (f) => this.unitStyle(f),
          onEachFeature: (f, l) => l.bindTooltip(() => this.unitTip(f), { sticky: true, className: 'unit-tip' }),
        });
        break;
      case 'villages':
        entry.layer = L.geoJSON(null, {
          renderer,
          style: (f) => this.villageStyle(f),
          pointToLayer: (f, latlng) => L.circleMarker(latlng, { renderer, radius: 5, weight: 1, ...this.villageStyle(f), fillOpacity: 0.8 }),
          onEachFeature: (f, l) => l.bindTooltip(() => this.villageTip(f), { sticky: true }),
        });
        break;
      default:
        entry.layer = L.geoJSON(null, { renderer, style: () => ({ color: '#4a90a4', weight: 1.5, fillOpacity: 0.1 }) });
    }
    entry.layer.on('add', () => { this.load(entry); this.updateLegend(); });
    entry.layer.on('remove', () => this.updateLegend());
    return entry;
  }

  /** Layers shown at start: everything but context layers. */
  defaultVisible(entry) {
    return entry.info.role !== 'context';
  }

  addDefaults() {
    for (const e of this.entries) {
      if (!this.defaultVisible(e)) continue;
      if (e.info.role === 'facilities') {
        this.load(e).then(() => { for (const g of e.typeGroups.values()) g.addTo(this.map); });
      } else {
        e.layer.addTo(this.map);
      }
    }
  }

  scheduleRefresh() {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      for (const e of this.entries) {
        if (e.info.geometry !== 'point' && e.info.role !== 'facilities' && this.map.hasLayer(e.layer)) this.load(e, true);
      }
    }, 250);
  }

  async load(entry, refresh = false) {
    if (entry.loaded && !refresh) return entry.pending;
    entry.loaded = true;
    const seq = ++entry.seq;
    const params = {};
    if (entry.info.geometry !== 'point' && entry.info.role !== 'facilities') {
      params.bbox = this.viewBbox();
      params.zoom = Math.max(0, Math.min(24, Math.round(this.map.getZoom())));
    }
    entry.pending = getJson(`/api/layers/${encodeURIComponent(entry.info.name)}`, params).then((fc) => {
      if (seq !== entry.seq) return;
      if (entry.info.role === 'facilities') this.fillFacilities(entry, fc);
      else {
        if (entry.info.role === 'population' && !this.populationBreaks) {
          const values = fc.features.map((f) => Number(f.properties.population));
          this.populationBreaks = quantileBreaks(values, POPULATION_RAMP.length);
          if (this.populationBreaks.length < 3) this.populationBreaks = weightedBreaks(values, POPULATION_RAMP.length);
        }
        entry.layer.clearLayers();
        entry.layer.addData(fc);
      }
      entry.featureCount = fc.returnedFeatures;
      this.updateLegend();
    });
    return entry.pending;
  }

  viewBbox() {
    const b = this.map.getBounds().pad(0.25);
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .map((v) => v.toFixed(6)).join(',');
  }

  fillFacilities(entry, fc) {
    for (const f of fc.features) {
      const type = f.properties.type ?? 'other';
      if (!entry.typeGroups.has(type)) entry.typeGroups.set(type, L.layerGroup());
      const [lon, lat] = f.geometry.coordinates;
      const color = this.typeColor(type);
      // the glyph's colour through CSSOM (element.style), not a style attribute: the CSP has no 'unsafe-inline'
      const glyph = document.createElement('span');
      glyph.style.background = color;
      glyph.textContent = typeGlyph(type);
      const icon = L.divIcon({
        className: 'facility-icon',
        html: glyph,
        iconSize: [22, 22], iconAnchor: [11, 11],
      });
      const marker = L.marker([lat, lon], { icon, keyboard: false, title: f.properties.name ?? f.id });
      marker.feature = f;
      marker.on('click', (ev) => { L.DomEvent.stopPropagation(ev); this.onFacilityClick(f); });
      marker.bindTooltip(() => `<strong>${escapeHtml(f.properties.name ?? f.id)}</strong><br>${escapeHtml(this.typeName(type))}`);
      entry.typeGroups.get(type).addLayer(marker);
    }
    this.onFacilitiesLoaded(entry);
  }

  /** Sets or clears the thematic view and redraws the styled layers and the legend. */
  setTheme(theme) {
    this.theme = theme;
    for (const e of this.entries) {
      if (['population', 'units', 'villages'].includes(e.info.role)) e.layer.eachLayer((l) => e.layer.resetStyle(l));
    }
    this.updateLegend();
  }

  unitStyle(feature) {
    const share = this.theme?.units.get(feature.id);
    if (share == null) return { color: '#2f3e46', weight: 1.6, dashArray: '6 4', fill: true, fillOpacity: 0, opacity: 0.9 };
    return { color: '#2f3e46', weight: 1.4, dashArray: '6 4', fill: true, fillColor: rampColor(COVERAGE_RAMP, COVERAGE_BREAKS, share), fillOpacity: 0.32, opacity: 0.9 };
  }

  unitTip(feature) {
    const name = escapeHtml(feature.properties.name ?? feature.id);
    const share = this.theme?.units.get(feature.id);
    return share == null ? name : `<strong>${name}</strong><br>${escapeHtml(this.typeName(this.theme.type))} ${formatPercent(share)}`;
  }

  villageStyle(feature) {
    const full = this.theme?.villages.get(feature.id);
    if (full == null) return { color: '#6d597a', weight: 1.2, fillColor: '#b5a1c4', fillOpacity: 0.25 };
    return { color: full ? '#1a9850' : '#b2182b', weight: 1.6, fillColor: full ? '#91cf60' : '#f4a582', fillOpacity: 0.35 };
  }

  villageTip(feature) {
    const name = escapeHtml(feature.properties.name ?? feature.id);
    const full = this.theme?.villages.get(feature.id);
    return full == null ? name : `<strong>${name}</strong><br>${t(full ? 'villages.full' : 'villages.notFull')}`;
  }

  /** Seconds of the cell to the theme type's nearest facility, as minutes; null when unreachable. */
  cellMinutes(feature) {
    const m = feature.properties[`${this.theme.type}_minutes`];
    return m == null ? null : Number(m);
  }

  populationStyle(feature) {
    const v = Number(feature.properties.population);
    if (this.theme) {
      if (!(v > 0)) return { stroke: false, fillOpacity: 0 };
      const m = this.cellMinutes(feature);
      const covered = m != null && m <= this.theme.minutes;
      const b = this.populationBreaks ?? [];
      const weight = b.length ? classify(v, b) / b.length : 1;
      return { stroke: false, fillColor: covered ? '#66bd63' : '#d73027', fillOpacity: covered ? 0.12 + 0.3 * weight : 0.1 + 0.65 * weight };
    }
    const color = this.populationBreaks ? rampColor(POPULATION_RAMP, this.populationBreaks, v) : POPULATION_RAMP[0];
    return { stroke: false, fillColor: color, fillOpacity: v > 0 ? 0.62 : 0 };
  }

  populationTip(feature, layer) {
    layer.bindTooltip(() => {
      const people = t('unit.people', formatNumber(Number(feature.properties.population)));
      if (!this.theme) return people;
      const m = this.cellMinutes(feature);
      return `${people}<br>${escapeHtml(this.typeName(this.theme.type))}: ${m == null ? t('theme.unreachable') : t('unit.minutes', formatNumber(m, 1))}`;
    }, { sticky: true });
  }

  updateLegend() {
    const visible = (e) => (e.info.role === 'facilities'
      ? [...(e.typeGroups?.values() ?? [])].some((g) => this.map.hasLayer(g))
      : this.map.hasLayer(e.layer));
    for (const e of this.entries) {
      const id = e.info.name;
      if (!visible(e)) { this.legend.setSection(id, null); continue; }
      switch (e.info.role) {
        case 'population':
          if (this.theme) {
            this.legend.setSection(id, {
              title: () => `${this.typeName(this.theme.type)} · ${t('unit.minutes', formatNumber(this.theme.minutes))}`,
              items: () => [{ swatch: 'fill', color: '#66bd63', label: t('theme.covered') }, { swatch: 'fill', color: '#d73027', label: t('theme.uncovered') }],
            });
          } else {
            this.legend.setSection(id, { title: () => t('legend.population'), items: () => this.populationItems() });
          }
          break;
        case 'facilities':
          this.legend.setSection(id, {
            title: () => t('legend.facilities'),
            items: () => [...e.typeGroups.keys()].filter((k) => this.map.hasLayer(e.typeGroups.get(k)))
              .map((k) => ({ swatch: 'icon', color: this.typeColor(k), glyph: typeGlyph(k), label: this.typeName(k) })),
          });
          break;
        case 'units':
          this.legend.setSection(id, {
            title: () => t('layer.units'),
            items: () => (this.theme ? COVERAGE_RAMP.map((color, i) => ({
              swatch: 'fill', color,
              label: i === 0 ? `< ${formatPercent(COVERAGE_BREAKS[0], 0)}` : i === COVERAGE_RAMP.length - 1 ? `≥ ${formatPercent(COVERAGE_BREAKS[i - 1], 0)}`
                : `${formatPercent(COVERAGE_BREAKS[i - 1], 0)} – ${formatPercent(COVERAGE_BREAKS[i], 0)}`,
            })) : [{ swatch: 'dash', color: '#2f3e46', label: t('legend.units') }]),
          });
          break;
        case 'network':
          this.legend.setSection(id, { title: () => t('layer.network'), items: () => [{ swatch: 'line', color: '#8a8f98', label: t('legend.network') }] });
          break;
        case 'villages':
          this.legend.setSection(id, {
            title: () => t('layer.villages'),
            items: () => (this.theme?.villages.size ? [{ swatch: 'fill', color: '#91cf60', label: t('villages.full') }, { swatch: 'fill', color: '#f4a582', label: t('villages.notFull') }]
              : [{ swatch: 'fill', color: '#b5a1c4', label: t('legend.villages') }]),
          });
          break;
        default:
          this.legend.setSection(id, { title: () => this.layerLabel(e.info), items: () => [{ swatch: 'line', color: '#4a90a4', label: e.info.name }] });
      }
    }
  }

  populationItems() {
    const b = this.populationBreaks;
    if (!b || b.length === 0) return [];
    const items = [];
    const classes = b.length + 1;
    for (let c = 0; c < classes; c++) {
      const lo = c === 0 ? 0 : b[c - 1];
      const digits = b[b.length - 1] < 10 ? 1 : 0;
      const label = c === classes - 1 ? `≥ ${formatNumber(lo, digits)}` : `${formatNumber(lo, digits)} – ${formatNumber(b[c], digits)}`;
      items.push({ swatch: 'fill', color: rampColor(POPULATION_RAMP, b, c === 0 ? 0 : lo), label });
    }
    return items;
  }
}
