import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lines } from '../../../src/core/outline/lines';

/** Every line of a table, as the text, offsets and characters it reports. */
function table(text: string) {
  const lines = new Lines(text);
  return Array.from({ length: lines.count }, (_, i) => ({
    text: lines.text(i), start: lines.start(i), end: lines.end(i), first: lines.firstCode(i), last: lines.lastCode(i),
  }));
}

describe('outline lines', () => {
  it('splits on LF, leaves the CR of CRLF out of the text, and skips a BOM', () => {
    assert.deepEqual(table('\uFEFFa\r\n\r\n　b c\n'), [
      { text: 'a', start: 1, end: 2, first: 0x61, last: 0x61 },
      { text: '', start: 4, end: 4, first: -1, last: -1 },
      { text: '　b c', start: 6, end: 10, first: 0x62, last: 0x63 },
      { text: '', start: 11, end: 11, first: -1, last: -1 },
    ]);
  });

  it('has one empty line for an empty text, and none is lost past the first table size', () => {
    assert.deepEqual(table(''), [{ text: '', start: 0, end: 0, first: -1, last: -1 }]);
    const many = Array.from({ length: 3000 }, (_, i) => `行${i}`).join('\n');
    const lines = new Lines(many);
    assert.equal(lines.count, 3000);
    assert.equal(lines.text(2999), '行2999');
  });

  it('agrees with splitting the text and trimming each line', () => {
    const chars = fc.constantFrom('a', ' ', '\t', '　', '\r', '\n', '第', '\u00a0', '\u2028');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map(c => c.join('')), text => {
      const expected = text.split('\n').map(line => line.endsWith('\r') ? line.slice(0, -1) : line);
      const found = table(text);
      assert.deepEqual(found.map(l => l.text), expected);
      for (const line of found) {
        const trimmed = line.text.trim();
        assert.equal(line.first, trimmed ? trimmed.charCodeAt(0) : -1);
        assert.equal(line.last, trimmed ? trimmed.charCodeAt(trimmed.length - 1) : -1);
        assert.equal(text.slice(line.start, line.end), line.text);
      }
    }), { numRuns: 500 });
  });
});
