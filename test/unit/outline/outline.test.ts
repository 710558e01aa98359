import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { enclosingNodes, flattenOutline, outlineDocument } from '../../../src/core/outline';
import type { OutlineNode } from '../../../src/core/outline/model';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const kinds = (nodes: OutlineNode[], kind: string) => nodes.filter(n => n.kind === kind);

describe('outlineDocument', () => {
  const text = fs.readFileSync(path.join(samples, 'outlook-2026.policy.txt'), 'utf8');

  it('finds the table of contents, front matter, chapters, sections and recommendations of an outlook', () => {
    const outline = outlineDocument(text);
    assert.equal(outline.format, 'outlook');
    assert.deepEqual(outline.nodes.map(n => n.kind), ['toc', 'front-matter', 'front-matter', 'chapter', 'chapter', 'chapter']);
    const chapters = kinds(outline.nodes, 'chapter');
    assert.equal(chapters[1].title, '第2章 経済安全保障と重要技術の囲い込み', 'a title broken over two lines is joined');
    assert.deepEqual([chapters[0].author, chapters[0].date], ['山田 花子', '2026-02-10']);
    assert.deepEqual([chapters[2].author, chapters[2].date], [undefined, '2026-03-01'], 'a date with no author');
    const recommendations = kinds(flattenOutline(outline), 'recommendation');
    assert.equal(recommendations.length, 8);
    assert.equal(recommendations[1].title, '海上保安機関どうしの共同訓練を定例化し、相互運用性を高めるための予算を確保する。', 'a wrapped bullet is one recommendation');
  });

  it('gives offsets and lines that point at the text', () => {
    const outline = outlineDocument(text);
    const chapter = kinds(outline.nodes, 'chapter')[0];
    assert.ok(text.slice(chapter.start).startsWith('第1章'));
    assert.equal(text.split('\n')[chapter.line - 1], '第1章 インド太平洋の海洋秩序');
    const rec = kinds(flattenOutline(outline), 'recommendation')[0];
    assert.deepEqual(enclosingNodes(outline, rec.start + 2).map(n => n.kind), ['chapter', 'section', 'recommendation']);
  });

  it('finds prose recommendations as their own kind', () => {
    const prose = kinds(flattenOutline(outlineDocument(text)), 'prose-recommendation');
    assert.ok(prose.some(n => n.title.endsWith('必要がある。')));
  });

  it('is unchanged by CRLF line endings and a BOM, apart from offsets', () => {
    const plain = outlineDocument(text);
    const windows = outlineDocument('\uFEFF' + text.replace(/\n/g, '\r\n'));
    const shape = (nodes: OutlineNode[]): unknown => nodes.map(n => [n.kind, n.title, n.line, n.author, shape(n.children)]);
    assert.deepEqual(shape(windows.nodes), shape(plain.nodes));
  });

  it('reads a survey: split questions merge, answers to action questions are recommendations', () => {
    const outline = outlineDocument(fs.readFileSync(path.join(samples, 'survey-2026.txt'), 'utf8'));
    assert.equal(outline.format, 'survey');
    const questions = kinds(outline.nodes, 'question');
    assert.equal(questions.length, 3);
    const action = questions[1];
    assert.equal(action.title, '日本政府は重要技術の保護のために何をすべきか');
    assert.equal(kinds(flattenOutline({ format: 'survey', nodes: [action] }), 'recommendation').length, 5);
    assert.equal(kinds(flattenOutline({ format: 'survey', nodes: [questions[0]] }), 'recommendation').length, 0, 'percentages are not answers');
  });

  it('takes bracketed lines for a survey\'s questions only where they ask one: box titles, headlines and fields ask nothing', () => {
    const asked = ['【港湾の現状をどう評価しますか】', '（単数回答）', '良い 40.0%', '', '【最も必要な対策】', 'どの対策が最も必要だと思いますか。（２つまで）', '耐震化 55.0%'].join('\n');
    assert.equal(outlineDocument(asked).format, 'survey');
    const brief = ['港湾の再生に向けて', '', '【要旨】', '・岸壁の老朽化が進んでいる。', '', '【本稿のポイント】', '・国は補修の費用を計上すべきである。', '',
      '１．現状', '　岸壁の半数が築五十年を超える。', '', '２．提言', '　国は補修を急ぐべきである。'].join('\n');
    assert.notEqual(outlineDocument(brief).format, 'survey');
    const submission = ['計画案に対する意見', '', '【意見１】', '該当箇所：第３章', '意見の内容：見守りの担い手を広げること。', '', '【意見２】', '該当箇所：第４章', '意見の内容：会議を公開すること。'].join('\n');
    assert.notEqual(outlineDocument(submission).format, 'survey');
  });

  it('reads Markdown with a Recommendations heading and numbered lists', () => {
    const outline = outlineDocument(fs.readFileSync(path.join(samples, 'maritime-brief.md'), 'utf8'), { fileName: 'maritime-brief.md' });
    assert.equal(outline.format, 'markdown');
    assert.deepEqual(kinds(outline.nodes, 'chapter').map(c => c.title), ['Chapter 1: Sea Lanes Under Pressure', 'Chapter 2: Ports and Supply Chains']);
    const recs = kinds(flattenOutline(outline), 'recommendation');
    assert.equal(recs.length, 5);
    assert.equal(recs[1].title, 'Expand coast guard training exchanges, including with AUKUS members.');
  });

  it('reads plain English chapters and kanji chapter numerals', () => {
    const english = outlineDocument('Chapter 1: Alliances\nRecommendations\n1. Meet every year.\n2. Share data.\n\nChapter 2: Trade\nText.');
    assert.equal(english.format, 'english');
    assert.equal(kinds(flattenOutline(english), 'recommendation').length, 2);
    const kanji = outlineDocument('第十章 展望\n【提言】\n・予算を増やす。\n第十一章 結び\n本文。');
    assert.deepEqual(kinds(kanji.nodes, 'chapter').map(c => c.title), ['第十章 展望', '第十一章 結び']);
    assert.equal(kinds(flattenOutline(kanji), 'recommendation')[0].title, '予算を増やす。');
  });

  it('reads an article: plain headings, 第一に paragraphs, back matter apart', () => {
    const article = [
      '架空の記事の題名', '',
      '背景',
      'この数年、地域の安全保障環境は急速に厳しさを増しており、各国は対応を迫られている。',
      '日本の選択肢',
      '日本には三つの道がある。',
      '第一に、同盟国との協力を深めることである。',
      '第二に、地域の経済秩序を支えることである。',
      '参考資料:', '- 架空の報告書', '関連記事', '別の記事の題名',
    ].join('\n');
    const outline = outlineDocument(article);
    assert.equal(outline.format, 'article');
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title]), [
      ['section', '背景'], ['section', '日本の選択肢'], ['back-matter', '参考資料'], ['back-matter', '関連記事'],
    ]);
    assert.equal(kinds(flattenOutline(outline), 'recommendation').length, 2);
  });

  it('shows a carriage return left inside a line (text converted from a PDF) as a space: every title is one line', () => {
    const text = 'A Made-Up Brief\n\n1. Scope\rof the brief\n\nText.\n\n2. Findings\n\nRecommendations\n\n- Fund the\rrepairs.\n- Train the pilots.\r\n';
    const all = flattenOutline(outlineDocument(text));
    assert.ok(all.length > 0);
    assert.deepEqual(all.filter(n => /[\r\n]/.test(n.title)), []);
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.title), ['Fund the repairs.', 'Train the pilots.']);
    assert.equal(all.find(n => n.kind === 'chapter')?.title, '1. Scope of the brief');
  });

  it('takes a contents laid out one field to a line (a PDF\'s text) for no back matter and no label: each title is over its page number', () => {
    const report = [
      'A Made-Up Inquiry', 'Contents', 'Summary', '3', 'Recommendations', '5', 'Findings', '8', 'Endnotes', '12', '',
      'Summary', 'Ports need repairs and people.', '', 'Recommendations', '', '- Fund the repairs.', '- Train the pilots.', '',
      'Findings', 'Most ports are old.', '', 'Endnotes', '1. A study of ports, 2020.',
    ].join('\n');
    const outline = outlineDocument(report);
    const all = flattenOutline(outline);
    assert.deepEqual(kinds(all, 'recommendation').map(n => n.title), ['Fund the repairs.', 'Train the pilots.']);
    assert.deepEqual(all.filter(n => n.title === 'Endnotes').map(n => [n.kind, n.line]), [['chapter', 23]], 'the notes at the end, as the contents list them, not their entry in the contents');
  });
});

describe('recommendation ranges', () => {
  it('start at the recommendation\'s text, after its list marker', () => {
    const text = '第1章 題\n◆ 提言\n- 予算を確保する。\n（２）人材を育てる。\n';
    const recs = flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => text.slice(r.start, r.end)), ['予算を確保する。', '人材を育てる。']);
  });

  it('reads an arrow right under a list item as the item going on, and one standing alone as a conclusion', () => {
    const text = ['# 港湾の制度', '', '## 第3章 各国の設計', '', '学ぶことを二つに整理する。', '', '1. **保全に払う**（北欧）', '\u3000→ 4.1に反映する。',
      '2. **需要をつくる**（欧州）', '\u3000→ 4.2に反映する。', '', '⇒ 制度は組み合わせて使う。', ''].join('\n');
    const items = kinds(flattenOutline(outlineDocument(text, { fileName: 'seido.md' })), 'item');
    assert.deepEqual(items.map(n => n.title), ['制度は組み合わせて使う。']);
  });
});
