import * as assert from 'node:assert/strict';
import Fuse from 'fuse.js';
import { FUSE_OPTIONS, SearchIndex, queryPieces, type SearchItem } from '../../../src/core/search';
import { foldText } from '../../../src/core/text/normalize';

function item(id: string, text: string, kind: SearchItem['kind'] = 'recommendation'): SearchItem {
  return { id, kind, text, document: 'doc.txt', line: 1, start: 0, end: text.length };
}

describe('SearchIndex', () => {
  it('requires every word of the query to match', () => {
    const index = new SearchIndex();
    index.addAll([item('a', '同盟国との連携を強化する'), item('b', '同盟国の防衛産業を支える'), item('c', '防衛産業の連携')]);
    assert.deepEqual(index.search('同盟国 連携').map(r => r.item.id), ['a']);
  });

  it('highlights the matched characters in the original text, across width changes', () => {
    const index = new SearchIndex();
    index.addAll([item('a', '国境をまたぐｻﾌﾟﾗｲﾁｪｰﾝの点検')]);
    const [result] = index.search('サプライチェーン');
    const [start, end] = result.highlights[0];
    assert.equal(result.item.text.slice(start, end), 'ｻﾌﾟﾗｲﾁｪｰﾝ');
  });

  it('breaks fuse.js ties: recommendations before prose, earlier matches first', () => {
    const index = new SearchIndex();
    index.addAll([item('prose', '予算を確保すべきである', 'prose-recommendation'), item('late', 'まず人材を育て、予算を確保する'), item('early', '予算を確保する')]);
    assert.deepEqual(index.search('予算').map(r => r.item.id), ['early', 'late', 'prose']);
  });

  it('never lets a long query degrade to "any piece matches"', () => {
    assert.deepEqual(queryPieces('ａｂｃ  DEF').map(p => p.length), [3, 3]);
    const long = 'あ'.repeat(40);
    assert.deepEqual(queryPieces(long).map(p => p.length), [32, 8]);
    const index = new SearchIndex();
    index.addAll([item('only-start', 'い'.repeat(32)), item('all', 'い'.repeat(40) + 'う'.repeat(10))]);
    assert.deepEqual(index.search('い'.repeat(40) + 'う'.repeat(8)).map(r => r.item.id), ['all']);
  });

  it('keeps the tie-breakers\' favourites when more exact matches than the candidate cap exist', () => {
    const index = new SearchIndex();
    const late = Array.from({ length: 300 }, (_, i) => item(`late${i}`, '前置きの長い文章の終わりに NATO'));
    index.addAll([...late, item('early', 'NATO との連携')]);
    assert.equal(index.search('ＮＡＴＯ', { limit: 1 })[0].item.id, 'early');
  });

  it('replaces a document\'s items when it changes, without a rebuild', () => {
    const index = new SearchIndex();
    index.setDocument('a.txt', [item('1', '古い提言')]);
    index.setDocument('a.txt', [item('2', '新しい提言')]);
    assert.deepEqual(index.search('提言').map(r => r.item.id), ['2']);
    index.setDocument('a.txt', []);
    assert.equal(index.size, 0);
  });

  it('after an edit, finds the moved items where they now are, and not the ones removed', () => {
    const index = new SearchIndex();
    const at = (id: string, text: string, start: number) => ({ ...item(id, text), start, end: start + text.length });
    index.setDocument('a.txt', [at('a#0', '港湾を強化する', 0), at('a#20', '港湾の人材を育てる', 20), at('a#40', '税制を見直す', 40)]);
    // Text typed before all three: the same texts further on, one deleted, one added, one twice.
    index.setDocument('a.txt', [at('a#5', '港湾を強化する', 5), at('a#25', '港湾の人材を育てる', 25), at('a#60', '港湾を強化する', 60), at('a#80', '予算を確保する', 80)]);
    assert.deepEqual(index.search('港湾').map(r => r.item.start).sort((x, y) => x - y), [5, 25, 60]);
    assert.deepEqual(index.search('税制'), []);
    assert.deepEqual(index.search('予算').map(r => r.item.id), ['a#80']);
    assert.equal(index.size, 4);
    index.setDocument('a.txt', []);
    assert.equal(index.size, 0);
    assert.deepEqual(index.search('港湾'), []);
  });

  it('finds what plain fuse.js finds on folded text (the gram filter loses nothing)', () => {
    const texts = ['海上保安機関の共同訓練', '海上自衛隊の訓練', '共同訓練の定例化', '訓練施設の整備', '海洋状況把握の共有', 'サイバー演習', '共同開発'];
    const index = new SearchIndex();
    index.addAll(texts.map((t, i) => item(String(i), t)));
    const fuse = new Fuse(texts.map(foldText), FUSE_OPTIONS);
    for (const query of ['共同訓練', '共同訓連', '海上', '訓練', '演習']) {
      const expected = new Set(fuse.search(foldText(query)).map(r => String(r.refIndex)));
      const found = new Set(index.search(query).map(r => r.item.id));
      assert.deepEqual(found, expected, query);
    }
  });
});
