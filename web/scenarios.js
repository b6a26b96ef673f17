// The scenario panel: the list of scenarios and a side-by-side comparison (docs/api.md "Scenarios").
import { getJson } from './api.js';
import { t, typeLabel, formatPercent } from './i18n.js';
import { h, notice, table } from './dom.js';

export class ScenarioPanel {
  constructor(project) {
    this.project = project;
    this.scenarios = null;
  }

  async load() {
    if (this.project.engines.scenarios) this.scenarios = await getJson('/api/scenarios');
    this.render();
  }

  render() {
    const list = document.getElementById('scenario-list');
    const compare = document.getElementById('scenario-compare');
    list.replaceChildren();
    compare.replaceChildren();
    if (!this.project.engines.scenarios) {
      list.appendChild(notice(null, t('scenarios.unavailable')));
      return;
    }
    if (!this.scenarios || this.scenarios.length === 0) {
      list.appendChild(h('p', { class: 'empty' }, t('scenarios.empty')));
      return;
    }
    const types = this.project.types;
    compare.appendChild(table(['', ...this.scenarios.map((s) => s.name)], types.map((ty) => [
      typeLabel(ty.key, ty.label),
      ...this.scenarios.map((s) => (s.coverage?.[ty.key] != null ? formatPercent(s.coverage[ty.key]) : '—')),
    ]), 'data-table compare'));
  }
}
