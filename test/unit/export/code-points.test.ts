import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointOffset, codePointOffsets, utf16Offset } from '../../../src/core/export/code-points';

describe('Code-point offsets for TextPositionSelector', () => {
  it('counts characters outside the BMP once', () => {
    const text = '𠮷野家で🍚を食べた';
    assert.equal(codePointOffset(text, text.indexOf('で')), 3);
    assert.equal(utf16Offset(text, 3), text.indexOf('で'));
    assert.equal(codePointOffset(text, text.length), [...text].length);
  });

  it('converts every UTF-16 boundary between code points there and back', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), text => {
      let offset = 0;
      for (const [i, char] of [...text].entries()) {
        assert.equal(codePointOffset(text, offset), i);
        assert.equal(utf16Offset(text, i), offset);
        offset += char.length;
      }
      assert.equal(utf16Offset(text, Number.MAX_SAFE_INTEGER), text.length, 'clamped to the text');
    }));
  });

  it('gives from one table what counting from the start gives, at every offset, halves of pairs and lone surrogates included', () => {
    const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('a\uD842b\uDFB7𠮷\uD842'));
    fc.assert(fc.property(texts, text => {
      const offsets = codePointOffsets(text);
      for (let offset = -2; offset <= text.length + 2; offset++) assert.equal(offsets(offset), codePointOffset(text, offset), `offset ${offset}`);
    }));
  });
});
