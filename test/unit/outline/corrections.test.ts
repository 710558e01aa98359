import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { flattenOutline, outlineDocument, READER_LABEL, type OutlineNode, type StructureCorrection } from '../../../src/core/outline';
import type { StructureMark } from '../../../src/core/annotations/model';
import { assertOutlineInvariants, lineAt } from '../../support/outline-invariants';

// An outlook-like text in our own words: two chapters, sections, a recommendations block, and a
// heading-like line the rules do not know ("港湾の整備").
const TEXT = [
  '第1章 海の安全', '本文。', '◆ 概観', '本文。', '◆ 提言', '- 港を守るべきである。', '- 船を増やす。', '',
  '港湾の整備', '- 人を育てる。', '', '本文が続く。', '', '第2章 空の安全', '本文。', '',
].join('\n');

const at = (quote: string, mark: StructureMark): StructureCorrection => ({ mark, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
const shape = (nodes: OutlineNode[]): unknown[] => nodes.map(n => [n.kind, n.title, n.line, n.endLine, ...(n.children.length ? [shape(n.children)] : [])]);
const corrected = (...corrections: StructureCorrection[]) => outlineDocument(TEXT, { corrections }).nodes;

describe('the reader\'s corrections of the outline', () => {
  it('leave the outline as recognised when there are none', () => {
    assert.deepEqual(corrected(), outlineDocument(TEXT).nodes);
  });

  it('a chapter mark makes the line a chapter that takes in what follows up to the next chapter', () => {
    const nodes = corrected(at('港湾の整備', 'chapter'));
    assert.deepEqual(shape(nodes), [
      ['chapter', '第1章 海の安全', 1, 7, [['section', '概観', 3, 4], ['section', '提言', 5, 7, [['recommendation', '港を守るべきである。', 6, 6], ['recommendation', '船を増やす。', 7, 7]]]]],
      ['chapter', '港湾の整備', 9, 12, [['recommendation', '人を育てる。', 10, 10]]],
      ['chapter', '第2章 空の安全', 14, 15],
    ]);
    assert.equal(nodes[1].label, READER_LABEL);
  });

  it('a section mark makes the line a section of the chapter it stands in, cutting the section before it', () => {
    const [first] = corrected(at('港湾の整備', 'section'));
    assert.deepEqual(shape(first.children).map(s => (s as unknown[]).slice(0, 4)), [['section', '概観', 3, 4], ['section', '提言', 5, 7], ['section', '港湾の整備', 9, 12]]);
    assert.deepEqual(first.children[2].children.map(n => n.title), ['人を育てる。']);
  });

  it('a chapter mark on a recognised section turns it into a chapter holding the sections after it', () => {
    const nodes = corrected(at('◆ 概観', 'chapter'));
    assert.deepEqual(nodes.map(n => [n.kind, n.title, n.line, n.endLine]), [['chapter', '第1章 海の安全', 1, 2], ['chapter', '◆ 概観', 3, 12], ['chapter', '第2章 空の安全', 14, 15]]);
    assert.deepEqual(nodes[1].children.map(n => n.title), ['提言']);
  });

  it('a recommendation mark makes the passage a recommendation labelled as the reader\'s, where it stands', () => {
    const nodes = corrected(at('本文が続く。', 'recommendation'));
    const made = flattenOutline({ format: 'outlook', nodes }).find(n => n.title === '本文が続く。')!;
    assert.equal(made.kind, 'recommendation');
    assert.equal(made.label, READER_LABEL);
    assert.equal(TEXT.slice(made.start, made.end), '本文が続く。');
    assert.deepEqual([made.line, made.endLine], [12, 12]);
    const block = nodes[0].children[1];
    assert.deepEqual(block.children.map(n => n.title), ['港を守るべきである。', '船を増やす。', '人を育てる。', '本文が続く。']);
  });

  it('a recommendation mark over several lines joins them into one title, replacing what was recognised inside', () => {
    const nodes = corrected({ mark: 'recommendation', start: TEXT.indexOf('- 港を'), end: TEXT.indexOf('増やす。') + 4 });
    assert.deepEqual(nodes[0].children[1].children.map(n => [n.title, n.line, n.endLine, n.label === READER_LABEL]), [
      ['- 港を守るべきである。- 船を増やす。', 6, 7, true], ['人を育てる。', 10, 10, false],
    ]);
  });

  it('Not Structure removes the node and lifts its children to its parent', () => {
    assert.deepEqual(corrected(at('◆ 提言', 'none'))[0].children.map(n => [n.kind, n.title]), [
      ['section', '概観'], ['recommendation', '港を守るべきである。'], ['recommendation', '船を増やす。'], ['recommendation', '人を育てる。'],
    ]);
    const withoutChapter = corrected(at('第1章 海の安全', 'none'));
    assert.deepEqual(withoutChapter.map(n => [n.kind, n.title]), [['section', '概観'], ['section', '提言'], ['chapter', '第2章 空の安全']]);
  });

  it('a later correction of the same line wins, and a mark of white space only is ignored', () => {
    assert.deepEqual(corrected(at('港湾の整備', 'chapter'), at('港湾の整備', 'none')).map(n => n.title), ['第1章 海の安全', '第2章 空の安全']);
    assert.deepEqual(corrected({ mark: 'chapter', start: TEXT.indexOf('\n\n'), end: TEXT.indexOf('\n\n') + 2 }), outlineDocument(TEXT).nodes);
  });
});

// Random documents of our own lines and random corrections over them.
const LINES = ['第1章 海', '第２章 空', '◆ 概観', '◆ 提言', '## 節', '- 予算を確保する。', '・人材を育てる。', '1. 一つ目', '本文が続く。', '政府は対応すべきである。', '参考文献', '目次', 'はじめに\t1', '', ''];
const MARKS: StructureMark[] = ['chapter', 'section', 'recommendation', 'none'];

const cases = fc.record({
  lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  marks: fc.array(fc.record({ mark: fc.constantFrom(...MARKS), from: fc.nat(), length: fc.nat({ max: 30 }) }), { maxLength: 6 }),
}).map(({ lines, crlf, bom, marks }) => {
  const text = (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n');
  const corrections = marks.map(m => ({ mark: m.mark, start: m.from % (text.length + 1), end: Math.min(text.length, (m.from % (text.length + 1)) + m.length) }));
  return { text, corrections };
});

describe('corrections on random documents', () => {
  it('keep every node inside the text and inside its parent, siblings in order, lines matching offsets, titles on one line', () => {
    fc.assert(fc.property(cases, ({ text, corrections }) => {
      assertOutlineInvariants(text, outlineDocument(text, { corrections }).nodes);
    }), { numRuns: 400 });
  });

  it('give each mark its effect unless a later mark touches the same lines', () => {
    fc.assert(fc.property(cases, ({ text, corrections }) => {
      const nodes = flattenOutline(outlineDocument(text, { corrections }));
      /** The marked passage without the white space around it, and its first and last lines. */
      const span = (c: StructureCorrection) => {
        const quote = text.slice(c.start, c.end);
        const start = c.start + quote.length - quote.trimStart().length;
        const end = c.end - (quote.length - quote.trimEnd().length);
        return { start, end, first: lineAt(text, start), last: lineAt(text, Math.max(start, end - 1)), empty: quote.trim() === '' };
      };
      corrections.forEach((c, i) => {
        const { start, first, last, empty } = span(c);
        const touchedLater = corrections.slice(i + 1).some(x => { const s = span(x); return !s.empty && s.first <= last && s.last >= first; });
        if (empty || touchedLater) return;
        if (c.mark === 'none') assert.ok(!nodes.some(n => n.line >= first && n.line <= last), `nothing starts on lines ${first}-${last}`);
        else if (c.mark === 'recommendation') assert.ok(nodes.some(n => n.kind === 'recommendation' && n.start === start && n.label === READER_LABEL), 'a reader\'s recommendation');
        else assert.ok(nodes.some(n => n.kind === c.mark && n.line === first), `a ${c.mark} on line ${first}`);
      });
    }), { numRuns: 400 });
  });
});
