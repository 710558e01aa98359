import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointOffset, utf16Offset } from '../../../src/core/export/code-points';

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
});
