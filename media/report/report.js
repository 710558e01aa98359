// @ts-check
// Draws the annotation report from the data the extension computes (src/core/report). It only
// renders: every number comes computed. Text goes in through textContent, never as HTML.
(function () {
  // acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';

  /** @type {any} */ let data;
  /** @type {Record<string, string>} */ let labels = {};
  // `selected.row` null: the whole chapter (a column header was clicked), every tag.
  const state = Object.assign({ rollUp: true, collapsed: /** @type {string[]} */ ([]), selected: /** @type {null | {row: number | null, column: number, document?: string, chapter?: string}} */ (null) }, vscode.getState() || {});

  window.addEventListener('message', event => {
    const message = event.data;
    if (message && message.type === 'data') {
      data = message.data;
      labels = message.labels;
      render();
    } else if (message && message.type === 'showChapter' && data) {
      state.selected = { row: null, column: -1, document: message.document, chapter: message.chapter };
      save();
      render();
      const details = document.getElementById('details');
      if (details) details.scrollIntoView();
    }
  });
  vscode.postMessage({ type: 'ready' });

  /** `Hello {0}` with arguments. */
  function t(key, ...args) {
    return (labels[key] || key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  }

  // From page-dom.js, loaded before this script.
  const { el } = /** @type {any} */ (window).pageDom;

  /** An SVG element with its attributes (numbers are written as strings). */
  function svgEl(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    return node;
  }

  function save() {
    vscode.setState({ rollUp: state.rollUp, collapsed: state.collapsed, selected: state.selected });
  }

  function render() {
    const root = document.getElementById('report');
    if (!root) return;
    // A click redraws the page: the reader stays where they were, in the page and in the heat map.
    const scroll = document.querySelector('.table-scroll');
    const kept = { x: window.scrollX, y: window.scrollY, left: scroll ? scroll.scrollLeft : 0, top: scroll ? scroll.scrollTop : 0 };
    root.replaceChildren();
    // A chapter stays selected by its name: new data may number the columns differently.
    if (state.selected && state.selected.row === null) {
      const { document: name, chapter } = state.selected;
      const column = data.columns.findIndex(c => c.document === name && c.chapter === chapter);
      state.selected = column < 0 ? null : { row: null, column, document: name, chapter };
    }
    const documents = new Set(data.annotations.map(a => a.document));
    root.appendChild(el('h1', '', t('title')));
    root.appendChild(el('p', 'summary', t('summary', data.annotations.length, documents.size)));
    if (data.annotations.length === 0) {
      root.appendChild(el('p', 'empty', t('empty')));
    } else {
      root.appendChild(matrixSection());
      root.appendChild(timeSection());
    }
    root.appendChild(coverageSection());
    const redrawn = document.querySelector('.table-scroll');
    if (redrawn) {
      redrawn.scrollLeft = kept.left;
      redrawn.scrollTop = kept.top;
    }
    window.scrollTo(kept.x, kept.y);
    reportRendered();
  }

  // ---- tag-by-chapter heat map -------------------------------------------------------------

  function matrixSection() {
    const section = el('section', 'matrix');
    section.appendChild(el('h2', '', t('matrixTitle')));
    const toggle = el('label', 'toggle');
    const box = /** @type {HTMLInputElement} */ (el('input'));
    box.type = 'checkbox';
    box.id = 'roll-up';
    box.checked = state.rollUp;
    box.addEventListener('change', () => { state.rollUp = box.checked; save(); render(); });
    toggle.append(box, document.createTextNode(' ' + t('rollUp')));
    section.appendChild(toggle);

    const cells = state.rollUp ? data.cells : data.ownCells;
    const visible = data.tags.map((row, i) => ({ row, i })).filter(({ row }) => !hiddenByAncestor(row.tag));
    const max = Math.max(1, ...visible.flatMap(({ i }) => cells[i].map(c => c.length)));

    const table = el('table', 'heatmap');
    table.setAttribute('role', 'grid');
    const head = el('thead');
    const documentsRow = el('tr', '', undefined, el('th', 'corner'));
    let previous = null;
    for (const column of data.columns) {
      if (column.document === previous) {
        const last = /** @type {HTMLTableCellElement} */ (documentsRow.lastElementChild);
        last.colSpan += 1;
      } else {
        documentsRow.appendChild(el('th', 'document', column.document));
      }
      previous = column.document;
    }
    documentsRow.appendChild(el('th', 'corner'));
    // Chapters are headed by their number in the document, the title on hover: thirty columns fit.
    const chaptersRow = el('tr', '', undefined, el('th', 'tag-head', t('tag')));
    const numbers = chapterNumbers();
    data.columns.forEach((column, i) => {
      // A chapter's number lists all its annotations, every tag, with their notes.
      const button = el('button', 'chapter-number', numbers[i]);
      button.title = `${column.document} — ${column.chapter === undefined ? t('outsideChapters') : column.chapter}\n${t('chapterHint')}`;
      button.addEventListener('click', () => { state.selected = { row: null, column: i, document: column.document, chapter: column.chapter }; save(); render(); });
      const th = el('th', 'chapter', undefined, button);
      if (state.selected && state.selected.row === null && state.selected.column === i) th.classList.add('selected');
      chaptersRow.appendChild(th);
    });
    chaptersRow.appendChild(el('th', 'total', t('total')));
    head.append(documentsRow, chaptersRow);
    table.appendChild(head);

    const body = el('tbody');
    for (const { row, i } of visible) {
      const tr = el('tr');
      const name = el('th', 'tag');
      name.style.setProperty('--depth', String(row.depth));
      if (row.hasChildren) {
        const collapsed = state.collapsed.includes(row.tag);
        const twisty = el('button', 'twisty', collapsed ? '▸' : '▾');
        twisty.setAttribute('aria-expanded', String(!collapsed));
        twisty.title = collapsed ? t('expand') : t('collapse');
        twisty.addEventListener('click', () => {
          state.collapsed = collapsed ? state.collapsed.filter(x => x !== row.tag) : [...state.collapsed, row.tag];
          save();
          render();
        });
        name.appendChild(twisty);
      } else {
        name.appendChild(el('span', 'twisty-space'));
      }
      name.appendChild(el('span', row.tag ? 'tag-name' : 'tag-name untagged', row.tag ? lastSegment(row.tag) : t('untagged')));
      if (row.tag) name.title = row.tag;
      tr.appendChild(name);
      cells[i].forEach((cell, column) => {
        const td = el('td', 'cell');
        if (cell.length) {
          const button = el('button', 'count', cell.length);
          const heat = Math.round(15 + 85 * (cell.length / max));
          td.style.setProperty('--heat', `${heat}%`);
          td.classList.add('filled');
          if (heat > 60) td.classList.add('hot');
          button.title = t('cellTitle', cell.length, row.tag || t('untagged'), data.columns[column].chapter ?? t('outsideChapters'));
          button.dataset.row = String(i);
          button.dataset.column = String(column);
          if (state.selected && state.selected.row === i && state.selected.column === column) td.classList.add('selected');
          button.addEventListener('click', () => { state.selected = { row: i, column }; save(); render(); });
          td.appendChild(button);
        }
        tr.appendChild(td);
      });
      tr.appendChild(el('td', 'total', state.rollUp ? row.total : row.own));
      body.appendChild(tr);
    }
    table.appendChild(body);
    section.appendChild(el('div', 'table-scroll', undefined, table));
    section.appendChild(detailsList(cells));
    return section;
  }

  /** Each column's chapter number within its document (`–` for what lies outside the chapters). */
  function chapterNumbers() {
    const counts = new Map();
    return data.columns.map(column => {
      if (column.chapter === undefined) return '–';
      const n = (counts.get(column.document) || 0) + 1;
      counts.set(column.document, n);
      return String(n);
    });
  }

  /** A note's Markdown, drawn from the blocks the extension parsed: elements and text only. */
  function noteElement(blocks) {
    const box = el('div', 'note');
    const spans = (parent, list) => {
      for (const span of list) parent.appendChild(span.style ? el(span.style === 'code' ? 'code' : span.style, '', span.text) : document.createTextNode(span.text));
      return parent;
    };
    for (const block of blocks) {
      if (block.kind === 'code') box.appendChild(el('pre', '', undefined, el('code', '', block.text)));
      else if (block.kind === 'list') box.appendChild(el(block.ordered ? 'ol' : 'ul', '', undefined, ...block.items.map(item => spans(el('li'), item))));
      else box.appendChild(spans(el(block.kind === 'heading' ? 'h4' : block.kind === 'quote' ? 'blockquote' : 'p'), block.spans));
    }
    return box;
  }

  function hiddenByAncestor(tag) {
    return state.collapsed.some(parent => tag.startsWith(parent + '/'));
  }

  function lastSegment(tag) {
    return tag.slice(tag.lastIndexOf('/') + 1);
  }

  function detailsList(cells) {
    const box = el('div', 'details');
    box.id = 'details';
    const selected = state.selected;
    const wholeChapter = selected && selected.row === null && data.columns[selected.column];
    const cell = wholeChapter
      ? data.annotations.map((a, index) => (a.column === selected.column ? index : -1)).filter(index => index >= 0)
      : selected && selected.row !== null && cells[selected.row] && cells[selected.row][selected.column];
    if (!cell || cell.length === 0) {
      box.appendChild(el('p', 'hint', t(wholeChapter ? 'chapterEmpty' : 'detailsHint')));
      return box;
    }
    const column = data.columns[selected.column];
    const where = column.chapter ?? t('outsideChapters');
    box.appendChild(el('h3', '', wholeChapter
      ? t('chapterTitle', `${column.document} — ${where}`, cell.length)
      : t('detailsTitle', data.tags[selected.row].tag || t('untagged'), where, cell.length)));
    const list = el('ul', 'annotations');
    for (const index of cell) {
      const a = data.annotations[index];
      const open = el('button', 'open');
      open.appendChild(el('span', 'quote', a.quote));
      open.appendChild(el('span', 'where', `${a.document}:${a.line}${a.start === undefined ? ' · ' + t('orphaned') : ''}`));
      open.title = t('open');
      open.addEventListener('click', () => vscode.postMessage({ type: 'open', document: a.document, id: a.id }));
      const item = el('li', '', undefined, open);
      const meta = el('div', 'meta', `${a.author} · ${a.created.slice(0, 10)}`);
      for (const tag of a.tags) meta.appendChild(el('span', 'chip', tag));
      item.appendChild(meta);
      if (a.noteBlocks) item.appendChild(noteElement(a.noteBlocks));
      list.appendChild(item);
    }
    box.appendChild(list);
    return box;
  }

  // ---- counts over time ----------------------------------------------------------------------

  function timeSection() {
    const section = el('section', 'time');
    section.appendChild(el('h2', '', t('overTime')));
    const span = data.periods.length ? `${data.periods[0]} – ${data.periods[data.periods.length - 1]}` : '';
    section.appendChild(el('p', 'hint', t('periods', span)));
    const max = Math.max(1, ...data.byAuthor.flatMap(s => s.counts), ...data.byTag.flatMap(s => s.counts));
    section.appendChild(el('h3', '', t('byAuthor')));
    section.appendChild(seriesList(data.byAuthor, max, key => ({ label: key.replace(/\s*<[^>]*>$/, ''), title: key, depth: 0 })));
    section.appendChild(el('h3', '', t('byTag')));
    const tags = data.byTag.filter(s => !hiddenByAncestor(s.key));
    section.appendChild(seriesList(tags, max, key => ({ label: lastSegment(key), title: key, depth: key.split('/').length - 1 })));
    return section;
  }

  function seriesList(series, max, describe) {
    const list = el('div', 'series-list');
    for (const s of series) {
      const { label, title, depth } = describe(s.key);
      const name = el('div', 'series-name', label);
      name.title = title;
      name.style.setProperty('--depth', String(depth));
      const total = s.counts.reduce((a, b) => a + b, 0);
      list.append(name, sparkBars(s.counts, max, title), el('div', 'series-total', total));
    }
    return list;
  }

  /** One bar per period, heights on a scale shared by every chart of the section. */
  function sparkBars(counts, max, title) {
    const barWidth = Math.max(3, Math.min(16, Math.floor(320 / Math.max(1, counts.length))));
    const width = counts.length * barWidth;
    const height = 28;
    const svg = svgEl('svg', { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
    svg.appendChild(svgEl('rect', { class: 'track', width, height }));
    svg.appendChild(svgEl('line', { class: 'baseline', x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5 }));
    counts.forEach((count, i) => {
      if (!count) return;
      const h = Math.max(2, Math.round((count / max) * (height - 2)));
      const bar = svgEl('rect', { class: 'bar', x: i * barWidth + 0.5, y: height - h, width: Math.max(1, barWidth - 1), height: h });
      const tip = svgEl('title', {});
      tip.textContent = `${data.periods[i]}: ${count}`;
      bar.appendChild(tip);
      svg.appendChild(bar);
    });
    return svg;
  }

  // ---- recommendation coverage --------------------------------------------------------------

  function coverageSection() {
    const section = el('section', 'coverage');
    section.appendChild(el('h2', '', t('coverageTitle')));
    if (data.coverage.length === 0) {
      section.appendChild(el('p', 'hint', t('noChapters')));
      return section;
    }
    const table = el('table', 'coverage-table');
    const head = el('tr', '', undefined, el('th', '', t('document')), el('th', '', t('chapter')), el('th', '', t('annotatedRecommendations')), el('th', '', t('annotatedInText')));
    table.appendChild(el('thead', '', undefined, head));
    const body = el('tbody');
    for (const c of data.coverage) {
      const listed = c.recommendations ? t('annotatedOf', c.annotated, c.recommendations) : t('noRecommendations');
      const inText = c.inText ? t('annotatedOf', c.annotatedInText, c.inText) : '–';
      body.appendChild(el('tr', '', undefined, el('td', 'document', c.document), el('td', '', c.chapter),
        el('td', 'ratio listed', undefined, meter(c.annotated, c.recommendations), el('span', '', listed)),
        el('td', 'ratio in-text', undefined, meter(c.annotatedInText, c.inText), el('span', '', inText))));
    }
    table.appendChild(body);
    section.appendChild(table);
    return section;
  }

  /** A bar filled to the annotated share (empty when there is nothing to annotate). */
  function meter(annotated, total) {
    const bar = el('div', 'meter');
    const fill = el('div', 'meter-fill');
    fill.style.setProperty('--ratio', `${total ? Math.round((annotated / total) * 100) : 0}%`);
    bar.appendChild(fill);
    return bar;
  }

  /** Tells the extension what was drawn, so that tests can compare it with the data. */
  function reportRendered() {
    const counts = [...document.querySelectorAll('.heatmap td.cell button.count')].map(b => Number(b.textContent));
    vscode.postMessage({
      type: 'rendered',
      summary: {
        rows: document.querySelectorAll('.heatmap tbody tr').length,
        columns: data.columns.length,
        cellTotal: counts.reduce((a, b) => a + b, 0),
        coverageRows: document.querySelectorAll('.coverage-table tbody tr').length,
        coverageListed: [...document.querySelectorAll('.coverage-table td.listed span')].map(span => span.textContent || ''),
        charts: document.querySelectorAll('svg.spark').length,
        chapter: state.selected && state.selected.row === null ? { document: state.selected.document, chapter: state.selected.chapter } : null,
        details: [...document.querySelectorAll('#details ul.annotations > li')].map(li => ({
          quote: (li.querySelector('.quote') || {}).textContent || '',
          note: (li.querySelector('.note') || {}).textContent || '',
        })),
      },
    });
  }
})();
