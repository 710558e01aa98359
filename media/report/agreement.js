// @ts-check
// Draws the inter-coder agreement from the figures the extension computes (src/core/agreement).
// It only renders: every number comes computed. Text goes in through textContent, never as HTML.
(function () {
  const vscode = acquireVsCodeApi();
  /** @type {any} */ let message;

  window.addEventListener('message', event => {
    if (event.data && event.data.type === 'data') {
      message = event.data;
      render();
    }
  });
  vscode.postMessage({ type: 'ready' });

  function t(key, ...args) {
    return (message.labels[key] || key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  }

  // From page-dom.js, loaded before this script.
  const { el } = /** @type {any} */ (window).pageDom;

  function figure(value) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(3);
  }

  function render() {
    const root = document.getElementById('report');
    if (!root) return;
    root.replaceChildren(el('h1', '', t('title')), unitChooser());
    const data = message.data;
    if (!data) {
      root.appendChild(el('p', 'empty', t('error', message.error || '')));
      rendered(0, 0, 0);
      return;
    }
    root.appendChild(el('p', 'summary', t('summary', data.coders.length, data.documents.length, data.codePoints)));
    const coders = el('ol', 'coders');
    for (const coder of data.coders) coders.appendChild(el('li', '', coder));
    const choose = el('button', 'open', t('chooseCoders'));
    choose.addEventListener('click', () => vscode.postMessage({ type: 'chooseCoders' }));
    root.append(el('h2', '', t('coders')), coders, choose, figuresTable(data), disagreementList(data));
    rendered(document.querySelectorAll('.agreement tbody tr').length, data.coders.length, document.querySelectorAll('.disagreements li').length);
  }

  function unitChooser() {
    const label = el('label', 'toggle', t('unit') + ' ');
    const select = /** @type {HTMLSelectElement} */ (el('select'));
    for (const unit of message.units) {
      const option = /** @type {HTMLOptionElement} */ (el('option', '', t(unit)));
      option.value = unit;
      option.selected = unit === message.unit;
      select.appendChild(option);
    }
    select.addEventListener('change', () => vscode.postMessage({ type: 'unit', unit: select.value }));
    label.appendChild(select);
    return label;
  }

  /** One row for all tags, then one per tag: alpha, passages per coder, kappa and percentage per pair. */
  function figuresTable(data) {
    const pairs = data.overall.pairs.map(p => p.coders.map(c => data.coders.indexOf(c) + 1).join('–'));
    const head = el('tr', '', undefined, el('th', '', t('tag')), el('th', '', t('alpha')), el('th', '', t('passages')));
    for (const pair of pairs) head.append(el('th', '', t('kappa', pair)), el('th', '', t('percent', pair)));
    const body = el('tbody');
    const row = (label, figures) => {
      const tr = el('tr', '', undefined, el('th', 'tag', label), el('td', 'number', figure(figures.alpha)), el('td', 'number', Object.values(figures.passages).join(' / ')));
      for (const p of figures.pairs) {
        const kappa = el('td', 'number', figure(p.kappa));
        kappa.title = t('units', p.units);
        tr.append(kappa, el('td', 'number', p.percent === null ? '–' : Number(p.percent).toFixed(1)));
      }
      body.appendChild(tr);
    };
    row(t('allTags'), data.overall);
    for (const tag of data.tags) row(tag.tag || t('untagged'), tag);
    const note = el('p', 'hint', t('units', data.overall.pairs.length ? data.overall.pairs[0].units : 0));
    return el('section', '', undefined, el('div', 'table-scroll', undefined, el('table', 'agreement', undefined, el('thead', '', undefined, head), body)), note);
  }

  /** Each passage where coders differ: document, line, tag and whose annotations; a button opens it side by side. */
  function disagreementList(data) {
    const section = el('section', 'disagreements');
    section.appendChild(el('h2', '', t('disagreements', data.disagreements.length)));
    if (data.disagreements.length === 0) {
      section.appendChild(el('p', 'hint', t('noDisagreements')));
      return section;
    }
    const list = el('ol');
    data.disagreements.forEach((d, index) => {
      const who = Object.entries(d.annotations).map(([coder, ids]) => `${coder.replace(/\s*<[^>]*>$/, '')}: ${ids.length || t('none')}`).join(' · ');
      const open = el('button', 'open', `${d.document}:${d.start}`);
      open.title = t('open');
      open.addEventListener('click', () => vscode.postMessage({ type: 'open', index }));
      list.appendChild(el('li', '', undefined, open, el('span', 'tag', ` ${d.tag || t('untagged')} `), el('span', 'hint', who)));
    });
    section.appendChild(list);
    return section;
  }

  function rendered(tagRows, coders, disagreements) {
    vscode.postMessage({ type: 'rendered', summary: { tagRows, coders, disagreements } });
  }
})();
