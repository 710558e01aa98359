import * as assert from 'node:assert/strict';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';
import type { OutlineNode } from '../../../src/core/outline/model';
import { readCorpus } from '../../support/corpus';

const ofKind = (nodes: OutlineNode[], kind: string) => nodes.filter(n => n.kind === kind);

describe('outline of the reference corpus', () => {
  describe('the outlook (002)', () => {
    const text = readCorpus('outlook');
    const outline = outlineDocument(text);
    const chapters = ofKind(outline.nodes, 'chapter');

    it('keeps the table of contents apart and finds the front matter', () => {
      assert.equal(outline.format, 'outlook');
      assert.deepEqual(outline.nodes.slice(0, 3).map(n => n.kind), ['toc', 'front-matter', 'front-matter']);
      assert.equal(outline.nodes[1].title, '理事長メッセージ');
      assert.match(outline.nodes[2].title, /解題$/);
    });

    it('finds exactly 14 chapters titled as in the body, 第8章 with its two-line title', () => {
      assert.equal(chapters.length, 14);
      assert.deepEqual(chapters.map(c => /^第(\d+)章/.exec(c.title)?.[1]), Array.from({ length: 14 }, (_, i) => String(i + 1)));
      const compact = (t: string) => t.replace(/\s+/g, '');
      for (const chapter of chapters) {
        assert.ok(compact(text.slice(chapter.start, chapter.start + 200)).startsWith(compact(chapter.title)), `${chapter.title} is the body's heading`);
        assert.ok(chapter.line > outline.nodes[0].endLine, `${chapter.title} is not taken from the contents`);
      }
      const eighth = chapters[7];
      assert.ok(eighth.endLine > eighth.line || eighth.title.length > 20);
      assert.match(eighth.title, /：.+のか$/, 'the second line of the title is joined');
      assert.ok(!eighth.children.some(s => eighth.title.endsWith(s.title)), 'the title\'s second line is not a section');
    });

    it('finds the 44 recommendations, each a whole bullet under its chapter\'s 提言 (none in chapter 1)', () => {
      const recommendations = ofKind(flattenOutline(outline), 'recommendation');
      assert.equal(recommendations.length, 44);
      assert.equal(ofKind(flattenOutline({ format: 'outlook', nodes: [chapters[0]] }), 'recommendation').length, 0);
      for (const rec of recommendations) {
        const line = text.split('\n')[rec.line - 1];
        assert.ok(line.startsWith('- ') && line.slice(2).trim() === rec.title, `line ${rec.line} is the whole bullet`);
      }
      for (const chapter of chapters.slice(1)) {
        const sections = chapter.children.filter(s => s.kind === 'section');
        assert.ok(sections.some(s => s.title === '提言' && s.children.length > 0), `${chapter.title} has its 提言`);
      }
    });

    it('takes each chapter\'s ◆ headings as its sections', () => {
      const lines = text.split('\n');
      for (const chapter of chapters) {
        const sections = chapter.children.filter(s => s.kind === 'section');
        assert.ok(sections.length >= 2, chapter.title);
        for (const section of sections) assert.match(lines[section.line - 1], /^\s*◆/, `line ${section.line}`);
      }
    });

    it('offers chapter 1\'s proposals as prose recommendations', () => {
      assert.ok(ofKind(flattenOutline({ format: 'outlook', nodes: [chapters[0]] }), 'prose-recommendation').length > 0);
    });

    it('reads author and date from every 脱稿日 line, full- or half-width, one without an author', () => {
      assert.ok(chapters.every(c => /^\d{4}-\d{2}-\d{2}$/.test(c.date ?? '')), 'every chapter has a date');
      assert.equal(chapters.filter(c => !c.author).length, 1);
      assert.ok(chapters.filter(c => c.author).every(c => !/[／/（）()]/.test(c.author!)));
    });

    it('never makes a heading of a page number or a photo credit', () => {
      for (const node of flattenOutline(outline)) {
        assert.doesNotMatch(node.title, /^\d{1,3}$|写真/, `line ${node.line}`);
      }
    });
  });

  it('the survey (000): questions with split parts merged, answer groups, and answers to what should be done as recommendations', () => {
    const outline = outlineDocument(readCorpus('survey'));
    assert.equal(outline.format, 'survey');
    const questions = ofKind(outline.nodes, 'question');
    const titles = questions.map(q => q.title);
    assert.equal(new Set(titles).size, titles.length, 'no question appears twice');
    assert.ok(questions.some(q => q.children.some(c => c.kind === 'group' && c.children.length > 0)));
    const actionQuestions = questions.filter(q => /すべきか|求められる/.test(q.title));
    assert.ok(actionQuestions.length >= 2);
    for (const q of actionQuestions) assert.ok(ofKind(flattenOutline({ format: 'survey', nodes: [q] }), 'recommendation').length > 5, q.title);
    for (const node of flattenOutline(outline)) assert.doesNotMatch(node.title, /^https?:|^[\d\s.%]+$/);
  });

  it('the programme report (001): numbered headings, 成果 items and ⇒ conclusions', () => {
    const text = readCorpus('programme');
    const outline = outlineDocument(text);
    const chapters = ofKind(outline.nodes, 'chapter');
    assert.equal(chapters.length, 5);
    assert.ok(chapters.every((c, i) => c.title.startsWith(`${String.fromCharCode(0xff11 + i)}．`)));
    assert.equal(ofKind(flattenOutline(outline), 'item').filter(i => /成果[①②③]/.test(i.title)).length, 3);
    const conclusions = ofKind(flattenOutline(outline), 'item').filter(i => text.slice(i.start - 1, i.start) === '⇒');
    assert.equal(conclusions.length, 3, 'each ⇒ line is an item of its chapter');
    assert.ok(conclusions.every(c => chapters.some(ch => ch.children.includes(c))));
  });

  it('the project page (003): its field headings, the site footer as back matter', () => {
    const outline = outlineDocument(readCorpus('project'));
    const titles = outline.nodes.map(n => n.title);
    for (const field of ['研究代表者', '研究関係者', '研究概要']) assert.ok(titles.includes(field), field);
    assert.equal(outline.nodes[outline.nodes.length - 1].kind, 'back-matter');
  });

  it('the article (004): headings, 第一に…第三に as recommendations, references and related articles apart', () => {
    const outline = outlineDocument(readCorpus('article'));
    const recommendations = ofKind(flattenOutline(outline), 'recommendation');
    assert.deepEqual(recommendations.map(r => r.title.slice(0, 3)), ['第一に', '第二に', '第三に']);
    const back = ofKind(outline.nodes, 'back-matter').map(n => n.title);
    assert.deepEqual(back, ['参考資料', '関連記事', '最新ニュース']);
    assert.ok(ofKind(outline.nodes, 'section').length >= 10);
  });
});
