// Base maps: an offline light grid drawn on canvas (no tiles fetched), a blank one, and the
// online tile layers the server is configured to offer (OSM, 天地图) from /api/project.
import { t } from './i18n.js';

/** A light planning-sheet grid: fine lines every 64 px, stronger lines on tile edges. */
const OfflineGrid = L.GridLayer.extend({
  createTile(coords) {
    const size = this.getTileSize();
    const tile = document.createElement('canvas');
    tile.width = size.x;
    tile.height = size.y;
    const g = tile.getContext('2d');
    g.fillStyle = '#f5f4f0';
    g.fillRect(0, 0, size.x, size.y);
    g.strokeStyle = '#e6e3dc';
    g.lineWidth = 1;
    for (let i = 64; i < size.x; i += 64) {
      g.beginPath(); g.moveTo(i + 0.5, 0); g.lineTo(i + 0.5, size.y); g.stroke();
      g.beginPath(); g.moveTo(0, i + 0.5); g.lineTo(size.x, i + 0.5); g.stroke();
    }
    g.strokeStyle = '#d9d5cc';
    g.beginPath(); g.moveTo(0.5, 0); g.lineTo(0.5, size.y); g.moveTo(0, 0.5); g.lineTo(size.x, 0.5); g.stroke();
    return tile;
  },
});

const Blank = L.GridLayer.extend({
  createTile() {
    const tile = document.createElement('div');
    tile.style.background = '#ffffff';
    return tile;
  },
});

/** The base layers as [{ key, layer, label() }]; the offline grid first (the default). */
export function baseLayers(configured) {
  const list = [
    { key: 'grid', layer: new OfflineGrid({ maxZoom: 22 }), label: () => t('layer.base.grid') },
    { key: 'blank', layer: new Blank({ maxZoom: 22 }), label: () => t('layer.base.blank') },
  ];
  const overlays = [];
  for (const b of configured ?? []) {
    const layer = L.tileLayer(b.url, {
      subdomains: b.subdomains ?? 'abc', attribution: b.attribution, maxZoom: b.maxZoom ?? 19,
    });
    (b.overlay ? overlays : list).push({ key: b.id, layer, label: () => b.label });
  }
  return { bases: list, overlays };
}
