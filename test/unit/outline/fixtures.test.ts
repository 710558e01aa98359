import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { enclosingNodes, flattenOutline, outlineDocument } from '../../../src/core/outline';
import type { Outline, OutlineNode } from '../../../src/core/outline/model';

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'outline');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const outlineOf = (name: string) => outlineDocument(read(name), { fileName: name });
const ofKind = (outline: Outline, kind: string) => flattenOutline(outline).filter(n => n.kind === kind);
const titles = (nodes: OutlineNode[]) => nodes.map(n => n.title);

describe('outline of our fixtures (the variants real corpora bring)', () => {
  describe('kanji chapter numerals, ■ ● ◆ headings, 政策提言 and 【提言】, every bullet style', () => {
    const outline = outlineOf('variants.policy.txt');

    it('keeps a contents block with leader dots apart and names the front matter from it', () => {
      assert.equal(outline.format, 'outlook');
      assert.deepEqual(outline.nodes.map(n => n.kind), ['toc', 'front-matter', 'chapter', 'chapter', 'chapter']);
      assert.equal(outline.nodes[1].title, 'はじめに');
    });

    it('titles the chapters as in the body, 第一章 to 第十章', () => {
      assert.deepEqual(titles(ofKind(outline, 'chapter')), ['第一章 港湾の再編', '第二章 人材と訓練', '第十章 まとめ']);
    });

    it('takes every recommendation heading and every list marker', () => {
      const sections = ofKind(outline, 'section').filter(s => s.children.some(c => c.kind === 'recommendation'));
      assert.deepEqual(titles(sections), ['政策提言', '【提言】', '提言']);
      assert.deepEqual(titles(ofKind(outline, 'recommendation')), [
        '主要港の耐震改修を十年計画で進める。',
        '港湾データを共通の形式で公開し、物流事業者が使えるようにする。',
        '訓練予算を三年で倍にする。',
        '地方の訓練拠点を増やす。',
        '民間の専門家を講師に招く。',
        '訓練の成果を毎年公表する。',
        '政府は計画の進み具合を毎年点検すべきである。',
        '地域の声を計画に取り入れる。',
      ]);
    });

    it('reads bylines in half- and full-width, full-width digits, and one without an author', () => {
      const chapters = ofKind(outline, 'chapter');
      assert.deepEqual(chapters.map(c => [c.author, c.date]), [
        ['北村 一郎', '2026-01-05'], ['南 二葉', '2026-02-03'], [undefined, '2026-03-09'],
      ]);
    });

    it('makes no node of a page number or a photo credit, and ends the chapter at its byline', () => {
      assert.ok(flattenOutline(outline).every(n => !/^\d+$|写真/.test(n.title)));
      const first = ofKind(outline, 'chapter')[0];
      assert.equal(read('variants.policy.txt').split('\n')[first.endLine - 1].trim().slice(0, 4), '(脱稿日');
    });

    it('puts a wrapped bullet inside its chapter and section', () => {
      const text = read('variants.policy.txt');
      const wrapped = ofKind(outline, 'recommendation')[1];
      assert.equal(wrapped.endLine, wrapped.line + 1);
      assert.deepEqual(enclosingNodes(outline, text.indexOf('物流事業者')).map(n => n.kind), ['chapter', 'section', 'recommendation']);
    });
  });

  describe('the same text with CRLF line endings and a BOM', () => {
    const lf = read('variants.policy.txt');
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const outline = outlineDocument(crlf);

    it('gives the same structure and titles, without carriage returns', () => {
      const shape = (nodes: OutlineNode[]): unknown => nodes.map(n => [n.kind, n.title, n.line, n.endLine, n.author, n.date, shape(n.children)]);
      assert.deepEqual(shape(outline.nodes), shape(outlineOf('variants.policy.txt').nodes));
      assert.ok(flattenOutline(outline).every(n => !n.title.includes('\r')));
    });

    it('gives offsets into the text as given (the BOM and the CRs counted)', () => {
      for (const node of ofKind(outline, 'recommendation')) {
        assert.equal(crlf.slice(node.start, node.start + 5), node.title.slice(0, 5), node.title);
      }
      const chapter = ofKind(outline, 'chapter')[0];
      assert.ok(crlf.slice(chapter.start).startsWith('第一章'));
      assert.equal(crlf[chapter.end], '\r', 'a node ends before its line break');
    });
  });

  it('English: Chapter N headings, Recommendations and Policy recommendations:, a wrapped item joined with a space', () => {
    const outline = outlineOf('english-report.txt');
    assert.equal(outline.format, 'english');
    assert.deepEqual(titles(ofKind(outline, 'chapter')), ['Chapter 1: Shipping Lanes', 'Chapter 2: Skills']);
    assert.equal(ofKind(outline, 'recommendation').length, 4);
    assert.equal(ofKind(outline, 'recommendation')[1].title, 'Share vessel tracking data in near real time, with clear rules on retention.');
    assert.deepEqual(titles(ofKind(outline, 'prose-recommendation')), ['Governments should publish a joint risk picture.']);
  });

  it('Markdown: the single # title is not a chapter, ## are chapters, lists under Recommendations', () => {
    const outline = outlineOf('markdown-brief.md');
    assert.equal(outline.format, 'markdown');
    assert.deepEqual(titles(ofKind(outline, 'chapter')), ['1. Storm Surges', '2. Insurance']);
    assert.deepEqual(titles(ofKind(outline, 'recommendation')), [
      'Map the flood zones again every five years.',
      'Fund sea walls where the maps show the greatest risk.',
      'Create a public reinsurance pool.',
      'Require insurers to publish their coastal exposure.',
    ]);
  });

  it('an article: plain headings, 第一に…第三に as recommendations, references and related articles apart', () => {
    const outline = outlineOf('article.txt');
    assert.equal(outline.format, 'article');
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title]), [
      ['section', '背景'], ['section', '日本への示唆'], ['back-matter', '参考文献'], ['back-matter', '関連記事'],
    ]);
    assert.deepEqual(ofKind(outline, 'recommendation').map(r => r.title.slice(0, 3)), ['第一に', '第二に', '第三に']);
  });

  it('an agency\'s review from PDF by font size: chapters a level under the summary and annexes, a list of figures and page footers in the contents, the chapter\'s title in capitals atop a page, the summary\'s key recommendations', () => {
    const outline = outlineOf('port-review.md');
    assert.deepEqual(titles(ofKind(outline, 'chapter')), ['Executive summary', '1. Port governance', '2. Port safety', '3. Port finance', 'ANNEX A: Organisation of the review', 'ANNEX B: Glossary'],
      'the contents list them alike; its figures and its page footer name no chapters');
    assert.deepEqual(ofKind(outline, 'recommendation').map(n => n.line), [53, 54, 72, 73, 81, 95, 96], '`2. PORT SAFETY` atop the page is its header, no recommendation');
    assert.deepEqual(ofKind(outline, 'item').map(n => n.line), [31, 32, 33], 'the summary\'s key recommendations restate the chapters\'');
    const page = (n: number) => ['', `                                   ${n}`, '\f'];
    const openingPages = ['Harbour Review 2031', '', 'Contents', '', '1. Port governance ........ 2', '2. Port safety ........ 3', '3. Port finance ........ 4', ...page(1),
      '1. PORT GOVERNANCE', '', 'The port authority reports to the ministry.', ...page(2), '2. PORT SAFETY', '', 'Accidents have fallen since 2020.', ...page(3),
      '3. PORT FINANCE', '', 'Dues do not cover dredging.', ...page(4)].join('\n');
    assert.deepEqual(titles(ofKind(outlineDocument(openingPages, { fileName: 'review.txt' }), 'chapter')), ['1. PORT GOVERNANCE', '2. PORT SAFETY', '3. PORT FINANCE'],
      'a chapter\'s own heading in capitals opening its page, which only the contents name before, is no header');
  });
});
