import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Utf8Output } from '../../../src/core/qda/utf8-output';

describe('UTF-8 output', () => {
  it('writes the bytes TextEncoder gives for each piece, lone surrogates as U+FFFD', () => {
    const pieces = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constant('\uD842'), fc.constant('\uDFB7x')), { maxLength: 20 });
    fc.assert(fc.property(pieces, parts => {
      const output = new Utf8Output();
      for (const part of parts) output.write(part);
      const expected = Buffer.concat(parts.map(part => new TextEncoder().encode(part)));
      assert.ok(Buffer.from(output.bytes()).equals(expected));
    }), { numRuns: 60 });
  });

  it('keeps what it wrote when it grows past its first block', () => {
    const output = new Utf8Output();
    const line = '港湾の点検 <PlainTextSelection guid="0f"/> 🚢\n';
    for (let i = 0; i < 5000; i++) output.write(line);
    const bytes = output.bytes();
    assert.equal(new TextDecoder().decode(bytes), line.repeat(5000));
    assert.ok(bytes.length > 1 << 16, 'more than the first block');
  });
});
