import * as assert from 'node:assert/strict';
import { outlineDocument } from '../../../src/core/outline';
import { recommendationsIn } from '../../../src/core/outline/recommendation-counts';
import { buildReport } from '../../../src/core/report/report-data';
import { annotationOf, preparedDocument } from '../export/helpers';

const TEXT = [
  '第1章 港湾',
  '港湾の耐震化を急ぐ必要がある。',
  '◆ 提言',
  '- 港湾の点検を毎年行う。',
  '- 岸壁の補強に予算を付ける。',
  '',
].join('\n');

describe('recommendationsIn', () => {
  const outline = outlineDocument(TEXT);
  const chapter = outline.nodes.find(n => n.kind === 'chapter')!;

  it('counts listed recommendations and recommendations in the text apart', () => {
    const { listed, inText } = recommendationsIn(chapter);
    assert.deepEqual(listed.map(n => n.kind), ['recommendation', 'recommendation']);
    assert.deepEqual(inText.map(n => n.title), ['港湾の耐震化を急ぐ必要がある。']);
  });

  it('gives the report the same numbers, annotated ones apart too', () => {
    const annotations = [annotationOf(TEXT, '耐震化', { id: 'a' }), annotationOf(TEXT, '岸壁の補強', { id: 'b' })];
    const document = { ...preparedDocument('port.txt', TEXT, annotations, () => chapter.title), outline };
    const [coverage] = buildReport([document]).coverage;
    const { listed, inText } = recommendationsIn(chapter);
    assert.deepEqual(coverage, { document: 'port.txt', chapter: chapter.title, recommendations: listed.length, annotated: 1, inText: inText.length, annotatedInText: 1 });
  });
});
