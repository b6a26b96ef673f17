// The data panel: the project's layers with downloads, and uploads with the server's validation
// messages shown next to each file.
import { postForm } from './api.js';
import { t, formatNumber } from './i18n.js';
import { h, table } from './dom.js';

/** The page elements this panel uses (web/index.html). */
const IDS = { form: 'upload-form', layers: 'data-layers', results: 'upload-results' };

export class DataPanel {
  constructor(project) {
    this.project = project;
    this.uploads = [];
    document.getElementById(IDS.form).addEventListener('submit', (e) => { e.preventDefault(); this.upload(e.target); });
  }

  render() {
    const box = document.getElementById(IDS.layers);
    box.replaceChildren();
    const layers = this.project.layers;
    if (layers.length === 0) box.appendChild(h('p', { class: 'empty' }, t('data.noLayers')));
    else {
      box.appendChild(table([t('data.layer'), t('data.features'), ''], layers.map((l) => [
        h('span', {}, h('strong', {}, l.name), ' ', h('span', { class: 'muted' }, t('role.' + l.role))),
        formatNumber(l.featureCount),
        h('a', { href: `/api/exports/layers/${encodeURIComponent(l.name)}.geojson`, download: `${l.name}.geojson` }, 'GeoJSON'),
      ]), 'data-table layers'));
    }
    this.renderUploads();
  }

  async upload(form) {
    const files = [...form.file.files];
    if (files.length === 0) {
      this.uploads.unshift({ name: '—', state: 'error', message: t('data.pickFile') });
      this.renderUploads();
      return;
    }
    for (const file of files) {
      const entry = { name: file.name, state: 'pending', message: t('data.uploading') };
      this.uploads.unshift(entry);
      this.renderUploads();
      const body = new FormData();
      body.append('file', file);
      if (form.crs.value.trim()) body.append('crs', form.crs.value.trim());
      try {
        const report = await postForm('/api/uploads', body);
        entry.state = 'ok';
        entry.message = `${t('data.uploadOk')} · ${formatNumber(report.featureCount ?? 0)} ${t('data.features')}`;
        entry.problems = report.problems ?? [];
      } catch (e) {
        entry.state = 'error';
        entry.message = e.message;
      }
      this.renderUploads();
    }
  }

  renderUploads() {
    const list = document.getElementById(IDS.results);
    list.replaceChildren(...this.uploads.map((u) => h('li', { class: `upload upload-${u.state}` },
      h('span', { class: 'upload-name' }, u.name),
      h('span', { class: 'upload-message' }, u.message),
      u.problems?.length ? h('ul', {}, u.problems.map((p) => h('li', {}, p))) : null)));
  }
}
