import * as assert from 'node:assert/strict';
import { highlightRangesByStyle, paletteSlot } from '../../../src/core/highlights/highlight-ranges';

describe('highlightRangesByStyle', () => {
  const text = '第1章 総論\n◆ 提言\n- 同盟を強化すべきである。';

  it('converts offsets to 0-based lines and UTF-16 characters, grouped by the style of the tags', () => {
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const groups = highlightRangesByStyle(text, [
      { range: at('総論'), tags: ['a'] },
      { range: at('同盟'), tags: ['b', 'a'] },
      { range: at('提言'), tags: [] },
    ], tags => tags[0] ?? 'none');
    assert.deepEqual(groups.get('a'), [{ startLine: 0, startCharacter: 4, endLine: 0, endCharacter: 6 }]);
    assert.deepEqual(groups.get('b'), [{ startLine: 2, startCharacter: 2, endLine: 2, endCharacter: 4 }]);
    assert.deepEqual(groups.get('none'), [{ startLine: 1, startCharacter: 2, endLine: 1, endCharacter: 4 }]);
  });

  it('spans line breaks and skips orphans', () => {
    const start = text.indexOf('総論');
    const groups = highlightRangesByStyle(text, [{ range: { start, end: text.indexOf('提言') } }, { tags: ['x'] }], () => 's');
    assert.deepEqual([...groups.keys()], ['s']);
    assert.deepEqual(groups.get('s'), [{ startLine: 0, startCharacter: 4, endLine: 1, endCharacter: 2 }]);
  });
});

describe('paletteSlot', () => {
  it('gives a tag the same slot every time, within the palette', () => {
    assert.equal(paletteSlot('security/maritime', 8), paletteSlot('security/maritime', 8));
    const slots = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(t => paletteSlot(t, 8)));
    assert.ok([...slots].every(s => s >= 0 && s < 8));
    assert.ok(slots.size > 3, 'different tags spread over the palette');
  });
});
