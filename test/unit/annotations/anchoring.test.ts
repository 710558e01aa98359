import assert from 'node:assert/strict';
import { anchorAnnotation, type AnchorResult } from '../../../src/core/annotations/anchoring';
import { describeTarget } from '../../../src/core/annotations/target';
import { readCorpus } from '../../support/corpus';

/** A short policy text of our own, in the shape of the corpus documents. */
const TEXT = [
  '第1章 海洋安全保障の現状',
  '◆ 情勢認識',
  '近年、周辺海域における活動は活発化しており、沿岸国の監視能力には大きな差がある。',
  '◆ 提言',
  '- 同志国との連携を強化し、衛星データの共有枠組みを五年以内に制度化すべきである。',
  '- 海上保安機関どうしの共同訓練を定例化すべきである。',
  'The AUKUS partners should align export rules for maritime sensors.',
  '（脱稿日 2026年11月 山田花子／海洋政策研究所）',
].join('\n');

function targetOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  assert.notEqual(start, -1, quote);
  return describeTarget(text, start, start + quote.length);
}

function textAt(text: string, result: AnchorResult): string | undefined {
  return result.start === undefined ? undefined : text.slice(result.start, result.end);
}

describe('anchorAnnotation', () => {
  it('is anchored where the position hint still holds the quote', () => {
    const target = targetOf(TEXT, '衛星データの共有枠組み');
    const result = anchorAnnotation(TEXT, target);
    assert.equal(result.status, 'anchored');
    assert.equal(textAt(TEXT, result), '衛星データの共有枠組み');
  });

  it('follows the quote after edits elsewhere (lines added above, text changed on its line)', () => {
    const target = targetOf(TEXT, '衛星データの共有枠組み');
    const edited = '前書きを一行追加した。\n' + TEXT.replace('- 同志国との連携を強化し、', '- 同志国および地域の友好国との連携を一層強化し、');
    const result = anchorAnnotation(edited, target);
    assert.equal(result.status, 'moved');
    assert.equal(result.start, edited.indexOf('衛星データの共有枠組み'));
    assert.equal(textAt(edited, result), '衛星データの共有枠組み');
  });

  it('finds the passage when one or two characters inside it changed', () => {
    const target = targetOf(TEXT, '衛星データの共有枠組みを五年以内に制度化');
    const edited = TEXT.replace('衛星データの共有枠組みを五年以内に制度化', '衛星情報の共有枠組みを三年以内に制度化');
    const result = anchorAnnotation(edited, target);
    assert.equal(result.status, 'moved');
    assert.equal(textAt(edited, result), '衛星情報の共有枠組みを三年以内に制度化');
    assert.ok(result.score! < 1);
  });

  it('prefers the occurrence whose context agrees over a bare duplicate nearer the hint', () => {
    const target = targetOf(TEXT, '共同訓練を定例化');
    const edited = TEXT.replace('第1章', '共同訓練を定例化\n第1章');
    const result = anchorAnnotation(edited, target);
    assert.equal(result.start, edited.lastIndexOf('共同訓練を定例化'));
  });

  it('among equal occurrences with the same context, takes the one nearest the hint', () => {
    const line = '- 定例化すべきである。';
    const text = [line, 'a'.repeat(50), line, 'b'.repeat(50), line].join('\n');
    const middle = text.indexOf(line, 1) + 2;
    const target = describeTarget(text, middle, middle + 5);
    const edited = 'x\n' + text;
    const result = anchorAnnotation(edited, target);
    assert.equal(result.start, middle + 2);
  });

  it('survives lines joined and re-wrapped between Japanese characters', () => {
    const target = targetOf(TEXT, '衛星データの共有枠組みを五年以内に制度化');
    const rewrapped = TEXT.replace('衛星データの共有', '衛星データの\n共有').replace('\n- 海上保安', '- 海上保安');
    const result = anchorAnnotation(rewrapped, target);
    assert.equal(textAt(rewrapped, result), '衛星データの\n共有枠組みを五年以内に制度化');
    const wrappedText = TEXT.replace('活発化しており、', '活発化して\nおり、');
    const quote = '周辺海域における活動は活発化しており、沿岸国';
    const joinedBack = anchorAnnotation(TEXT, describeTarget(wrappedText, wrappedText.indexOf('周辺'), wrappedText.indexOf('沿岸国') + 3));
    assert.equal(textAt(TEXT, joinedBack), quote);
  });

  it('treats a blank line turned into spaces between Japanese characters as the same text', () => {
    const text = '研究活動\n\n研究計画\n\n新たな国際秩序に向けた提言\n\n計画書の概要';
    const target = describeTarget(text, text.indexOf('研究計画'), text.indexOf('計画書') + 3);
    const joined = text.replace(/\n\n/g, '  ');
    assert.equal(textAt(joined, anchorAnnotation(joined, target)), '研究計画  新たな国際秩序に向けた提言  計画書');
  });

  it('joins wrapped English lines with a space', () => {
    const target = targetOf(TEXT, 'align export rules for maritime');
    const wrapped = TEXT.replace('align export rules', 'align export\n    rules');
    assert.equal(textAt(wrapped, anchorAnnotation(wrapped, target)), 'align export\n    rules for maritime');
  });

  it('is orphaned, not moved elsewhere, when the passage was deleted', () => {
    const target = targetOf(TEXT, '衛星データの共有枠組みを五年以内に制度化すべきである');
    const edited = TEXT.replace('衛星データの共有枠組みを五年以内に制度化すべきである', '');
    assert.deepEqual(anchorAnnotation(edited, target), { status: 'orphaned' });
    const short = targetOf(TEXT, '定例化');
    assert.deepEqual(anchorAnnotation(TEXT.replace('- 海上保安機関どうしの共同訓練を定例化すべきである。\n', ''), short), { status: 'orphaned' });
  });

  it('matches ASCII that became full-width, and half-width katakana', () => {
    const target = targetOf(TEXT, 'AUKUS partners');
    const wide = TEXT.replace('AUKUS partners', 'ＡＵＫＵＳ\u3000ｐａｒｔｎｅｒｓ');
    assert.equal(textAt(wide, anchorAnnotation(wide, target)), 'ＡＵＫＵＳ\u3000ｐａｒｔｎｅｒｓ');
    const kana = 'サプライチェーンの強靱化を図る。';
    const halfWidth = 'ｻﾌﾟﾗｲﾁｪｰﾝの強靱化を図る。';
    const result = anchorAnnotation('前置き\n' + halfWidth, describeTarget(kana, 0, 8));
    assert.equal(textAt('前置き\n' + halfWidth, result), 'ｻﾌﾟﾗｲﾁｪｰﾝ');
  });

  it('compares the context with the line breaks around the quote folded as in the document', () => {
    // Folded on its own, the suffix "\nB案" lost its line break, while the document has a space
    // there (between a Japanese full stop and ASCII): short contexts then missed by one character.
    const text = 'あ。\nA案を採る。\nB案';
    const target = targetOf(text, 'A案を採る。');
    const wide = text.replace(/[A-Z]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const result = anchorAnnotation(wide, target);
    assert.equal(result.status, 'moved');
    assert.equal(textAt(wide, result), 'Ａ案を採る。');
  });

  it('handles CRLF documents, and a document converted between CRLF and LF', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const target = targetOf(crlf, '同志国との連携を強化し、衛星データ');
    assert.equal(anchorAnnotation(crlf, target).status, 'anchored');
    const spanning = targetOf(crlf, '定例化すべきである。\r\nThe AUKUS');
    assert.equal(anchorAnnotation(crlf, spanning).status, 'anchored');
    const result = anchorAnnotation(TEXT, spanning);
    assert.equal(textAt(TEXT, result), '定例化すべきである。\nThe AUKUS');
  });

  it('counts columns in code points and returns UTF-16 offsets for characters outside the BMP', () => {
    const text = '𠮷野家の𠮷田さんが😀提言を読んだ。';
    const start = text.indexOf('提言');
    const target = describeTarget(text, start, start + 2);
    assert.deepEqual(target.start, { line: 1, column: 11 });
    assert.deepEqual(anchorAnnotation(text, target), { status: 'anchored', start, end: start + 2, score: 1 });
    const edited = '𠮷' + text;
    const moved = anchorAnnotation(edited, target);
    assert.equal(moved.start, start + 2);
    assert.equal(textAt(edited, moved), '提言');
  });

  it('keeps every random quote of a corpus document through edits elsewhere', () => {
    const text = readCorpus('outlook');
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 40; i++) {
      const start = Math.floor(random() * (text.length - 200));
      const end = start + 10 + Math.floor(random() * 40);
      const target = describeTarget(text, start, end);
      const cut = Math.floor(random() * text.length);
      const insertion = '（追記）\n';
      const edited = cut < start - 40 ? text.slice(0, cut) + insertion + text.slice(cut) : text + insertion;
      const result = anchorAnnotation(edited, target);
      const expected = cut < start - 40 ? start + insertion.length : start;
      assert.equal(result.start, expected, `quote ${JSON.stringify(target.quote)}`);
    }
  });
});
