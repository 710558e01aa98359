import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/annotations/model';
import { prepareDocuments } from '../../../src/core/export/rows';
import { outlineDocument } from '../../../src/core/outline/index';
import type { OutlineNode } from '../../../src/core/outline/model';
import { buildReport } from '../../../src/core/report/report-data';
import { LineIndex } from '../../../src/core/text/line-index';
import { readCorpus } from '../../support/corpus';

/** An annotation of text[start, end), as the editor would write it. */
function annotationAt(text: string, start: number, end: number, id: string, tags: string[]): Annotation {
  const lines = new LineIndex(text);
  return {
    id, quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32),
    start: lines.positionAt(start), end: lines.positionAt(end), tags, author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-20T09:30:00Z',
  };
}

describe('Report on the reference outlook', () => {
  const text = readCorpus('outlook');
  const chapters = outlineDocument(text, { fileName: 'outlook.txt' }).nodes.filter(n => n.kind === 'chapter');
  const descendants = (n: OutlineNode): OutlineNode[] => n.children.flatMap(c => [c, ...descendants(c)]);
  const withRecommendations = chapters.filter(c => descendants(c).some(n => n.kind === 'recommendation'));

  it('places annotations of recommendations in their chapter and counts them as covered', () => {
    assert.ok(withRecommendations.length >= 2, 'the outline finds chapters with recommendations');
    const [first, second] = withRecommendations;
    const recommendation = descendants(first).find(n => n.kind === 'recommendation')!;
    const quoteStart = recommendation.start + Math.min(4, recommendation.end - recommendation.start - 1);
    const annotations = [
      annotationAt(text, quoteStart, Math.min(quoteStart + 12, recommendation.end), 'A1', ['security/maritime']),
      annotationAt(text, second.start, second.start + 3, 'A2', ['security']),
    ];
    const documents = prepareDocuments([{ path: 'outlook.txt', text, file: { document: 'outlook.txt', annotations } }]);
    const [row1, row2] = documents[0].rows;
    assert.equal(row1.chapter, first.title);
    assert.equal(row2.chapter, second.title);

    const report = buildReport(documents);
    const coverage = report.coverage.find(c => c.chapter === first.title)!;
    assert.equal(coverage.annotated, 1);
    assert.equal(coverage.recommendations, descendants(first).filter(n => n.kind === 'recommendation' || n.kind === 'prose-recommendation').length);
    assert.equal(report.coverage.find(c => c.chapter === second.title)!.annotated, 0, 'a chapter heading is not a recommendation');
    assert.equal(report.columns.length, chapters.length + (documents[0].rows.some(r => !r.chapter) ? 1 : 0));
    const security = report.tags.findIndex(t => t.tag === 'security');
    assert.equal(report.tags[security].total, 2, 'security counts its own annotation and the maritime one');
  });
});
