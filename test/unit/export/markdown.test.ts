import * as assert from 'node:assert/strict';
import { toMarkdown } from '../../../src/core/export/markdown';
import { annotationOf, preparedDocument } from './helpers';

const TEXT = '第1章 海\n- 港を点検すべきである。\n第2章 技術\n- 半導体を備蓄する。\n- 人材を育てる。\n';
const chapterByLine = (line: number) => (line < 3 ? '第1章 海' : '第2章 技術');

describe('Markdown export', () => {
  const a1 = annotationOf(TEXT, '港を点検', { id: '01', tags: ['security/maritime'], note: 'Yearly is **too** often?' });
  const a2 = annotationOf(TEXT, '半導体を備蓄', { id: '02', replies: [{ author: 'Taro Sato <taro@example.org>', created: '2026-11-22T01:02:03Z', note: 'Agreed.\nSee ch. 3.' }] });
  const a3 = annotationOf(TEXT, '人材を育てる', { id: '03' });
  const b1 = annotationOf('intro\n', 'intro', { id: '04' });
  const rows = [
    ...preparedDocument('outlook.txt', TEXT, [a1, a2, a3], a => chapterByLine(a.start.line)).rows,
    ...preparedDocument('plain.md', 'intro\n', [b1]).rows,
  ];
  const markdown = toMarkdown(rows);

  it('groups annotations under their document, then their chapter, in reading order', () => {
    const headings = markdown.split('\n').filter(l => l.startsWith('#'));
    assert.deepEqual(headings, ['# Annotations', '## outlook.txt', '### 第1章 海', '### 第2章 技術', '## plain.md', '### Outside any chapter']);
    const chapter2 = markdown.slice(markdown.indexOf('### 第2章'), markdown.indexOf('## plain.md'));
    assert.ok(chapter2.indexOf('半導体を備蓄') < chapter2.indexOf('人材を育てる'));
  });

  it('shows quotes as blockquotes, with tags, notes as written and replies', () => {
    assert.match(markdown, /^> 港を点検$/m);
    assert.match(markdown, /^- Tags: `security\/maritime`$/m);
    assert.match(markdown, /^Yearly is \*\*too\*\* often\?$/m, 'notes keep their own Markdown');
    assert.match(markdown, /^- \*\*Taro Sato \\<taro@example.org\\>\*\* \(2026-11-22T01:02:03Z\): Agreed\.\n {2}See ch\. 3\.$/m);
    assert.match(markdown, /^line 2 · Hanako Yamada \\<hanako@example\.org\\> · 2026-11-20T09:30:00Z$/m);
  });

  it('keeps a quoted list marker or heading mark as text', () => {
    const text = '- 第一に\n# 見出し\n1. 番号\n';
    const quote = annotationOf(text, text.trimEnd(), { id: '05' });
    const out = toMarkdown(preparedDocument('q.txt', text, [quote]).rows);
    assert.match(out, /^> \\- 第一に\n> \\# 見出し\n> 1\\\. 番号$/m);
  });
});
