// Colour ramps and classification for the map and legend (ColorBrewer schemes, colour-blind safe).

/** Sequential oranges for population density, light to dark (ColorBrewer Oranges, 7 classes). */
export const POPULATION_RAMP = ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

/** Coverage share, red (poor) to green (good) (ColorBrewer RdYlGn, 6 classes) with fixed breaks. */
export const COVERAGE_RAMP = ['#d73027', '#fc8d59', '#fee08b', '#d9ef8b', '#91cf60', '#1a9850'];
export const COVERAGE_BREAKS = [0.5, 0.6, 0.7, 0.8, 0.9];

/** Distinct colours for facility types (ColorBrewer Dark2 then Set1), assigned in project order. */
const CATEGORICAL = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#377eb8', '#984ea3', '#666666'];

/** One glyph per known facility type for its map icon; others use the first letter of their key. */
const GLYPHS = {
  fitness: '健', elder_care: '老', clinic: '医', kindergarten: '幼', primary_school: '学', community_service: '社',
};

export function categoricalColor(index) {
  return CATEGORICAL[index % CATEGORICAL.length];
}

export function typeGlyph(key) {
  return GLYPHS[key] ?? key.charAt(0).toUpperCase();
}

/**
 * Upper class breaks splitting the positive values into k classes of about equal count
 * (quantiles), deduplicated; values at or below 0 form no class of their own.
 */
export function quantileBreaks(values, k) {
  const sorted = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks = [];
  for (let i = 1; i < k; i++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / k))];
    if (breaks.length === 0 || v > breaks[breaks.length - 1]) breaks.push(v);
  }
  return breaks;
}

/**
 * Upper class breaks splitting the positive values into k classes of about equal total (each
 * class holds about 1/k of the sum), deduplicated: where most cells hold few people, the classes
 * follow where the people live.
 */
export function weightedBreaks(values, k) {
  const sorted = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const breaks = [];
  let sum = 0;
  let next = 1;
  for (const v of sorted) {
    sum += v;
    while (next < k && sum >= (next * total) / k) {
      if (breaks.length === 0 || v > breaks[breaks.length - 1]) breaks.push(v);
      next++;
    }
  }
  return breaks;
}

/** Index of the class of value: 0 below the first break … breaks.length at or above the last. */
export function classify(value, breaks) {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

/** Picks a colour for value from a ramp, spreading breaks.length + 1 classes over the ramp. */
export function rampColor(ramp, breaks, value) {
  const classes = breaks.length + 1;
  const c = classify(value, breaks);
  const index = classes === 1 ? ramp.length - 1 : Math.round((c * (ramp.length - 1)) / (classes - 1));
  return ramp[index];
}
