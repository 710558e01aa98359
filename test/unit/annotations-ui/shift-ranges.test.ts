import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { shiftRange, shiftRanges, type OffsetRange } from '../../../src/core/text/shift-ranges';

const apply = (text: string, c: { offset: number; length: number; text: string }) => text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);

describe('shiftRange', () => {
  const range = { start: 10, end: 20 };

  it('moves a range when text is inserted or deleted before it', () => {
    assert.deepEqual(shiftRange(range, { offset: 2, length: 0, text: 'abc' }), { range: { start: 13, end: 23 }, touched: false });
    assert.deepEqual(shiftRange(range, { offset: 2, length: 5, text: '' }), { range: { start: 5, end: 15 }, touched: false });
  });

  it('leaves a range alone when the edit is after it, including typing right at its end', () => {
    assert.equal(shiftRange(range, { offset: 20, length: 0, text: 'x' }).range, range);
    assert.equal(shiftRange(range, { offset: 30, length: 4, text: '' }).touched, false);
  });

  it('treats typing right at its start as before the passage', () => {
    assert.deepEqual(shiftRange(range, { offset: 10, length: 0, text: 'xy' }), { range: { start: 12, end: 22 }, touched: false });
  });

  it('reports an edit inside the passage as touching it and keeps the rest of the passage covered', () => {
    assert.deepEqual(shiftRange(range, { offset: 12, length: 2, text: 'abcd' }), { range: { start: 10, end: 22 }, touched: true });
  });

  it('collapses a deleted passage to the deletion point, touched', () => {
    assert.deepEqual(shiftRange(range, { offset: 5, length: 20, text: '' }), { range: { start: 5, end: 5 }, touched: true });
  });
});

describe('shiftRanges', () => {
  it('keeps the text of every untouched range identical after random edits', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 20, maxLength: 60 }),
      fc.array(fc.record({ a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.record({ at: fc.nat(), len: fc.nat(5), text: fc.string({ maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
      (original, spans, edits) => {
        const ranges = new Map<number, OffsetRange | undefined>();
        spans.forEach(({ a, b }, i) => {
          const start = a % original.length;
          const end = start + 1 + (b % (original.length - start));
          ranges.set(i, { start, end: Math.min(end, original.length) });
        });
        const before = new Map([...ranges].map(([k, r]) => [k, original.slice(r!.start, r!.end)]));
        let text = original;
        const changes = edits.map(e => {
          const offset = e.at % (text.length + 1);
          const change = { offset, length: Math.min(e.len, text.length - offset), text: e.text };
          text = apply(text, change);
          return change;
        });
        const touched = shiftRanges(ranges, changes);
        for (const [k, r] of ranges) {
          if (!touched.has(k)) assert.equal(text.slice(r!.start, r!.end), before.get(k));
          assert.ok(r!.start <= r!.end && r!.end <= text.length);
        }
      }));
  });

  it('leaves orphans (no range) as they are', () => {
    const ranges = new Map<string, OffsetRange | undefined>([['a', undefined]]);
    assert.deepEqual([...shiftRanges(ranges, [{ offset: 0, length: 0, text: 'x' }])], []);
    assert.equal(ranges.get('a'), undefined);
  });
});
