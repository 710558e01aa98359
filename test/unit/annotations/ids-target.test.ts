import assert from 'node:assert/strict';
import { newAnnotationId, ULID_PATTERN } from '../../../src/core/annotations/ids';
import { describeTarget } from '../../../src/core/annotations/target';

describe('newAnnotationId', () => {
  it('is a ULID: 26 Crockford base-32 characters, time first', () => {
    const id = newAnnotationId(new Date('2026-11-22T10:15:00Z'), () => 0);
    assert.match(id, ULID_PATTERN);
    assert.equal(id.slice(10), '0'.repeat(16));
    assert.equal(newAnnotationId(new Date(0), () => 0.999999), '0000000000' + 'Z'.repeat(16));
  });

  it('sorts by creation time as text', () => {
    const earlier = newAnnotationId(new Date('2026-11-22T10:15:00.000Z'), () => 0.99);
    const later = newAnnotationId(new Date('2026-11-22T10:15:00.001Z'), () => 0);
    assert.ok(earlier < later);
  });

  it('draws fresh cryptographic randomness for each id', () => {
    const now = new Date('2026-11-22T10:15:00Z');
    const ids = new Set(Array.from({ length: 10000 }, () => newAnnotationId(now)));
    assert.equal(ids.size, 10000);
    for (const id of ids) assert.match(id, ULID_PATTERN);
  });
});

describe('describeTarget', () => {
  it('keeps the quote, 32 code points of context each side and line:column positions', () => {
    const text = 'あ'.repeat(40) + '\n前置き、同志国との連携を強化すべきである。' + 'い'.repeat(40);
    const start = text.indexOf('同志国');
    const target = describeTarget(text, start, start + '同志国との連携'.length);
    assert.equal(target.quote, '同志国との連携');
    assert.equal([...target.prefix].length, 32);
    assert.ok(target.prefix.endsWith('\n前置き、'));
    assert.equal(target.suffix, 'を強化すべきである。' + 'い'.repeat(22));
    assert.deepEqual(target.start, { line: 2, column: 5 });
    assert.deepEqual(target.end, { line: 2, column: 12 });
  });

  it('never splits a character outside the BMP, and counts it as one column', () => {
    const text = '😀'.repeat(40) + 'quote' + '𠮷'.repeat(40);
    const start = text.indexOf('quote');
    const target = describeTarget(text, start, start + 5);
    assert.equal(target.prefix, '😀'.repeat(32));
    assert.equal(target.suffix, '𠮷'.repeat(32));
    assert.deepEqual(target.start, { line: 1, column: 41 });
    assert.deepEqual(target.end, { line: 1, column: 46 });
  });

  it('has short context at the edges of the text', () => {
    const target = describeTarget('abc', 0, 3);
    assert.deepEqual(target, { quote: 'abc', prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 4 } });
  });
});
