import * as assert from 'node:assert/strict';
import type { OutlineNode } from '../../../src/core/outline/model';
import { buildReport } from '../../../src/core/report/report-data';
import { timeBuckets } from '../../../src/core/report/time-buckets';
import { annotationOf, preparedDocument } from '../export/helpers';

const TEXT = [
  '序文',              // 1
  '第1章 海',          // 2
  '- 港を点検する。',   // 3
  '- 船を増やす。',     // 4
  '第2章 技術',        // 5
  '- 半導体を備蓄する。', // 6
  '',
].join('\n');

function node(kind: OutlineNode['kind'], title: string, from: string, to: string | undefined, children: OutlineNode[] = []): OutlineNode {
  const start = TEXT.indexOf(from);
  const end = to === undefined ? TEXT.length : TEXT.indexOf(to);
  return { kind, title, start, end, line: 0, endLine: 0, children };
}

const OUTLINE: OutlineNode[] = [
  node('front-matter', '序文', '序文', '第1章'),
  node('chapter', '第1章 海', '第1章', '第2章', [node('recommendation', '港', '- 港', '- 船'), node('recommendation', '船', '- 船', '第2章')]),
  node('chapter', '第2章 技術', '第2章', undefined, [node('recommendation', '半導体', '- 半導体', undefined)]),
];

function reportOf() {
  const annotations = [
    annotationOf(TEXT, '序文', { id: '1', created: '2026-11-01T10:00:00Z' }),
    annotationOf(TEXT, '港を点検', { id: '2', tags: ['security/maritime'], author: 'Taro <t@example.org>', created: '2026-11-03T10:00:00Z' }),
    annotationOf(TEXT, '船を増やす', { id: '3', tags: ['security', 'security/maritime/ships'], created: '2026-11-03T23:59:59Z' }),
    annotationOf(TEXT, '半導体', { id: '4', tags: ['economy'], created: '2026-11-02T00:00:00Z' }),
  ];
  const chapterOf = (line: number) => (line >= 5 ? '第2章 技術' : line >= 2 ? '第1章 海' : undefined);
  const doc = preparedDocument('outlook.txt', TEXT, annotations, a => chapterOf(a.start.line));
  return buildReport([{ ...doc, outline: { format: 'outlook', nodes: OUTLINE } }, preparedDocument('empty.txt', 'x', [])]);
}

describe('Report data', () => {
  const report = reportOf();
  const row = (tag: string) => report.tags.findIndex(t => t.tag === tag);
  const ids = (cell: number[]) => cell.map(i => report.annotations[i].id);

  it('has a column per chapter of each annotated document, and one for outside the chapters', () => {
    assert.deepEqual(report.columns, [
      { document: 'outlook.txt' },
      { document: 'outlook.txt', chapter: '第1章 海' },
      { document: 'outlook.txt', chapter: '第2章 技術' },
    ]);
  });

  it('rolls tag counts up to parents in the matrix, and keeps own counts apart', () => {
    assert.deepEqual(report.tags.map(t => [t.tag, t.depth, t.hasChildren, t.total, t.own]), [
      ['economy', 0, false, 1, 1],
      ['security', 0, true, 2, 1],
      ['security/maritime', 1, true, 2, 1],
      ['security/maritime/ships', 2, false, 1, 1],
      ['', 0, false, 1, 1],
    ]);
    assert.deepEqual(ids(report.cells[row('security')][1]), ['2', '3']);
    assert.deepEqual(ids(report.ownCells[row('security')][1]), ['3']);
    assert.deepEqual(ids(report.cells[row('economy')][2]), ['4']);
    assert.deepEqual(ids(report.cells[row('')][0]), ['1'], 'untagged annotations have their own row');
  });

  it('counts per author and per tag by day, without gaps', () => {
    assert.deepEqual(report.periods, ['2026-11-01', '2026-11-02', '2026-11-03']);
    assert.deepEqual(report.byAuthor, [
      { key: 'Hanako Yamada <hanako@example.org>', counts: [1, 1, 1] },
      { key: 'Taro <t@example.org>', counts: [0, 0, 1] },
    ]);
    assert.deepEqual(report.byTag.find(s => s.key === 'security'), { key: 'security', counts: [0, 0, 2] });
  });

  it('tells per chapter how many recommendations carry an annotation', () => {
    assert.deepEqual(report.coverage, [
      { document: 'outlook.txt', chapter: '第1章 海', recommendations: 2, annotated: 2, inText: 0, annotatedInText: 0 },
      { document: 'outlook.txt', chapter: '第2章 技術', recommendations: 1, annotated: 1, inText: 0, annotatedInText: 0 },
    ]);
  });

  it('switches to months when the annotations span more than two months', () => {
    const buckets = timeBuckets(['2026-01-31T00:00:00Z', '2026-04-01T00:00:00Z', 'not a date']);
    assert.deepEqual(buckets.periods, ['2026-01', '2026-02', '2026-03', '2026-04']);
    assert.equal(buckets.periodOf('2026-03-15T12:00:00Z'), 2);
    assert.equal(buckets.periodOf('garbage'), undefined);
  });
});
