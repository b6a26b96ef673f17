// Small DOM helpers shared by the panels.

/** h('div', { class: 'x', onclick: fn }, child, 'text', …) */
export function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'style') e.style.cssText = v; // CSSOM: the CSP refuses style attributes
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** A notice box: an empty state that says what is missing, never a placeholder number. */
export function notice(title, text, kind = 'info') {
  return h('div', { class: `notice-box notice-${kind}` }, title ? h('strong', {}, title) : null, text ? h('p', {}, text) : null);
}

export function table(headers, rows, className = 'data-table') {
  return h('table', { class: className },
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => (c instanceof Node && c.tagName === 'TD' ? c : h('td', {}, c)))))));
}

/** A share 0-1 as a small bar with the percentage. */
export function shareBar(share, label, color) {
  return h('span', { class: 'share' },
    h('span', { class: 'share-track' }, h('span', { class: 'share-fill', style: `width:${Math.max(0, Math.min(1, share)) * 100}%;background:${color}` })),
    h('span', { class: 'share-label' }, label));
}
