import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAnnotation } from '../../../src/core/annotations/anchoring';
import { describeTarget } from '../../../src/core/annotations/target';

/** Pieces where offsets, widths and line breaks are easy to get wrong. */
const PIECES = ['あ', 'い', '国', '。', '\n', '\r\n', ' ', '  ', 'a', 'B', 'Ａ', 'ｶﾞ', 'ガ', '😀', '𠮷', '\u3000', '\t', '-', ':', 'e\u0301', 'ﬁ', '①', '㍿'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map(parts => parts.join(''));
const position = fc.record({ line: fc.integer({ min: 1, max: 50 }), column: fc.integer({ min: 1, max: 80 }) });

/** A passage of `t` a user can select: it never starts or ends inside a surrogate pair, a CRLF or before a combining mark. */
function selectable(t: string, start: number, end: number): boolean {
  const inside = (i: number) => (t.charCodeAt(i) >= 0xdc00 && t.charCodeAt(i) <= 0xdfff) || (t[i - 1] === '\r' && t[i] === '\n') || /^[\u0300-\u036f\uff9e\uff9f]/.test(t.slice(i));
  return start < end && !inside(start) && !inside(end);
}

describe('anchorAnnotation on generated text', () => {
  it('never throws and never returns a range outside the text, whatever the stored target', () => {
    fc.assert(fc.property(text, text, text, text, position, position, (doc, quote, prefix, suffix, start, end) => {
      const result = anchorAnnotation(doc, { quote, prefix, suffix, start, end });
      if (result.status === 'orphaned') assert.equal(result.start, undefined);
      else assert.ok(result.start! >= 0 && result.start! <= result.end! && result.end! <= doc.length, JSON.stringify(result));
    }), { numRuns: 1000 });
  });

  it('anchors a passage exactly where it was described while the text is unchanged', () => {
    fc.assert(fc.property(text.filter(t => t.length > 0), fc.nat(), fc.nat(), (doc, a, b) => {
      const start = a % doc.length;
      const end = start + 1 + (b % (doc.length - start));
      fc.pre(selectable(doc, start, end));
      assert.deepEqual(anchorAnnotation(doc, describeTarget(doc, start, end)), { status: 'anchored', start, end, score: 1 });
    }), { numRuns: 1000 });
  });

  it('still returns a range inside the text after any insertion', () => {
    fc.assert(fc.property(text.filter(t => t.length > 0), fc.nat(), fc.nat(), text, fc.nat(), (doc, a, b, insertion, at) => {
      const start = a % doc.length;
      const end = start + 1 + (b % (doc.length - start));
      fc.pre(selectable(doc, start, end));
      const cut = at % (doc.length + 1);
      const edited = doc.slice(0, cut) + insertion + doc.slice(cut);
      const result = anchorAnnotation(edited, describeTarget(doc, start, end));
      if (result.status !== 'orphaned') assert.ok(result.start! >= 0 && result.start! <= result.end! && result.end! <= edited.length);
    }), { numRuns: 1000 });
  });

  it('places an intact passage on the same text after an insertion outside it and its context (an equal copy is acceptable)', () => {
    const longText = fc.array(fc.constantFrom(...PIECES), { minLength: 80, maxLength: 120 }).map(parts => parts.join(''));
    fc.assert(fc.property(longText, fc.nat(), fc.integer({ min: 1, max: 12 }), text, fc.nat(), fc.boolean(), (doc, a, length, insertion, at, before) => {
      const start = a % (doc.length - length);
      const end = start + length;
      const target = describeTarget(doc, start, end);
      // Outside the passage and its stored context: inside them a short quote may rightly go to an equal copy with a better context.
      const [from, to] = before ? [0, start - target.prefix.length] : [end + target.suffix.length, doc.length + 1];
      fc.pre(from < to && selectable(doc, start, end) && /\S/.test(target.quote));
      const cut = from + (at % (to - from));
      fc.pre(selectable(doc, cut, cut + 1));
      const edited = doc.slice(0, cut) + insertion + doc.slice(cut);
      const result = anchorAnnotation(edited, target);
      assert.notEqual(result.status, 'orphaned', JSON.stringify({ doc, start, end, edited }));
      assert.equal(edited.slice(result.start, result.end), target.quote, JSON.stringify({ doc, start, end, edited, result }));
    }), { numRuns: 500 });
  });
});
