import * as assert from 'node:assert/strict';
import { foldForSearch, foldText, originalRange } from '../../src/core/text/normalize';

describe('folding text for search', () => {
  it('folds full-width letters, half-width katakana, katakana to hiragana and case', () => {
    assert.equal(foldText('ＮＡＴＯ'), 'nato');
    assert.equal(foldText('ｻﾌﾟﾗｲﾁｪｰﾝ'), foldText('サプライチェーン'));
    assert.equal(foldText('サプライチェーン'), 'さぷらいちぇーん');
    assert.equal(foldText('AUKUS'), 'aukus');
    assert.equal(foldText('１２３'), '123');
  });

  it('maps every folded index back to the original, across length changes', () => {
    const original = 'xｻﾌﾟﾗｲy';
    const folded = foldForSearch(original);
    assert.equal(folded.text, 'xさぷらいy');
    assert.equal(folded.map.length, folded.text.length + 1);
    const p = folded.text.indexOf('ぷ');
    assert.deepEqual(originalRange(folded, p, p + 1), [2, 4], 'ぷ came from ﾌﾟ, two characters');
    assert.deepEqual(originalRange(folded, 0, folded.text.length), [0, original.length]);
  });

  it('keeps characters outside the BMP whole', () => {
    const folded = foldForSearch('a𠮷b');
    assert.equal(folded.text, 'a𠮷b');
    assert.deepEqual(originalRange(folded, 3, 4), [3, 4]);
  });

  it('folds a ligature or a circled number that grows longer', () => {
    const folded = foldForSearch('①ﬁ');
    assert.equal(folded.text, '1fi');
    assert.deepEqual(originalRange(folded, 1, 3), [1, 2]);
  });
});
