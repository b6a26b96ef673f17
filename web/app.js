// Starts the page: language, tabs, the map with its base layers, the project's layers, legend and
// layer control, and the side panels. All data comes from the REST API (docs/api.md).
import { getJson, currentUser, logout } from './api.js';
import { t, applyI18n, language, setLanguage, onLanguageChange } from './i18n.js';
import { baseLayers } from './basemap.js';
import { Legend } from './legend.js';
import { ProjectLayers } from './layers.js';
import { CoveragePanel } from './coverage.js';
import { CheckPanel } from './check.js';
import { SitingPanel } from './siting.js';
import { ScenarioPanel } from './scenarios.js';
import { DataPanel } from './data.js';
import { renderCurve } from './curve.js';
import { AnalysisView } from './analysis.js';

const DEFAULT_VIEW = { center: [30.0, 117.9], zoom: 12 };

function selectTab(name) {
  document.querySelectorAll('.tabs [data-tab]').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('.panel').forEach((p) => p.classList.toggle('active', p.dataset.panel === name));
}

function layerControl(map, bases, overlays) {
  const baseMap = {};
  for (const b of bases) baseMap[b.label()] = b.layer;
  const overlayMap = {};
  for (const o of overlays) overlayMap[o.label()] = o.layer;
  return L.control.layers(baseMap, overlayMap, { position: 'topright', collapsed: false }).addTo(map);
}

function coordinateReadout(map) {
  const Readout = L.Control.extend({
    options: { position: 'bottomleft' },
    onAdd() {
      const div = L.DomUtil.create('div', 'coords');
      map.on('mousemove', (e) => { div.textContent = `${e.latlng.lng.toFixed(5)}, ${e.latlng.lat.toFixed(5)}`; });
      return div;
    },
  });
  return new Readout().addTo(map);
}

/**
 * The extent to open on: where people and facilities are (population, facilities, network);
 * admin units and context layers may reach far beyond the study area. Falls back to the project's bbox.
 */
function studyArea(project) {
  const core = project.layers.filter((l) => ['population', 'facilities', 'network'].includes(l.role) && l.bbox);
  if (core.length === 0) return project.bbox;
  return core.map((l) => l.bbox).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** While the server is still loading the project (a background job), shows its progress and polls. */
async function awaitLoaded(first) {
  let project = first;
  while (!project.loaded && (project.status ?? '').startsWith('loading')) {
    document.getElementById('project-status').textContent = project.status;
    document.body.dataset.loading = 'true';
    await new Promise((resolve) => { setTimeout(resolve, 1000); });
    project = await getJson('/api/project');
  }
  delete document.body.dataset.loading;
  return project;
}

function showProject(project) {
  document.getElementById('project-name').textContent = project.name ?? t('project.none');
  document.getElementById('project-status').textContent = project.loaded ? '' : project.status ?? '';
  document.title = `${project.name ? project.name + ' · ' : ''}${t('app.title')}`;
}

/**
 * Shows who is signed in (name, role, sign-out) and marks the page with the role: viewers and
 * anonymous kiosk visitors get no edit, siting or upload controls (the server refuses them anyway).
 */
function showAccount(account) {
  document.body.dataset.role = account ? account.role : 'VIEWER';
  document.getElementById('account').hidden = false;
  document.getElementById('account-name').textContent = account ? account.user : t('account.anonymous');
  document.getElementById('account-role').textContent = account ? t(`account.role.${account.role}`) : '';
  document.getElementById('account-role').hidden = !account;
  document.getElementById('logout').hidden = !account;
  document.getElementById('login-link').hidden = Boolean(account);
}

async function main() {
  applyI18n();
  document.getElementById('lang-toggle').addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
  document.getElementById('logout').addEventListener('click', () => logout());
  const account = await currentUser();
  showAccount(account);
  onLanguageChange(() => showAccount(account));
  document.querySelectorAll('.tabs [data-tab]').forEach((b) => b.addEventListener('click', () => selectTab(b.dataset.tab)));

  const map = L.map('map', { zoomControl: true, preferCanvas: true, attributionControl: true }).setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
  map.attributionControl.setPrefix('LifeCircle · Leaflet');
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  coordinateReadout(map);
  const legend = new Legend().addTo(map);
  window.lifecircle = { map, renderCurve, ready: false };

  let project;
  try {
    project = await getJson('/api/project');
  } catch (e) {
    document.getElementById('project-status').textContent = t('project.loadFailed', e.message);
    return;
  }
  showProject(project);
  project = await awaitLoaded(project);
  showProject(project);
  const { bases, overlays: tileOverlays } = baseLayers(project.basemaps);
  bases[0].layer.addTo(map);
  const area = studyArea(project);
  if (area) map.fitBounds([[area[1], area[0]], [area[3], area[2]]], { padding: [16, 16] });

  // The analysis view needs the layers and the coverage panel, which call back into it: the
  // callbacks below run only after all three exist.
  let analysis = null;
  let control = null;
  const layers = new ProjectLayers(map, project, legend, {
    onFacilityClick: (f) => analysis.isochrones(f),
    onFacilitiesLoaded: () => rebuildControl(),
  });
  const coverage = new CoveragePanel(project, {
    onTypeClick: (type) => analysis.setType(type),
    onRender: () => { analysis?.renderThemeBox(); analysis?.renderStandards(); },
  });
  analysis = new AnalysisView(map, project, layers, coverage);
  const check = new CheckPanel(map, project);
  const siting = new SitingPanel(map, project);
  const scenarios = new ScenarioPanel(project);
  siting.scenarios = scenarios;
  const data = new DataPanel(project);

  function rebuildControl() {
    if (control) control.remove();
    control = layerControl(map, bases, [...tileOverlays, ...layers.overlays()]);
  }
  layers.addDefaults();
  rebuildControl();

  map.on('click', (e) => { selectTab('check'); check.check(e.latlng); });

  const renderAll = () => {
    showProject(project);
    coverage.render();
    analysis.renderStandards();
    check.render();
    siting.render();
    scenarios.render();
    data.render();
    legend.render();
    rebuildControl();
  };
  onLanguageChange(renderAll);
  data.render();
  siting.render();
  await Promise.all([coverage.load(), scenarios.load(), ...layers.entries.map((e) => e.pending).filter(Boolean)]);
  await analysis.loadStandards();
  window.lifecircle = { map, layers, coverage, check, siting, scenarios, analysis, renderCurve, project, ready: true };
  document.body.dataset.ready = 'true';
}

main();
