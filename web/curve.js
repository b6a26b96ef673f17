// The coverage-vs-sites curve as hand-drawn SVG: x = number of new sites, y = covered share 0-100 %.
import { t, formatNumber, formatPercent } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

/**
 * Draws points [{ sites, share }] (share 0-1, sites ascending) into container, with an optional
 * target share as a dashed line. With no points, shows the empty message instead of a chart.
 */
export function renderCurve(container, points, { target = null, emptyText = '' } = {}) {
  container.replaceChildren();
  if (!points || points.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = emptyText;
    container.appendChild(p);
    return null;
  }
  const width = 340;
  const height = 190;
  const m = { left: 44, right: 12, top: 12, bottom: 34 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const maxSites = Math.max(1, ...points.map((p) => p.sites));
  const x = (s) => m.left + (s / maxSites) * w;
  const y = (share) => m.top + (1 - share) * h;

  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'curve', role: 'img',
    'aria-label': t('siting.curveTitle') }, container);
  for (let i = 0; i <= 4; i++) {
    const share = i / 4;
    el('line', { x1: m.left, x2: m.left + w, y1: y(share), y2: y(share), class: 'grid' }, svg);
    const label = el('text', { x: m.left - 6, y: y(share) + 4, class: 'tick', 'text-anchor': 'end' }, svg);
    label.textContent = formatPercent(share, 0);
  }
  const step = Math.max(1, Math.ceil(maxSites / 8));
  for (let s = 0; s <= maxSites; s += step) {
    el('line', { x1: x(s), x2: x(s), y1: m.top + h, y2: m.top + h + 4, class: 'axis' }, svg);
    const label = el('text', { x: x(s), y: m.top + h + 16, class: 'tick', 'text-anchor': 'middle' }, svg);
    label.textContent = formatNumber(s);
  }
  el('line', { x1: m.left, x2: m.left + w, y1: m.top + h, y2: m.top + h, class: 'axis' }, svg);
  el('line', { x1: m.left, x2: m.left, y1: m.top, y2: m.top + h, class: 'axis' }, svg);
  const xTitle = el('text', { x: m.left + w / 2, y: height - 4, class: 'axis-title', 'text-anchor': 'middle' }, svg);
  xTitle.textContent = t('chart.sites');

  if (target !== null && target !== undefined) {
    el('line', { x1: m.left, x2: m.left + w, y1: y(target), y2: y(target), class: 'target' }, svg);
    const tl = el('text', { x: m.left + w - 2, y: y(target) - 4, class: 'target-label', 'text-anchor': 'end' }, svg);
    tl.textContent = t('chart.target', formatPercent(target, 0));
  }
  el('polyline', { points: points.map((p) => `${x(p.sites)},${y(p.share)}`).join(' '), class: 'line' }, svg);
  for (const p of points) {
    const dot = el('circle', { cx: x(p.sites), cy: y(p.share), r: 3.2, class: 'dot' }, svg);
    const title = el('title', {}, dot);
    title.textContent = `${formatNumber(p.sites)} → ${formatPercent(p.share)}`;
  }
  return svg;
}
