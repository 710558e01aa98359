import * as assert from 'node:assert/strict';
import { noteBlocks, noteSpans } from '../../src/core/text/note-blocks';

describe('noteBlocks', () => {
  it('reads paragraphs, headings, quotes, lists and code blocks', () => {
    const blocks = noteBlocks('# 論点\n本文の一行目\n二行目\n\n- 一つ目\n- **二つ目**\n1. 番号\n> 引用\n```\n[a](b)\n```');
    assert.deepEqual(blocks, [
      { kind: 'heading', spans: [{ text: '論点' }] },
      { kind: 'paragraph', spans: [{ text: '本文の一行目\n二行目' }] },
      { kind: 'list', ordered: false, items: [[{ text: '一つ目' }], [{ text: '二つ目', style: 'strong' }]] },
      { kind: 'list', ordered: true, items: [[{ text: '番号' }]] },
      { kind: 'quote', spans: [{ text: '引用' }] },
      { kind: 'code', text: '[a](b)' },
    ]);
  });

  it('keeps links and HTML as the text they are', () => {
    assert.deepEqual(noteBlocks('[x](command:y) <b>z</b>'), [{ kind: 'paragraph', spans: [{ text: '[x](command:y) <b>z</b>' }] }]);
  });
});

describe('noteSpans', () => {
  it('finds bold, italic and code, and leaves snake_case words and lone stars alone', () => {
    assert.deepEqual(noteSpans('a **b** *c* _d_ `e` f_g_h 2 * 3'), [
      { text: 'a ' }, { text: 'b', style: 'strong' }, { text: ' ' }, { text: 'c', style: 'em' }, { text: ' ' },
      { text: 'd', style: 'em' }, { text: ' ' }, { text: 'e', style: 'code' }, { text: ' f_g_h 2 * 3' },
    ]);
  });
});
