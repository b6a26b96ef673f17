// The map legend: a Leaflet control listing, for each visible layer, its symbols and classes.
import { t } from './i18n.js';

export const Legend = L.Control.extend({
  options: { position: 'bottomright' },

  onAdd() {
    this.container = L.DomUtil.create('div', 'legend');
    this.container.id = 'legend';
    L.DomEvent.disableClickPropagation(this.container);
    L.DomEvent.disableScrollPropagation(this.container);
    this.sections = new Map();
    this.render();
    return this.container;
  },

  /** Sets the section with this id: { title, items: [{ swatch: 'fill'|'line'|'icon'|'dash', color, label, glyph }] }. */
  setSection(id, section) {
    if (section) this.sections.set(id, section); else this.sections.delete(id);
    this.render();
  },

  render() {
    if (!this.container) return;
    const c = this.container;
    c.replaceChildren();
    const head = L.DomUtil.create('div', 'legend-title', c);
    head.textContent = t('legend.title');
    c.hidden = this.sections.size === 0;
    for (const [id, s] of this.sections) {
      const box = L.DomUtil.create('div', 'legend-section', c);
      box.dataset.section = id;
      const title = L.DomUtil.create('div', 'legend-section-title', box);
      title.textContent = typeof s.title === 'function' ? s.title() : s.title;
      const items = typeof s.items === 'function' ? s.items() : s.items;
      for (const item of items) {
        const row = L.DomUtil.create('div', 'legend-row', box);
        const sw = L.DomUtil.create('span', 'swatch swatch-' + item.swatch, row);
        if (item.swatch === 'icon') {
          sw.style.background = item.color;
          sw.textContent = item.glyph;
        } else if (item.swatch === 'line' || item.swatch === 'dash') {
          sw.style.borderColor = item.color;
        } else {
          sw.style.background = item.color;
        }
        const label = L.DomUtil.create('span', 'legend-label', row);
        label.textContent = item.label;
      }
    }
  },
});
