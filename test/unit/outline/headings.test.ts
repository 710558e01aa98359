import * as assert from 'node:assert/strict';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';
import type { OutlineNode } from '../../../src/core/outline/model';
import { Lines } from '../../../src/core/outline/lines';
import { COUNTER_WORD_SCHEME, JAPANESE_COUNTER_WORD_SCHEME, NUMBERING_SCHEMES, type Numbering } from '../../../src/core/outline/headings/numbering';
import { findPageFurniture } from '../../../src/core/outline/headings/furniture';
import { findPageListedTitles } from '../../../src/core/outline/headings/contents';
import { compilePatterns } from '../../../src/core/outline/headings/patterns';
import { isCapitalTitle } from '../../../src/core/outline/headings/capital-headings';
import { isTitleCase } from '../../../src/core/outline/headings/title-case-headings';
import { isTitleShaped } from '../../../src/core/outline/headings/candidates';
import { frontMatterEnd } from '../../../src/core/outline/rules/front-matter';
import { isTocEntry, tocTitle } from '../../../src/core/outline/rules/toc';
import { findTocBlock } from '../../../src/core/outline/toc-block';
import { contentsKeys } from '../../../src/core/outline/headings/markdown-levels';

/** Texts written for these tests, each imitating a class of documents (never a real document's text). */

function read(line: string): Numbering | undefined {
  let column = 0;
  while (/\s/.test(line[column] ?? '')) column++;
  for (const scheme of [...NUMBERING_SCHEMES, COUNTER_WORD_SCHEME, JAPANESE_COUNTER_WORD_SCHEME]) {
    if (!scheme.starts.includes(line[column])) continue;
    const numbering = scheme.read(line, column);
    if (numbering) return numbering;
  }
  return undefined;
}

const chapters = (text: string, fileName?: string) => outlineDocument(text, { fileName }).nodes.filter(n => n.kind === 'chapter');
const titles = (nodes: OutlineNode[]) => nodes.map(n => n.title);
const sectionsOf = (node: OutlineNode) => node.children.filter(n => n.kind === 'section').map(n => n.title);

describe('headings from evidence', () => {
  describe('numbering schemes', () => {
    it('reads decimal numbering at every depth, with or without the final dot', () => {
      assert.deepEqual(read('2.  Scope of the Meeting')?.path, [2]);
      assert.deepEqual(read('3.1.  Travel Arrangements')?.path, [3, 1]);
      assert.deepEqual(read('4.2.1 Next Steps')?.path, [4, 2, 1]);
      assert.equal(read('１．調査の概要')?.family, 'dotted');
      assert.equal(read('1.5倍に増えた'), undefined, 'a quantity is not a number of a heading');
      assert.equal(read('2025年度の予算'), undefined);
    });

    it('reads numbers without punctuation, closed by a parenthesis, in parentheses, circled and in kanji', () => {
      assert.deepEqual([read('２\u3000まちの安全')?.family, read('２\u3000まちの安全')?.path], ['bare', [2]]);
      assert.equal(read('３）地域の産業を支えます')?.family, 'right-paren');
      assert.deepEqual(read('（２）財源の確保')?.path, [2]);
      assert.deepEqual(read('③ 参加の場づくり')?.path, [3]);
      assert.deepEqual(read('四、教育の充実')?.path, [4]);
    });

    it('reads a counter word of the document\'s own, but no date that opens a line', () => {
      assert.equal(read('Goal 2: Safer streets')?.family, 'word:goal');
      assert.equal(read('Tuesday 13 January 2026'), undefined, 'a committee\'s formal minutes are dated so');
      assert.equal(read('March 4, 2026 Kick-off meeting'), undefined);
      assert.equal(read('27 October 2025'), undefined, 'a cover\'s date, its day first');
      assert.equal(read('30 June             (No.)'), undefined, 'a table\'s column of dates');
      assert.equal(read('27 Harbours')?.family, 'bare');
    });

    it('reads 第N章 and 第N節 apart, Chapter N, and appendices by letter, Roman numeral or number', () => {
      assert.equal(read('第３章 財政の見通し')?.family, '第章');
      assert.equal(read('第二節 地方の課題')?.family, '第節');
      assert.deepEqual(read('Chapter IV: Outlook')?.path, [4]);
      assert.deepEqual(read('Appendix B.  Survey Questions')?.path, [2]);
      assert.deepEqual(read('Appendix III: Data Sources')?.path, [3]);
      assert.deepEqual([read('ANNEX I - METHOD')?.family, read('ANNEX I - METHOD')?.path], ['appendix', [1]], 'in capitals, a dash before the title (EU and UN papers)');
      assert.deepEqual([read('Annexure II')?.family, read('Annexure II')?.path], ['appendix', [2]], 'as Indian government reports name their appendices');
      assert.deepEqual([read('Annexe 3 – Inspection data')?.family, read('Annexe 3 – Inspection data')?.path], ['appendix', [3]], 'as British inspectorates spell them');
      assert.deepEqual(read('A.2.  Second Part of the Appendix')?.path, [1, 2]);
      assert.equal(read('Appendixes are listed below'), undefined);
    });
  });

  describe('Roman numerals over the chapters (English papers, Japanese council reports)', () => {
    it('reads I. to XXXIX. written the usual way, and Ⅰ to Ⅻ, but not initials or letters', () => {
      assert.deepEqual([read('IV. FINDINGS')?.family, read('IV. FINDINGS')?.path], ['roman', [4]]);
      assert.deepEqual(read('XII) Outlook')?.path, [12]);
      assert.deepEqual([read('Ⅲ．提言')?.family, read('Ⅲ．提言')?.path], ['roman', [3]]);
      assert.deepEqual(read('Ⅱ\u3000現状')?.path, [2]);
      assert.equal(read('IIII. Wrong'), undefined, 'not a numeral as written');
      assert.notEqual(read('C. Smith and D. Jones')?.family, 'roman', 'a letter, not a hundred');
      assert.equal(read('I think so'), undefined);
    });

    it('makes chapters of a Roman sequence in plain English text, with the numbered sections inside', () => {
      const text = [
        'HEAT IN CITIES', 'A paper of a research programme', '', 'I. INTRODUCTION', '', 'Heat waves grow longer.', '',
        'II. WHAT CITIES DO', '', '1. Plans', '', 'Few cities have one.', '', '2. Staff', '', 'Fewer have staff.', '',
        'III. CONCLUSION', '', 'Cities must act.',
      ].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['I. INTRODUCTION', 'II. WHAT CITIES DO', 'III. CONCLUSION']);
      assert.deepEqual(sectionsOf(found[1]), ['1. Plans', '2. Staff']);
    });

    it('follows a sequence printed at another indentation on a later page (text extracted from a PDF with its layout)', () => {
      const text = [
        'REVIEW OF HARBOUR SAFETY', '', '         I.   Summary', '', '              1. The review met twice.', '',
        '     II.      Conclusions', '', '              2. The ports agreed.', '', '\f', 'III.   Pledges', '', '       3. The State will report.',
      ].join('\n');
      assert.deepEqual(titles(chapters(text)), ['I.   Summary', 'II.      Conclusions', 'III.   Pledges']);
    });

    it('makes chapters of Ⅰ．Ⅱ．Ⅲ． in a Japanese report, with １．２． sections counting again in each', () => {
      const text = [
        '有識者会議 報告', '', 'Ⅰ．はじめに', '本会議の目的を述べる。', '', 'Ⅱ．現状', '１．人口', '減少が続く。', '２．財政', '厳しい。', '',
        'Ⅲ．方向性', '１．連携', '広域で連携する。', '２．人材', '人材を育てる。', '',
      ].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['Ⅰ．はじめに', 'Ⅱ．現状', 'Ⅲ．方向性']);
      assert.deepEqual(sectionsOf(found[2]), ['１．連携', '２．人材']);
    });
  });

  describe('numbered paragraphs with run-in titles (memoranda and directives in plain text)', () => {
    it('a short title in title case before its text, ended by a stop, heads its paragraph; a sentence does not', () => {
      const memo = [
        'MEMORANDUM FOR PORT AUTHORITIES', '', 'SUBJECT: Safer Quays', '',
        '1. Purpose. This memorandum sets out what each port must do.', '', '2. Background. Several quays failed inspection.', '',
        '3. Required Actions. Each port authority shall inspect every quay.', '', '4. Point of Contact. Write to the Office of Ports.',
      ].join('\n');
      assert.deepEqual(titles(chapters(memo, 'memo.txt')), ['1. Purpose.', '2. Background.', '3. Required Actions.', '4. Point of Contact.']);
      const paragraphs = ['Review of the Ports', '', '1. The ports are old. They need repair.', '', '2. Crews are short. Training takes years.', '', '3. Data are scarce. Few ports publish them.'].join('\n');
      assert.deepEqual(titles(chapters(paragraphs, 'review.txt')), [], 'numbered paragraphs whose first sentence is no title');
      const lettered = ['DIRECTIVE 26-03', '', 'A. Purpose. This directive sets rules for quays.', '', 'B. Scope. It applies to every port.', '', 'C. Effective Date. It takes effect in July.'].join('\n');
      assert.deepEqual(titles(chapters(lettered, 'directive.txt')), ['A. Purpose.', 'B. Scope.', 'C. Effective Date.'], 'lettered paragraphs a blank line apart, their text after the title');
      const options = ['Question 1', '', 'A. Yes', '', 'B. No', '', 'C. Not sure'].join('\n');
      assert.deepEqual(titles(chapters(options, 'survey.txt')), [], 'a question\'s options are still no headings');
    });
  });

  describe('lettered divisions (memoranda, directives, administrative papers)', () => {
    it('takes A., B., C. for chapters, the title after the letter set in bold or not', () => {
      const memo = [
        'MEMORANDUM FOR ALL BUREAUS', '', 'FROM: The Registrar', '', 'A.  **Purpose**', '', 'Why the registry moves.', '',
        'B.  **Duties**', '', '1. Each bureau names a contact.', '', '2. Each bureau moves its files.', '',
        'C.  **Timing**', '', 'The move ends in spring.',
      ].join('\n');
      assert.deepEqual(titles(chapters(memo, 'memo.md')), ['A.  Purpose', 'B.  Duties', 'C.  Timing']);
    });

    it('nests lettered sections under numbered chapters, where they start again in each', () => {
      const text = [
        'GUIDANCE ON RECORDS', '', '1. Scope', '', 'What is covered.', '', '2. Duties', '', 'A. Naming a contact', '', 'One per bureau.', '',
        'B. Moving files', '', 'Within a year.', '', '3. Review', '', 'A. Yearly check', '', 'The registrar checks.', '',
      ].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['1. Scope', '2. Duties', '3. Review']);
      assert.deepEqual(sectionsOf(found[1]), ['A. Naming a contact', 'B. Moving files']);
    });

    it('takes no initials (`J. Smith`) and no options of a question (`A. Yes`, a blank line, `B. No`) for headings', () => {
      const names = ['NOTES OF A MEETING', '', 'Members spoke in turn.', '', 'J. Smith', '', 'On the budget.', '', 'K. Tanaka', '', 'On the timetable.'].join('\n');
      assert.deepEqual(titles(chapters(names)), []);
      const options = ['A SHORT SURVEY', '', 'Do you use the service?', '', 'A. Yes', '', 'B. No', '', 'C. Not sure', '', 'Thank you.'].join('\n');
      assert.deepEqual(titles(chapters(options)), []);
    });
  });

  describe('headings marked only by capitals (English briefs printed from PDFs)', () => {
    const brief = [
      'SAFER SCHOOL TRIPS', 'A brief of a transport research group', '', 'SUMMARY', '', 'Trips by coach grew last year.', '',
      'WHAT WE FOUND', '', 'Drivers work long days.', '', 'RECOMMENDATIONS', '', '- Limit a driver\'s day to ten hours.',
      '- Check every coach before the trip.', '', 'NEXT STEPS', '', 'We will report again next year.',
    ].join('\n');

    it('makes chapters of capital lines between blank lines, the title line apart, with recommendations under their label', () => {
      const outline = outlineDocument(brief);
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['SUMMARY', 'WHAT WE FOUND', 'RECOMMENDATIONS', 'NEXT STEPS']);
      const recommendations = flattenOutline(outline).filter(n => n.kind === 'recommendation');
      assert.deepEqual(titles(recommendations), ['Limit a driver\'s day to ten hours.', 'Check every coach before the trip.']);
    });

    it('a title in capitals under a masthead, right over the first heading, is the title, not a chapter', () => {
      const mastheaded = ['TRANSPORT RESEARCH GROUP BRIEF', 'No. 4 | May 2026', '', 'SAFER SCHOOL TRIPS', '', ...brief.split('\n').slice(3)].join('\n');
      assert.deepEqual(titles(chapters(mastheaded)), ['SUMMARY', 'WHAT WE FOUND', 'RECOMMENDATIONS', 'NEXT STEPS']);
      const withText = mastheaded.replace('SAFER SCHOOL TRIPS\n', 'SAFER SCHOOL TRIPS\n\nCoaches carry most pupils.\n');
      assert.ok(titles(chapters(withText)).includes('SAFER SCHOOL TRIPS'), 'with text of its own, it is a chapter');
    });

    it('takes no capital line as a chapter where numbering gives chapters, or where there is only one', () => {
      const numbered = ['Report', '', '1. Scope', '', 'Text here.', '', 'NOTE ON DATA', '', 'Text.', '', '2. Results', '', 'More text.'].join('\n');
      assert.deepEqual(titles(chapters(numbered)), ['1. Scope', '2. Results']);
      const single = ['Title', '', 'Some text.', '', 'IMPORTANT', '', 'More text here.'].join('\n');
      assert.deepEqual(chapters(single), []);
    });

    it('reads a capital title as capitals only: no lower case, no sentence', () => {
      assert.ok(isCapitalTitle('PART TWO: COSTS & BENEFITS'));
      assert.ok(!isCapitalTitle('Recommendations'));
      assert.ok(!isCapitalTitle('WE MUST ACT NOW.'));
      assert.ok(!isCapitalTitle('OK'));
    });
  });

  describe('numbered plain text (RFC-style drafts and reports)', () => {
    const draft = [
      'Abstract', '', '   This memo reports on a meeting.', '',
      'Table of Contents', '',
      '   1.  Introduction', '   2.  Scope', '     2.1.  Arrangements', '   3.  Findings', '   Appendix A.  Participants', '',
      '1.  Introduction', '', '   The meeting took place online over two days.', '',
      '2.  Scope', '', '   The scope was set in advance.', '',
      '2.1.  Arrangements', '', '   Participants joined from many places and', '   time zones.', '',
      '3.  Findings', '', '   The participants agreed on the following:', '',
      '   1.  Operators want simpler tools for the daily work of keeping', '       networks running.', '',
      '   2.  Vendors want clearer requirements.', '',
      'Appendix A.  Participants', '', '   A list of the people who took part.', '',
    ].join('\n');

    it('makes chapters of the sequence that runs through the text, sections of its subsections, and appendices chapters', () => {
      const found = chapters(draft);
      assert.deepEqual(titles(found), ['1.  Introduction', '2.  Scope', '3.  Findings', 'Appendix A.  Participants']);
      assert.deepEqual(sectionsOf(found[1]), ['2.1.  Arrangements']);
      assert.ok(found.every(c => c.line > 12), 'the indented contents make no chapter');
    });

    it('leaves an indented numbered list inside a chapter as text', () => {
      const findings = chapters(draft)[2];
      assert.deepEqual(sectionsOf(findings), []);
    });

    it('joins a title wrapped onto the next line at its hanging indent', () => {
      const text = ['1.  Introduction', '', '   Text.', '', '2.  Possible Solutions, Recommendations', '    and Next Steps', '', '   Text.'].join('\n');
      assert.equal(chapters(text)[1].title, '2.  Possible Solutions, Recommendations and Next Steps');
    });

    it('keeps a short title apart from the paragraph under it that starts at its hanging indent and runs further right (pdftotext -layout)', () => {
      const text = [
        '1  はじめに', '   本会は、港の設備と管理の体制について、国、県、市及び港湾の関係機関から', '  話を聞き、その結果を次のとおり取りまとめた。', '',
        '2  現状と課題', '(1) 設備の老朽化', '    港の設備の多くは建設から五十年を超え、点検の記録も十分ではなく、老朽化', '  の程度を把握できていない港が多い。更新の計画を立てる必要がある。', '',
        '(2) 人材の不足', '    点検を担う技術者が足りない。',
      ].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['1  はじめに', '2  現状と課題']);
      assert.deepEqual(sectionsOf(found[1]), ['(1) 設備の老朽化', '(2) 人材の不足']);
    });

    it('keeps the decimal sections under their chapters past a stray `4.` of a list, and takes no figure set with a space for a number (an inquiry report from pdftotext)', () => {
      const text = [
        'Ports Inquiry Report', '', '28 June 2030', '', '1 About this inquiry', '', '1.1 What we were asked to do', '', 'The minister asked us to report.', '',
        '1.2 Our approach', '', 'We asked four questions. The last was:', '', '4. Do the benefits exceed the costs?', '', 'We weighed each answer.', '',
        '2 Ports in the region', '', '2.1 How many ports there are', '', 'Ports by size', '', 'Large', '', '1 210', '', 'Small', '', '2 800', '',
        '2.2 Who runs them', '', 'Councils run most of them.', '', '3 Reform', '', '3.1 A new authority', '', 'The authority would plan the ports.', '',
      ].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['1 About this inquiry', '2 Ports in the region', '3 Reform']);
      assert.deepEqual(found.map(sectionsOf), [['1.1 What we were asked to do', '1.2 Our approach'], ['2.1 How many ports there are', '2.2 Who runs them'], ['3.1 A new authority']]);
    });

    it('takes lines numbered on consecutive lines as a list, and a list that starts again as no chapters', () => {
      const text = ['Notes', '', '1. Bring the forms', '2. Sign them', '3. Return them', '', 'More notes', '', '1. Ask first', '', '2. Then act', '', 'Other', '', '1. Again'].join('\n');
      assert.deepEqual(chapters(text), []);
    });

    it('nests hyphenated sections (1-1, 2-3) under 第N章 like decimal ones, and a chapter named by a label holds recommendations', () => {
      assert.deepEqual([read('2-3 受け入れの体制')?.family, read('2-3 受け入れの体制')?.path], ['dotted', [2, 3]]);
      assert.equal(read('2026-2030 の計画'), undefined, 'a span of years is no section number');
      const text = [
        '第1章 計画の概要', '1-1 目的', '本文。', '1-2 期間', '本文。', '', '第2章 施策', '2-1 環境の整備',
        '・案内板を整える。', '・通信を拡充する。', '2-2 人材', '・案内人を育てる。',
      ].join('\n');
      const outline = outlineDocument(text);
      const found = outline.nodes.filter(n => n.kind === 'chapter');
      assert.deepEqual(sectionsOf(found[0]), ['1-1 目的', '1-2 期間']);
      assert.deepEqual(sectionsOf(found[1]), ['2-1 環境の整備', '2-2 人材']);
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['案内板を整える。', '通信を拡充する。', '案内人を育てる。']);
    });

    it('nests decimal subsections (2.1, 2.2) under chapters numbered in another scheme (`2 現状`)', () => {
      const text = ['1 はじめに', '', '本文。', '', '2 現状', '', '2.1 人口', '減っている。', '', '2.2 財政', '厳しい。', '', '3 提案', '', '2.9 迷い込んだ番号', '', '本文。'].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['1 はじめに', '2 現状', '3 提案']);
      assert.deepEqual(sectionsOf(found[1]), ['2.1 人口', '2.2 財政']);
      assert.deepEqual(sectionsOf(found[2]), [], 'a subsection of another chapter is not one of this chapter');
    });

    it('nests (1), (2) under 第N章 as sections, counting again in each chapter', () => {
      const text = ['第1章 総論', '', '（１）背景', '', '本文。', '', '（２）目的', '', '本文。', '', '第2章 各論', '', '（１）現状', '', '本文。', '', '（２）課題', '', '本文。'].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['第1章 総論', '第2章 各論']);
      assert.deepEqual(sectionsOf(found[1]), ['（１）現状', '（２）課題']);
    });
  });

  describe('schemes nested as the document nests them (council and ministry reports)', () => {
    // 第N章 > 第N節 > １ > （１）, each inner scheme counting again under every heading outside it.
    const text = [
      '第１章　背景', '', '第１節　需要', '', '１　現状', '', '（１）利用', '本文。', '', '（２）担い手', '本文。', '',
      '２　見通し', '本文。', '', '第２節　経営', '', '１　収支', '本文。', '', '２　設備', '本文。', '',
      '第２章　施策', '', '１　支援', '本文。', '', '２　連携', '本文。',
    ].join('\n');
    const sectionTree = (nodes: OutlineNode[]): unknown[] => nodes.filter(n => n.kind === 'section').map(n => {
      const inner = sectionTree(n.children);
      return inner.length ? [n.title, inner] : n.title;
    });

    it('puts each scheme inside the one after whose headings its numbering starts again', () => {
      const found = chapters(text);
      assert.deepEqual(titles(found), ['第１章　背景', '第２章　施策']);
      assert.deepEqual(sectionTree(found[0].children), [
        ['第１節　需要', [['１　現状', ['（１）利用', '（２）担い手']], '２　見通し']],
        ['第２節　経営', ['１　収支', '２　設備']],
      ]);
      assert.deepEqual(sectionTree(found[1].children), ['１　支援', '２　連携'], 'a chapter without 第N節 holds its numbered sections itself');
    });

    it('makes a section span its inner sections, and a chapter its sections', () => {
      const [first] = chapters(text);
      const [need] = first.children;
      const [current, outlook] = need.children;
      assert.equal(need.endLine, outlook.endLine, 'the 第１節 runs on to the end of its last section');
      assert.equal(current.endLine, current.children[1].endLine, 'and １　現状 to the end of （２）');
      assert.ok(current.end < outlook.start);
      assert.ok(first.end >= first.children[1].end);
    });

    it('puts decimal subsections under the numbered sections whose numbers they carry, not under a 第N章 of the same number', () => {
      // Discussion papers in two 第N章 halves, each numbering its sections from １ again, with １.１ under １.
      const paper = [
        '第１章　手引編', '', '１  導入の判断', '', '１.１  判断の基準', '本文。', '', '１.２  判断の手順', '本文。', '',
        '第２章　解説編', '', '１  仕組み', '', '１.１  構成', '本文。', '', '２  利用の形', '', '２.１  種類', '本文。', '',
        '２.２  組み合わせ', '本文。', '', '３  留意点', '', '３.１  保存場所', '本文。',
      ].join('\n');
      const found = chapters(paper);
      assert.deepEqual(titles(found), ['第１章　手引編', '第２章　解説編']);
      assert.deepEqual(sectionTree(found[1].children), [['１  仕組み', ['１.１  構成']], ['２  利用の形', ['２.１  種類', '２.２  組み合わせ']], ['３  留意点', ['３.１  保存場所']]]);
      assert.deepEqual(sectionTree(found[0].children), [['１  導入の判断', ['１.１  判断の基準', '１.２  判断の手順']]]);
    });
  });

  describe('numbered recommendations hard-wrapped in plain text (briefs printed from PDFs)', () => {
    it('takes a numbered line that runs on, indented, to a full stop for a list item, not a heading', () => {
      const text = [
        'A BRIEF ON FLOODS', '', 'THE PROBLEM', '', 'Premiums do not follow the risk.', '', 'RECOMMENDATIONS', '',
        '1. The agency should phase in premiums that follow the risk over five years,', '   with help for households on low incomes.', '',
        '2. The agency should publish its flood maps every three years in a form that', '   programs can read.', '',
        '3. Sellers should disclose the flood risk of a home.', '', 'CONCLUSION', '', 'Reform is due.',
      ].join('\n');
      const outline = outlineDocument(text);
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['THE PROBLEM', 'RECOMMENDATIONS', 'CONCLUSION']);
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), [
        'The agency should phase in premiums that follow the risk over five years, with help for households on low incomes.',
        'The agency should publish its flood maps every three years in a form that programs can read.',
        'Sellers should disclose the flood risk of a home.',
      ]);
    });

    it('takes a Japanese numbered proposal wrapped under a hanging indent for an item, not a heading', () => {
      const text = ['第１章　提言', '', '【提言】', '１．地方の公共交通を維持するため、国は財政支援を拡充し、運行', '\u3000\u3000事業者の経営を安定させるべきである。',
        '２．自治体は交通と福祉の予算を一体で運用し、移動の手段を確保', '\u3000\u3000すべきである。'].join('\n');
      const all = flattenOutline(outlineDocument(text));
      assert.deepEqual(titles(all.filter(n => n.kind === 'section' && !n.title.startsWith('【'))), []);
      assert.deepEqual(titles(all.filter(n => n.kind === 'recommendation')), [
        '地方の公共交通を維持するため、国は財政支援を拡充し、運行事業者の経営を安定させるべきである。', '自治体は交通と福祉の予算を一体で運用し、移動の手段を確保すべきである。',
      ]);
    });

    it('keeps a short heading with its text indented under it, and a long Japanese heading over a paragraph', () => {
      const english = ['1. Scope', '   This report covers the region.', '', '2. Findings', '   The findings follow.'].join('\n');
      assert.deepEqual(titles(chapters(english)), ['1. Scope', '2. Findings']);
      const long = '地域公共交通の再構築に向けた国と地方の役割分担の見直しについての考え方';
      const japanese = [`１．${long}`, '　本章では役割分担を述べる。', '', '２．今後の進め方', '　次に進め方を述べる。'].join('\n');
      assert.deepEqual(titles(chapters(japanese)), [`１．${long}`, '２．今後の進め方']);
    });

    it('takes a Japanese numbered paragraph longer than any heading, its text going on flush under it, for no heading', () => {
      const wrapped = '性別は、引き続き記録すれば問題は生じないとの調査結果が港湾の窓口と各地の事務所から得られたことから、';
      const text = ['１．記載事項', '（１）券面', `①${wrapped}`, '次期の券面には記載しないこととする。', `②${wrapped}`, '住所の記載は現行どおりとする。',
        `③${wrapped}`, '氏名の記載は現行どおりとする。', '（２）技術', '本文。'].join('\n');
      const all = flattenOutline(outlineDocument(text));
      assert.ok(!all.some(n => n.kind === 'section' && n.title.startsWith('①')), 'no section of the paragraph');
      assert.deepEqual(titles(all.filter(n => n.kind === 'chapter' || n.kind === 'section')), ['（１）券面', '（２）技術']);
    });

    it('takes an English numbered paragraph as wide as the page, its text going on flush under it in any case, for no heading', () => {
      const full = (n: number, words: string) => `${n}.    ${words}`;
      const text = [
        'I.   Summary', '',
        full(1, 'Regarding the harbour office, the State said that the Coastal Safety'),
        'Board, which had met since 1990, had mostly fulfilled its founding rules.',
        full(2, 'With respect to the new lighthouse on the northern cape, the delegation noted,'),
        'Members of the board had approved its design in the previous spring.', '',
        'II.  Findings', '', 'The findings follow.',
      ].join('\n');
      const all = flattenOutline(outlineDocument(text));
      assert.deepEqual(titles(all.filter(n => n.kind === 'chapter' || n.kind === 'section')), ['I.   Summary', 'II.  Findings']);
    });
  });

  describe('decimal sections with no chapter headings over them (memos, conversions that lost the chapter lines)', () => {
    it('takes the shallowest decimal headings for chapters where they count in order', () => {
      const text = ['A Memo on Broadband', '', '1.1 Background', '', 'Text.', '', '1.2 Scope', '', 'Text.', '', '2.1 Coverage', '', 'Text.', '', '3.1 Recommendations', '', '- Fund the links.', '- Map coverage.'].join('\n');
      assert.deepEqual(titles(chapters(text)), ['1.1 Background', '1.2 Scope', '2.1 Coverage', '3.1 Recommendations']);
      assert.deepEqual(titles(flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation')), ['Fund the links.', 'Map coverage.']);
    });

    it('takes no chapters from two of them, or from numbers out of order', () => {
      assert.deepEqual(titles(chapters(['1.1 Background', '', 'Text.', '', '1.2 Scope', '', 'Text.'].join('\n'))), []);
      assert.deepEqual(titles(chapters(['4.2 Costs', '', 'Text.', '', '1.7 Scope', '', 'Text.', '', '3.3 Data', '', 'Text.'].join('\n'))), []);
    });
  });

  describe('kanji numbers over the chapters of Japanese reports and guidelines', () => {
    it('reads 一　… with an ideographic space and 第一　… without a counter word', () => {
      assert.deepEqual([read('三\u3000提言')?.family, read('三\u3000提言')?.path], ['kanji', [3]]);
      assert.deepEqual([read('第二\u3000基本方針')?.family, read('第二\u3000基本方針')?.path], ['第', [2]]);
      assert.equal(read('一人ひとりの力'), undefined);
      assert.equal(read('第一に、予算を確保する。'), undefined, 'an ordinal paragraph is no numbered heading');
    });

    it('takes them for chapters, with a label chapter\'s numbered items as its recommendations', () => {
      const text = ['架空の報告', '', '一\u3000はじめに', '', '\u3000本文。', '', '二\u3000現状', '', '\u3000本文。', '', '三\u3000提言', '',
        '１\u3000避難所の環境を改善する。', '２\u3000情報伝達を多重化する。', '', '四\u3000おわりに', '', '\u3000以上。'].join('\n');
      assert.deepEqual(titles(chapters(text)), ['一\u3000はじめに', '二\u3000現状', '三\u3000提言', '四\u3000おわりに']);
      assert.deepEqual(titles(flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation')), ['避難所の環境を改善する。', '情報伝達を多重化する。']);
      const guideline = ['第一\u3000総則', '', '\u3000目的を定める。', '', '第二\u3000基本方針', '', '\u3000方針を定める。', '', '第三\u3000施策', '', '\u3000施策を定める。'].join('\n');
      assert.deepEqual(titles(chapters(guideline)), ['第一\u3000総則', '第二\u3000基本方針', '第三\u3000施策']);
    });
  });

  describe('chapters grouped in parts (white papers, books)', () => {
    // 第N部 groups the chapters, which count again from 1 in each part; 第N節 are their sections.
    const text = [
      '架空白書', '', '第１部　現状', '', '第１章　需要', '', '第１節　利用者', '　本文。', '', '第２節　担い手', '　本文。', '',
      '第２章　経営', '', '第１節　収支', '　本文。', '', '第２部　施策', '', '第１章　再編', '', '　本文。', '', '第２章　人材', '', '　本文。',
    ].join('\n');

    it('takes the chapters of every part, numbered again, with their sections', () => {
      const found = chapters(text);
      assert.deepEqual(titles(found), ['第１章　需要', '第２章　経営', '第１章　再編', '第２章　人材']);
      assert.deepEqual(sectionsOf(found[0]), ['第１節　利用者', '第２節　担い手']);
      assert.deepEqual(sectionsOf(found[1]), ['第１節　収支']);
    });

    it('ends the chapter before a part\'s heading, which is no chapter itself', () => {
      const lines = text.split('\n');
      const [, second, third] = chapters(text);
      assert.ok(second.endLine < lines.indexOf('第２部　施策') + 1, 'the second chapter stops before the part');
      assert.equal(third.line, lines.indexOf('第１章　再編') + 1);
      assert.ok(!flattenOutline(outlineDocument(text)).some(n => n.title.includes('部')));
    });

    it('still wants chapters that count in order where no part explains a new start', () => {
      const unparted = text.split('\n').filter(l => !l.includes('部')).join('\n');
      assert.deepEqual(flattenOutline(outlineDocument(unparted)).filter(n => n.kind === 'section'), [], 'no sections from a sequence the text does not explain');
    });
  });

  describe('parts and no chapters (guidelines and plans divided into 第N部 only)', () => {
    // A table listing the parts a few lines apart, and prose that cites a part, are no headings.
    const guideline = [
      '架空の指針', '', '第１部　総論', '', '第２部では、各主体の事項を述べる。', '', '１．目的', '　本文。', '', '２．範囲', '　本文。',
      '　次の表は部ごとの対象を示す。', '第 2 部. 事業者', '', '第 3 部. 利用者', '', '第 4 部. 第三者', '', '　本文。', '',
      '第２部　各主体の事項', '', '１．事業者', '　本文。', '', '２．利用者', '　本文。', '', '第３部　附則', '', '　本文。',
    ].join('\n');

    it('takes the parts for the chapters, with the numbered headings inside them as sections', () => {
      const found = chapters(guideline);
      assert.deepEqual(titles(found), ['第１部　総論', '第２部　各主体の事項', '第３部　附則']);
      assert.deepEqual(sectionsOf(found[0]), ['１．目的', '２．範囲']);
      assert.deepEqual(sectionsOf(found[1]), ['１．事業者', '２．利用者']);
    });

    it('takes no line for a heading where a particle follows the number: prose citing a part or chapter, wrapped', () => {
      const report = ['第１章　序論', '　本文。', '', '第２章では、制度の課題と', '対応を順に述べ、', '', '第２章　制度', '　本文。', '', 'はじめに', '', '第３章　にぎわいの創出', '　本文。'].join('\n');
      assert.deepEqual(titles(chapters(report)), ['第１章　序論', '第２章　制度', '第３章　にぎわいの創出']);
    });
  });

  describe('a chapter\'s number alone on its line, its title on the next (reports laid out for print, and their PDFs)', () => {
    it('takes the title from the next line, after a blank one at most', () => {
      const japanese = ['第１章', '需要の動向', '', '　本文。', '', '第２章', '', '経営の課題', '', '　本文。'].join('\n');
      assert.deepEqual(titles(chapters(japanese)), ['第１章\u3000需要の動向', '第２章\u3000経営の課題']);
      const english = ['CHAPTER 1', 'THE STATE OF THE NETWORK', '', 'Text of the chapter.', '', 'CHAPTER 2', 'WHAT TO DO', '', 'More text.'].join('\n');
      const found = chapters(english);
      assert.deepEqual(titles(found), ['CHAPTER 1 THE STATE OF THE NETWORK', 'CHAPTER 2 WHAT TO DO']);
      assert.ok(!flattenOutline(outlineDocument(english)).some(n => n.title === 'WHAT TO DO' && n.kind !== 'chapter'), 'the title line is the heading\'s, not text of the chapter');
    });

    it('reads the numbers books and reports spell out (Chapter One, PART TWO), and a label after them', () => {
      const text = ['CHAPTER ONE', 'THE PROBLEM', '', 'Text.', '', 'CHAPTER TWO', 'RECOMMENDATIONS', '', '1. Fund the pilots.', '2. Publish the data.'].join('\n');
      assert.deepEqual(titles(chapters(text)), ['CHAPTER ONE THE PROBLEM', 'CHAPTER TWO RECOMMENDATIONS']);
      assert.deepEqual(titles(flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation')), ['Fund the pilots.', 'Publish the data.']);
      assert.deepEqual(read('Chapter Three: What Works')?.path, [3]);
    });

    it('takes no sentence, and no other numbered line, for the title', () => {
      const text = ['Chapter 1', 'The network grew fast in the last decade.', '', 'Chapter 2', '1. Scope', '', 'Text.'].join('\n');
      assert.ok(!titles(chapters(text)).some(t => t.includes('grew') || t.includes('Scope')));
    });
  });

  describe('the front and back matter of a printed report', () => {
    it('names the front matter from a contents in title case, though the heading is in capitals', () => {
      const text = [
        'CONTENTS', 'Executive Summary ........ 1', 'Chapter 1  Water ........ 3', 'Chapter 2  Power ........ 9', '',
        'EXECUTIVE SUMMARY', '', 'The summary.', '', 'CHAPTER 1', 'WATER', '', 'Text.', '', 'CHAPTER 2', 'POWER', '', 'Text.', '',
        'ABOUT THE AUTHORS', '', 'A fellow of the institute.',
      ].join('\n');
      const nodes = outlineDocument(text).nodes;
      assert.deepEqual(nodes.filter(n => n.kind !== 'toc').map(n => [n.kind, n.title]), [
        ['front-matter', 'EXECUTIVE SUMMARY'], ['chapter', 'CHAPTER 1 WATER'], ['chapter', 'CHAPTER 2 POWER'], ['back-matter', 'ABOUT THE AUTHORS'],
      ]);
    });
  });

  describe('unnumbered chapters around numbered ones (federation and council proposals, English reports)', () => {
    it('takes はじめに before the numbered chapters and おわりに after them as chapters, not a まとめ inside one', () => {
      const text = [
        '架空の提言', '', 'はじめに', '　本提言の狙い。', '', 'Ⅰ．現状', '　本文。', '', 'まとめ', '　この章のまとめ。', '',
        'Ⅱ．提言', '１．人', '　本文。', '', 'おわりに', '　結び。', '', '以上',
      ].join('\n');
      assert.deepEqual(titles(chapters(text)), ['はじめに', 'Ⅰ．現状', 'Ⅱ．提言', 'おわりに']);
    });

    it('takes no summary after the last chapter\'s heading for a closing chapter: a chapter ends with its own', () => {
      const text = ['Ⅰ．現状', '本文。', '', 'Ⅱ．提言', '本文。', '', 'まとめ', '', '本章の要点。', '', 'Summary', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(text)), ['Ⅰ．現状', 'Ⅱ．提言']);
    });

    it('needs numbered chapters as evidence, and a line of its own after a blank one', () => {
      assert.deepEqual(titles(chapters(['はじめに', '', '本文。', '', 'おわりに', '', '本文。'].join('\n'))), []);
      const text = ['Ⅰ．現状', '本文。', '', 'Ⅱ．提言', '本文。', 'まとめ', '本文。', '', 'Conclusion', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(text)), ['Ⅰ．現状', 'Ⅱ．提言', 'Conclusion']);
    });
  });

  describe('a self-evaluation that repeats its sections in every chapter (university self-study reports printed from PDF)', () => {
    // 序章, 第１章 … 終章, each chapter's sections titled alike, one chapter leaving out a part with nothing to say.
    const chapterText = (n: string, measures: string[]) => [
      `第${n}章\u3000領域${n}`, '', '１．現状説明', '\u3000現状の記述。', '', '２．点検・評価', '（1）長所・特色', '\u3000①良い点がある。', '（2）問題点', '\u3000①課題がある。', '',
      '３．改善・発展方策', ...measures, '',
    ];
    const both = ['（1）長所・特色の伸長に向けた方策', '\u3000①取組を広げる。', '（2）問題点の改善に向けた方策', '\u3000①体制を整える。', '\u3000②指標を定める。'];
    const text = [
      '架空大学', '自己点検・評価報告書', '', '目\u3000次', '序章 ........ 1', '第１章\u3000領域１ ........ 2', '第２章\u3000領域２ ........ 4', '第３章\u3000領域３ ........ 6', '終章 ........ 8', '',
      '序章', '\u3000本報告書の構成。', '',
      ...chapterText('１', both), ...chapterText('２', both),
      ...chapterText('３', ['（2）問題点の改善に向けた方策', '\u3000①設備を改修する。', '\u3000②研修を義務とする。']),
      '終章', '\u3000結び。',
    ].join('\n');
    const nodes = () => outlineDocument(text).nodes.filter(n => n.kind !== 'toc');

    it('takes 序章, an introduction that calls itself a chapter, for the first chapter though the contents list it before 第１章', () => {
      assert.deepEqual(nodes().map(n => [n.kind, n.title]), [
        ['chapter', '序章'], ['chapter', '第１章\u3000領域１'], ['chapter', '第２章\u3000領域２'], ['chapter', '第３章\u3000領域３'], ['chapter', '終章'],
      ]);
    });

    it('keeps the first chapter\'s sections, though their titles and the heading over them come again in the next chapter', () => {
      const first = nodes()[1];
      assert.deepEqual(sectionsOf(first), ['１．現状説明', '２．点検・評価', '３．改善・発展方策']);
      assert.deepEqual(sectionsOf(first.children[1]), ['（1）長所・特色', '（2）問題点']);
    });

    it('takes a section whose title and number head sections in other chapters, though its sequence does not start here', () => {
      const third = nodes()[3];
      assert.deepEqual(sectionsOf(third.children[2]), ['（2）問題点の改善に向けた方策']);
    });

    it('reads each measure under `…に向けた方策` as a recommendation, not the strengths and problems numbered alike', () => {
      const recs = (chapter: OutlineNode) => flattenOutline({ format: 'outlook', nodes: [chapter] }).filter(n => n.kind === 'recommendation').map(n => n.title);
      assert.deepEqual(recs(nodes()[1]), ['取組を広げる。', '体制を整える。', '指標を定める。']);
      assert.deepEqual(recs(nodes()[3]), ['設備を改修する。', '研修を義務とする。']);
    });
  });

  describe('a report\'s section kept in a file of its own', () => {
    it('takes its only heading, numbered, for its chapter, which holds its recommendations', () => {
      const text = ['2. Recommendations', '==================', '', 'I recommend:', '', '#. The board funds the repairs.', '', '#. The ports publish their data.'].join('\n');
      const outline = outlineDocument(text, { fileName: 'section.rst' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['2. Recommendations']);
      assert.equal(outline.nodes[0].children.filter(n => n.kind === 'recommendation').length, 2);
    });

    it('a white paper\'s chapter saved alone: its one chapter heading is the title, its sections are the chapters', () => {
      const text = [
        '第２部　架空の施策', '', '第４章　港湾の再編', '', '本章では再編の経緯を述べる。', '',
        '第１節　現状', '', '（１）利用', '本文。', '', '（２）担い手', '本文。', '',
        '第２節　見通し', '', '本文。', '', '第３節　課題', '', '本文。',
      ].join('\n');
      const found = chapters(text);
      assert.deepEqual(titles(found), ['第１節　現状', '第２節　見通し', '第３節　課題']);
      assert.deepEqual(sectionsOf(found[0]), ['（１）利用', '（２）担い手']);
    });

    it('a chapter heading after some of the sections, over only one, or after text of the report\'s own, stays the chapter', () => {
      const late = ['１．背景', '', '本文。', '', '２．論点', '', '本文。', '', '第３章　提言', '', '本文。'].join('\n');
      assert.ok(titles(chapters(late)).includes('第３章　提言'));
      const one = ['第１章　港湾', '', '第１節　現状', '', '本文。', '', '（１）利用', '', '本文。'].join('\n');
      assert.deepEqual(titles(chapters(one)), ['第１章　港湾']);
      const introduced = ['はじめに', '', '本書は港湾を扱う。', '', '第１章　現状', '', '第１節　利用', '', '本文。', '', '第２節　担い手', '', '本文。'].join('\n');
      assert.deepEqual(titles(chapters(introduced)), ['第１章　現状'], 'text before the chapter heading: a report, not an extract');
    });
  });

  describe('a topic heading over its slogan (manifestos, brochures)', () => {
    it('takes a heading of the same level on the very next line, unnumbered, for a subtitle, not a chapter', () => {
      const text = ['# Our Plan', '', '## Harbours', '## Our Ports Need Repair', '', 'Text.', '', '## Schools', '## Every Child Counts', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(text, 'plan.md')), ['Harbours', 'Schools']);
      const parts = ['# Report', '', '## Part One', '## 1. Scope', '', 'Text.', '', '## 2. Findings', '', 'Text.'].join('\n');
      assert.ok(titles(chapters(parts, 'report.md')).includes('1. Scope'), 'a numbered one is a heading of its own');
    });
  });

  describe('documents converted from Word', () => {
    it('takes bold lines of their own for headings where nothing else marks them, the first for the title', () => {
      const text = ['**Making Schools Safer**', '', '**Introduction**', '', 'Schools face new risks.', '', '__What we found__', '', 'Most lack **plans**.', '',
        '**Recommendations**', '', '- Require a plan in every school.', '- Train staff every year.', '', '**Conclusion**', '', 'Safety can improve.'].join('\n');
      const outline = outlineDocument(text, { fileName: 'brief.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Introduction', 'What we found', 'Recommendations', 'Conclusion']);
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['Require a plan in every school.', 'Train staff every year.']);
      assert.deepEqual(titles(chapters(['**A Title**', '', '**Only one**', '', 'Text.', '', '**Note:**', '', 'Text.'].join('\n'))), [], 'one bold line, and a bold label ending with a colon, are no evidence');
    });

    it('takes unnumbered bold lines before and after bold chapters numbered I., II. as chapters; a title\'s lone subtitle, group names over lists and what a bold line groups are none', () => {
      const text = [
        '# “Nobody Told Us”', '', '## Flood Warnings for Deaf Residents of an Invented Province', '', '**Summary**', '', 'Warnings did not reach deaf residents.', '',
        '**Key Recommendations**', '', '**To the Interior Ministry of the Invented Province**', '', '- Send warnings by text message.', '',
        '**Methodology**', '', 'We interviewed 30 residents.', '', '**I. Background**', '', 'The province floods often.', '', '**II. Warnings**', '', 'Sirens were used.', '',
        '**III. Shelters**', '', 'Shelters were far.', '', '**Full Recommendations**', '', '**To the Interior Ministry of the Invented Province**', '',
        '- Send warnings by text message.', '', '**To Donors and the Agencies of the United Nations**', '', '- Fund accessible shelters.', '',
        '**Annexes**', '', '**Annex of Interviews**', '', 'Thirty interviews.', '', '**Annex of Letters**', '', 'Two letters.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'ngo.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')),
        ['Summary', 'Key Recommendations', 'Methodology', 'I. Background', 'II. Warnings', 'III. Shelters', 'Full Recommendations', 'Annexes']);
      const full = outline.nodes.find(n => n.title === 'Full Recommendations')!;
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation' && n.line > full.line)), ['Send warnings by text message.', 'Fund accessible shelters.'],
        'a long group name in bold goes on with the list');
    });

    it('takes `１　…` themes (full-width digit, ideographic space) as chapters, not their listing in an overview before them', () => {
      const text = [
        '会議のまとめ', '', '１\u3000まちの安全', '２\u3000子育ての支援', '', '※概要は以上。', '',
        '１\u3000まちの安全', '', '課題', '', '- 街灯を増やす', '',
        '２\u3000子育ての支援', '', '- 相談の窓口をつくる',
      ].join('\n');
      const found = chapters(text, 'summary.md');
      assert.deepEqual(found.map(c => c.line), [8, 14]);
    });

    it('takes numbered headings set in bold (`**1. Scope**`, `__２．現状__`) as chapters, with the recommendations under a bold label heading', () => {
      const text = [
        '**Panel report on bridges**', '', '**1. Scope**', '', 'Old bridges need care.', '', '**2. Recommendations**', '',
        '- Inspect every bridge yearly.', '- Publish the results.', '', '**3. Next steps**', '', 'More work follows.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'panel.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['1. Scope', '2. Recommendations', '3. Next steps']);
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['Inspect every bridge yearly.', 'Publish the results.']);
      const japanese = ['__１．背景__', '', '本文。', '', '__２．現状__', '', '本文。'].join('\n');
      assert.deepEqual(titles(chapters(japanese, 'memo.md')), ['１．背景', '２．現状']);
    });

    it('reads a local plan converted by mammoth: bookmarks as empty anchors before bold headings, sections numbered again in each chapter, a closing part in bold after the last chapter, residents\' own part no measure of the plan', () => {
      const toc = (title: string, page: number, id: number) => `[${title}\t${page}](#_Toc1000${id})`;
      const text = [
        '__第2次みどり市環境づくり計画__', '', '__～ 水と緑のまち ～__', '', '__（みどり市環境基本計画）__', '', '令和7年3月', '', '__目\u3000次__', '',
        toc('はじめに', 1, 1), '', toc('第1章\u3000計画の考え方', 2, 2), '', toc('1\u3000計画の趣旨', 2, 3), '', toc('第2章\u3000分野別の取組', 4, 4), '',
        toc('1\u3000水辺', 4, 5), '', toc('2\u3000緑地', 6, 6), '', toc('第3章\u3000計画の推進', 7, 8), '', toc('資料編', 8, 7), '',
        '<a id="_Toc10001"></a>__はじめに__', '', '__市長から__', '', '市長のあいさつ。', '',
        '<a id="_Toc10002"></a>__第1章\u3000計画の考え方__', '', '<a id="_Toc10003"></a>__1\u3000計画の趣旨__', '', '本文。', '',
        '__2\u3000計画の期間__', '', '本文。', '',
        '<a id="_Toc10004"></a>__第2章\u3000分野別の取組__', '', '<a id="_Toc10005"></a>__1\u3000水辺__', '', '__【取組の方向性】__', '', '__（1）市民一人ひとりの取組__', '',
        '・\u3000川の清掃に参加します。', '', '__（2）市の取組__', '', '○\u3000護岸の点検を毎年行います。', '', '○\u3000水質の測定結果を公表します。', '',
        '<a id="_Toc10006"></a>__2\u3000緑地__', '', '__【取組の方向性】__', '', '__（1）市民一人ひとりの取組__', '', '・\u3000庭に木を植えます。', '', '__（2）市の取組__', '',
        '○\u3000公園の樹木を更新します。', '', '<a id="_Toc10008"></a>__第3章\u3000計画の推進__', '', '本文。', '',
        '<a id="_Toc10007"></a>__資料編__', '', '__1\u3000策定の経過__', '', '本文。',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'plan.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['はじめに', '第1章\u3000計画の考え方', '第2章\u3000分野別の取組', '第3章\u3000計画の推進', '資料編']);
      assert.deepEqual(sectionsOf(outline.nodes[2]), ['1\u3000計画の趣旨', '2\u3000計画の期間'], 'a section the contents leave out is one all the same');
      assert.deepEqual(sectionsOf(outline.nodes[3]), ['1\u3000水辺', '2\u3000緑地'], 'sections numbered again from 1 in the next chapter');
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['護岸の点検を毎年行います。', '水質の測定結果を公表します。', '公園の樹木を更新します。'],
        'the city\'s measures, not what residents are asked to do');
    });

    it('reads a contents converted from PDF that keeps the chapters\' entries bold, the sections\' plain under them', () => {
      const text = [
        '# **A REPORT ON THE HARBOUR BOARD**', '', '# **Contents**', '', '**Summary of the inquiry** **3**', '', 'Recommendations 3', '',
        '**Chapter 1: Background** **5**', '', 'How the matter came to us 5', '', 'The inquiry 6', '', '**Chapter 2: The payments** **8**', '', 'The cash 8', '',
        '**Appendix 1: Our role** **10**', '', '-----', '',
        '## Summary of the inquiry', '', 'We looked into payments.', '', '### Recommendations', '', 'Recommendation 1', '', 'That the board keeps a register.', '',
        '## Chapter 1: Background', '', '### How the matter came to us', '', 'A complaint.', '', '### The inquiry', '', 'Hearings were held.', '',
        '## Chapter 2: The payments', '', '### The cash', '', 'Cash changed hands.', '', '## Appendix 1: Our role', '', 'We investigate.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'inquiry.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Summary of the inquiry', 'Chapter 1: Background', 'Chapter 2: The payments', 'Appendix 1: Our role']);
      assert.deepEqual(sectionsOf(outline.nodes.find(n => n.title === 'Chapter 1: Background')!), ['How the matter came to us', 'The inquiry']);
    });
  });

  describe('a contents under a converted heading whose first entry is bold, its page plain (`**Summary report** 4`)', () => {
    it('reads the contents, its entries with a page one space after them no recommendation', () => {
      const text = [
        '# **Cycling to work**', '', '## **Contents**', '', '**Summary report** 4', '', 'About this report 5', '', 'Recommendations 9', '',
        '**Detailed report** 11', '', '1 The plan is unclear 12', '', '2 Funding is short-term 15', '', '-----', '',
        '# **Summary report**', '', '## **About this report**', '', 'We looked at cycling.', '', '## **Recommendations**', '',
        '- The Government should publish a plan.', '', '# **Detailed report**', '', '## **1 The plan is unclear**', '', 'Text.', '',
        '## **2 Funding is short-term**', '', 'Text.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'audit.md' });
      const toc = outline.nodes.find(n => n.kind === 'toc');
      assert.ok(toc && toc.line <= 5 && toc.endLine >= 15, 'every entry in the contents');
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['The Government should publish a plan.']);
    });
  });

  describe('a contents converted from PDF: the chapters\' entries bold with their pages a bold run apart, the sections\' with leaders', () => {
    it('reads every entry, the bold ones\' titles without their marks, and nests the sections under the chapters', () => {
      const text = [
        '# **HARBOUR CYBER RESILIENCE**', '', '# **TABLE OF CONTENTS**', '', '**EXECUTIVE SUMMARY** **4**', '', '**1. INTRODUCTION** **5**', '',
        '1.1 CONTEXT ..................................... 5', '', '1.2 SCOPE ....................................... 6', '',
        '**2. THREATS** **7**', '', '2.1 RANSOMWARE .................................. 7', '', '2.2 OUTAGES ..................................... 8', '', '-----', '',
        '# **EXECUTIVE SUMMARY**', '', 'Ports depend on software.', '', '# **1. INTRODUCTION**', '', '## **1.1 CONTEXT**', '', 'Text.', '', '## **1.2 SCOPE**', '', 'Text.', '',
        '# **2. THREATS**', '', '## **2.1 RANSOMWARE**', '', 'Text.', '', '## **2.2 OUTAGES**', '', 'Text.',
      ].join('\n');
      const toc = findTocBlock(new Lines(text));
      assert.deepEqual(toc?.titles.slice(0, 3), ['EXECUTIVE SUMMARY', '1. INTRODUCTION', '1.1 CONTEXT']);
      const outline = outlineDocument(text, { fileName: 'report.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['EXECUTIVE SUMMARY', '1. INTRODUCTION', '2. THREATS']);
      assert.deepEqual(sectionsOf(outline.nodes.find(n => n.title === '2. THREATS')!), ['2.1 RANSOMWARE', '2.2 OUTAGES']);
    });
  });

  describe('a converted contents whose front matter\'s entries are plain, its chapters\' bold', () => {
    it('reads the contents from its first entry, the front matter\'s, and its chapters', () => {
      const text = [
        '# Ports and data', '', '## Table of contents', '', 'Abstract 2', '', 'Foreword 3', '', 'Key findings 6', '', 'Key policy recommendations 7', '',
        '**1. Introduction** **8**', '', 'Scope of the paper 8', '', '**2. Policy considerations** **10**', '', '-----', '',
        '## Abstract', '', 'Ports share data.', '', '## Foreword', '', 'This paper was discussed.', '', '# 1. Introduction', '', '### Scope of the paper', '', 'Text.', '',
        '# 2. Policy considerations', '', 'Text.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'paper.md' });
      const toc = outline.nodes.find(n => n.kind === 'toc');
      assert.ok(toc && toc.line <= 5 && toc.endLine >= 17, 'the contents from `Abstract 2` on');
      assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation'), [], '`Key policy recommendations 7` is an entry, no recommendation');
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Abstract', 'Foreword', '1. Introduction', '2. Policy considerations']);
    });
  });

  describe('a chapter published on its own, its parts listed on its opening page (a commission\'s report to a legislature)', () => {
    it('takes the titles listed under `In this chapter` as its chapters, each where a page opens with it', () => {
      const text = [
        'C H A P T E R', '', '3', '', 'Paying for harbour pilots', '', 'In this chapter', '', '•   Background', '•   The cost of pilotage', '•   Options we considered',
        '•   Recommendations', '', 'Harbour pilots guide ships into port. Their pay has not kept up.', '', '12', '',
        'Paying for harbour pilots', '\fBackground', '', 'Pilots have been paid by the ship since 1950.', '', '13', '',
        'Paying for harbour pilots', '\fThe cost of pilotage', '', 'Costs rose by a third.', '', '14', '',
        'Paying for harbour pilots', '\fOptions we considered', '', 'We looked at three options.', '', '15', '',
        'Paying for harbour pilots', '\fRecommendations', '', 'RECOMMENDATION 3-1', '', 'The Congress should set the fee by the ship\'s size.', '',
      ].join('\n');
      assert.deepEqual(titles(chapters(text, 'chapter.txt')), ['Background', 'The cost of pilotage', 'Options we considered', 'Recommendations']);
    });
  });

  describe('a city\'s strategy converted from Word by mammoth: chapters named as such, a flat linked contents that lists their sections too', () => {
    it('takes the named chapters for the chapters, the listed headings under them for their sections', () => {
      const text = [
        '__港湾都市総合戦略__', '', '__目　次__', '',
        '[第１章　総論 1](#_Toc101)', '', '[１　策定の趣旨 1](#_Toc102)', '', '[２　計画期間 2](#_Toc103)', '',
        '[第２章　基本目標と施策 3](#_Toc104)', '', '[基本目標１　港を生かす 3](#_Toc105)', '', '[基本目標２　人を呼ぶ 5](#_Toc106)', '', '[第３章　推進体制 7](#_Toc107)', '',
        '# <a id="_Toc101"></a>第１章　総論', '', '## <a id="_Toc102"></a>１　策定の趣旨', '', '港は変わりつつある。', '', '## <a id="_Toc103"></a>２　計画期間', '', '五年間とする。', '',
        '# <a id="_Toc104"></a>第２章　基本目標と施策', '', '## <a id="_Toc105"></a>基本目標１　港を生かす', '', '港湾を整備する。', '', '## <a id="_Toc106"></a>基本目標２　人を呼ぶ', '', '移住を促す。', '',
        '# <a id="_Toc107"></a>第３章　推進体制', '', '市長を本部長とする。',
      ].join('\n');
      const found = chapters(text, 'senryaku.md');
      assert.deepEqual(titles(found), ['第１章　総論', '第２章　基本目標と施策', '第３章　推進体制']);
      assert.deepEqual(sectionsOf(found[1]), ['基本目標１　港を生かす', '基本目標２　人を呼ぶ']);
    });
  });

  describe('a parliament\'s committee report saved from its web page: the site\'s navigation over the title, the appendices a level above the chapters', () => {
    it('takes the first heading under the navigation for the title and the headings under it for the chapters', () => {
      const text = [
        '[Skip to main content](#main-content)', '', '[Français](https://example.org/fr/report-4)', '', '* [Members](https://example.org/members)', '* [Committees](https://example.org/committees)', '',
        '[Home](https://example.org) > [Committees](https://example.org/committees) > Reports', '', '[Previous](https://example.org/report-3) [Next](https://example.org/report-5)', '',
        '# KEEPING HARBOURS OPEN', '', 'Report of the Standing Committee on Harbours', '',
        '## LIST OF RECOMMENDATIONS', '', 'Recommendation 1 is below.', '',
        '## INTRODUCTION', '', 'The Committee held hearings.', '', '## PILOTAGE', '', '### 1.1 Fees', '', 'Fees rose.', '', '## DREDGING', '', '### 2.1 Costs', '', 'Costs rose.', '',
        '## CONCLUSION', '', 'Harbours matter.', '', '# APPENDIX A LIST OF WITNESSES', '', 'The pilots.', '', '# APPENDIX B LIST OF BRIEFS', '', 'The ports.',
      ].join('\n');
      assert.deepEqual(titles(chapters(text, 'report.md')), ['LIST OF RECOMMENDATIONS', 'INTRODUCTION', 'PILOTAGE', 'DREDGING', 'CONCLUSION', 'APPENDIX A LIST OF WITNESSES', 'APPENDIX B LIST OF BRIEFS']);
    });
  });

  describe('an inquiry report converted from PDF to Markdown: a subtitle over the cover\'s page, an overview over its own headings', () => {
    const text = [
      '# **Harbour Pilotage**', '', '## Harbour Commission Inquiry Report', '', 'No. 12, 3 March 2031', '', '-----', '',
      '**© Commonwealth of Harbours 2031**', '', 'This work is licensed under a licence that lets anyone share it with attribution, as the notice on this page says at length.', '', '-----', '',
      '## **Acknowledgements**', '', 'We thank the pilots.', '', '# **Overview**', '', 'Pilots guide ships.', '', '## Pilotage is costly', '', 'Fees rose.', '', '## Crews are ageing', '', 'Half will retire.', '',
      '# **Findings and recommendations**', '', 'The list follows.', '', '## 1. About this inquiry', '', '### 1.1 Our approach', '', 'We held hearings.', '',
      '# 2. The pilotage system', '', 'Text.', '', '# 3. Paying for pilots', '', 'Text.', '',
    ].join('\n');

    it('takes the subtitle over the cover\'s date and page break for the title\'s, no chapter', () => {
      assert.ok(!titles(chapters(text, 'report.md')).includes('Harbour Commission Inquiry Report'), titles(chapters(text, 'report.md')).join(' | '));
    });

    it('keeps the headings set deeper under the overview as its sections, though the first numbered chapter stands a level too deep', () => {
      const found = chapters(text, 'report.md');
      assert.deepEqual(titles(found), ['Acknowledgements', 'Overview', 'Findings and recommendations', '1. About this inquiry', '2. The pilotage system', '3. Paying for pilots']);
      assert.deepEqual(sectionsOf(found[1]), ['Pilotage is costly', 'Crews are ageing']);
    });
  });

  describe('a business federation\'s paper converted from PDF to Markdown: Roman chapters at several levels, closing parts left in bold', () => {
    const text = [
      '**港湾の将来に向けた提言**', '', '**目 次**', '', 'はじめに..........1', '', 'Ⅰ．現状認識..........2', '', '1．世界の動き..........2', '', '2．国内の課題..........3', '',
      'Ⅱ．基本的考え方..........4', '', 'Ⅲ．港湾の将来像..........5', '', '1．港湾の再編..........5', '', '2．人材の育成..........6', '', 'おわりに..........7', '', '参考資料..........8', '', '-----', '',
      '## **はじめに**', '', '港は変わりつつある。', '', '# **Ⅰ．現状認識**', '', '### **1．世界の動き**', '', '各国が港を再編している。', '', '### **2．国内の課題**', '', '港の多くが古い。', '',
      '## **Ⅱ．基本的考え方**', '', '需要に合わせて港を選ぶ。', '', '# Ⅲ．港湾の将来像', '', '## **1．港湾の再編**', '', '国は港の集約を進めるべきである。', '', '## **2．人材の育成**', '', '国は技術者を育成すべきである。', '',
      '**おわりに**', '', '港の将来は今の判断にかかっている。', '', '**参考資料**', '', '|国|主な政策|概要|', '|---|---|---|', '|英国|港湾戦略（2020年）|港の集約|', '|米国|港湾法（2021年）|投資の拡大|', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'teigen.md' });
    const found = outline.nodes.filter(n => n.kind === 'chapter');

    it('takes the Roman chapters for the chapters and the numbered headings under each for its sections, though the contents list them flat', () => {
      assert.deepEqual(titles(found).slice(0, 4), ['はじめに', 'Ⅰ．現状認識', 'Ⅱ．基本的考え方', 'Ⅲ．港湾の将来像']);
      assert.deepEqual(sectionsOf(found[3]), ['1．港湾の再編', '2．人材の育成']);
    });

    it('takes the bold lines the contents list after the last chapter for chapters too', () => {
      assert.deepEqual(titles(found).slice(4), ['おわりに', '参考資料']);
    });

    it('reads no recommendation in the reference materials, whatever a table\'s column is named', () => {
      const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
      assert.ok(recs.every(r => r.line < found[4].line), recs.map(r => `${r.line} ${r.title}`).join(' | '));
    });
  });

  describe('a contents whose places stand a line under their titles (an audit office numbering paragraphs in the margin, from pdftotext without its layout)', () => {
    const text = [
      'Special report 3/2031', 'Harbour dredging in small ports', '', '\fContents', 'Paragraph', 'Executive summary', 'I-V', 'Introduction', '01-09',
      'Why ports dredge', '01-04', 'Who pays for it', '05-09', 'Our audit', '10-14', 'Observations', '15-40', 'Dredging was planned, but the',
      'plans were rarely followed', '15-26', 'Costs were not checked', '27-40', 'Conclusions and recommendations', '41-48', 'Annexes', '2', '',
      '\fExecutive summary', 'I Ports must be dredged.', 'II We audited ten ports.', '',
      '\fIntroduction', 'Why ports dredge', '01 Silt fills channels.', '', 'Who pays for it', '05 The ports pay.', '',
      '\fOur audit', '10 We visited ten ports.', '',
      '\fObservations', 'Dredging was planned, but the plans were rarely followed', '15 Plans existed.', '', 'Costs were not checked', '27 Nobody checked.', '',
      '\fConclusions and recommendations', '41 Dredging matters.', '', '\fAnnexes', 'Annex I – Ports visited',
    ].join('\n');

    it('reads each title with the place under it as an entry, wrapped titles joined', () => {
      const toc = findTocBlock(new Lines(text));
      assert.ok(toc, 'a contents is found');
      assert.deepEqual(toc.titles.slice(0, 3), ['Executive summary', 'Introduction', 'Why ports dredge']);
      assert.ok(toc.titles.includes('Dredging was planned, but the plans were rarely followed'), toc.titles.join(' | '));
    });

    it('takes the entries for chapters, those whose paragraphs lie within an earlier entry\'s for its sections', () => {
      const found = chapters(text, 'report.txt');
      assert.deepEqual(titles(found), ['Executive summary', 'Introduction', 'Our audit', 'Observations', 'Conclusions and recommendations', 'Annexes']);
      assert.deepEqual(sectionsOf(found[1]), ['Why ports dredge', 'Who pays for it']);
      assert.deepEqual(sectionsOf(found[3]), ['Dredging was planned, but the plans were rarely followed', 'Costs were not checked']);
    });

    it('takes a figure alone under a line elsewhere for a page\'s number, no entry', () => {
      assert.equal(findTocBlock(new Lines(['Our audit', '', 'We visited ten ports.', '3', 'They were small.', '4', 'Some were closed.', '5'].join('\n'))), undefined);
    });
  });

  describe('an audit report in parts, one of them numbering its notes (a state auditor\'s annual report, from pdftotext)', () => {
    it('takes the parts for the chapters and the numbered notes inside one of them for its sections; a summary paged in a Roman range is an entry of the contents', () => {
      const text = [
        '                 TABLE OF CONTENTS', '', '                                                   Page', '',
        '     EXECUTIVE SUMMARY                             i - ii', '     PART I     FINANCIAL STATEMENTS', '                Notes to Financial Statements        1',
        '     PART II    OBSERVATIONS                          3', '     PART III   STATUS OF PRIOR RECOMMENDATIONS       6', '',
        '                 EXECUTIVE SUMMARY', '', '     The audit covered the harbour board.', '',
        '\f                      PART I', '', '                FINANCIAL STATEMENTS', '', '     1.   GENERAL INFORMATION', '', '          The board was created by law.', '',
        '     2.   BASIS OF PREPARATION', '', '          The statements follow the standards.', '',
        '\f                      PART II', '', '           OBSERVATIONS', '',
        '     1.   The cash advances of the board were not liquidated on time, contrary to the rules', '          on advances.', '',
        '     1.1  We recommended that Management:', '', '          a.   Demand the liquidation of all overdue advances; and', '',
        '                                      4', '\f          b.   Refrain from granting further advances to the officers concerned.', '',
        '\f                      PART III', '', '           STATUS OF PRIOR RECOMMENDATIONS', '', '     Of the five recommendations, three were implemented.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'audit.txt' });
      assert.ok(outline.nodes.some(n => n.kind === 'toc'), 'the contents, its summary paged `i - ii`');
      const found = outline.nodes.filter(n => n.kind === 'chapter');
      assert.deepEqual(titles(found).map(t => t.replace(/\s+/g, ' ')), ['PART I FINANCIAL STATEMENTS', 'PART II OBSERVATIONS', 'PART III STATUS OF PRIOR RECOMMENDATIONS']);
      assert.deepEqual(sectionsOf(found[0]).map(t => t.replace(/\s+/g, ' ')), ['1. GENERAL INFORMATION', '2. BASIS OF PREPARATION']);
      assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['Demand the liquidation of all overdue advances; and', 'Refrain from granting further advances to the officers concerned.'],
        'what the auditor recommended, the second point on the next page after its form feed');
    });
  });

  describe('paginated text', () => {
    it('a form feed before a chapter\'s title breaks the page there: the chapter after a cover is no footnote of the cover\'s page', () => {
      const text = ['部会 最終とりまとめ', '', '令和７年６月', '\f第１章　現状', '１　利用者の減少', '\u3000輸送人員は減少した。', '２　運転者の不足', '\u3000運転者は減少を続けている。', '1',
        '\f第２章　目指す姿', '\u3000次の姿を目指す。', '2', '\f第３章　施策の方向', '\u3000国は支援すべきである。', '3'].join('\n');
      assert.deepEqual(titles(chapters(text)), ['第１章　現状', '第２章　目指す姿', '第３章　施策の方向']);
      assert.deepEqual(sectionsOf(chapters(text)[0]), ['１　利用者の減少', '２　運転者の不足']);
    });

    it('a municipal plan\'s `１　…` sections over their text at the foot of a page numbered `- N -` are sections, no footnotes', () => {
      const text = ['計画', '', '第１章　計画の基本的事項', '', '１　計画策定の趣旨', '本計画は変革を進めるために策定するものです。', '', '２　計画期間', '５年間とします。', '', '- 1 -', '',
        '第２章　現状と課題', '', '１　アンケート', '６８％に上りました。', '', '２　庁内の状況', '人材が不足しています。', '', '- 2 -', '', '第３章　基本方針', '', '方針を定めます。', '', '- 3 -'].join('\n');
      assert.deepEqual(chapters(text).map(sectionsOf), [['１　計画策定の趣旨', '２　計画期間'], ['１　アンケート', '２　庁内の状況'], []]);
      const noted = text.replace('２　計画期間\n５年間とします。', '２　総務省「自治体の計画」、2024年。\n本文。');
      assert.deepEqual(sectionsOf(chapters(noted)[0]), ['１　計画策定の趣旨'], 'a numbered citation at the foot of the page is a footnote');
    });

    const page = (n: number, body: string[]) => [...body, '', '', `Doe, et al.            Expires June 1, 2031            [Page ${n}]`, '\f', 'Internet-Draft          Meeting Report                December 2030', '', ''];
    const text = [
      ...page(1, ['1.  Introduction', '', '   Opening text of the report.']),
      ...page(2, ['   o  A first action that runs over', '      the end of the page']),
      ...page(3, ['      and goes on here.', '', '2.  Conclusions', '', '   Closing text.']),
      'Doe, et al.            Expires June 1, 2031            [Page 4]',
    ].join('\n');

    it('takes a running footer that carries the page number, without form feeds, for page furniture; a title may end with etc.', () => {
      const footer = (n: number) => [`${n}  Port Safety Guide, 2030 edition`, '', 'Port Safety Guide, 2030 edition'];
      const text = [
        'Section 1: Quays', '', '1.1   The guidance covers quays.', '', ...footer(14), '', '1.2   More guidance on quays.', '', ...footer(16), '',
        'Appendix A A', '', 'Section 2: Cranes, hoists etc.', '', '2.1   The guidance covers cranes.', '', ...footer(18), '',
        'Section 3: Fees', '', '3.1   Fees are set yearly.', '', ...footer(20), '', 'Appendix A A', '', 'Appendix A: Key terms', '', 'Terms.',
      ].join('\n');
      assert.deepEqual(titles(chapters(text)), ['Section 1: Quays', 'Section 2: Cranes, hoists etc.', 'Section 3: Fees', 'Appendix A: Key terms']);
      const furniture = findPageFurniture(new Lines(text))!;
      assert.ok(text.split('\n').every((line, i) => !/^\d+ {2}Port/.test(line) || furniture[i] === 1), 'each numbered footer is furniture');
    });

    it('finds the running header and footer by their repetition at page breaks, and the blank lines around them', () => {
      const lines = new Lines(text);
      const furniture = findPageFurniture(lines)!;
      const marked = text.split('\n').map((line, i) => (furniture[i] ? line : undefined)).filter(l => l?.trim());
      assert.ok(marked.some(l => l!.startsWith('Internet-Draft')), 'the running header');
      assert.ok(marked.some(l => l!.includes('[Page 2]')), 'the footer');
      assert.ok(!marked.some(l => /Introduction|action|goes on/.test(l!)), 'no line of the text');
    });

    it('finds the headings on either side of the page breaks and never makes one of the furniture', () => {
      const all = flattenOutline(outlineDocument(text));
      assert.deepEqual(titles(all.filter(n => n.kind === 'chapter')), ['1.  Introduction', '2.  Conclusions']);
      assert.ok(!all.some(n => /Internet-Draft|\[Page/.test(n.title)));
    });

    it('takes a converter\'s `[Page #N]` marks between the pages it extracted for page breaks, never for headings', () => {
      const converted = ['[Page #0]', 'A Made-Up Review', '[Page #1]', 'Summary', '', 'Ports need money.', '[Page #2]', 'Findings', '', 'Most ports are old.', '[Page #3]', 'Next steps', '', 'We will act.'].join('\n');
      const furniture = findPageFurniture(new Lines(converted))!;
      assert.deepEqual(converted.split('\n').filter((_, i) => furniture[i] === 1), ['[Page #0]', '[Page #1]', '[Page #2]', '[Page #3]']);
      assert.ok(!flattenOutline(outlineDocument(converted)).some(n => n.title.includes('[Page')));
    });

    it('reads an inquiry report from pdftotext: each page opened by a form feed, chapters on pages of their own, footnotes at the foot', () => {
      const header = 'Inquiry into Harbours \u2013 Volume II';
      const page = (n: number, body: string[]) => [`\f${header}`, '', ...body, '', `${n}`, ''];
      const paragraph = (number: string) => [
        `${number}  The harbour authority was given powers in an emergency, and the powers were used`,
        'widely by the authority and its partners during the first year of the emergency.', '',
      ];
      const text = [
        '\fChapter 7:  ', 'Harbour law', '',
        ...page(101, [...paragraph('7.1.'), ...paragraph('7.2.'), '1  Report on harbours, 2020', '2  ', 'Witness A, 3 May 2023']),
        ...page(102, [...paragraph('7.3.'), 'Recommendation 4: Review the harbour law', '', 'The study should:', '', '\u2022  examine the powers;', '', '\u2022  set time limits.', '']),
        ...page(103, [...paragraph('7.4.')]),
        '\fChapter 8:  ', 'Harbour money', '',
        ...page(104, [...paragraph('8.1.'), '3  Accounts of the authority, 2021']),
        ...page(105, [...paragraph('8.2.')]),
        ...page(106, [...paragraph('8.3.')]),
      ].join('\n');
      const outline = outlineDocument(text);
      assert.deepEqual(titles(chapters(text)), ['Chapter 7: Harbour law', 'Chapter 8: Harbour money'], 'a chapter line opening its page is no running header');
      const all = flattenOutline(outline);
      assert.ok(!all.some(n => n.kind === 'section'), `no numbered paragraph or footnote is a section: ${all.filter(n => n.kind === 'section').map(n => n.title).join(' / ')}`);
      assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.label), ['Recommendation 4'], 'the list the recommendation leads into is its own');
    });

    it('passes over a chapter\'s title repeated at the top of its later pages', () => {
      const text = ['\f第５章 港湾の将来', '', '１．現状', '', '港湾は古い。', '', '\f第５章 港湾の将来', '', '２．課題', '', '人材が足りない。', ''].join('\n');
      assert.deepEqual(titles(chapters(text)).filter(t => t.startsWith('第')).length, 1);
    });

    it('keeps a chapter that opens its page when the running header of its later pages names it (reports printed from Word)', () => {
      const page = (n: number, header: string | undefined, body: string[]) => [...(header ? [header, ''] : []), ...body, '', `- ${n} -`, '\f'];
      const text = [
        ...page(1, undefined, ['架空の交通に関する報告書', '', '令和９年３月']),
        ...page(2, undefined, ['第１章　背景', '', '１．利用者の減少', '', '\u3000利用者は減っている。']),
        ...page(3, '第１章　背景', ['２．経営の悪化', '', '\u3000経営は厳しい。']),
        ...page(4, undefined, ['第２章　方向性', '', '１．移動手段の確保', '', '\u3000手段を確保する。']),
        ...page(5, '第２章　方向性', ['２．技術の活用', '', '\u3000技術を使う。']),
      ].join('\n');
      assert.deepEqual(titles(chapters(text)), ['第１章　背景', '第２章　方向性']);
      assert.deepEqual(chapters(text).map(sectionsOf), [['１．利用者の減少', '２．経営の悪化'], ['１．移動手段の確保', '２．技術の活用']]);
      const furniture = findPageFurniture(new Lines(text))!;
      assert.deepEqual(text.split('\n').filter((line, i) => furniture[i] === 1 && line.startsWith('第')), ['第１章　背景', '第２章　方向性'], 'only the repeats are furniture');
    });

    it('passes over every chapter named in the running header of an extract, whose first page has a header of its own (an audit board\'s finding printed from its annual report)', () => {
      const page = (n: number, header: string, body: string[]) => [`${' '.repeat(30)}${header}`, '', ...body, '', `${' '.repeat(30)}－ ${n} －`, '\f'];
      const odd = '第1節　省庁別の検査結果　第10　農林水産省';
      const even = '第3章　個別の検査結果';
      const text = [
        ...page(331, odd, ['  (3)  ため池の防災工事が計画的に実施されるよう意見を表示したもの', '', '    所管  農林水産省所管', '    補助  予算補助']),
        ...page(332, even, ['  1   事業の概要', '', '      国は、ため池の点検を補助している。']),
        ...page(333, odd, ['  2   検査の結果', '', '      点検の方法が定められていなかった。']),
        ...page(334, even, ['  3   本院が表示する意見', '', '      点検の方法を定めること。']),
        ...page(335, odd, ['      補助の審査の手順を定めること。']),
      ].join('\n');
      assert.deepEqual(titles(chapters(text)).map(t => t.trim()), ['1   事業の概要', '2   検査の結果', '3   本院が表示する意見']);
      const furniture = findPageFurniture(new Lines(text))!;
      assert.ok(text.split('\n').every((line, i) => !line.includes(even) || furniture[i] === 1), 'the chapter named in the header is furniture every time');
    });

    it('takes a page numbered `N / M` (page of pages, as word processors print them) for a page break, never a chapter', () => {
      const page = (n: number, body: string[]) => [...body, '', `\u3000\u3000\u3000\u3000${n} / 3`];
      const text = [
        ...page(1, ['架空学会 声明', '', '1. はじめに', '\u3000本学会は声明を出す。', '', '2. 現状', '\u3000現状は厳しい。']),
        ...page(2, ['3. 提言', '\u3000次のとおり提言する。', '', '4. おわりに', '\u3000結び。']),
        ...page(3, ['（参考）委員名簿']),
      ].join('\n');
      // The bracketed `（参考）` is an appendix after the body, a chapter of its own.
      assert.deepEqual(titles(chapters(text)), ['1. はじめに', '2. 現状', '3. 提言', '4. おわりに', '（参考）委員名簿']);
    });

    it('finds nothing in a text without page breaks', () => {
      assert.equal(findPageFurniture(new Lines('Report\n\nSome text.\n')), undefined);
    });

    it('reads a Japanese report printed from PDF, its pages numbered `- N -` under a running header', () => {
      const header = '架空会議 報告';
      const pages = [
        ['第１章 現状', '　現状を述べる。'], ['第２章 施策', '　施策を述べる。'], ['第３章 提言', '　提言を述べる。'], ['おわりに', '　結び。'],
      ];
      const text = [header, '', ...pages.flatMap((body, k) => [...(k ? [header] : []), ...body, `- ${k + 1} -`, ''])].join('\n');
      const outline = outlineDocument(text);
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['第１章 現状', '第２章 施策', '第３章 提言', 'おわりに']);
      const furniture = findPageFurniture(new Lines(text))!;
      assert.deepEqual(text.split('\n').filter((_, i) => furniture[i] === 1), ['- 1 -', header, '- 2 -', header, '- 3 -', header, '- 4 -'], 'the running header after each break, not the title line');
    });

    it('keeps the first section that each chapter opening its page sets second on the page (a council\'s report printed from PDF)', () => {
      const paragraph = ['\u3000一行目の文。', '二行目の文。', '三行目の文。', '四行目で終わる。'];
      const chapter = (n: string, k: number) => [`\f${n}．分野${n}の改革`, '', '（１）現状と課題', ...paragraph, '', '（２）改革の方向', ...paragraph, ...paragraph, '', `- ${k} -`];
      const text = ['架空国民会議 報告書', '', '- 0 -', ...chapter('１', 1), ...chapter('２', 2), ...chapter('３', 3)].join('\n');
      const furniture = findPageFurniture(new Lines(text))!;
      assert.ok(text.split('\n').every((line, i) => line !== '（１）現状と課題' || furniture[i] === 0), 'a numbered line under the page\'s own first line is text');
      const found = outlineDocument(text).nodes.filter(n => n.kind === 'chapter');
      assert.deepEqual(found.map(sectionsOf), [['（１）現状と課題', '（２）改革の方向'], ['（１）現状と課題', '（２）改革の方向'], ['（１）現状と課題', '（２）改革の方向']]);
    });

    it('keeps a chapter numbered in Roman where it opens its page, its title repeated as the header of its later pages', () => {
      const body = ['\u3000本文の一行目。', '\u3000本文の二行目。', '\u3000本文の三行目。', ''];
      const header = (title: string) => `\f${' '.repeat(30)}${title}`;
      const text = [
        '架空市 年次報告書', '', '－ 1 －', '\fⅠ\u3000制度の概要', '', ...body, '－ 2 －', header('Ⅰ\u3000制度の概要'), '', ...body, '－ 3 －',
        '\fⅡ\u3000活動の概要', '', ...body, '－ 4 －', header('Ⅱ\u3000活動の概要'), '', ...body, '－ 5 －',
      ].join('\n');
      assert.deepEqual(titles(chapters(text)), ['Ⅰ\u3000制度の概要', 'Ⅱ\u3000活動の概要']);
    });

    it('still passes over a numbered line repeated under a header that names its chapter again, the page number by a bar (facing pages)', () => {
      const body = ['The text of the page.', 'More text of the page.', 'The page ends here.', '', 'Assessment of Avalon'];
      const text = [
        'CHAPTER 2. FUNDING', '', ...body, '\fCHAPTER 2. FUNDING │ 7', '', '10.  The outcome assessed in this chapter is IO.1. The', ...body,
        '\fCHAPTER 3. STAFF', '', ...body, '\f12 │ CHAPTER 3. STAFF', '', '20.  The outcome assessed in this chapter is IO.7. The', ...body,
      ].join('\n');
      const furniture = findPageFurniture(new Lines(text))!;
      assert.deepEqual(text.split('\n').filter((line, i) => furniture[i] === 1 && line.includes('outcome')), ['10.  The outcome assessed in this chapter is IO.1. The', '20.  The outcome assessed in this chapter is IO.7. The']);
    });
  });

  describe('a Japanese paper printed from PDF, every line followed by a blank line (discussion papers, reports)', () => {
    const spaced = (lines: string[]) => lines.flatMap(line => [line, '']).join('\n');
    const text = spaced([
      '架空研究会ペーパー', '１  はじめに', '１.１  背景', '港湾の管理は、規程「第３編 管理体制', '第２章 組織」にて、担当課が行うと定めている。',
      '２  現状', '２.１  概要', '港湾の設備は古い3。', '3 設備台帳の手引', '２.２  課題', '人材が足りない4。', '4 人材統計の年報',
      '３  対策', '３.１  概要', '以下の対策をとる。',
    ]);

    it('takes no prose line for a chapter because it starts with a cited 第N章, closing a quotation it did not open', () => {
      const outline = outlineDocument(text);
      assert.deepEqual(titles(chapters(text)), ['１  はじめに', '２  現状', '３  対策']);
      assert.notEqual(outline.format, 'outlook');
    });

    it('reads a contents whose every line is followed by a blank line, parts without page numbers among its entries', () => {
      const contents = spaced([
        '目  次', '第 1 部：対応編', '１ はじめに ........ 1', '１.１ 背景 ........ 1', '第 2 部：解説編', '２ 現状 ........ 3', '２.１ 概要 ........ 3',
        '３ 対策 ........ 5',
      ]);
      const outline = outlineDocument(`${contents}\n\n${text}`);
      const toc = outline.nodes.find(n => n.kind === 'toc')!;
      assert.equal(toc.endLine, 15, 'the contents run to their last entry');
      assert.ok(!flattenOutline(outline).some(n => n.kind !== 'toc' && n.title.includes('....')));
    });

    it('takes no footnote for a chapter: its one-digit number is narrow among the wide numbers of the headings', () => {
      const all = flattenOutline(outlineDocument(text));
      assert.ok(!all.some(n => /手引|年報/.test(n.title)), all.map(n => n.title).join(' / '));
      assert.deepEqual(sectionsOf(chapters(text)[1]), ['２.１  概要', '２.２  課題']);
    });
  });

  describe('a contents without page numbers (web pages printed to PDF, RFC-style drafts)', () => {
    it('takes the titles it lists, found again alone on their lines, for the chapters', () => {
      const text = [
        'Review of harbour data', '', 'Published 1 March 2030', '', 'Contents', '', 'Foreword', '', 'Summary', '', 'Recommendations', '',
        'What we found about the', 'safety of piers', '', 'Appendix 1: terms', '',
        'Foreword', '', 'We were asked to review the data.', '', 'Summary', '', 'The data is thin.', '',
        'Recommendations', '', 'Recommendation 1', '', 'The ministry should publish the data each month.', '',
        'What we found about the', 'safety of piers', '', 'Piers are old.', '', 'Appendix 1: terms', '', 'A pier is a structure.', '',
      ].join('\n');
      const outline = outlineDocument(text);
      assert.equal(outline.nodes.find(n => n.kind === 'toc')?.line, 5, 'the contents are read as such: its Recommendations label none');
      assert.deepEqual(titles(chapters(text)), ['Foreword', 'Summary', 'Recommendations', 'What we found about the safety of piers', 'Appendix 1: terms']);
      assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation').map(n => n.label), ['Recommendation 1']);
    });

    it('a plain-text newsletter\'s `IN THIS ISSUE` list, under its rules, is the contents: its entries label no recommendations', () => {
      const text = [
        'HARBOUR NEWS', '', 'Dear members, welcome to this issue.', '', '------------------------', 'IN THIS ISSUE', '-------------',
        '  1. Fees: what the port plans', '  2. Our asks: what we want from the Board', '  3. Dates', '------------------------', '',
        '1. FEES: WHAT THE PORT PLANS', '============================', '', 'Fees will rise.', '',
        '2. OUR ASKS: WHAT WE WANT FROM THE BOARD', '========================================', '', 'We call on the Board to:', '', '  (a) freeze the fees;', '  (b) publish its accounts.', '',
        '3. DATES', '========', '', 'The next meeting is in May.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'news.txt' });
      assert.equal(outline.nodes.find(n => n.kind === 'toc')?.line, 6);
      assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation').map(n => n.title), ['freeze the fees;', 'publish its accounts.']);
    });

    it('reads nothing as a contents where the titles are not found again', () => {
      const text = ['Contents', '', 'Water', '', 'Power', '', 'Roads', '', 'The city has water, power and roads.', ''].join('\n');
      assert.equal(outlineDocument(text).nodes.find(n => n.kind === 'toc'), undefined);
    });
  });

  describe('plain text that underlines its titles (reStructuredText reports and their kind)', () => {
    it('ranks the adornments in the order the text uses them; the title is adorned alone', () => {
      const text = [
        '=================', 'Inquiry Report', '=================', '', 'Findings', '========', '', 'Text.', '',
        'Costs', '-----', '', 'More text.', '', '2. Recommendations', '==================', '', '#. The ministry shall publish its data.', '#. The ministry shall answer within a month.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'inquiry.txt' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Findings', '2. Recommendations']);
      assert.deepEqual(sectionsOf(outline.nodes.find(n => n.title === 'Findings')!), ['Costs']);
      assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation').map(n => n.title), ['The ministry shall publish its data.', 'The ministry shall answer within a month.'], 'items numbered `#.`');
    });

    it('a title underlined alone over numbered chapters: the numbering still makes them', () => {
      const text = ['Harbour Review', '==============', '', '1.  Scope', '', '   Text.', '', '2.  Findings', '', '   Text.', '', '3.  Proposals', '', '   Text.'].join('\n');
      assert.deepEqual(titles(chapters(text, 'review.txt')), ['1.  Scope', '2.  Findings', '3.  Proposals']);
    });

    it('a first title styled as the ones after it is a chapter; a rule under a paragraph or a bullet is no underline', () => {
      const text = ['Scope', '=====', '', 'Text.', '', 'A paragraph that ends', 'on this line', '=====', '', '- an item', '=====', '', 'Method', '======', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(text, 'notes.txt')), ['Scope', 'Method']);
    });
  });

  describe('Markdown levels ranked by use', () => {
    it('a memo\'s sections set a level deeper than the attachment after them, each over text of its own, are its chapters; its header lines are not', () => {
      const memo = [
        '### March 3, 2026 ###', '', '### M-26-04 ###', '', '### From: The Port Director ###', '',
        '### SUBJECT: Safer Quays ###', '', 'This memo sets out what each port must do.', 'It replaces the earlier guidance.', '',
        '### Inspections ###', '', 'Ports shall inspect each quay yearly.', 'The results shall be published.', '',
        '### Training ###', '', 'Ports shall train their crews.', 'Training shall be recorded.', '',
        '## Rescissions ##', '', 'The guidance of 2019 is withdrawn.', '', '## Attachment: Definitions ##', '', 'A quay is a berth for ships.', '',
      ].join('\n');
      const found = titles(chapters(memo, 'memo.md'));
      assert.deepEqual(found, ['Inspections', 'Training', 'Rescissions', 'Attachment: Definitions'], 'a header line over another heading, or a header field, is no chapter');
    });

    const report = [
      '# Audit of the Programme', '', 'Metadata line.', '',
      '## Summary', '', '### What We Found', '', 'Text.', '',
      'Contents', '', 'Background 4', 'Progress Has Been Made but Gaps', 'Remain in the Inventory 10', 'Appendix I Scope and Methods 30', '',
      '#### Background', '', 'Text.', '', '###### A Detail', '', 'Text.', '',
      '#### Progress Has Been Made but Gaps Remain in the Inventory', '', 'Text.', '',
      '## Appendix I: Scope and Methods', '', 'Text.',
    ].join('\n');

    it('takes a deeper level as chapters where the contents list its headings, the first heading as the title', () => {
      assert.deepEqual(titles(chapters(report, 'report.md')), ['Summary', 'Background', 'Progress Has Been Made but Gaps Remain in the Inventory', 'Appendix I: Scope and Methods']);
      const background = chapters(report, 'report.md')[1];
      assert.deepEqual(sectionsOf(background), ['A Detail']);
    });

    it('nests the sections the contents list too under the highest listed level', () => {
      const detail = 'A Detailed Look at the Data Sources';
      const detailed = report.replace('Background 4', `Background 4\n${detail} 6`).replace('###### A Detail', `###### ${detail}`);
      const found = chapters(detailed, 'report.md');
      assert.deepEqual(titles(found), ['Summary', 'Background', 'Progress Has Been Made but Gaps Remain in the Inventory', 'Appendix I: Scope and Methods']);
      assert.deepEqual(sectionsOf(found[1]), [detail]);
    });

    it('reads the contents with their page numbers, an entry wrapped over two lines joined', () => {
      const listed = findPageListedTitles(new Lines(report));
      assert.ok(listed.includes('Progress Has Been Made but Gaps Remain in the Inventory'));
    });

    it('takes a lone top heading as the title over chapters, and headings indented by spaces', () => {
      const text = ['# 3. Industry', '', '## Vision', '', '- text', '', '## 1) Support for firms', '', '  ### Measures', '', '    - a measure'].join('\n');
      const found = chapters(text, 'plan.md');
      assert.deepEqual(titles(found), ['Vision', '1) Support for firms']);
      assert.deepEqual(sectionsOf(found[1]), ['Measures']);
    });

    it('takes a numbered first heading that no other heading of its level continues as the title, over a part', () => {
      const text = ['# ８．福祉', '', '※ 用語の注記。', '', '# ステップ１「基盤を整える」', '', '## ビジョン', '', '- 誰もが使える', '', '## １）窓口を一つに', '', '### 政策概要', '', '- 申請を一度で済ませる', '', '## ２）情報を届ける', '', '本文。'].join('\n');
      assert.deepEqual(titles(chapters(text, 'welfare.md')), ['ビジョン', '１）窓口を一つに', '２）情報を届ける']);
      const numbered = ['# 1. Housing', '', 'Text.', '', '# 2. Transport', '', '## Buses', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(numbered, 'plan.md')), ['1. Housing', '2. Transport'], 'numbered in sequence, the first heading is a chapter');
    });

    it('reads past the front matter of a static site\'s page: its title heading, then chapters at any level', () => {
      const page = ['---', 'sidebar_position: 2', 'tags: [pledge]', '---', '', '# 約束：暮らしを守る', '', '### 取り組むこと', '', '- 家賃の支援を広げます', '', '### いまの課題', '', '- 物価が上がっている'].join('\n');
      const outline = outlineDocument(page, { fileName: 'pledge.md' });
      assert.deepEqual(titles(outline.nodes), ['取り組むこと', 'いまの課題'], 'the metadata is no text and the heading under it is the title');
      assert.ok(!flattenOutline(outline).some(n => n.kind === 'recommendation' && n.start < page.indexOf('###')), 'a title with a label and a colon names the page, it is no recommendation');
      const named = ['---', 'title: "Know the users"', '---', '', 'Opening paragraph.', '', '### Steps', '1. Meet users early', '', '### Questions', '- Who uses it?'].join('\n');
      assert.deepEqual(titles(chapters(named, 'play.md')), ['Steps', 'Questions'], 'the front matter names the title: the first heading is a division');
      assert.equal(frontMatterEnd(['---', 'title: A', 'date: 2026-01-05', '...', 'Text']), 3);
      assert.equal(frontMatterEnd(['---', 'status: draft', '', 'Running text after a rule.', '---']), undefined, 'a thematic break that opens the text is no front matter');
      assert.equal(frontMatterEnd(['---', '', '---']), undefined, 'two rules hold no metadata');
    });

    it('reads setext headings (a title underlined with === or ---) as levels 1 and 2, not a rule under a paragraph or a list', () => {
      const page = [
        'Budget Measures 2031', '====================', '', 'The measures below were announced today.', '',
        'New services for residents', '--------------------------', '', 'Text.', '',
        'New services for firms', '----', '', '- an item', '---', '', 'A paragraph of two lines', 'goes on here.', '---', '',
      ].join('\n');
      assert.deepEqual(titles(chapters(page, 'budget.md')), ['New services for residents', 'New services for firms']);
      const rfc = ['---', 'title: "Workshop Report"', 'author:', ' -', '    name: A. Writer', '', '--- abstract', '', 'Summary.', '', '--- middle', '', '# Introduction', '', 'Text.', '', '# Findings', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(rfc, 'draft.md')), ['Introduction', 'Findings'], 'a kramdown-rfc draft\'s front matter closes with `--- abstract`');
    });

    it('nests the headings after the appendices have begun under the appendix before them', () => {
      const text = [
        '# Audit of the Grants', '', '## Findings', '', 'Text.', '', '## Appendix I: Scope and Methods', '', '## Survey of Grant Holders', '', 'Text.', '',
        '## Appendix II: Comments from the Ministry', '', 'Text.', '', '#### Staff Acknowledgments', '', 'Names.',
      ].join('\n');
      const found = chapters(text, 'audit.md');
      assert.deepEqual(titles(found), ['Findings', 'Appendix I: Scope and Methods', 'Appendix II: Comments from the Ministry']);
      assert.deepEqual(sectionsOf(found[1]), ['Survey of Grant Holders']);
      const one = text.replace('## Appendix II: Comments from the Ministry', '## Comments from the Ministry');
      assert.deepEqual(titles(chapters(one, 'audit.md')), ['Findings', 'Appendix I: Scope and Methods', 'Survey of Grant Holders', 'Comments from the Ministry'], 'one appendix alone is no part of appendices');
    });

    it('ranks by the titles\' numbers where a converter\'s levels contradict them, unnumbered headings between chapters as sections', () => {
      const text = [
        '# Ports and the Climate', '', '#### Abstract', '', 'Text.', '', '#### 1 Introduction', '', 'Text.', '', '### 2 Background', '', 'Text.', '',
        '## 2.1 Earlier Studies', '', 'Text.', '', '### The Northern Quay', '', 'Text.', '', '#### 2.2 Methods', '', 'Text.', '',
        '#### 3 Findings', '', 'Text.', '', '## 3.1 Energy', '', 'Text.', '', '#### 4 Conclusion', '', 'Text.', '', '## A Survey Questions', '', 'Text.', '', '## A.1 Harbour Masters', '', 'Text.',
      ].join('\n');
      const found = chapters(text, 'paper.md');
      assert.deepEqual(titles(found), ['Abstract', '1 Introduction', '2 Background', '3 Findings', '4 Conclusion', 'A Survey Questions']);
      assert.deepEqual(sectionsOf(found[2]), ['2.1 Earlier Studies', 'The Northern Quay', '2.2 Methods']);
      assert.deepEqual(sectionsOf(found[5]), ['A.1 Harbour Masters']);
      const consistent = ['# Paper', '', '## 1 Introduction', '', '## Box: A Case', '', '## 2 Methods', '', '### 2.1 Data', '', '## 3 Findings'].join('\n');
      assert.deepEqual(titles(chapters(consistent, 'paper.md')), ['1 Introduction', 'Box: A Case', '2 Methods', '3 Findings'], 'levels that agree with the numbers are kept');
    });

    it('does not take a contents heading for a chapter (manifestos and web pages that list their chapters first)', () => {
      for (const heading of ['## 目次', '## 本章の目次', '## Table of Contents', '## CONTENTS']) {
        const text = ['# 私たちの政策', '', heading, '', '- １．子育て', '- ２．地域交通', '', '## １．子育て', '', '保育を拡充する。', '', '## ２．地域交通', '', 'バス路線を守る。'].join('\n');
        assert.deepEqual(titles(chapters(text, 'policies.md')), ['１．子育て', '２．地域交通'], heading);
      }
    });
  });

  describe('a council\'s report in Markdown whose first numbered chapter is set a level deeper, under a lone part', () => {
    it('takes the full-width numbers counting up for the chapters, the headings set deeper after the last for its sections', () => {
      const text = [
        '# 審議のまとめ', '', '## はじめに', '', '本文。', '', '## 第１部 基本的な方向性', '', '### １．これまでの経緯', '', '本文。', '',
        '## ２．これからの社会', '', '### （社会の変化）', '', '本文。', '', '## ３．求められる力', '', '本文。', '',
        '## ４．実施に必要な条件', '', '### （１）教員の育成', '', '本文。', '', '### （２）環境の整備', '', '本文。', '', '## 注釈', '', '本文。',
      ].join('\n');
      const found = chapters(text, 'report.md');
      assert.deepEqual(titles(found), ['はじめに', '第１部 基本的な方向性', '１．これまでの経緯', '２．これからの社会', '３．求められる力', '４．実施に必要な条件', '注釈']);
      assert.deepEqual(sectionsOf(found[5]), ['（１）教員の育成', '（２）環境の整備']);
      assert.deepEqual(sectionsOf(found[3]), ['（社会の変化）']);
    });
  });

  describe('Markdown whose converter set lines by font size as headings (submissions and reports converted from PDF)', () => {
    const converted = [
      '## HARBOUR OPERATORS GROUP', '', '## Submission to the Inquiry into Port Safety', '', '## 1', '',
      '## Contents', '', 'Recommendations . 3', '', 'About the Harbour Operators . 4', '', 'Safety in the Ports .6', '',
      'Training the Crews …………… 8', '', 'Conclusion . 9', '',
      '## 2', '', '## Recommendations', '', '1. The ministry fund a survey of every quay and publish', '',
      'its results each spring to the port councils.', '', '2. The ministry train the crews of the', '',
      '### harbour tugs in rescue at night.', '', '## 3', '', '## About the Harbour Operators', '',
      '### Members of the Group', '', 'Names.', '', '## •', '', '## crews;', '', '## 2. Fund the quay repairs; and', '', '## s e c i r P', '', '## Safety in the Ports', '',
      '### The Northern Quay Fire of Last Year', '',
      '### In March a fire on the northern quay closed the port for a week, and the operators lost the trade of some forty ships to the ports nearby.', '',
      '## 4', '', '## Training the Crews', '', 'Text.', '', '## Conclusion', '', '# programmes should be funded for a decade.', '', 'Text.',
    ].join('\n');

    it('takes no page number, bullet, wrapped tail or paragraph set as a heading for one, and keeps the chapters the contents name', () => {
      const outline = outlineDocument(converted, { fileName: 'submission.md' });
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Recommendations', 'About the Harbour Operators', 'Safety in the Ports', 'Training the Crews', 'Conclusion']);
      const all = flattenOutline(outline);
      assert.ok(!all.some(n => /^(?:\d+|•|harbour tugs|In March|crews|s e c)/.test(n.title) && (n.kind === 'chapter' || n.kind === 'section')), 'no fragment is a heading');
      assert.deepEqual(sectionsOf(outline.nodes.find(n => n.title === 'Safety in the Ports')!), ['The Northern Quay Fire of Last Year']);
      const prose = all.find(n => n.kind === 'prose-recommendation');
      assert.equal(prose?.title, 'programmes should be funded for a decade.', 'a line marked as a heading reads from after its marks');
    });

    it('reads contents entries with a leader of dots before the page number', () => {
      assert.deepEqual(findPageListedTitles(new Lines(converted)), ['Recommendations', 'About the Harbour Operators', 'Safety in the Ports', 'Training the Crews', 'Conclusion']);
    });

    it('takes a contents written as headings for the contents, the body\'s headings it names for the chapters', () => {
      const text = [
        '# Harbour Authority', '', 'Port Safety Plan', '', 'June 2030', '', '# Port Safety Plan', '', 'Foreword', '',
        '# 1. Introduction', '', '1.1 Scope', '', '# 2. Our Vision', '', '2.1 Outcomes', '', '# Annex A: Methods', '',
        '# Foreword', '', 'The plan sets out how the ports will be safer.', '', '# Introduction', '', 'Ports have had fires.', '',
        '# Scope', '', 'All ports.', '', '# Our Vision', '', 'Safe ports.', '', '# Annex A: Methods', '', 'We asked the crews.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'plan.md' });
      assert.equal(outline.nodes[0].kind, 'toc');
      assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Introduction', 'Our Vision', 'Annex A: Methods']);
      const body = ['# Ports', '', 'Short line', '', '# Crews', '', '# Fees', '', 'Text of the fees, at length.', '', '# Dredging', '', 'Text.'].join('\n');
      assert.notEqual(outlineDocument(body, { fileName: 'b.md' }).nodes[0].kind, 'toc', 'headings whose titles do not stand again are the body\'s');
    });

    it('takes a contents whose second page a converter set as headings, with bullets and a rule, for the contents', () => {
      const text = [
        '# Safer Harbours:', '', '## How Ports Can Prevent Fires', '', 'Ann Reed & Li Chen  ', 'May 2031', '', '---', '',
        '# Contents', '', 'Abstract 2', '', 'Executive Summary 2', '', '- Old quays burn easily 3', '- Crews lack training 4', '',
        '1 Introduction 5', '', '2 The fires of the last decade 7', '2.1 Northern quays 8', '', '---', '',
        '# 3 Prevention', '', '## 3.1 Inspections', '', '- Quay audits', '- Fuel checks', '', '# 4 Conclusion', '', '# Appendix: Survey questions', '',
        '- Questions to operators', '- Questions to crews', '', '# References', '', '---', '',
        '# Abstract', '', 'Fires close ports.', '', '## Executive Summary', '', 'Ports burn.', '', '# Old quays burn easily', '', 'Timber.', '',
        '## Crews lack training', '', 'Few drills.', '', '# 1 Introduction', '', 'Text.', '', '# 2 The fires of the last decade', '', 'Text.', '',
        '# 2.1 Northern quays', '', 'Text.', '', '# 3 Prevention', '', 'Text.', '', '## 3.1 Inspections', '', 'Text.', '', '# Quay audits', '', 'Text.', '',
        '## Fuel checks', '', 'Text.', '', '# 4 Conclusion', '', 'Text.', '', '# Appendix: Survey questions', '', '## Questions to operators', '', 'Text.', '',
        '# Questions to crews', '', 'Text.', '', '# References', '', 'Books.',
      ].join('\n');
      const outline = outlineDocument(text, { fileName: 'report.md' });
      assert.ok(outline.nodes.some(n => n.kind === 'toc'), 'the contents is one block');
      const found = outline.nodes.filter(n => n.kind === 'chapter');
      assert.deepEqual(titles(found), ['Abstract', 'Executive Summary', '1 Introduction', '2 The fires of the last decade', '3 Prevention', '4 Conclusion', 'Appendix: Survey questions', 'References']);
      assert.deepEqual(sectionsOf(found[1]), ['Old quays burn easily', 'Crews lack training'], 'the contents lists them under the summary, whatever their level');
      assert.deepEqual(sectionsOf(found[6]), ['Questions to operators', 'Questions to crews']);
      assert.equal(outline.nodes.find(n => n.kind === 'toc')?.line, 10, 'the contents starts at its heading, after the cover lines');
    });

    it('ranks by their Roman numbers the parts of a report whose converter set every heading as `#`', () => {
      const text = [
        '# Harbour Safety Ten Years On', '', '# Board Members', '', 'Names.', '', '# □□□□', '', '# Contents', '',
        'Executive Summary. . 3', '', '# III: Lessons Learned .. 20', '', '# IV: Recommendations. . 25', '',
        '# Executive Summary', '', 'Text.', '', '# Introduction', '', 'Text.', '', '# I: The Ports Today', '', 'Text.', '',
        '# Old Quays', '', 'The fires were not bad luck. Timber quays burn.', '', '# The fires were not bad luck.', '', 'Text.', '', '# II: New Risks', '', 'Text.', '',
        '# Harbour Board of the North', '', '# Harbour Board of the South', '', '# Harbour Board of the East', '', 'Text.', '', '# Fuel Depots', '', 'Text.', '',
        '# III: Lessons Learned', '', 'Text.', '', '# IV: Recommendations', '', 'Text.', '', '# Funding the Inspections', '', 'Text.', '',
        '# Training the Crews', '', 'Text.', '', '# Conclusion', '', 'Text.', '', '# Endnotes', '', '1 A source.',
      ].join('\n');
      const found = chapters(text, 'report.md');
      assert.deepEqual(titles(found), ['Executive Summary', 'Introduction', 'I: The Ports Today', 'II: New Risks', 'III: Lessons Learned', 'IV: Recommendations', 'Conclusion', 'Endnotes']);
      assert.deepEqual(sectionsOf(found[5]), ['Funding the Inspections', 'Training the Crews']);
      const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
      assert.ok(!all.some(n => /□|\.\s*\.\s*\d+$/.test(n.title)), 'no unreadable glyphs or contents entry is a heading');
      assert.ok(!all.some(n => n.title === 'The fires were not bad luck.'), 'a pull quote, a sentence of the text set large, is no heading');
      const stated = text.replace('The fires were not bad luck. Timber quays burn.', 'Timber quays burn.');
      assert.ok(flattenOutline(outlineDocument(stated, { fileName: 'report.md' })).some(n => n.kind === 'section' && n.title === 'The fires were not bad luck.'), 'a heading that states its point once is a heading');
    });

    it('keeps a hand-written Markdown text whose headings share one level, its numbered chapters the most of them, as it is', () => {
      const text = ['# Port Notes', '', 'Text.', '', '# Overview', '', 'Text.', '', '# 1. Ports', '', 'Text.', '', '# 2. Crews', '', 'Text.', '', '# Fees', '', 'Text.', '', '# 3. Fuel', '', 'Text.', '', '# 4. Data', '', 'Text.'].join('\n');
      assert.deepEqual(titles(chapters(text, 'notes.md')), ['Overview', '1. Ports', '2. Crews', 'Fees', '3. Fuel', '4. Data']);
    });

    it('takes the chapters a contents lists as entries of their own, with sections indented under them, and drops running headers in capitals', () => {
      const text = [
        '# Port Control', '', '## How the State Runs the Harbours', '', 'Policy Report', '', '---', '', '# Table of Contents', '',
        '**Introduction** 3', '', '**Part 1: What Port Control Is** 4  ', ' Why Full Control Is Unlikely 6', '',
        '**Part 2: Levers of Control** 10  ', ' Oversight Mechanisms 11  ', ' Operating Limits 13', '', '**Conclusion** 20', '', '---', '',
        '# Introduction', '', 'Text.', '', '# Part 1: What Port Control Is', '', 'Text.', '', '### Why Full Control Is Unlikely', '', 'Text.', '',
        '# Part 2: Levers of Control', '', 'Text.', '', '# Oversight Mechanisms', '', 'Text.', '', '## Boards', '', 'Text.', '',
        '## PART 2: LEVERS OF CONTROL', '', '# Operating Limits', '', 'Text.', '', '# Conclusion', '', 'Text.',
      ].join('\n');
      const found = chapters(text, 'report.md');
      assert.deepEqual(titles(found), ['Introduction', 'Part 1: What Port Control Is', 'Part 2: Levers of Control', 'Conclusion']);
      const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
      assert.ok(all.some(n => n.kind === 'section' && n.title === 'Oversight Mechanisms'));
      assert.ok(!all.some(n => n.title === 'PART 2: LEVERS OF CONTROL'), 'the running header is no heading');
    });

    it('takes a dotted contents whose bullets are the sections, Roman page numbers and short titles included, for the chapters', () => {
      const text = [
        '# Harbours After the Storm', '', '### About the Institute', '', 'Text.', '', '# About This Report', '', 'Text.', '', '# Summary', '', 'Text.', '',
        '# Contents', '', 'About This Report ........ iii', 'Summary ........ v', '', 'Methods ........ 1', '',
        '- Limits of the Survey ........ 3', '  Harbours Today ........ 4', '- Scenario 1. Calm Seas ........ 6', '- Scenario 2. Rising Seas ........ 9',
        '  Conclusion ........ 12', '', '---', '', '## Methods', '', 'Text.', '', '## Limits of the Survey', '', 'Text.', '', '# Harbours Today', '', 'Text.', '',
        '## Scenario 1. Calm Seas', '', 'Text.', '', '# Scenario 2. Rising Seas', '', 'Text.', '', '# Key Assumptions', '', 'Text.', '', '# Conclusion', '', 'Text.',
      ].join('\n');
      assert.deepEqual(titles(chapters(text, 'report.md')), ['About This Report', 'Summary', 'Methods', 'Harbours Today', 'Conclusion']);
    });

    it('reads no contents from headings standing again when the contents heading comes after them', () => {
      const text = ['# Ports', '', '# Crews', '', '# Fees', '', '# Contents', '', 'Text that goes on.', '', '# Ports', '', 'x.', '', '# Crews', '', 'y.', '', '# Fees', '', 'z.'].join('\n');
      assert.ok(!outlineDocument(text, { fileName: 'x.md' }).nodes.some(n => n.kind === 'toc'));
    });

    it('takes a chapter heading repeated at each page, with only deeper headings since, for the page\'s running header', () => {
      const text = [
        '# Harbour Futures', '', 'Intro.', '', '# Mid 2031: Quiet Ports', '', 'Text.', '', '### Footnotes', '', '1 A note.', '', '# Mid 2031: Quiet Ports', '', 'More text.', '',
        '# Late 2031: Busy Ports', '', 'Text.', '', '### Footnotes', '', '2 A note.', '', '# Late 2031: Busy Ports', '', 'More.', '', '# 2032: New Quays', '', 'Text.',
      ].join('\n');
      const found = chapters(text, 'scenario.md');
      assert.deepEqual(titles(found), ['Mid 2031: Quiet Ports', 'Late 2031: Busy Ports', '2032: New Quays']);
      assert.deepEqual([found[0].line, found[0].endLine], [5, 15], 'the chapter goes on over its repeated header');
      assert.deepEqual(sectionsOf(found[1]), ['Footnotes'], 'a deeper heading under two chapters stands in each');
    });

    it('keeps every chapter of a converted text whose headings are all titles', () => {
      const clean = ['# Port Safety', '', '## Contents', '', 'Findings . 2', '', 'Recommendations . 3', '', 'Training the Crews . 4', '',
        '## Findings', '', 'Text.', '', '## Recommendations', '', 'Text.', '', '## Training the Crews', '', 'Text.', '', '## Annex: Members', '', 'Names.'].join('\n');
      assert.deepEqual(titles(chapters(clean, 'clean.md')), ['Findings', 'Recommendations', 'Training the Crews', 'Annex: Members']);
    });

    it('takes none of a converted text\'s styled lines for chapters where they come by the hundred, most over no text (a chart\'s figures, banners, a word set a letter to a line)', () => {
      const styled: string[] = ['## P', '', '## o', '', '## r', '', '## t', '', '## s', ''];
      for (let k = 1; k <= 30; k++) styled.push(`## Quay ${k}`, '', `## Ships waiting: ${k * 3}`, '', `## Up to`, '', `## a third of berths`, '', `Berth ${k} is busy.`, '');
      const found = chapters(styled.join('\n'), 'styled.md');
      assert.deepEqual(titles(found), []);
      const letters = chapters(['## P', '', '## o', '', '## r', '', '## t', '', '## Findings', '', 'Text.', '', '## Quays', '', 'Text.'].join('\n'), 'cover.md');
      assert.deepEqual(titles(letters), ['Findings', 'Quays'], 'a word set a letter to a line is no heading');
    });

    it('keeps many chapters of a converted text where most stand over text of their own', () => {
      const long: string[] = ['## P', '', '## o', '', '## r', '', '## t', ''];
      for (let k = 1; k <= 45; k++) long.push(`## Quay ${k}`, '', `Berth ${k} is busy.`, '');
      assert.equal(chapters(long.join('\n'), 'long.md').length, 45);
    });
  });

  describe('heading patterns of a project', () => {
    it('makes chapters of `Article {n}` lines and keeps a pattern\'s special characters literal', () => {
      const text = ['Article 1 Purpose', '', 'Text.', '', 'Article 2 Definitions', '', 'Text.', '', '(a+)+$ 1 Trap', ''].join('\n');
      const patterns = [{ pattern: 'Article {n}', level: 'chapter' as const }, { pattern: '(a+)+$ {n}', level: 'chapter' as const }];
      const found = outlineDocument(text, { headingPatterns: patterns }).nodes.filter(n => n.kind === 'chapter');
      assert.deepEqual(titles(found), ['Article 1 Purpose', 'Article 2 Definitions']);
    });

    it('ignores a pattern without a placeholder or too long to be a heading\'s numbering', () => {
      assert.equal(compilePatterns([{ pattern: 'Article', level: 'chapter' }, { pattern: `${'x'.repeat(60)} {n}`, level: 'section' }]).length, 0);
      const [article] = compilePatterns([{ pattern: '第{n}条', level: 'section' }]);
      assert.deepEqual(article.read('第十二条 目的', 0)?.path, [12]);
      assert.equal(article.read('第十二項', 0), undefined);
    });
  });
});

describe('a contents set as a table with a page column', () => {
  const report = [
    '# The Harbour Outlook', '', '## Overview', '', '| Proposals | Area | Page |', '|---|---|---|', '| 1-2 | Inspections | 3 |', '| 3-4 | Training | 5 |',
    '| 5 | Funding | 7 |', '', '# Inspections', '', '## Methods', '', 'Text.', '', '# Training', '', '## Drills', '', 'Text.', '',
    '## Funding', '', '### Sources', '', 'Text.', '', '## Budgets', '', 'Text.',
  ].join('\n');

  it('names the chapters a converter set a level too deep; the other headings of that level stay sections', () => {
    const found = chapters(report, 'outlook.md');
    assert.deepEqual(titles(found), ['Inspections', 'Training', 'Funding']);
    assert.deepEqual(sectionsOf(found[2]), ['Sources', 'Budgets']);
  });

  it('a table without a page column is no contents', () => {
    const data = report.replace('| Page |', '| Cost |');
    assert.deepEqual(titles(chapters(data, 'outlook.md')), ['Inspections', 'Training']);
  });
});

describe('a Markdown wrapper over text extracted from PDF', () => {
  const wrapped = [
    '# Report of the Harbour Review Group', '', 'Source: harbour-review.pdf', '', '## Full Text', '',
    '                                 Contents', '                                                       Paragraphs   Page',
    '        Introduction .....................................        1–4      3',
    '  I.    Findings of the review ............................        5–20      3',
    '  II.   Conclusions and recommendations ...................       21–22      6',
    '  Annex', '        Members of the group ..........................................    9', '', '',
    '     Introduction', '     1.   The group met twice.', '', '',
    'I. Findings of the review', '', '     5.   The quays were old.', '', '',
    'II. Conclusions and recommendations', '     21.  The group recommends:', '', '',
    'Annex', '', '     The group had five members.',
  ].join('\n');

  it('the text\'s own titles that the contents list are the chapters, the introduction before them and an appendix alone after them; the wrapper heading stands above them', () => {
    assert.deepEqual(titles(chapters(wrapped, 'review.md')), ['Introduction', 'I. Findings of the review', 'II. Conclusions and recommendations', 'Annex']);
  });

  it('without a contents to confirm them, the Markdown heading stays the only chapter', () => {
    const unconfirmed = wrapped.split('\n').filter(line => !/\.{5}|Contents|Paragraphs|^ {2}Annex$/.test(line)).join('\n');
    assert.deepEqual(titles(chapters(unconfirmed, 'review.md')), ['Full Text']);
  });

  it('reads a contents entry that gives its paragraphs between the leader and the page', () => {
    assert.ok(isTocEntry('  II.   Conclusions and recommendations ..........       21–22      6'));
    assert.equal(tocTitle('II.   Conclusions and recommendations ..........       21–22      6'), 'II.   Conclusions and recommendations');
  });

  it('reads the leaders of Japanese word processors (half-width dots) and of English PDFs (dots spaced out)', () => {
    for (const [entry, title] of [['第１　調査の目的等 \uff65\uff65\uff65\uff65\uff65\uff65 1', '第１　調査の目的等'], ['1. Introduction . . . . . . . 3', '1. Introduction'], ['はじめに‥‥‥‥ ２', 'はじめに']]) {
      assert.ok(isTocEntry(entry), entry);
      assert.equal(tocTitle(entry), title);
    }
    assert.ok(!isTocEntry('The fee rose from 1. to 3'));
  });
});

describe('a contents set in bold by a converter from PDF', () => {
  const report = [
    '# Harbour Paper', '', '**CONTENTS**', '', '**Summary ........................ 3**', '', '**1. Introducing the harbour plan ........ 5**', '',
    'A new model of ports ................ 11', '', '**2. A new deal for crews ........ 22**', '', '1. Create one harbour office ........ 22', '',
    '2. Offer crews a contract ........ 25', '', '**References ........ 36**', '', '## ACKNOWLEDGEMENTS', '', 'Thanks.', '',
    '**1. CREATE ONE HARBOUR OFFICE**', '', 'Text.', '', '**2. OFFER CREWS A CONTRACT**', '', 'Text.',
  ].join('\n');

  it('reads the bold entries and the bold heading; the contents of an English text is named in English', () => {
    const outline = outlineDocument(report, { fileName: 'paper.md' });
    const toc = outline.nodes.find(n => n.kind === 'toc')!;
    assert.deepEqual([toc.title, toc.line], ['CONTENTS', 3]);
    const untitled = outlineDocument(report.replace('**CONTENTS**', 'Our paper'), { fileName: 'paper.md' }).nodes.find(n => n.kind === 'toc')!;
    assert.equal(untitled.title, 'Contents');
  });

  it('a numbering the contents start again under a chapter lists sections: it confirms no chapters under a thin Markdown heading', () => {
    assert.deepEqual(titles(chapters(report, 'paper.md')), ['ACKNOWLEDGEMENTS']);
  });

  it('a chapter opened on a page of its own, the number apart from its title in capitals over two lines, is the chapter the contents list', () => {
    const opened = report.replace('## ACKNOWLEDGEMENTS', [
      '**1. **', '', '**INTRODUCING THE **', '', '**HARBOUR PLAN**', '', 'Text.', '', '**40**', '', '**30**', '',
      '**2. **', '', '**A NEW DEAL FOR **', '', '**CREWS**', '', 'Text.', '', '## ACKNOWLEDGEMENTS'].join('\n'));
    assert.deepEqual(titles(chapters(opened, 'paper.md')), ['1. INTRODUCING THE HARBOUR PLAN', '2. A NEW DEAL FOR CREWS']);
  });

  it('a bare number over a title the contents do not list under it is no heading (a chart\'s label, a list)', () => {
    const unlisted = report.replace('## ACKNOWLEDGEMENTS', ['**1. **', '', '**OUR HARBOURS**', '', 'Text.', '', '**2. **', '', '**OUR CREWS**', '', 'Text.', '', '## ACKNOWLEDGEMENTS'].join('\n'));
    assert.deepEqual(titles(chapters(unlisted, 'paper.md')), ['ACKNOWLEDGEMENTS']);
  });
});

describe('a chapter number alone on its line in text extracted from PDF', () => {
  const text = [
    'Harbour Paper', '', 'Contents', '', 'Summary ........ 3', '1. Introducing the harbour plan ........ 5', '2. A new deal for crews ........ 22',
    '3. Paying for it ........ 30', 'References ........ 36', '', '',
    '1.', '', 'INTRODUCING THE', 'HARBOUR PLAN', '', 'The plan is old.', '', '',
    '2.', '', 'A NEW DEAL FOR CREWS', '', 'Crews need contracts.', '', '',
    '3.', '', 'PAYING FOR IT', '', 'The port pays.',
  ].join('\n');

  it('takes the title below it when the contents list that title under that number', () => {
    assert.deepEqual(titles(chapters(text, 'paper.txt')), ['1. INTRODUCING THE HARBOUR PLAN', '2. A NEW DEAL FOR CREWS', '3. PAYING FOR IT']);
  });
});

describe('a book-length report whose contents run its sections in under each chapter (`Ferry Crews, 12`)', () => {
  const page = (n: number) => ['', '', `DRAFT FOR REVIEW`, `${' '.repeat(60)}${n}`];
  const text = [
    'Keeping Island Ferries Running', '', 'Contents', '',
    'SUMMARY                                   1', '',
    '1 INTRODUCTION                            9', '   Scope of the Study, 10', '   Ferry Crews, 12', '',
    '2 FLEETS AND HARBOURS                    15', '   Ageing Vessels, 16', '   Harbour Works, 19', '',
    '3 THE WAY AHEAD                          23',
    ...page(9), '1', '', 'Introduction', '', 'Island ferries carry people and freight.', '',
    'SCOPE OF THE STUDY', '', 'The study covers ten islands.',
    ...page(15), '2', '', 'Fleets and Harbours', '', 'Most vessels are old.',
    ...page(23), '3', '', 'The Way Ahead', '', 'The operators need a plan.',
  ].join('\n');

  it('reads each run-in section as an entry of its own, so a chapter number alone takes the title the contents list under it', () => {
    assert.deepEqual(findTocBlock(new Lines(text))?.titles, ['SUMMARY', '1 INTRODUCTION', 'Scope of the Study', 'Ferry Crews', '2 FLEETS AND HARBOURS', 'Ageing Vessels', 'Harbour Works', '3 THE WAY AHEAD']);
    assert.deepEqual(titles(chapters(text, 'ferries.txt')), ['1 Introduction', '2 Fleets and Harbours', '3 The Way Ahead']);
  });
});

describe('a parliament\'s resolution: plain subheadings over operative paragraphs that end with a semicolon', () => {
  const text = [
    'Resolution of 3 March 2027 on island ferry services', '', 'The Parliament,', '', 'A.  whereas island ferries are old;', '',
    'Fares and timetables', '', '1.  Stresses that fares have doubled since 2020, which keeps visitors', '    away from the islands;', '',
    '2.  Calls on the Member States to publish timetables a year ahead;', '',
    'Vessels', '', '3.  Urges the Commission to fund the replacement of vessels older than', '    forty years;', '',
  ].join('\n');

  it('takes each subheading as a division of the text, the clause after it being its text', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'resolution.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'section').map(n => n.title), ['Fares and timetables', 'Vessels']);
  });
});

describe('an academy\'s paper from pdftotext: a summary numbered as the body, the contents, and the first chapter on one page', () => {
  const foot = (n: number) => ['', `${' '.repeat(30)}- ${n} -`, ''];
  const text = [
    '提言', '', '港湾の維持に向けて', '', '令和９年３月１日', '', '架空学会', '', '港湾工学委員会 維持管理分科会', '',
    ' この提言は、架空学会港湾工学委員会維持管理分科会の審議結果を取りまとめ公表するもので', 'ある。', '',
    '要 旨', '', '１ 作成の背景', ' 港の多くが古くなっている。岸壁の半分は、造られてから五十年を超え', 'ている。点検の担い手も減っている。', '',
    '２ 現状及び問題点', ' 点検の記録が残っていない岸壁が多く、補修の優先順位を決められない', '港湾管理者が多い。', '', '３ 提言の内容', '(1) 点検の強化', '(2) 記録の共有', '',
    '目 次', '', '１ はじめに ........................ １', '２ 港湾の現状 ...................... ２', '３ 提言 ............................ ３', '',
    '１ はじめに', ' 戦後に造られた岸壁の多くが、更新の時期を迎えている。本提言は、その', '維持の方策を示すものである。', ...foot(1),
    '２ 港湾の現状', ' 点検の記録が残っていない岸壁が多い。', ...foot(2),
    '３ 提言', '(1) 点検の強化', ' 国は、岸壁の定期点検を支援すべきである。', ...foot(3),
  ].join('\n');

  it('takes the body\'s numbered chapters, the first one too, though the page ends after it: a title over its wrapped paragraph is no footnote', () => {
    assert.deepEqual(titles(chapters(text, 'teigen.txt')), ['要 旨', '１ はじめに', '２ 港湾の現状', '３ 提言']);
  });
});

describe('a chapter opener laid out for print: number and title centred on lines of their own', () => {
  const centred = (n: number, title: string) => [`${' '.repeat(40)}${n}`, `${' '.repeat(32)}${title}`, ''];
  const report = ['SAFER HARBOURS', '', ...centred(1, 'Introduction'), 'The harbours are old.', '', ...centred(2, 'The State of the Quays'),
    'Many quays are unsafe.', '', ...centred(3, 'Crew Training'), 'Crews need training.'].join('\n');

  it('takes the centred title under the number, without contents to list it', () => {
    assert.deepEqual(titles(chapters(report, 'report.txt')), ['1 Introduction', '2 The State of the Quays', '3 Crew Training']);
  });

  it('a centred page number over the page\'s text at the margin is no chapter', () => {
    const pages = ['SAFER HARBOURS', '', 'The harbours are old and', '', `${' '.repeat(40)}1`, 'the quays are failing.', '', `${' '.repeat(40)}2`,
      'Crews need training.', '', `${' '.repeat(40)}3`, 'Ports should report.'].join('\n');
    assert.deepEqual(titles(chapters(pages, 'pages.txt')), []);
  });
});

describe('a converter\'s cover: the title, a subtitle in capitals, and the opening part set a level deeper', () => {
  const page = (named: string) => ['---', `title: "${named}"`, '---', '', '# Harbour Data for India', '', '## PATHWAYS FOR A HARBOUR DATA FRAMEWORK', '',
    'PRIYA KUMAR AND RAVI RAO', '', '### Introduction', '', 'Text of the introduction.', '', '## Harbour data today', '', 'Text.', '',
    '## Pathways to build it', '', 'Text.'].join('\n');

  it('the subtitle is the cover\'s, and the opening part is the first chapter, though the front matter names the title with its subtitle', () => {
    const expected = ['Introduction', 'Harbour data today', 'Pathways to build it'];
    assert.deepEqual(titles(chapters(page('Harbour Data for India'), 'note.md')), expected);
    assert.deepEqual(titles(chapters(page('Harbour Data for India: Pathways for a Harbour Data Framework'), 'note.md')), expected);
  });
});

describe('a contents written as headings that link to the page\'s own parts', () => {
  it('a heading whose title is an in-page link is a contents entry, no section', () => {
    const text = ['# Harbour Guide', '', '1. [Scope](#1-scope)', '', '#### Appendix-1. [Sample](#appendix-1-sample)', '', '---', '',
      '## 1. Scope', '', 'Text.', '', '## Appendix-1. Sample', '', 'Text.'].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'guide.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => n.title), ['1. Scope', 'Appendix-1. Sample']);
  });
});

describe('headings that link to themselves, as pages saved from HTML with their anchors write them', () => {
  it('a linked heading no other heading repeats is a heading, titled by the link\'s text without its attributes', () => {
    const text = ['# Ferry Audit {#top}', '', '## Contents', '', '* [1. Scope](#scope)', '* [2. Fares](#fares)', '* [Appendix A: Method](#app-a)', '',
      '## [1. Scope](#scope) {#scope}', '', 'Text.', '', '### [1.1 Aims](#aims) {#aims}', '', 'Text.', '', '## [2. Fares](#fares)', '', 'Text.', '',
      '## [Appendix A: Method](#app-a) {#app-a}', '', 'Text.'].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'audit.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => [n.kind, n.title]), [
      ['chapter', '1. Scope'], ['section', '1.1 Aims'], ['chapter', '2. Fares'], ['chapter', 'Appendix A: Method'],
    ]);
  });
});

describe('a web page\'s text set a level under the site\'s own headings', () => {
  it('a leading heading whose text lies under its subsections is a chapter like its siblings', () => {
    const text = ['# 港湾計画の公表', '', '　計画を公表する。', '', '### 1．経緯', '', '　計画を改定した。', '', '　その内容を示す。', '',
      '### 2．概要', '', '#### （1）目標', '', '　港を守る。', '', '　船を増やす。', '', '### 3．予定', '', '　来年に見直す。', '', '　以上。', '',
      '## 関連する計画', '', '　別の計画がある。'].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'page.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter').map(n => n.title).slice(0, 3), ['1．経緯', '2．概要', '3．予定']);
  });
});

describe('a Word document converted by pandoc', () => {
  it('the last row of a table laid out with spaces is no heading underlined by the table\'s closing rule', () => {
    const text = ['# 港湾白書', '', '## 港湾の現状', '', '本文。', '', '  ---------------------------------', '  区分          令和元年  令和５年', '  ------------- --------- ---------',
      '  入港数        ３１２    ４８', '', '  係留率        ２．１２  ２．８７', '  ---------------------------------', '', '## 港湾の課題', '', '本文。'].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'port.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => n.title), ['港湾の現状', '港湾の課題']);
  });

  it('Word\'s contents kept as links to its bookmarks is the contents; its bold titles are the chapters, other bold lines sections', () => {
    const text = ['**港湾の再生に関する要望**', '', '令和７年４月', '', '**目　次**', '', '[はじめに 1](#_Toc100000001)', '', '[現状 2](#_Toc100000002)', '',
      '[要望 3](#_Toc100000003)', '', '[おわりに 4](#_Toc100000004)', '', '**はじめに**', '', '　港は地域を支える。', '', '**現状**', '', '　船が減った。', '',
      '**要望**', '', '**（国への要望）**', '', '1.  岸壁の補修を支援すること。', '', '2.  航路を維持すること。', '', '**おわりに**', '', '　以上。'].join('\n');
    const outline = outlineDocument(text, { fileName: 'yobo.md' });
    assert.equal(outline.nodes[0].kind, 'toc');
    const all = flattenOutline(outline);
    assert.deepEqual(all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => [n.kind, n.title]), [
      ['chapter', 'はじめに'], ['chapter', '現状'], ['chapter', '要望'], ['section', '（国への要望）'], ['chapter', 'おわりに'],
    ]);
    assert.ok(all.every(n => n.kind !== 'recommendation' || !n.title.includes('_Toc')), 'no contents entry is a recommendation');
  });

  it('a contents whose entries lost their indentation still sets `4.1` under `4.`: the headings it numbers so are sections', () => {
    const anchor = (id: number) => `<span id="_Toc2000${id}" class="anchor"></span>`;
    const entry = (title: string, page: number, id: number) => `[${title} [${page}](#_Toc2000${id})](#_Toc2000${id})`;
    const text = ['**Harbour Council peer review**', '', '**Contents**', '',
      entry('1. Summary', 2, 1), '', entry('2. Findings', 3, 2), '', entry('2.1 Leadership', 3, 3), '', entry('2.2 Finance', 4, 4), '', entry('3. Next steps', 5, 5), '',
      `# ${anchor(1)}1. Summary`, '', 'The council is well run.', '', `# ${anchor(2)}2. Findings`, '', `## ${anchor(3)}2.1 Leadership`, '', 'Leaders are visible.', '',
      `## ${anchor(4)}2.2 Finance`, '', 'Reserves are low.', '', `# ${anchor(5)}3. Next steps`, '', 'The team will return in a year.', ''].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'review.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => [n.kind, n.title]), [
      ['chapter', '1. Summary'], ['chapter', '2. Findings'], ['section', '2.1 Leadership'], ['section', '2.2 Finance'], ['chapter', '3. Next steps'],
    ]);
  });
});

describe('a comment a contents generator reads, in a heading', () => {
  it('is no part of the title, and a contents heading with one is still the contents', () => {
    const text = ['## 改訂履歴 <!-- omit in toc -->', '', '| 日付 | 内容 |', '', '## 目次　<!-- omit in toc -->', '', '- [1. はじめに](#1)', '', '## 1. はじめに', '', '本文。', '', '## 2. 取扱い', '', '本文。'].join('\n');
    const all = flattenOutline(outlineDocument(text.replace('## 改訂履歴', '## 概要'), { fileName: 'guide.md' }));
    assert.ok(!all.some(n => n.title.includes('<!--')));
    assert.deepEqual(titles(chapters(text, 'guide.md')), ['1. はじめに', '2. 取扱い'], 'the contents heading is no chapter; the first heading titles the page');
  });
});

describe('a baseline whose policy groups each repeat the same section names', () => {
  it('`### Resources`, `### Implementation` under each group are its sections, no contents', () => {
    const group = (n: number, title: string) => [
      `## ${n}. ${title}`, '', `These policies keep ${title.toLowerCase()} safe.`, '', '### Policies', '', `#### HB.${n}.1v1`, `Every quay SHALL be inspected for ${title.toLowerCase()}.`, '',
      '### Resources', '', '- [Harbour guide \\| Port', '  Office](https://ports.example/guide#quays)', '', '### License Requirements', '', '- N/A', '',
      '### Implementation', '', `#### HB.${n}.1v1 Instructions`, '', '1. Open the harbour console.', '2. Select the quay.', '',
    ];
    const text = ['# Harbour Security Baseline', '', 'This baseline sets policies for harbours.', '', '# Baseline Policies', '',
      ...group(1, 'Quay Access'), ...group(2, 'Crane Controls'), ...group(3, 'Fuel Lines')].join('\n');
    const outline = outlineDocument(text, { fileName: 'baseline.md' });
    const all = flattenOutline(outline);
    assert.ok(!all.some(n => n.kind === 'toc'), 'no contents');
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').length, 3);
    assert.deepEqual(all.filter(n => n.title === 'Resources').map(n => n.kind), ['section', 'section', 'section']);
  });
});

describe('a peer review converted from PDF by font size: a flat contents with leaders, sections numbered under chapters, a table of counts', () => {
  const leader = (title: string, page: number) => `${title} ${'.'.repeat(40)} ${page}`;
  const text = ['# **Peer Review of Harbourland**', '', '## **Table of Contents**', '',
    leader('Executive summary', 1), '', leader('1. Introduction', 3), '', leader('2. Port oversight', 4), '', leader('2.1. Licensing', 4), '', leader('2.2. Inspection', 6), '',
    leader('3. Port resolution', 8), '', leader('3.1. Powers', 8), '', leader('3.2. Funding', 10), '', leader('Annex 1: Structure of the sector', 12), '', leader('Annex 2: References', 13), '',
    '## **Executive summary**', '', 'The review found progress.', '', '# **1. Introduction**', '', 'This review covers ports.', '',
    '# **2. Port oversight**', '', '## **2.1. Licensing**', '', 'Licences are issued yearly.', '', '## **2.2. Inspection**', '', 'Inspections are rare.', '',
    '# **3. Port resolution**', '', '## **3.1. Powers**', '', 'The authority may close a port.', '', '## **3.2. Funding**', '', 'No fund exists.', '',
    '### **Annex 1: Structure of the sector**', '', '**Number of operators, end-2030**', '', 'Harbour boards 41', '', 'of which large 6', '', 'Pilot services 28', '',
    'Towage firms 312', '', 'Marinas 9', '', 'Ferry operators 77', '', 'Source: Harbour Office.', '', '### **Annex 2: References**', '', 'Harbour Office (2030), Annual report.', ''].join('\n');

  it('a section numbered under the last chapter stays its section, and a table\'s counts are no contents entries', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'review.md' }));
    const roles = all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => [n.kind, n.title]);
    for (const title of ['2.1. Licensing', '2.2. Inspection', '3.1. Powers', '3.2. Funding']) assert.ok(roles.some(([kind, t]) => kind === 'section' && t === title), title);
    for (const title of ['1. Introduction', '2. Port oversight', '3. Port resolution']) assert.ok(roles.some(([kind, t]) => kind === 'chapter' && t === title), title);
  });

  it('the annexes the contents list, set a size smaller than the last chapter\'s sections, are chapters after it', () => {
    const chapters = outlineDocument(text, { fileName: 'review.md' }).nodes.filter(n => n.kind === 'chapter').map(n => n.title);
    assert.deepEqual(chapters.slice(-2), ['Annex 1: Structure of the sector', 'Annex 2: References']);
  });

  it('an unnumbered heading right under a numbered chapter\'s, no text between, is its first section, though a flat contents lists it', () => {
    const text = [
      '# **Keeping harbours open**', '', '## **Contents**', '', '**Chair\'s foreword .................................................. 3**', '',
      '**Recommendations .................................................. 4**', '', '**1.** **Introduction .................................................. 5**', '', '**2.** **The state of the harbours .................................... 6**', '',
      'Decline in the fleet .................................................. 6', '', '**3.** **Funding ...................................................... 8**', '', '**Annex: Witnesses ................................................. 9**', '',
      '-----', '', '## **Chair\'s foreword**', '', 'Harbours matter to every island.', '',
      '## **Recommendations**', '', '**Recommendation 1.** The Government should publish a harbour plan.', '', '# **1. Introduction**', '',
      '**1.** We held an inquiry.', '', '# **2. The state of the harbours**', '', '## **Decline in the fleet**', '',
      '**2.** The fleet has halved.', '', '# **3. Funding**', '', '**3.** Funding is short.', '',
      '**Recommendation 1.** The Government should publish a harbour plan.', '', '# **Annex: Witnesses**', '', 'Harbour Board', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'committee.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter' || n.kind === 'section').map(n => [n.kind, n.title]), [
      ['chapter', 'Chair\'s foreword'], ['chapter', 'Recommendations'], ['chapter', '1. Introduction'], ['chapter', '2. The state of the harbours'],
      ['section', 'Decline in the fleet'], ['chapter', '3. Funding'], ['chapter', 'Annex: Witnesses'],
    ]);
  });

  it('page-listed titles: the table\'s rows, their numbers going up and down, are none', () => {
    const listed = findPageListedTitles(new Lines(text));
    assert.ok(listed.includes('1. Introduction'));
    assert.ok(!listed.some(title => title.startsWith('Harbour boards') || title.startsWith('Towage')), listed.join(' | '));
  });
});

describe('a committee\'s visit report printed to text: the parts\' and sections\' numbers set apart from their titles, in the contents too', () => {
  const dots = (title: string, page: number) => `${title} ${'.'.repeat(30)} ${page}`;
  const text = [
    'Report to the Government of Harbourland', '', 'Contents', '', dots('EXECUTIVE SUMMARY', 2),
    'I.', dots('INTRODUCTION', 3), 'A.', dots('Dates of the visit', 3), 'B.', dots('Places visited', 3),
    'II.', dots('FACTS FOUND AND ACTION PROPOSED', 4), 'A.', dots('Police', 4), dots('1. Preliminary remarks', 4), dots('2. Ill-treatment', 4),
    'B.', dots('Prisons', 5), dots('1. Preliminary remarks', 5), dots('2. Conditions of detention', 5), dots('3. Health care', 6), dots('APPENDIX: List of the places visited', 7), '', '',
    'EXECUTIVE SUMMARY', '', 'The delegation found most places in good order. The Committee recommends that the cells be heated.', '',
    'I.', 'INTRODUCTION', '', 'A.', 'Dates of the visit', '', '1. The visit took place in May 2031.', '', 'B.', 'Places visited', '', '2. The delegation visited three prisons.', '',
    'II.', 'FACTS FOUND AND ACTION PROPOSED', '', 'A.', 'Police', '', '1. Preliminary remarks', '', '3. Most persons were treated correctly.', '',
    '2. Ill-treatment', '', '4. A few allegations were received.', '', 'B.', 'Prisons', '', '1. Preliminary remarks', '', '5. The prisons were full.', '',
    '2. Conditions of detention', '', '6. The cells were cold.', '', '3. Health care', '', '7. There were too few nurses.', '',
    'APPENDIX: List of the places visited', '', 'Harbour Prison', '',
  ].join('\n');

  it('`I.` over its title is a chapter, `A.` over its title a section, and the numbered headings that start again under each a section of it', () => {
    const outline = outlineDocument(text, { fileName: 'visit.txt' });
    assert.deepEqual(titles(chapters(text, 'visit.txt')), ['I. INTRODUCTION', 'II. FACTS FOUND AND ACTION PROPOSED', 'APPENDIX: List of the places visited']);
    const facts = outline.nodes.find(n => n.title.startsWith('II.'))!;
    assert.deepEqual(sectionsOf(facts), ['A. Police', 'B. Prisons']);
    assert.deepEqual(sectionsOf(facts.children.find(n => n.title === 'B. Prisons')!), ['1. Preliminary remarks', '2. Conditions of detention', '3. Health care']);
  });
});

describe('a contents heading in the singular', () => {
  it('`Table of Content` heads the contents as `Table of Contents` does', () => {
    const text = ['# Harbour Policy', '', '## Table of Content', '', '1. Quays', '2. Cranes', '', '## 1. Quays', '', 'Text.', '', '## 2. Cranes', '', 'Text.'].join('\n');
    assert.deepEqual(titles(chapters(text, 'policy.md')), ['1. Quays', '2. Cranes']);
  });
});

describe('appendices named alone at the page\'s right, as Indian government reports set their annexures', () => {
  const pad = (n: number, s: string) => ' '.repeat(n) + s;
  const report = [
    pad(30, 'CHAPTER I'), pad(28, 'INTRODUCTION'), '', '1.1     The Committee was set up to review harbours.', '', pad(38, '1'), '\f',
    pad(30, 'CHAPTER II'), pad(26, 'HARBOUR REPAIRS'), '', '2.1     Most quays are old and need repair.', '', pad(38, '2'), '\f',
    pad(60, 'Annexure I'), '', pad(20, 'No. 12-3/2030-HRB'), pad(20, 'Government of the Republic'), '', 'OFFICE MEMORANDUM', '', 'The Government hereby sets up a Committee.', '', pad(38, '3'), '\f',
    pad(60, 'Annexure II'), '', '1.      A. Member, Chair', '2.      B. Member, Secretary', '', pad(38, '4'),
  ].join('\n');
  it('`Annexure I`, `Annexure II` with no title of their own are chapters named so', () => {
    assert.deepEqual(titles(chapters(report, 'report.txt')), ['CHAPTER I INTRODUCTION', 'CHAPTER II HARBOUR REPAIRS', 'Annexure I', 'Annexure II']);
  });
  it('one alone is no sequence: a reference to an annex set apart stays text', () => {
    const one = report.replace(pad(60, 'Annexure II'), 'The members were:');
    assert.deepEqual(titles(chapters(one, 'report.txt')), ['CHAPTER I INTRODUCTION', 'CHAPTER II HARBOUR REPAIRS']);
  });
});

describe('running headers that a converter from PDF set as Markdown headings', () => {
  const page = (n: number, header: string, body: string[]) => [String(n), '', '---', '', `# ${header}`, '', ...body, ''];
  const strategy = [
    '# Harbour Strategy', '', 'Presented to the council.', '',
    ...page(1, 'Part 1: Building the quays', ['The quays are old.', '']),
    ...page(2, 'Harbour Strategy', ['## Dredging', '', 'The channel silts.', '']),
    ...page(3, 'Part 1: Building the quays', ['## Actions', '', '1. Rebuild the north quay.', '', '2. Dredge the channel.', '']),
    ...page(4, 'Harbour Strategy', ['3. Light the entrance.', '', '4. Hire two pilots.', '']),
    ...page(5, 'Part 1: Building the quays', ['## Costs', '', 'The quays cost much.', '']),
    ...page(6, 'Part 2: Crews', ['Crews need contracts.', '']),
    ...page(7, 'Harbour Strategy', ['## Pay', '', 'Pay is low.', '']),
    ...page(8, 'Page 8', ['(A blank page.)', '']),
    ...page(9, 'Page 9', ['(A blank page.)', '']),
    ...page(10, 'Page 10', ['(A blank page.)', '']),
    ...page(11, 'Part 2: Crews', ['## Training', '', 'Training is short.', '']),
    ...page(12, 'Harbour Strategy', ['## Housing', '', 'Housing is dear.', '']),
    ...page(13, 'Part 2: Crews', ['## Ferries', '', 'Ferries are slow.']),
  ].join('\n');

  it('are page furniture: each part is one chapter, from where its header first comes; a converter\'s `# Page 7` is a page mark', () => {
    assert.deepEqual(titles(chapters(strategy, 'strategy.md')), ['Part 1: Building the quays', 'Part 2: Crews']);
  });

  it('a list cut by a page break and its running header goes on over it', () => {
    const actions = flattenOutline(outlineDocument(strategy, { fileName: 'strategy.md' })).filter(n => n.kind === 'recommendation');
    assert.deepEqual(actions.map(n => n.title), ['Rebuild the north quay.', 'Dredge the channel.', 'Light the entrance.', 'Hire two pilots.']);
  });

  it('a heading given again after a rule alone is no running header: hand-written cards, each under its own rule', () => {
    const cards = ['# Harbour Cards', '', ...[1, 2, 3].flatMap(n => ['---', '', '## Case study', '', `Quay ${n} was rebuilt.`, '', '---', '', '## Lessons', '', `Lesson ${n}.`, ''])].join('\n');
    assert.deepEqual(titles(chapters(cards, 'cards.md')), ['Case study', 'Lessons', 'Case study', 'Lessons', 'Case study', 'Lessons']);
  });

  it('a heading given again after the text it ends is no running header (`## Recommendation:` under each topic)', () => {
    const topics = ['## Quays', '', 'Text.', '', '## Recommendation:', '', 'Rebuild the quay.', '', '## Crews', '', 'Text.', '', '## Recommendation:', '', 'Hire pilots.', '',
      '## Pay', '', 'Text.', '', '## Recommendation:', '', 'Raise pay.'].join('\n');
    const found = flattenOutline(outlineDocument(topics, { fileName: 'topics.md' })).filter(n => n.kind === 'recommendation');
    assert.equal(found.length, 3);
  });
});

describe('a report extracted from PDF with its layout kept: contents without leaders, centred headings, a running header', () => {
  const header = (page: number) => page % 2 ? ['', '', `${' '.repeat(60)}HARBOUR PAPERS`, `${' '.repeat(40)}THE STATE OF THE QUAYS  ${page}`, '', ''] : ['', '', 'HARBOUR PAPERS', `${page}  THE STATE OF THE QUAYS`, '', ''];
  const paragraph = ['The quays were built long ago and are now in need of repair in many places along the', 'north shore, where the tide has worn the stone.'];
  const text = [
    'THE STATE OF THE QUAYS', '', '', 'Table of contents', '',
    'Foreword                                                          2',
    '1 Summary                                                         3',
    '2 Background and purpose                                          4',
    '3 Quays in the north: the state of the stone as the starting point   5',
    '4 Next steps                                                      6',
    'Annex A. Costs                                                    7',
    ...header(2), 'Foreword', '', ...paragraph,
    ...header(3), '  1 Summary', ...paragraph, '', ...paragraph,
    ...header(4), '  2 Background and purpose', ...paragraph, '', ...paragraph,
    ...header(5), ' 3 Quays in the north: the state of the stone as the', '               starting point', ...paragraph,
    ...header(6), '4 Next steps', ...paragraph,
    ...header(7), '             Annex A. Costs', '', ...paragraph,
  ].join('\n');

  it('the contents are read without leaders, and the numbered headings they list are chapters wherever the page set them', () => {
    assert.deepEqual(titles(chapters(text, 'paper.txt')), [
      '1 Summary', '2 Background and purpose', '3 Quays in the north: the state of the stone as the starting point', '4 Next steps', 'Annex A. Costs']);
  });

  it('lines ending in a number after spaces are no contents without a contents heading over them (a table\'s rows)', () => {
    const kinds = (t: string) => outlineDocument(t, { fileName: 'paper.txt' }).nodes.map(n => n.kind);
    assert.ok(kinds(text).includes('toc'));
    assert.ok(!kinds(text.replace('Table of contents', 'Our tables')).includes('toc'));
  });
});

describe('a consultation response exported from a word processor to Markdown', () => {
  const text = [
    '# Our views', '', '## **1 Scope of the code** {#1-scope}', '',
    '### 1.1 Are there other bodies, or classes of bodies, that the code should cover, and which ones? Please give your reasons and any evidence.', '',
    'Ports should be covered.', '', '### 1.2 Which bodies should be left out?', '', 'None.', '',
    '## **2\\. When the code applies** {#2-when}', '', 'Text about \\(some\\) ports.', '',
    '## Recommendations', '', '- Cover ferry operators \\(all of them\\).', '- Review the code in two years.',
  ].join('\n');

  it('a numbered question as long as a paragraph is still a section heading', () => {
    const found = chapters(text, 'views.md');
    assert.deepEqual(titles(found), ['1 Scope of the code', '2. When the code applies', 'Recommendations']);
    assert.deepEqual(sectionsOf(found[0]).map(t => t.slice(0, 3)), ['1.1', '1.2']);
  });

  it('titles show the marks the converter escaped, without the backslash (`2\\.`, `\\(`)', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'views.md' }));
    assert.ok(all.some(n => n.title === '2. When the code applies'));
    assert.ok(all.some(n => n.title === 'Cover ferry operators (all of them).'));
    assert.ok(!all.some(n => n.title.includes('\\')));
  });
});

describe('a government web page kept as Markdown, its contents a bulleted list `On this page`', () => {
  const page = [
    '# Harbour Strategy 2031', '', '## On this page', '* Minister\'s message', '* Introduction', '* Part I: Where we are', '* Part II: Where we go', '', '## Minister\'s message', '', 'Text.', '',
    '## Introduction', '', 'Text.', '', '# Part I: Where we are', '', '## Quays', '', 'Text.', '', '# Shaping our priorities', '', 'Text.', '',
    '# Part II: Where we go', '', '## Outcomes', '', 'Text.', '', '# People', '', 'Text.', '', '# Technology', '', 'Text.',
  ].join('\n');

  it('names the chapters, at either level the converter set them; the page\'s other headings after them are sections', () => {
    assert.deepEqual(titles(chapters(page, 'strategy.md')), ['Minister\'s message', 'Introduction', 'Part I: Where we are', 'Part II: Where we go']);
    assert.deepEqual(sectionsOf(chapters(page, 'strategy.md')[3]), ['Outcomes', 'People', 'Technology']);
  });

  it('a contents heading over headings, not bullets, is no bulleted contents', () => {
    const headed = page.replace('* Minister\'s message\n* Introduction\n* Part I: Where we are\n* Part II: Where we go', '# Our strategy\n\nAbstract');
    assert.ok(titles(chapters(headed, 'strategy.md')).includes('People'));
  });
});

describe('a white paper\'s subtitle set a level under its title', () => {
  const paper = [
    '# Ports as Partners', '', '## A Framework for Coastal Towns', '', '**White Paper** **March 2031**  ', '**Author: Harbour Working Group**', '', '---', '',
    '## Executive Summary', '', 'Ports matter.', '', '## 1\\. Quays', '', 'Text.', '', '## 2\\. Crews', '', 'Text.',
  ].join('\n');

  it('belongs to the title, not to the chapters', () => {
    assert.deepEqual(titles(chapters(paper, 'paper.md')), ['Executive Summary', '1. Quays', '2. Crews']);
  });

  it('a heading with text of its own, or a list, under the title is the first chapter', () => {
    const withText = paper.replace('**Author: Harbour Working Group**', 'The towns and their ports work together.');
    assert.equal(titles(chapters(withText, 'paper.md'))[0], 'A Framework for Coastal Towns');
    const withList = paper.replace('**Author: Harbour Working Group**', '- Share the quays');
    assert.equal(titles(chapters(withList, 'paper.md'))[0], 'A Framework for Coastal Towns');
  });

  it('stays the title\'s when the contents follow its byline, their entries no text of its own (a report converted from PDF)', () => {
    const withContents = paper.replace('---', '## **Contents**\n\nExecutive Summary 3\n\n1. Quays 4\n\n2. Crews 6\n\n-----');
    assert.deepEqual(titles(chapters(withContents, 'paper.md')), ['Executive Summary', '1. Quays', '2. Crews']);
  });
});

describe('a white paper\'s chapter extracted from PDF, its title again at the top of every page', () => {
  const page = (body: string[]) => ['\f第３章  港湾の世界の動向', '', ...body, ''];
  const text = [
    '第１部  港湾の変革', '', '第３章    港湾の世界の動向', '', '第１章で見たように、港湾は変わりつつある。', '',
    '第１節', '', '  主要国の港湾戦略', '', '■第１-３-１図／港湾の数の推移', '', '各国は港湾を整備している。', '',
    ...page(['米国は港湾に投資している。']),
    ...page(['欧州も同様である。']),
    ...page(['第２節', '', '  港湾の国際連携', '', '各国は連携している。']),
    ...page(['連携は続く。']),
  ].join('\n');

  it('the chapter\'s title first stands at the top and titles the extract; the same title at the top of the later pages is their header', () => {
    const found = chapters(text, 'chapter3.txt');
    assert.deepEqual(titles(found), ['第１節　主要国の港湾戦略', '第２節　港湾の国際連携'], 'a figure\'s caption marked with ■ is no section');
    assert.deepEqual(found.map(n => n.line), [7, 25]);
  });

  it('each chapter of texts joined one after another keeps its heading', () => {
    const next = text.replace(/第３章/g, '第４章').replace(/世界の動向/g, '国内の動向');
    assert.deepEqual(titles(chapters(`${text}\n${next}`, 'chapters.txt')).map(t => t.slice(0, 3)), ['第３章', '第４章']);
  });
});

describe('a white paper\'s chapter from pdftotext -layout: the number alone on its title page, its name over every other page', () => {
  const leftPage = (n: number, body: string[]) => ['\f    第４章\u3000港湾の未来に向けて', '', ...body, '', `                    ${n}`, ''];
  const rightPage = (n: number, body: string[]) => ['\f                              令和９年版\u3000港湾白書', '', ...body, '', `                    ${n}`, ''];
  const text = [
    '                    第４章', '', '          港湾の未来に向けて', '', '   本章のポイント', '   ・港湾の利用は減っている。', '',
    `                    30`, '',
    ...rightPage(31, ['第１節\u3000港湾の現状', '', '１\u3000利用の推移', '', '    港湾の利用は減っている。']),
    ...leftPage(32, ['２\u3000経営の状況', '', '    経営は厳しい。']),
    ...rightPage(33, ['第２節\u3000各地の取組', '', '１\u3000計画の策定', '', '    計画が増えている。']),
    ...leftPage(34, ['第３節\u3000今後の方向', '', '１\u3000連携の推進', '', '    連携を推進する。']),
    ...rightPage(35, ['    以上である。']),
  ].join('\n');

  it('the chapter opened on its title page: the header naming it is furniture from its first time, and the extract\'s sections are its chapters', () => {
    const found = chapters(text, 'hakusho.txt');
    assert.deepEqual(titles(found), ['第１節\u3000港湾の現状', '第２節\u3000各地の取組', '第３節\u3000今後の方向']);
    assert.deepEqual(sectionsOf(found[0]), ['１\u3000利用の推移', '２\u3000経営の状況'], 'the header between them heads nothing');
  });
});

describe('a UN treaty body\'s concluding observations from pdftotext: lettered parts, the clusters of one part numbered', () => {
  const paragraph = (n: number, words: string) => [`          ${n}.      The Committee ${words} in the State party, as its`, '          report and the dialogue showed.', ''];
  const text = [
    '                                                         HRC/C/ZZZ/CO/2', '',
    '            Concluding observations on the second report of Zedland', '',
    '  A.     Introduction', '', ...paragraph(1, 'welcomes the report'),
    '  B.     Positive aspects', '', ...paragraph(2, 'welcomes the new laws'),
    '  C.     Principal matters of concern and recommendations', '', ...paragraph(3, 'notes the reforms'),
    '     1.     General measures of implementation', '', ...paragraph(4, 'recommends a new plan'), ...paragraph(5, 'recommends a budget'),
    '     2.     Non-discrimination', '', ...paragraph(6, 'recommends a new law'),
    '     3.     Right to life', '', ...paragraph(7, 'urges an inquiry'),
    '  D.     Dissemination and follow-up', '', ...paragraph(8, 'requests the report to be published'),
    '  E.     Next report', '', ...paragraph(9, 'invites the next report'),
  ].join('\n');

  it('the letters are the chapters and the numbers the sections of the part they run in, set further in', () => {
    const found = chapters(text, 'observations.txt');
    assert.deepEqual(titles(found).map(t => t.slice(0, 2)), ['A.', 'B.', 'C.', 'D.', 'E.']);
    assert.deepEqual(sectionsOf(found[2]).map(t => t.slice(0, 2)), ['1.', '2.', '3.']);
  });

  it('numbered chapters that hold lettered sections keep the usual order', () => {
    const usual = ['1. Scope', '', 'A. Ports', '', 'Text.', '', 'B. Ships', '', 'Text.', '', '2. Measures', '', 'A. Rules', '', 'Text.', '', '3. Review', '', 'Text.'].join('\n');
    assert.deepEqual(titles(chapters(usual, 'plan.txt')), ['1. Scope', '2. Measures', '3. Review']);
  });
});

describe('a commission\'s report converted by font size (pymupdf4llm): each chapter\'s number alone in bold over its title\'s heading', () => {
  const text = [
    '# Royal Commission into Harbour Safety', '', '## Contents', '',
    '**List of recommendations** **1**', '', '**Chapter 1** **Oversight** **3**', '', '1.1 Introduction 3', '', '1.2 The regulators 4', '',
    '**Chapter 2** **Complaints** **6**', '', '2.1 Introduction 6', '', '-----', '',
    '## List of recommendations', '', '**Recommendation 1.1  A harbour commissioner**', '', 'The Government should appoint a harbour commissioner.', '',
    '-----', '', '**Chapter 1**', '', '## Oversight', '', '### 1.1 Introduction', '', 'Text about the ports.', '', '### 1.2 The regulators', '', 'Text about the regulators.', '',
    '**Recommendation 1.1  A harbour commissioner**', '', 'The Government should appoint a harbour commissioner with powers to inspect.', '',
    '**Chapter 2**', '', '### Complaints', '', '### 2.1 Introduction', '', 'Text about complaints.', '',
    '**Appendix A**', '', '## Witnesses', '', 'A list of witnesses.',
  ].join('\n');

  it('the bold number makes the heading under it a chapter whatever its level; the numbered headings are its sections', () => {
    const outline = outlineDocument(text, { fileName: 'report.md' });
    const found = outline.nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(titles(found), ['List of recommendations', 'Chapter 1 Oversight', 'Chapter 2 Complaints', 'Appendix A Witnesses']);
    assert.deepEqual(found.slice(1).map(n => n.line), [27, 43, 51], 'each chapter starts at its number');
    assert.deepEqual(sectionsOf(found[1]), ['1.1 Introduction', '1.2 The regulators']);
    assert.deepEqual(sectionsOf(found[2]), ['2.1 Introduction']);
    assert.ok(outline.nodes.some(n => n.kind === 'toc' && n.line === 5), 'the contents under `## Contents`, its bold entries with their pages, is the contents');
  });
});

describe('an audit office\'s report that spells the numbers of its parts and appendices', () => {
  it('`Appendix One` and `Appendix Two` are appendices beside `Part One` … `Part Two`', () => {
    const text = [
      'Part One', 'The programme', '1.1 The programme began in 2020.', '1.2 It repaired ninety quays.', '',
      'Part Two', 'Repairs', '2.1 Repairs were slow.', '2.2 Costs rose.', '',
      'Appendix One', 'Our audit approach', '1 We examined the design of the programme.', '',
      'Appendix Two', 'Our evidence base', '1 We interviewed officials.',
    ].join('\n');
    assert.deepEqual(titles(chapters(text, 'audit.txt')), ['Part One The programme', 'Part Two Repairs', 'Appendix One Our audit approach', 'Appendix Two Our evidence base']);
  });
});

describe('a parliamentary committee\'s report from pdftotext: an introduction and a conclusion around its numbered chapters, appendices and listed parts after them', () => {
  it('the introduction after the contents and the conclusion before the appendices are chapters', () => {
    const text = [
      'TABLE OF CONTENTS', '', 'INTRODUCTION ............................................. 5', 'CHAPTER 1: FERRIES ....................................... 6',
      'CHAPTER 2: CREWS ......................................... 8', 'CONCLUSION ............................................... 10',
      'APPENDIX A — LIST OF WITNESSES ........................... 12', 'REQUEST FOR GOVERNMENT RESPONSE .......................... 14', '', '',
      'INTRODUCTION', '', 'The Committee studied ferries.', '',
      'CHAPTER 1: FERRIES', '', '1.1 The Fleet', '', 'The fleet is old.', '',
      'CHAPTER 2: CREWS', '', '2.1 Training', '', 'Crews are short.', '', 'Recommendation 1', '', 'That the Government fund the training of crews.', '',
      'CONCLUSION', '', 'Ferries matter to the communities they serve.', '',
      'APPENDIX A — LIST OF WITNESSES', '', 'Harbour Board', '', 'REQUEST FOR GOVERNMENT RESPONSE', '', 'The Committee requests a response.',
    ].join('\n');
    assert.deepEqual(titles(chapters(text, 'report.txt')), ['INTRODUCTION', 'CHAPTER 1: FERRIES', 'CHAPTER 2: CREWS', 'CONCLUSION', 'APPENDIX A — LIST OF WITNESSES', 'REQUEST FOR GOVERNMENT RESPONSE']);
  });
});

describe('a brief whose converter set every styled line of its cover at one level', () => {
  const brief = [
    '<!-- image -->', '', 'Task Force 7', '', '## HARBOURS AND TRADE', '', '## Making Ports Fit for Purpose: A Proposal', '',
    'A. Author; Researcher, Harbour Institute (Atlantis)', '', 'B. Author; Senior Researcher and Director of Global Programmes, Coastal Lab (Oceania)', '',
    '<!-- image -->', '', '## Policy Brief', '', '<!-- image -->', '', '## Abstract', '', 'Ports are old.', '',
    '## The Challenge', '', 'Quays crumble.', '', '## Recommendations', '', 'Rebuild them.',
  ].join('\n');

  it('the headings before the text opens that hold no text are the cover\'s, not chapters', () => {
    assert.deepEqual(titles(chapters(brief, 'brief.md')), ['Abstract', 'The Challenge', 'Recommendations']);
  });

  it('a heading with text of its own before the opening one is a chapter', () => {
    const withText = brief.replace('## Policy Brief', '## Key Points\n\nPorts matter to trade.');
    assert.deepEqual(titles(chapters(withText, 'brief.md')).slice(0, 2), ['Making Ports Fit for Purpose: A Proposal', 'Key Points']);
  });
});

describe('legal and administrative instruments: orders, ordinances, regulations', () => {
  const order = [
    'EXECUTIVE ORDER', '', 'By the authority vested in me as Governor, it is hereby ordered as follows:', '',
    'Section 1.  Purpose.  Data held by the State is a public asset.  Residents can put it to use.', '',
    'Sec. 2.  Policy and Principles.  It is the policy of this Administration to publish data by default:', '',
    '   (a)  Data shall be complete and timely.', '',
    'Sec. 3.  Definitions.  For purposes of this order:', '', '   (a)  The term "agency" means any department of the State.', '',
    'Sec. 4.  Building the Data Inventory of the State.  4.1.  Inventory.  (a) Within 90 days, each agency shall list its datasets.', '',
    'Sec. 5.  General Provisions.  (a) Nothing in this order shall be construed to impair any law.', '', 'THE GOVERNOR',
  ].join('\n');

  it('reads `Sec.`, `Article` and `§` as numbering words, `Sec.` in the sequence of `Section`', () => {
    assert.deepEqual([read('Sec. 2.  Policy.'), read('SEC. 3. DEFINITIONS.')].map(n => [n?.family, n?.path]), [['section', [2]], ['section', [3]]]);
    assert.deepEqual([read('Article 12')?.family, read('Article 12')?.path], ['article', [12]]);
    assert.deepEqual([read('§ 4. Scope')?.family, read('§4. Scope')?.path], ['section', [4]]);
    assert.equal(read('Sections of the act'), undefined);
    assert.equal(read('Articles 3 and 4 apply'), undefined);
  });

  it('a section\'s run-in title ends at its full stop; the text after it is no part of the title', () => {
    assert.deepEqual(titles(chapters(order, 'order.txt')), [
      'Section 1.  Purpose.', 'Sec. 2.  Policy and Principles.', 'Sec. 3.  Definitions.', 'Sec. 4.  Building the Data Inventory of the State.', 'Sec. 5.  General Provisions.',
    ]);
  });

  it('a line that cites a section in a sentence is no heading', () => {
    const report = ['Section 1 of the Act sets the rules.  Each agency follows them.', '', 'Section 2. The committee shall meet each month and report to the council on its work.', '', 'Section 3 applies to all agencies.'].join('\n');
    assert.deepEqual(chapters(report, 'report.txt'), []);
  });

  it('each paragraph in HTML tags (`<p>`, a `<span>` inside) is read as its line of text', () => {
    const tagged = order.split('\n').map(line => (line ? `<p>${line.startsWith('Sec. 3') ? `<span class="note">${line}</span>` : line}</p>` : '')).join('\n');
    assert.deepEqual(titles(chapters(tagged, 'order.md')).map(t => t.replace(/^(?:Section|Sec\.)\s+\d+\.\s+/, '')), ['Purpose.', 'Policy and Principles.', 'Definitions.', 'Building the Data Inventory of the State.', 'General Provisions.']);
  });

  it('a run-in title a converter kept inside its underline\'s tag is read to the tag\'s end, over its wrapped lines', () => {
    const underline = (words: string) => `<span style="text-decoration: underline">${words}</span>`;
    const page = [
      'By the authority vested in me as Governor, it is hereby ordered as follows:', '',
      `${underline('Section 1.  Purpose. ')} The ports`, 'must serve the public.', '',
      '<span style="text-decoration: underline">Sec. 2.  Building the Data', 'Inventory of the State. </span>  (a) Each agency', 'lists its data.', '',
      `${underline('Sec. 3.')}  Definitions.  For this order:`, '',
      '<span style="text-decoration: underline">Sec. 4.', ' General Provisions.</span>  Nothing here impairs any law.',
    ].join('\n');
    assert.deepEqual(titles(chapters(page, 'order.md')), ['Section 1. Purpose.', 'Sec. 2. Building the Data Inventory of the State.', 'Sec. 3. Definitions.', 'Sec. 4. General Provisions.'], 'a tag round the number alone: the title follows it');
  });

  it('a charter\'s articles, their titles on the line below, are chapters', () => {
    const charter = ['# Charter of the Harbour Council', '', 'Article 1', '', 'Name and Seat', '', 'The council sits at the port.', '', 'Article 2', '', 'Members', '', 'Every port sends one member.', '', 'Article 3', '', 'Meetings', '', 'The council meets twice a year.'].join('\n');
    assert.deepEqual(titles(chapters(charter, 'charter.md')), ['Article 1 Name and Seat', 'Article 2 Members', 'Article 3 Meetings']);
  });
});

describe('a web page that leads with a paragraph before its first heading', () => {
  const page = (lead: string) => [
    '---', 'layout: article', '---', lead,
    '<h2>For ports</h2>', '<p>All ports can do better.</p>', '<h3>Safety</h3>', '<p>Text.</p>', '<h3>Data</h3>', '<p>Text.</p>',
    '<h2>For councils</h2>', '<p>Councils hold the ports to account.</p>',
  ].join('\n');

  it('its first heading divides the text begun, and is no title: the headings of its level are the chapters', () => {
    assert.deepEqual(titles(chapters(page('<p>Based on what the survey found, below are our recommendations for ports as well as for councils.</p>'), 'page.md')), ['For ports', 'For councils']);
  });

  it('a short line before it (a date, a byline) leaves it the title', () => {
    assert.deepEqual(titles(chapters(page('<p>June 2030</p>'), 'page.md')), ['Safety', 'Data']);
  });
});

describe('a strategy\'s own counter word before the numbers of its divisions', () => {
  const strategy = [
    'HARBOUR DATA STRATEGY 2030', '', 'Introduction', '', 'The harbour holds data that others can use.', '',
    'Goal 1: Open the harbour\'s data', '', 'The harbour publishes its data.', '', 'Figure 1: Ships by month', '',
    'Objective 1.1 Publish the schedules', '', 'Text.', '', 'Objective 1.2 Publish the tonnage', '', 'Text.', '',
    'Page 7 Harbour Data Strategy', '', 'Goal 2: Build skills', '', 'Crews learn data skills.', '', 'Figure 2: Crews trained', '',
    'Objective 2.1 Train the crews', '', 'Text.', '', 'Page 8 Harbour Data Strategy', '',
    'Goal 3 Govern the data well', '', 'Text.', '', 'Figure 3: Data held', '', 'Conclusion', '', 'Text.',
  ].join('\n');

  it('its lines counting up are the chapters, the decimal ones under them their sections', () => {
    const found = chapters(strategy, 'strategy.txt');
    assert.deepEqual(titles(found), ['Introduction', 'Goal 1: Open the harbour\'s data', 'Goal 2: Build skills', 'Goal 3 Govern the data well', 'Conclusion']);
    assert.deepEqual(found.map(sectionsOf), [[], ['Objective 1.1 Publish the schedules', 'Objective 1.2 Publish the tonnage'], ['Objective 2.1 Train the crews'], [], []]);
  });

  it('a caption\'s word, a page\'s and a recommendation\'s number no divisions', () => {
    assert.equal(read('Figure 2: Crews trained'), undefined);
    assert.equal(read('Page 8 Harbour Data Strategy'), undefined);
    assert.equal(read('Recommendation 3: Fund the ports'), undefined);
    assert.equal(read('Goal 2 is to build skills.'), undefined, 'a sentence that names a goal');
    assert.deepEqual([read('Pillar 2 – Skills')?.family, read('Pillar 2 – Skills')?.path], ['word:pillar', [2]]);
  });

  it('one line with a counter word is no sequence', () => {
    const once = strategy.replace(/Goal [23]:? /g, '').replace(/Objective [0-9.]+ /g, '');
    assert.ok(!titles(chapters(once, 'strategy.txt')).some(t => t.startsWith('Goal')));
  });
});

describe('a Japanese plan\'s own counter word before the numbers of its goals', () => {
  const plan = [
    '港湾デジタル化推進計画', '令和６年３月', '', '第１章　計画の概要', '１　計画策定の趣旨', '　港湾の手続をオンライン化する。', '',
    '第２章　基本目標と施策', '基本目標１　利用者の利便性を高める', '（１）手続のオンライン化', '【主な取組】', '・電子申請を広げる。',
    '（２）窓口の改善', '【主な取組】', '・書かない窓口を導入する。', '基本目標２　職員の働き方を変える', '（１）業務の効率化', '【主な取組】',
    '・定型業務を自動化する。', '', '第３章　推進体制', '　推進本部を設置する。',
  ].join('\n');

  it('its lines counting up are sections of their chapter, over the sections numbered under them', () => {
    const found = chapters(plan, 'plan.txt');
    assert.deepEqual(titles(found), ['第１章　計画の概要', '第２章　基本目標と施策', '第３章　推進体制']);
    assert.deepEqual(sectionsOf(found[1]), ['基本目標１　利用者の利便性を高める', '基本目標２　職員の働き方を変える']);
  });

  it('a goal\'s line is no part of the list item before it', () => {
    const items = flattenOutline(outlineDocument(plan, { fileName: 'plan.txt' })).filter(n => n.kind === 'recommendation').map(n => n.title);
    assert.deepEqual(items, ['電子申請を広げる。', '書かない窓口を導入する。', '定型業務を自動化する。']);
  });

  it('a caption\'s, a note\'s and a recommendation\'s number, or a number inside a word, are no counter word', () => {
    assert.deepEqual([read('方針２：窓口の改善')?.family, read('方針２：窓口の改善')?.path], ['word:方針', [2]]);
    assert.equal(read('図１　利用者数の推移'), undefined);
    assert.equal(read('注１　年度末の値である。'), undefined);
    assert.equal(read('提言１　窓口を一本化する'), undefined);
    assert.equal(read('令和６年度の予算'), undefined);
  });
});

describe('a number set alone as a Markdown heading, its title the heading under it', () => {
  const regulation = [
    '# REGULATION 2030/1 ON HARBOURS', '', 'HAVE ADOPTED THIS REGULATION:', '',
    '## CHAPTER I', '', '## GENERAL PROVISIONS', '', '### Article 1', '', '#### Subject matter', '', 'This Regulation sets rules.', '',
    '### Article 2', '', '#### Definitions', '', 'Terms.', '',
    '## CHAPTER II', '', '## OBLIGATIONS', '', '### Article 3', '', '#### Inspections', '', 'Quays are inspected.',
  ].join('\n');

  it('takes the title from the heading under it, at its level or the next, and runs over it', () => {
    const found = chapters(regulation, 'regulation.md');
    assert.deepEqual(titles(found), ['CHAPTER I GENERAL PROVISIONS', 'CHAPTER II OBLIGATIONS']);
    assert.deepEqual(found.map(sectionsOf), [['Article 1 Subject matter', 'Article 2 Definitions'], ['Article 3 Inspections']]);
    assert.equal(found[0].children[0].kind, 'section');
  });

  it('a heading with text between, or numbered itself, is a heading of its own', () => {
    const apart = regulation.replace('## CHAPTER II\n', '## CHAPTER II\n\nThe obligations follow.\n');
    assert.ok(titles(chapters(apart, 'regulation.md')).includes('CHAPTER II'));
    const numbered = regulation.replace('## OBLIGATIONS', '## 2. Obligations');
    assert.ok(!titles(chapters(numbered, 'regulation.md')).includes('CHAPTER II 2. Obligations'));
  });
});

describe('a brief whose converter set every heading at one level, lettered items among them', () => {
  const brief = [
    '## Harbour Brief', '', '## Abstract', '', 'Ports age.', '', '## The Problem', '', 'Quays crumble.', '',
    '## Recommendations', '', 'Ports can be made safe in three ways:', '',
    '## a. Transparency.', '', 'Ports should publish their data.', '', '## b. Safety.', '', 'Ports should inspect their quays.', '',
    '## c. Training.', '', 'Ports should train their crews.', '', '## The Road Ahead', '', 'Text.',
  ].join('\n');

  it('the headings lettered from `a` after a chapter are its parts, here the recommendations of its label', () => {
    const found = chapters(brief, 'brief.md');
    assert.deepEqual(titles(found), ['Abstract', 'The Problem', 'Recommendations', 'The Road Ahead']);
    const recs = flattenOutline(outlineDocument(brief, { fileName: 'brief.md' })).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['a. Transparency.', 'b. Safety.', 'c. Training.']);
  });

  it('a lettered heading out of order, or in capitals, stays a chapter', () => {
    assert.ok(titles(chapters(brief.replace('## a. Transparency.', '## d. Transparency.'), 'brief.md')).includes('d. Transparency.'));
    assert.ok(titles(chapters(brief.replace(/## ([abc])\./g, (_, l: string) => `## ${l.toUpperCase()}.`), 'brief.md')).includes('A. Transparency.'));
  });
});

describe('a committee\'s report: numbered chapters, then what its contents list after them', () => {
  const report = [
    'Harbours Committee', '', 'Safer Harbours', '', 'Contents', '',
    'Summary                                             3', '1  Introduction                                     5',
    '2  The state of the quays                           7', 'Conclusions and recommendations                    12',
    'Formal minutes                                     15', '', 'Summary', '', 'The quays are failing.', '',
    '1  Introduction', '', '1. Our inquiry began in May.', '', '2  The state of the quays', '', '2. Many quays are unsafe.', '',
    'Conclusions and recommendations', '', '1. Many quays are unsafe. The Department should fund a survey of every',
    'quay by 2031. (Paragraph 2)', '', 'Formal minutes', '', 'Wednesday 1 May 2030',
  ].join('\n');

  it('the contents\' own unnumbered entries after the numbered chapters are chapters too', () => {
    assert.deepEqual(titles(chapters(report, 'report.txt')), ['1  Introduction', '2  The state of the quays', 'Conclusions and recommendations', 'Formal minutes']);
  });

  it('a numbered paragraph whose first line ends a sentence and begins another is no heading; a run-in title in title case is', () => {
    const all = flattenOutline(outlineDocument(report, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [27]);
    assert.equal(isTitleShaped('Many quays are unsafe. The Department should fund a survey of every'), false);
    assert.equal(isTitleShaped('港湾は老朽化している。国は点検を'), false);
    assert.equal(isTitleShaped('突風値を含めた横風成分の算定を確実に行うとともに、運航乗務員が進入中に'), false, 'a clause cut after a particle, as wide as the page');
    assert.equal(isTitleShaped('幹線と支線、多様な移動手段を組み合わせたネットワークとして設計していること'), true, 'こと ends a title of what is to be done');
    assert.equal(isTitleShaped('Grant of Copyright License. Subject to the terms and conditions of'), true, 'a run-in title in title case');
    assert.equal(isTitleShaped('U.S. Policy on Harbours'), true);
    assert.equal(isTitleShaped('For ports, the business drivers are:'), false, 'a clause that leads into a list');
    assert.equal(isTitleShaped('Advantages of this approach would be:'), false);
    assert.equal(isTitleShaped('Harbour Funding:'), true, 'a title that ends its first line with a colon');
  });
});

describe('a policy paper extracted from PDF whose headings carry no numbers or marks', () => {
  const paper = (opening: string, closing: string) => [
    'Keeping Ports Open', 'Harbour Institute, June 2030', '', opening, 'Coastal shipping carries a fifth of the freight and is declining.', '',
    'The State of the Quays', 'Most quays are old, and repairs are funded year by year.', '',
    'Recommendations', '• Create a fund for quay repairs.', '• Train crane operators.', '',
    closing, 'The choices are clear and affordable.',
  ].join('\n');

  it('opened by `Executive Summary` and closed by `Conclusion`, its headings are chapters, the label among them', () => {
    const all = flattenOutline(outlineDocument(paper('Executive Summary', 'Conclusion'), { fileName: 'paper.txt' }));
    assert.deepEqual(titles(all.filter(n => n.kind === 'chapter')), ['Executive Summary', 'The State of the Quays', 'Recommendations', 'Conclusion']);
    assert.deepEqual(titles(all.filter(n => n.kind === 'recommendation')), ['Create a fund for quay repairs.', 'Train crane operators.']);
  });

  it('one that ends with its recommendations, no conclusion after them, is laid out the same way', () => {
    const text = paper('Introduction', 'Contact').split('\n').slice(0, -2).join('\n');
    assert.deepEqual(titles(chapters(text, 'paper.txt')), ['Introduction', 'The State of the Quays', 'Recommendations']);
  });

  it('one that opens with its background, then labels its recommendations and concludes, is laid out the same way', () => {
    assert.deepEqual(titles(chapters(paper('Background', 'Conclusion'), 'paper.txt')), ['Background', 'The State of the Quays', 'Recommendations', 'Conclusion']);
  });

  it('in Japanese, from `はじめに` to `おわりに`', () => {
    const text = [
      '港の再生に向けて', '', 'はじめに', '港は物流の要であるが、施設の老朽化が深刻になっている。', '', '港の現状', '岸壁の半数は建設から五十年を超えている。', '',
      'おわりに', '港の再生は待ったなしである。',
    ].join('\n');
    assert.deepEqual(titles(chapters(text, 'paper.txt')), ['はじめに', '港の現状', 'おわりに']);
  });

  it('a news analysis that opens with `はじめに` and ends with `まとめ` keeps its sub-heads as sections', () => {
    const text = [
      '港はどこへ向かうのか', '', 'はじめに', '港は物流の要であるが、施設の老朽化が深刻になっている。', '', '各国の動き', '欧州の港は十年計画で岸壁を更新している。', '',
      'まとめ', '日本も長期の計画を持つべき時期に来ている。',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'news.txt' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'section')), ['はじめに', '各国の動き', 'まとめ']);
    assert.equal(chapters(text, 'news.txt').length, 0);
  });
});

describe('an academy\'s recommendation: its kind above the title, a spaced-out summary before its contents', () => {
  const text = [
    '提言', '港の防災力を高める', '', '架空学会　防災委員会', '', '要 旨', '１ 作成の背景', '港は災害時の物資輸送の拠点である。', '',
    '２ 現状', '岸壁の耐震化が遅れている。', '', '３ 提言の内容', '(1) 国は、岸壁の耐震化を急ぐべきである。', '',
    '目 次', '１ はじめに ........ 1', '２ 港の現状 ........ 2', '３ 提言 ........ 3', '参考文献 ........ 4', '',
    '１ はじめに', '港は、災害時に緊急物資を受け入れる拠点となる。', '', '２ 港の現状', '耐震化の率は五割に満たない。', '',
    '３ 提言', '(1) 岸壁の耐震化', '国は、岸壁の耐震化を急ぐべきである。', '', '＜参考文献＞', '１) 港湾統計、2030年',
  ].join('\n');

  it('the summary is a chapter before the contents, and its numbered lines are no items of the kind\'s label', () => {
    assert.deepEqual(titles(chapters(text, 'teigen.txt')).slice(0, 4), ['要 旨', '１ はじめに', '２ 港の現状', '３ 提言']);
    const recs = flattenOutline(outlineDocument(text, { fileName: 'teigen.txt' })).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => r.line), [29], 'the one under the body\'s 提言 chapter');
  });
});

describe('a strategy divided into lettered parts (`Part A`, `Part B`, `Part C`)', () => {
  it('the parts are its chapters where nothing inside them is numbered, and `Part C` is the third, not a hundredth', () => {
    const text = [
      'HARBOUR STRATEGY', '', 'Part A: Where we are', '', 'Ports carry most of the trade.', '', 'Part B: Where we want to be', '', 'Every port is resilient.', '',
      'Part C: How we get there', '', 'Actions', '1. Fund repairs through a ten-year programme.', '2. Train crews.',
    ].join('\n');
    assert.deepEqual(titles(chapters(text, 'strategy.txt')), ['Part A: Where we are', 'Part B: Where we want to be', 'Part C: How we get there']);
    assert.deepEqual(read('Part C: How we get there')?.path, [3]);
    assert.deepEqual(read('Part IV: Delivery')?.path, [4]);
    assert.deepEqual(read('Part X: Annexes')?.path, [10], 'I, V and X alone stay numerals');
  });
});

describe('a strategy that numbers its chapters with a zero after the point (`2.0`, then `2.1`)', () => {
  it('`N.0` is chapter N, and its decimals are its sections', () => {
    const text = [
      'Harbour Strategy 2030', '', '1.0 Introduction', '', 'Ports carry trade.', '', '2.0 Context', '', '2.1 Trends', '', 'Ships grow.', '',
      '2.2 Pressures', '', 'Land is scarce.', '', '3.0 Implementation', '', 'The ministry reports yearly.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'strategy.txt' }));
    assert.deepEqual(titles(all.filter(n => n.kind === 'chapter')), ['1.0 Introduction', '2.0 Context', '3.0 Implementation']);
    assert.deepEqual(titles(all.filter(n => n.kind === 'section')), ['2.1 Trends', '2.2 Pressures']);
    assert.deepEqual(read('2.0 Context')?.path, [2]);
    assert.deepEqual(read('0.0 Draft')?.path, [0, 0], 'only a chapter number is followed by its zero');
  });
});

describe('a committee\'s report without contents: each recommendation one numbered line closed by the paragraph it draws on', () => {
  const report = [
    'Harbours Committee', '', 'Safer Harbours', '', 'Summary', '', 'The quays are failing.', '',
    '1 Introduction', '', '1. Our inquiry began in May.', '', '2 The state of the quays', '', '2. Many quays are unsafe.', '',
    'Conclusions and recommendations', '', '1. The Department should fund a survey of every quay by 2031. (Paragraph 2)', '',
    '2. The Department should publish the survey within six months. (Paragraph 2)', '',
  ].join('\n');

  it('the numbered recommendations are no chapters; the closing chapter that gathers them is one', () => {
    assert.deepEqual(titles(chapters(report, 'report.txt')), ['Summary', '1 Introduction', '2 The state of the quays', 'Conclusions and recommendations']);
    const all = flattenOutline(outlineDocument(report, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [19, 21]);
  });

  it('a sentence followed by a reference in brackets is a sentence, whatever ends the line', () => {
    assert.equal(isTitleShaped('The Department should fund a survey of every quay by 2031. (Paragraph 2)'), false);
    assert.equal(isTitleShaped('Ports should report within a day. [Recommendation 4]'), false);
    assert.equal(isTitleShaped('Harbour Safety. (Draft)'), true, 'a title in title case with a note in brackets');
  });
});

describe('a contents laid out for print that sets sections in under their chapter (reports extracted with their layout kept)', () => {
  const contents = [
    '目 次', '', 'はじめに ........................ 1', 'Ⅰ．現状 ........................ 2', '  １．貨物量 .................... 2',
    'Ⅱ．提言 ........................ 3', '  提言１ 岸壁を強くする .......... 3', '  提言２ 手続を電子化する ........ 4', 'おわりに ........................ 5', '',
  ];
  const body = [
    'はじめに', '', '本書は港湾を扱う。', '', 'Ⅰ．現状', '', '１．貨物量', '', '貨物は横ばいである。', '',
    'Ⅱ．提言', '', '提言１ 岸壁を強くする', '', '国は岸壁を強くすべきである。', '', '提言２ 手続を電子化する', '', '国は手続を電子化すべきである。', '',
    'おわりに', '', '本書が役立てば幸いである。',
  ];

  it('an entry set in under another is no chapter of its own: the proposals stay under their chapter', () => {
    const outline = outlineDocument([...contents, ...body].join('\n'), { fileName: 'report.txt' });
    const chapterTitles = titles(outline.nodes.filter(n => n.kind === 'chapter'));
    assert.ok(!chapterTitles.some(title => title.startsWith('提言')), chapterTitles.join(' / '));
    const proposals = outline.nodes.find(n => n.title === 'Ⅱ．提言');
    assert.deepEqual(proposals?.children.filter(n => n.kind === 'recommendation').map(n => n.label), ['提言１', '提言２']);
  });

  it('reads the entries set in as nested; a contents at one indent, or whose first entry is set in, nests nothing', () => {
    assert.deepEqual(findTocBlock(new Lines(contents.join('\n')))?.nestedTitles, ['１．貨物量', '提言１ 岸壁を強くする', '提言２ 手続を電子化する']);
    const flat = contents.map(line => line.replace(/^ {2}/, ''));
    assert.equal(findTocBlock(new Lines(flat.join('\n')))?.nestedTitles, undefined);
    const centred = contents.map((line, k) => (k === 2 ? `    ${line}` : line));
    assert.equal(findTocBlock(new Lines(centred.join('\n')))?.nestedTitles, undefined);
  });
});

describe('numbering that counts again in full (texts joined one after another, a summary numbered as the body)', () => {
  const japanese = ['1. はじめに', '\u3000本会は次の声明を出す。', '', '2. 現状', '\u3000港の設備は古い。', '', '3. 提言', '\u3000国は港を直すべきである。', '', '4. おわりに', '\u3000本会は協力する。'];
  const english = ['1. Introduction', 'The society issues this statement.', '', '2. Situation', 'The ports are old.', '', '3. Recommendations', 'The state should repair the ports.', '', '4. Conclusion', 'The society will help.'];

  it('a statement followed by its translation: each text\'s numbered titles are chapters', () => {
    const text = ['架空学会 声明', '', ...japanese, '', '(English translation)', '', 'Statement of the Society', '', ...english].join('\n');
    assert.deepEqual(titles(chapters(text)), [...japanese, ...english].filter(l => /^\d\. /.test(l)));
  });

  it('a summary numbered as the body, but shorter, before it: its points are no chapters', () => {
    const text = ['架空学会 提言', '', '要旨', '1 背景', '\u3000港は古い。', '', '2 問題', '\u3000直す人がいない。', '', '3 提言の内容', '\u3000直すべきである。', '', ...japanese].join('\n');
    assert.deepEqual(titles(chapters(text)).filter(t => /^\d/.test(t)), japanese.filter(l => /^\d\. /.test(l)));
  });

  it('a summary numbered as the body, with (1) sections inside the body\'s chapters: the outer numbers are the chapters', () => {
    const summary = ['要\u3000\u3000旨', '1  作成の背景', '    港は古い。', '', '2  現状及び問題点', '    直す人がいない。', '', '3  提言の内容', '    国は港を点検すべきである。'];
    const body = [
      '1  はじめに', '    本会は港を調べた。', '', '2  現状と課題', '(1) 設備の老朽化', '    設備は古い。', '', '(2) 人材の不足', '    人が足りない。', '',
      '3  提言', '    国は港を点検し、大学は技術者を育てるべきである。',
    ];
    const contents = ['目\u3000\u3000次', '1  はじめに ・・・・・・・・ 1', '2  現状と課題 ・・・・・・ 1', '(1) 設備の老朽化 ・・・・・ 1', '(2) 人材の不足 ・・・・・・ 2', '3  提言 ・・・・・・・・・・ 2'];
    const found = chapters(['架空学会 提言', '', ...summary, '', ...contents, '', ...body].join('\n'));
    assert.deepEqual(titles(found).filter(t => /^\d/.test(t)), ['1  はじめに', '2  現状と課題', '3  提言']);
    assert.deepEqual(sectionsOf(found.find(c => c.title === '2  現状と課題')!), ['(1) 設備の老朽化', '(2) 人材の不足']);
  });

  it('numbered lines that count again shorter after a longer run are lists, no chapters', () => {
    const text = ['架空の手引', '', ...japanese, '', '1. 窓口', '2. 電話'].join('\n');
    assert.ok(!titles(chapters(text)).includes('1. 窓口'));
  });

  it('a closing title in angle brackets, alone or before what it holds, ends the numbered chapters (academies\' reports)', () => {
    const text = ['架空学会 提言', '', ...japanese, '', '＜参考文献＞', '1) 港湾統計、2030年', '', '＜付録＞審議経過', '2030年5月 委員会を開いた。'].join('\n');
    assert.deepEqual(titles(chapters(text)).slice(-2), ['＜参考文献＞', '＜付録＞審議経過']);
  });
});

describe('numbered sections that run to the foot of a page are no footnotes', () => {
  it('a page whose numbered blocks fill most of it holds sections (audit reports printed from PDF)', () => {
    const text = [
      '架空の検査報告', '', '1\u3000制度の概要', '（1）事業の概要', '\u3000国は事業者に補助している。', '\u3000補助率は二分の一である。', '',
      '（2）車両の管理', '\u3000事業者は車両を管理する。', '', '2\u3000検査の結果', '（1）検査の方法', '\u3000本院は書類を調べた。', '',
      '- 1 -', '\f', '（2）検査の結果', '\u3000車両が使われていなかった。', '', '3\u3000本院が表示する意見', '\u3000次のとおり意見を表示する。', '', '- 2 -', '\f',
    ].join('\n');
    assert.deepEqual(titles(chapters(text)), ['1\u3000制度の概要', '2\u3000検査の結果', '3\u3000本院が表示する意見']);
  });

  it('a section at a page\'s foot whose first sub-heading lists the points it covers (`（1）検査の観点、対象及び方法`) is no footnote', () => {
    const text = [
      '架空の検査報告', '', '1\u3000制度の概要', '（1）事業の概要', '\u3000国は事業者に補助している。', '\u3000補助率は二分の一である。',
      '\u3000補助の対象は車両である。', '\u3000車両は五年間使われる。', '', '（2）車両の管理', '\u3000事業者は車両を管理する。', '\u3000管理の記録を残す。', '',
      '2\u3000検査の結果', '（1）検査の観点、対象及び方法', '\u3000本院は書類を調べた。', '',
      '- 1 -', '\f', '（2）検査の結果', '\u3000車両が使われていなかった。', '', '3\u3000本院が表示する意見', '\u3000次のとおり意見を表示する。', '', '- 2 -', '\f',
    ].join('\n');
    assert.deepEqual(titles(chapters(text)), ['1\u3000制度の概要', '2\u3000検査の結果', '3\u3000本院が表示する意見']);
  });

  it('a decision\'s numbered requests at a page\'s foot, the list going on at the next page\'s top, are no footnotes', () => {
    const body = ['\u3000局は番組の内容を確認しなかった。確認の手順は定められていた。', '\u3000確認を担う者は、放送の前日まで映像を見ていなかった。', ''];
    const text = [
      '委員会決定\u3000第９号', '', 'Ⅰ\u3000判断', '', ...body, ...body, ...body, ...body, ...body, '', '- 1 -', '\f委員会決定\u3000第９号', '',
      'Ⅱ\u3000再発防止に向けて', '', ...body, ...body, ...body, '\u3000委員会は、局に対し、以下の点を求める。', '',
      '１\u3000取材の記録を残し、放送前に確認する仕組みを整えることを求める。', '',
      '２\u3000再現映像の表示の基準を明文化されたい。', '', '３\u3000外部の制作会社と共同の研修を定期的に実施することを求める。', '',
      '- 2 -', '\f委員会決定\u3000第９号', '', '４\u3000本決定を全ての社員に周知されたい。', '', ...body, '- 3 -', '',
    ].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(text, { fileName: 'decision.txt' })).filter(n => n.kind === 'recommendation').map(n => n.title.slice(0, 2)), ['取材', '再現', '外部', '本決']);
  });

  it('a section\'s title set apart by a blank line from its first sub-heading, near a page\'s foot, is no footnote (councils\' reports)', () => {
    const paragraph = ['\u3000\u3000国は港の設備を点検すべきである。', '\u3000\u3000点検の結果を公表すべきである。', '\u3000\u3000港の管理者と協議すべきである。', ''];
    const text = [
      '架空審議会 答申', '', '第１\u3000今後の方向', '', '１\u3000基本的な考え方', ...paragraph, ...paragraph, '\u3000\u3000\u3000\u3000\u3000- 1 -',
      '（１）港の点検', ...paragraph, ...paragraph, '', '２\u3000港の担い手', '', '（１）技術者の育成', '\u3000\u3000国は技術者を育てるべきである。',
      '\u3000大学と連携することが必要である。', '', '', '\u3000\u3000\u3000\u3000\u3000- 2 -', '（２）資格の見直し', ...paragraph, ...paragraph,
      '３\u3000推進体制', '\u3000\u3000国は会議を設けるべきである。', '', '第２\u3000おわりに', '\u3000\u3000本会は議論を続ける。', '', '\u3000\u3000\u3000\u3000\u3000- 3 -',
    ].join('\n');
    assert.deepEqual(sectionsOf(chapters(text)[0]), ['１\u3000基本的な考え方', '２\u3000港の担い手', '３\u3000推進体制']);
  });
});

describe('a numbered heading over its first subsection on the next line (reports extracted from PDF without blank lines)', () => {
  it('the two are heading and subsection, no list', () => {
    const text = [
      'Accident Report', '', '1. Factual Information', '1.1 History of the Flight', 'The crew reported for duty at noon.', '1.2 Weather', 'It snowed.',
      '2. Analysis', '2.1 Introduction', 'The crew continued the approach.', '3. Recommendations', '3.1 New Recommendations', 'To the Agency:',
    ].join('\n');
    assert.deepEqual(titles(chapters(text)), ['1. Factual Information', '2. Analysis', '3. Recommendations']);
    assert.deepEqual(sectionsOf(chapters(text)[0]), ['1.1 History of the Flight', '1.2 Weather']);
  });

  it('numbered lines of one depth on consecutive lines stay a list', () => {
    const text = ['Guide', '', 'Steps', '1. Open the valve.', '2. Close the gate.', '3. Call the harbour master.'].join('\n');
    assert.equal(chapters(text).filter(c => /^\d/.test(c.title)).length, 0);
  });
});

describe('a Word document converted by pandoc, its heading styles picked by hand (municipal plans)', () => {
  const text = [
    '# 架空市総合計画', '', '# 第１章　計画の概要', '', '# 1　計画の趣旨', '', '本計画は市の指針である。', '', '# 2　計画の期間', '', '五年間とする。', '',
    '## 第２章　子育て', '', '### 現状と課題', '', '出生数が減っている。', '', '### 施策の方向', '', '保育所を増やす。', '',
    '# 第３章　推進体制', '', '# 1　市民との協働', '', '市民と進める。',
  ].join('\n');

  it('the chapters named as chapters are the chapters at whatever level, and the headings between them their sections', () => {
    const found = chapters(text, 'plan.md');
    assert.deepEqual(titles(found), ['第１章　計画の概要', '第２章　子育て', '第３章　推進体制']);
    assert.deepEqual(found.map(sectionsOf), [['1　計画の趣旨', '2　計画の期間'], ['現状と課題', '施策の方向'], ['1　市民との協働']]);
  });

  it('levels that agree with the named chapters stay as they are', () => {
    const agreed = text.replace('## 第２章', '# 第２章').replace(/^# 1/gm, '## 1').replace(/^# 2/gm, '## 2').replace(/^### /gm, '## ');
    assert.deepEqual(titles(chapters(agreed, 'plan.md')), ['第１章　計画の概要', '第２章　子育て', '第３章　推進体制']);
  });
});

describe('a paper typeset with LaTeX and extracted by pdftotext', () => {
  it('an appendix lettered without its word, set apart by the chapters\' wide gap, is a chapter after the works cited; a letter and one space is a sentence', () => {
    const text = [
      '          Harbour Fees and Trade', '', '', '1     Introduction', 'Harbour fees rose.', '', '', '2     Data', 'We use port records.', '',
      'A new approach is needed.', '', '', '3     Conclusion', 'Fees matter.', '', '', 'References', 'Smith, A. (2020). Ports. Journal, 1:1-2.', '', '',
      'A     Additional Tables', 'Table A1 reports balance tests.', '', 'B     Proofs', 'The proof is short.',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'paper.txt' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['1     Introduction', '2     Data', '3     Conclusion', 'A     Additional Tables', 'B     Proofs']);
    const references = outline.nodes.find(n => n.kind === 'back-matter');
    assert.deepEqual([references?.line, references?.endLine], [18, 19], 'the works cited end where the appendix begins');
  });
});

describe('a committee report in Markdown: chapters named `Chapter N:` and headings as high after them', () => {
  it('what the contents list as an entry of its own after the last named chapter is a chapter, not its section', () => {
    const text = [
      '# Harbours for All', '', '## CONTENTS', '', 'Summary\t3', '', 'Chapter 1: Introduction\t5', '', 'Chapter 2: Repairs\t8', '', 'Chapter 3: Crews\t11', '',
      'Summary of conclusions and recommendations\t14', '', '## Summary', '', 'Quays are old.', '', '## Chapter 1: Introduction', '', '1. We took evidence.', '',
      '## Chapter 2: Repairs', '', '2. Quays need repair.', '', '## Chapter 3: Crews', '', '3. Crews need training.', '', '### Training at night', '', '4. Few train at night.', '',
      '## Summary of conclusions and recommendations', '', '1. The Government should fund repairs to every quay in the invented harbour. (Paragraph 2)', '',
    ].join('\n');
    const found = chapters(text, 'committee.md');
    assert.deepEqual(titles(found), ['Summary', 'Chapter 1: Introduction', 'Chapter 2: Repairs', 'Chapter 3: Crews', 'Summary of conclusions and recommendations']);
    assert.deepEqual(sectionsOf(found[3]), ['Training at night'], 'a heading the contents do not list stays a section');
  });
});

describe('a brief extracted by pdftotext with its layout: a cover, footnotes under a rule at each page\'s foot', () => {
  const page = (n: number, body: string[], notes: string[]) => [...body, '', '', '      ____________________', ...notes.map(note => `      ${note}`), `${' '.repeat(80)}${n}`, '\f      HARBOUR INSTITUTE                              Fixing the Ports', '', ''];
  const text = [
    '                                                          POLICY BRIEF', '                                                          October 2031', '', '',
    '      Fixing the Ports: Repairs', '      for Safer Harbours', '      By Ana Ruiz and Ben Cole', '', '', '', '',
    '      Ports are old and repairs lag behind. This brief sets out what to do about it.', '', '',
    ...page(2, ['      Introduction', '      Most quays were built long ago. Money for repairs is short.1', '', '', '      Policy Recommendations',
      '      We recommend the following reforms.', '', '        1. Fund the repairs. The state should set up a repair fund for the', '           quays.', ''],
    ['1 Harbour survey, 2030.']),
    ...page(3, ['        2. Train the crews. Ports should train crews to inspect the', '           quays every year.', '', '', '      Conclusion', '      The reforms above are within reach.'], ['2 Interview, 2031.']),
    ...page(4, ['      About the Authors', '      Ana Ruiz directs the institute.'], ['3 Letter, 2031.']),
  ].join('\n');

  it('the cover\'s lines (a date, a title wrapped over its byline) and the footnotes\' rule are no chapters', () => {
    assert.deepEqual(titles(chapters(text)), ['Introduction', 'Policy Recommendations', 'Conclusion']);
  });

  it('a numbered list cut by a page\'s footnotes goes on after them', () => {
    const recs = flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(n => n.title.slice(0, 16)), ['Fund the repairs', 'Train the crews.']);
  });
});

describe('a contents extracted from a Japanese PDF, its leaders half-width middle dots', () => {
  it('is the contents, and its titles that open a page after a form feed are the chapters', () => {
    const text = [
      '港湾委員会　決議集', '', '目　　次',
      '【港湾整備促進法案】･･････････････････　１', '【漁港保全法案】･････････････････････　３', '【離島港湾法案】･････････････････････　５', '',
      '（注）本資料は、委員会の決議を法案ごとにまとめたもので', '\u3000\u3000ある。',
      '\f【港湾整備促進法案】', '', '\u3000委員会は、港湾の整備について議論した。', '', '- 1 -',
      '\f【漁港保全法案】', '', '\u3000委員会は、漁港の保全について議論した。', '', '- 3 -',
      '\f【離島港湾法案】', '', '\u3000委員会は、離島の港湾について議論した。',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'ketsugi.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind !== 'section').map(n => [n.kind, n.line]), [['toc', 3], ['chapter', 10], ['chapter', 15], ['chapter', 20]]);
  });
});

describe('a Japanese contents laid out without leaders', () => {
  it('is the contents where ideographic spaces set its page numbers apart: its entries are no items of a label it lists', () => {
    const text = [
      '政策集', '', '目次', '',
      '代表あいさつ\u3000\u3000\u3000\u3000\u3000\u3000２', '重点政策', '\u3000１\u3000港を守る\u3000\u3000\u3000\u3000\u3000\u3000３', '\u3000２\u3000船を増やす\u3000\u3000\u3000\u3000\u3000４', '',
      '代表あいさつ', '', '\u3000皆さまの声を聴いてまいりました。', '',
      '重点政策', '', '１\u3000港を守る', '', '・岸壁を補修します。', '', '２\u3000船を増やす', '', '・船を造ります。',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'seisaku.txt' });
    const toc = outline.nodes.find(n => n.kind === 'toc');
    assert.deepEqual([toc?.line, toc?.endLine], [3, 8]);
    assert.ok(!flattenOutline(outline).some(n => n.kind === 'recommendation' && n.line < 9));
  });
});

describe('a Japanese letter typed in a text editor that numbers its parts in brackets', () => {
  it('`【１】はじめに` … are its chapters, boxed between rules, with `（１）` sections under them', () => {
    const rule = '━'.repeat(30);
    const text = [
      '令和７年１月１０日', '', '港町市長\u3000様', '', '港町自治会連合会', '', '港の安全に関する提案書', '',
      rule, '【１】はじめに', rule, '', '\u3000港町では岸壁の老朽化が進んでいます。', '',
      rule, '【２】現状', rule, '', '（１）岸壁', '\u3000岸壁の多くは築５０年を超えています。', '', '（２）船だまり', '\u3000船だまりは狭くなりました。', '',
      rule, '【３】提案事項', rule, '', '①\u3000岸壁の補修を急いでください。', '②\u3000船だまりを広げてください。', '',
      rule, '【４】おわりに', rule, '', '\u3000ご検討をお願いいたします。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'teian.txt' });
    const found = outline.nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(titles(found), ['【１】はじめに', '【２】現状', '【３】提案事項', '【４】おわりに']);
    assert.deepEqual(sectionsOf(found[1]), ['（１）岸壁', '（２）船だまり']);
    assert.equal(flattenOutline(outline).filter(n => n.kind === 'recommendation').length, 2);
  });

  it('reads the number of `【１】`, `〔２〕` and `［３］`, and no word in brackets', () => {
    assert.deepEqual(read('【１】はじめに')?.path, [1]);
    assert.deepEqual(read('〔２〕現状')?.family, 'bracket');
    assert.deepEqual(read('［３］提案')?.path, [3]);
    assert.equal(read('【提言】'), undefined);
  });
});

describe('an HTML report saved as Markdown, its headings links to themselves', () => {
  const text = [
    '# Maintaining Harbour Walls', '', '## Contents', '', '- [1. Introduction](#introduction)', '- [2. Findings](#findings)', '',
    '## [1. Introduction](#introduction) {#introduction}', '', 'We audited the harbour walls.', '',
    '### [1.1 Background](#background) {#background}', '', 'The walls are old.', '',
    '## [2. Findings](#findings) {#findings}', '', 'The walls need repairs.', '',
    '> **Recommendation 1**', '>', '> The Harbour Board should survey every wall by 2027.', '',
    '---', '', '### Related reports', '', '* [Managing Piers](/reports/piers)', '', '### Follow us', '', '[RSS](/rss.xml)', '',
  ].join('\n');

  it('the link\'s text titles the heading, and the site\'s headings under the report are no sections of it', () => {
    const outline = outlineDocument(text, { fileName: 'report.md' });
    const found = outline.nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(titles(found), ['1. Introduction', '2. Findings']);
    assert.deepEqual(sectionsOf(found[0]), ['1.1 Background']);
    assert.deepEqual(sectionsOf(found[1]), []);
  });

  it('a recommendation boxed in a quote is titled by its text, without the quote\'s marks', () => {
    const recommendation = flattenOutline(outlineDocument(text, { fileName: 'report.md' })).find(n => n.kind === 'recommendation');
    assert.equal(recommendation?.title, 'The Harbour Board should survey every wall by 2027.');
  });
});

describe('a committee report in plain text that heads its chapters in capitals and letters its appendices', () => {
  it('the contents finds the body\'s chapters, titled as the text writes them, its indented entries their sections, beside `APPENDIX A`', () => {
    const text = [
      'HARBOUR SAFETY', '', 'Report of the Standing Committee', '', 'TABLE OF CONTENTS', '',
      'Introduction ........................................ 1', 'Background .......................................... 2',
      '    Old Walls ........................................ 2', 'Conclusion .......................................... 3',
      'APPENDIX A LIST OF WITNESSES ........................ 4', '',
      'INTRODUCTION', '', 'The Committee studied harbour safety.', '',
      'BACKGROUND', '', 'Harbours are old.', '', 'Old Walls', '', 'The walls crack.', '',
      'CONCLUSION', '', 'Harbours need repairs.', '',
      'APPENDIX A LIST OF WITNESSES', '', 'Harbour Board', '',
    ].join('\n');
    const found = chapters(text, 'report.txt');
    assert.deepEqual(titles(found), ['INTRODUCTION', 'BACKGROUND', 'CONCLUSION', 'APPENDIX A LIST OF WITNESSES']);
    assert.deepEqual(sectionsOf(found[1]), ['Old Walls']);
  });
});

describe('a staff report extracted with its layout kept: chapters in capitals, lettered sections, underscore leaders', () => {
  const paragraph = (n: number) => [`${n}.      The harbour authority has kept its quays in use through two storms, though the`, 'stone has worn and the cranes are old.', ''];
  const text = [
    'HARBOUR BOARD STAFF REPORT', '', 'CONTENTS', '',
    'BACKGROUND _______________________________________________ 3',
    'RECENT EVENTS ____________________________________________ 3',
    'POLICY ISSUES ____________________________________________ 4',
    'A. Repairing the Quays ___________________________________ 4',
    'B. Renewing the Cranes ___________________________________ 5',
    'STAFF VIEW _______________________________________________ 6',
    '',
    'BACKGROUND', ...paragraph(1),
    'RECENT EVENTS', ...paragraph(2),
    'POLICY ISSUES', ...paragraph(3),
    'A. Repairing the Quays', ...paragraph(4),
    'Table 1. Tonnage', '                        2022    2023',
    'Bulk cargo              4.1     4.3', 'Containers              2.2     2.6', '',
    'B. Renewing the Cranes', ...paragraph(5),
    'STAFF VIEW', ...paragraph(6),
    'Old outlook                           New outlook',
    '             Ships will come.         Ships will stay and the',
    '             The cranes hold          quays will be busy.',
    '             up for now.',
  ].join('\n');

  it('reads the contents, takes the capital entries for the chapters and the letters for their sections', () => {
    const found = chapters(text, 'staff-report.txt');
    assert.deepEqual(titles(found), ['BACKGROUND', 'RECENT EVENTS', 'POLICY ISSUES', 'STAFF VIEW']);
    assert.deepEqual(sectionsOf(found[2]), ['A. Repairing the Quays', 'B. Renewing the Cranes']);
  });

  it('no table\'s row or a cell wrapped down its column is a heading', () => {
    const sections = flattenOutline(outlineDocument(text, { fileName: 'staff-report.txt' })).filter(n => n.kind === 'section').map(n => n.title);
    assert.deepEqual(sections, ['A. Repairing the Quays', 'B. Renewing the Cranes']);
  });
});

describe('a law commission\'s report extracted with its layout kept: facing footers, a list of recommendations grouped by chapter', () => {
  const evenFooter = (page: number) => `${page}       THE HARBOUR REPORT`;
  const oddFooter = (title: string, page: number) => `${' '.repeat(40)}${title}       ${page}`;
  const text = [
    'The Harbour Report', '', 'Report 12', '',
    '\fContents', '',
    'List of recommendations .......................................... 5', '',
    'CHAPTER 1', 'Introduction ..................................................... 6', '',
    'CHAPTER 2', 'Quays ............................................................ 7', '',
    'CHAPTER 3', 'Cranes ........................................................... 8', '',
    'APPENDIX', 'Terms of reference ............................................... 9', '',
    evenFooter(4),
    '\fList of recommendations', '',
    'CHAPTER 2: QUAYS',
    'R1      The harbour board should repair the quays on the north shore.',
    'CHAPTER 3: CRANES',
    'R2      The harbour board should replace the oldest cranes.', '',
    oddFooter('LIST OF RECOMMENDATIONS', 5),
    '\fCHAPTER 1', 'Introduction', '',
    '1.1     The harbour board asked us in 2024 to review the state of its', '        quays and cranes, and to say what should be done about them first.', '',
    evenFooter(6),
    '\fCHAPTER 2', 'Quays', '',
    '2.1     The quays on the north shore were built of stone long ago and the',
    '        breakwaters and tide have worn them down in many places, so that ships',
    '        of the larger classes, which carry most of the cargo, no longer berth',
    '        at the northern quays in any season but come in at the south, where',
    '        the water is deeper.', '',
    oddFooter('CHAPTER 2: QUAYS', 7),
    '\fCHAPTER 3', 'Cranes', '',
    '3.1     The oldest cranes have stood since the harbour opened.', '',
    evenFooter(8),
    '\fAPPENDIX', 'Terms of reference', '',
    'The board asked the commission to review the quays and the cranes.', '',
    evenFooter(10),
  ].join('\n');

  it('takes each chapter\'s number over its title, not a page\'s footer naming the chapter, nor a contents\' last entry for a running line', () => {
    assert.deepEqual(titles(chapters(text, 'report.txt')), ['CHAPTER 1 Introduction', 'CHAPTER 2 Quays', 'CHAPTER 3 Cranes', 'APPENDIX Terms of reference']);
  });

  it('no numbered paragraph the page wrapped is a section', () => {
    const sections = flattenOutline(outlineDocument(text, { fileName: 'report.txt' })).filter(n => n.kind === 'section');
    assert.deepEqual(sections.map(n => n.title), []);
  });
});

describe('an assembly\'s bundle of numbered drafts extracted from PDF, one draft to a page after its cover', () => {
  const draft = (n: number, subject: string) => [
    `議案第${'０１２３４'[n]}号`, '', `\u3000\u3000\u3000${subject}に関する条例の一部を改正する条例`, '',
    '\u3000上記の議案を提出する。', '', '\u3000\u3000令和７年３月１日', '', '\u3000\u3000\u3000\u3000\u3000\u3000\u3000提出者\u3000港町長', '', '',
    `- ${n + 1} -`, '',
  ];
  const text = [
    '\u3000\u3000\u3000\u3000令和７年３月定例会', '', '\u3000\u3000\u3000\u3000議\u3000案\u3000書', '',
    '議案第１号\u3000\u3000港湾施設条例の一部改正', '議案第２号\u3000\u3000漁港管理条例の一部改正', '議案第３号\u3000\u3000手数料条例の一部改正', '', '',
    '- 1 -', '',
    ...draft(1, '港湾施設'), ...draft(2, '漁港管理'), ...draft(3, '手数料'),
  ].join('\n');

  it('each `議案第N号` over its title is a chapter, though it opens a page whose number differs from its own; the cover\'s list makes none', () => {
    assert.deepEqual(titles(chapters(text, 'gian.txt')), [
      '議案第１号\u3000港湾施設に関する条例の一部を改正する条例', '議案第２号\u3000漁港管理に関する条例の一部を改正する条例', '議案第３号\u3000手数料に関する条例の一部を改正する条例',
    ]);
  });
});

describe('an audit office\'s special report printed to text: its contents give paragraph ranges, not pages', () => {
  const report = [
    'Special report', '', 'Harbour safety in the Union', '', '',
    'Contents', '', '                                                     Paragraph', '',
    'Executive summary                                          I-VI', '',
    'Introduction ......................................... 01-09',
    'The harbour fund ..................................... 01-05',
    'Who does what ........................................ 06-09', '',
    'Audit scope and approach ............................. 10-14', '',
    'Observations ......................................... 15-30',
    'Quays were chosen by readiness ....................... 15-22',
    'Repairs were not checked ............................. 23-30', '',
    'Conclusions and recommendations ...................... 31-36', '',
    'Annexes', 'Annex I – Ports visited', '', 'Glossary', '', '',
    'Executive summary', 'I      Ports handle most of the goods of the Union.', 'II     We examined the harbour fund.', '',
    'Introduction', 'The harbour fund', '01      The fund was set up in 2029.', 'Who does what', '06      The Commission manages the fund.', '',
    'Audit scope and approach', '10      We examined twenty ports.', '',
    'Observations', 'Quays were chosen by readiness', '15      Calls were first come, first served.', '',
    'Repairs were not checked', '23      No port measured the effect.', '',
    'Conclusions and recommendations', '31      We conclude that the fund helped.', '',
    'Annexes', 'Annex I – Ports visited', 'Twenty ports in eight states.', '',
    'Glossary', 'Quay: a platform where ships moor.',
  ].join('\n');

  it('reads the ranges as the entries\' places, the lines after them as back matter\'s entries, and each group\'s later entries as sections', () => {
    const toc = findTocBlock(new Lines(report))!;
    assert.deepEqual([toc.first + 1, toc.last + 1], [6, 27]);
    assert.equal(toc.titles[0], 'Executive summary');
    assert.ok(toc.titles.includes('Annex I – Ports visited') && toc.titles.includes('Glossary'));
    assert.deepEqual(toc.nestedTitles, ['The harbour fund', 'Who does what', 'Quays were chosen by readiness', 'Repairs were not checked']);
    const outline = outlineDocument(report, { fileName: 'special-report.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), [
      'Executive summary', 'Introduction', 'Audit scope and approach', 'Observations', 'Conclusions and recommendations', 'Annexes', 'Annex I – Ports visited', 'Glossary',
    ]);
    // Right under its chapter's title, or under a paragraph's last sentence, a listed section stands alone all the same.
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.children.filter(c => c.kind === 'section').map(c => c.title)), [
      [], ['The harbour fund', 'Who does what'], [], ['Quays were chosen by readiness', 'Repairs were not checked'], [], [], [], [],
    ]);
  });

  it('without its layout: the range one space after the title, an entry wrapped over two lines, and the boxes\' captions no chapters', () => {
    const text = [
      'Harbour safety in the Union', '', 'Contents', '', 'Paragraph', '',
      'Executive summary I - IV', '',
      'Introduction 01 - 09', 'The harbour fund 01 - 05', 'Who does what 06 - 09', '',
      'Audit scope and approach 10 - 14', '',
      'Observations 15 - 30', 'Ports chose quays by their readiness rather than by the', 'risk they posed 15 - 22', 'Repairs were not checked 23 - 30', '',
      'Conclusions and recommendations 31 - 36', '', 'Glossary', '', '',
      'Executive summary', '', 'I Ports handle most of the goods of the Union.', '',
      'Introduction', '', 'The harbour fund', '', '01 The fund was set up in 2029.', '',
      'Box 1 – The fund in the law', '', 'The regulation sets the fund up.', '',
      'Who does what', '', '06 The Commission manages the fund.', '',
      'Audit scope and approach', '', '10 We examined twenty ports.', '',
      'Box 2 – How we chose the ports', '', 'By size and by region.', '',
      'Observations', '', 'Ports chose quays by their readiness rather than by the', 'risk they posed', '', '15 Calls were first come, first served.', '',
      'Box 3 – A quay chosen first', '', 'One port repaired its newest quay.', '',
      'Repairs were not checked', '', '23 No port measured the effect.', '',
      'Conclusions and recommendations', '', '31 We conclude that the fund helped.', '',
      'Glossary', '', 'Quay: a platform where ships moor.',
    ].join('\n');
    const toc = findTocBlock(new Lines(text))!;
    assert.equal(toc.titles[0], 'Executive summary');
    assert.ok(toc.titles.includes('Ports chose quays by their readiness rather than by the risk they posed'));
    const outline = outlineDocument(text, { fileName: 'special-report.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), [
      'Executive summary', 'Introduction', 'Audit scope and approach', 'Observations', 'Conclusions and recommendations', 'Glossary',
    ]);
    assert.deepEqual(flattenOutline(outline).filter(n => n.title.startsWith('Box')), []);
  });

  it('a contents with a blank line after every entry groups nothing', () => {
    const text = ['Contents', '', 'Introduction ........ 3', '', 'Findings ........ 5', '', 'Scope ........ 6', '', 'Annex ........ 9', '', '', 'Introduction', 'Text.'].join('\n');
    assert.equal(findTocBlock(new Lines(text))!.nestedTitles, undefined);
  });
});

describe('a record of a meeting: numbered fields over its body (minutes, notices, meeting summaries)', () => {
  const minutes = [
    '第２回 河川管理検討会 議事要旨', '', '１．日時\u3000令和９年２月３日（水）10:00～12:00', '２．場所\u3000架空市役所 本館会議室',
    '３．出席者\u3000川上座長、森委員、林委員', '', '４．議事', '（１）堤防点検の結果について', ' 事務局から資料に基づき説明があった。', '',
    '（２）今後の進め方', ' 次回までに点検計画の案を示すこととした。', '', '以上',
  ].join('\n');

  it('takes the numbers after the fields as the chapters, and the items under them as their sections', () => {
    const found = chapters(minutes, 'minutes.txt');
    assert.deepEqual(titles(found), ['４．議事']);
    assert.deepEqual(sectionsOf(found[0]), ['（１）堤防点検の結果について', '（２）今後の進め方']);
  });

  it('reads English fields by their colon', () => {
    const notes = [
      'Harbour Board: note of the meeting', '', '1. Date: 4 March 2027', '2. Venue: Town Hall, Room 2', '',
      '3. Matters discussed', '(1) Dredging of the inner basin', 'Officers reported on the survey.', '', '(2) Fees', 'The fees will stay as they are.',
    ].join('\n');
    assert.deepEqual(titles(chapters(notes, 'note.txt')), ['3. Matters discussed']);
  });

  it('takes no lone number after a list of points for a chapter', () => {
    const points = [
      '港の課題', '', '１．岸壁が古い。', '２．人手が足りない。', '', '３．課題への対応', '（１）点検を急ぐ', ' 点検を増やす。', '', '（２）人を育てる', ' 研修を増やす。',
    ].join('\n');
    assert.ok(!titles(chapters(points, 'points.txt')).includes('３．課題への対応'));
  });
});

describe('a committee\'s report extracted from PDF: contents whose pages stand one space after the titles', () => {
  const page = (n: number) => [`\fFerry services   ${n}`, ''];
  const text = [
    'Transport Committee', '', 'Ferry services', '', 'Third Report of Session 2026–27', '',
    ...page(1), 'Contents', 'Summary 3', '1 Introduction 4', '    Our inquiry 4', '2 Fares and timetables 5', '    Fares 5',
    'Conclusions and recommendations 7', 'Formal minutes 8', 'Witnesses 9', '',
    ...page(3), 'Summary', '', 'Island ferries are old and their fares have doubled.', '',
    ...page(4), '1 Introduction', '', 'Our inquiry', '1. We took evidence from operators and islanders.', '',
    '1 Ferry Operators Association (FSE0004)', '2 Island Councils Forum (FSE0011)',
    ...page(5), '2 Fares and timetables', '', 'Fares', '2. Fares rose by half in five years.', '3. The Department should cap fares on lifeline routes.', '',
    ...page(7), 'Conclusions and recommendations', '', '1. The Department should cap fares on lifeline routes. (Paragraph 3)', '',
    ...page(8), 'Formal minutes', '', 'Tuesday 13 January 2026', '', 'Members present: A. Smith (Chair), B. Jones', '',
    ...page(9), 'Witnesses', '', 'Tuesday 14 October 2025', '', 'Ferry Operators Association', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'ferry-services.txt' });

  it('keeps the contents apart, a footnote between the chapters is none, and the days of the minutes are no chapters', () => {
    assert.ok(outline.nodes.some(n => n.kind === 'toc' && n.title === 'Contents'));
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')).slice(0, 3), ['1 Introduction', '2 Fares and timetables', 'Conclusions and recommendations']);
    assert.ok(!flattenOutline(outline).some(n => n.title.startsWith('Tuesday')));
  });

  it('takes no line one space from a number for an entry after a contents with leaders', () => {
    const led = ['Contents', 'Summary ........ 2', 'Background ........ 3', 'Findings ........ 5', 'Recommendation 1', 'Fund the ferries.'].join('\n');
    assert.deepEqual(findTocBlock(new Lines(led))?.titles, ['Summary', 'Background', 'Findings']);
  });
});

describe('an assembly\'s bundle of written opinions: each draft atop its page, its opinion annexed on the next', () => {
  const draft = (n: string, title: string, item: string) => [
    `\f意見書案第${n}号`, '', `\u3000\u3000\u3000${title}`, '', '\u3000上記の議案を別紙のとおり提出する。', '', '\u3000\u3000令和９年３月１日', '',
    `\f（別紙）`, '', `\u3000\u3000\u3000${title}`, '', '\u3000港は地域の暮らしを支えている。', '',
    '\u3000よって、国においては、下記の事項について措置を講じるよう強く要望する。', '', '記', '', `１\u3000${item}`, '',
    '\u3000以上、地方自治法第９９条の規定により意見書を提出する。', '',
  ];
  const text = [
    '令和９年第１回架空市議会定例会', '', '意見書の議決結果', '',
    '\u3000\u3000意見書案第１号\u3000港湾の維持管理への支援を求める意見書', '\u3000\u3000意見書案第２号\u3000離島航路の確保を求める意見書', '',
    ...draft('１', '港湾の維持管理への支援を求める意見書', '岸壁の補修に要する費用を支援すること。'),
    ...draft('２', '離島航路の確保を求める意見書', '航路の運航費を支援すること。'),
  ].join('\n');

  it('takes each draft\'s number for a chapter, titled by the line under it, though the title stands again atop the next page', () => {
    assert.deepEqual(titles(chapters(text, 'opinions.txt')), ['意見書案第１号\u3000港湾の維持管理への支援を求める意見書', '意見書案第２号\u3000離島航路の確保を求める意見書']);
    assert.deepEqual(chapters(text, 'opinions.txt').map(c => c.line), [8, 30]);
  });
});

describe('a panel\'s report converted from PDF by font size: one chapter left bold, a section set as a heading, a closing schedule', () => {
  const text = [
    '# **港湾の維持に関する有識者会議 報告書**', '', '**目 次**', '', '１．港の現状 …………… 1', '', '（１）岸壁の老朽化 …………… 1', '',
    '（２）担い手の不足 …………… 2', '', '２．課題 …………… 3', '', '３．基本的な考え方 …………… 4', '', '４．提言 …………… 5', '',
    '## **１．港の現状**', '', '**（１）岸壁の老朽化**', '', '　岸壁の半分は築五十年を超える。', '',
    '### **（２）担い手の不足**', '', '　点検の担い手が減っている。', '',
    '## **２．課題**', '', '　点検の記録が共有されていない。', '',
    '**３．基本的な考え方**', '', '　予防保全に転換すべきである。', '',
    '## **４．提言**', '', '**（提言１）点検記録の共有**', '', '　国は、点検記録を共有する仕組みを整えるべきである。', '',
    '**（提言２）担い手の育成**', '', '　国は、点検の担い手を育成すべきである。', '',
    '**図表１　提言の実施主体と時期**', '', '|提言|主な実施主体|時期|', '|---|---|---|', '|提言１|国、港湾管理者|令和９年度中|', '|提言２|国、大学|令和９年度から|', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'panel-report.md' });
  const all = flattenOutline(outline);

  it('takes the bold line numbered as the missing chapter for that chapter, and the listed `###` of an inner scheme for a section', () => {
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['１．港の現状', '２．課題', '３．基本的な考え方', '４．提言']);
    assert.ok(all.some(n => n.kind === 'section' && n.title === '（２）担い手の不足'));
  });

  it('keeps the schedule\'s rows, who and when for each recommendation, as items of the recommendations set out above', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.label), ['提言１', '提言２']);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.label), ['提言１', '提言２']);
  });
});

describe('a council\'s recommendation saved from its web page: the closing chapter left a bold line', () => {
  const text = [
    '# 港湾利用者の保護に関する建議', '', '### １．はじめに', '', '　港の利用者からの相談が増えている。', '',
    '### ２．現状と課題', '', '**課題１\u3000窓口の不足**', '', '　窓口が足りない。', '',
    '### ３．建議事項', '', '　当委員会は、以下の事項について建議する。', '',
    '**建議事項１\u3000相談窓口の整備**', '', '　国土交通大臣は、相談窓口を整備すること。', '', '【実施時期】令和９年度中', '',
    '**建議事項２\u3000情報の共有**', '', '　国土交通大臣は、相談情報を共有すること。', '', '【実施時期】直ちに', '',
    '**４．おわりに**', '', '　関係省庁の対応を期待する。', '', '### 参考資料', '', '**資料１\u3000審議経過**', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'kengi.md' });

  it('takes the bold line numbered after the last chapter for the closing chapter, which ends the last item', () => {
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['１．はじめに', '２．現状と課題', '３．建議事項', '４．おわりに', '参考資料']);
    const items = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(items.map(n => n.label), ['建議事項１', '建議事項２']);
    assert.equal(items[1].endLine, 27);
  });

  it('leaves a bold list numbered from one inside the last chapter as its text', () => {
    const listed = [
      '### １．経緯', '', '　経緯を述べる。', '', '### ２．所見', '', '**１．窓口の不足**', '', '　窓口が足りない。', '',
      '**２．情報の分散**', '', '　情報が散っている。', '', '**３．担い手の不足**', '', '　担い手が足りない。', '',
    ].join('\n');
    assert.deepEqual(titles(outlineDocument(listed, { fileName: 'kengi.md' }).nodes.filter(n => n.kind === 'chapter')), ['１．経緯', '２．所見']);
  });
});

describe('a study report converted by font size: a chapter\'s title cut at a comma, appendices numbered over larger titles', () => {
  const text = [
    '# **Keeping Harbours Safe**', '', '## **A Study of Quays, Cranes, and Crews**', '',
    '# **Summary**', '', 'The committee finds the quays old.', '',
    '# **1 Introduction**', '', '## **BACKGROUND**', '', 'Quays were built long ago.', '',
    '# **2 The State of the Quays**', '', '## **INSPECTIONS**', '', 'Few quays are inspected.', '',
    '## **3 Cranes, Crews, Contracts,**', '', '## **and Oversight**', '', '### **CONTRACTS**', '', 'Contracts are short.', '',
    '# **4 The Way Ahead**', '', '## **RESEARCH GAPS**', '', 'Little is known.', '',
    '## **Appendix A**', '', '# **Statement of Task**', '', 'An ad hoc committee will study quays.', '',
    '## **Appendix B**', '', '# **Committee Biographies**', '', 'The chair is an engineer.', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'study.md' });

  it('joins the numbered title ending with a comma to the heading going on in lower case, and ranks the numbers\' chapters', () => {
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), [
      'Summary', '1 Introduction', '2 The State of the Quays', '3 Cranes, Crews, Contracts, and Oversight', '4 The Way Ahead',
      'Appendix A Statement of Task', 'Appendix B Committee Biographies',
    ]);
  });

  it('joins a numbered title cut after a joining word (`… routes but`) to the heading that goes on in lower case', () => {
    const cut = [
      '# **Detailed report**', '', '## **1 Councils plan routes**', '', 'Plans exist.', '', '## **2 Councils are building more routes but**', '',
      '## **struggle to show what difference they make**', '', 'Counts are rare.', '', '## **3 Data is thin**', '', 'Little is measured.',
    ].join('\n');
    assert.deepEqual(titles(outlineDocument(cut, { fileName: 'audit.md' }).nodes.filter(n => n.kind === 'chapter')),
      ['1 Councils plan routes', '2 Councils are building more routes but struggle to show what difference they make', '3 Data is thin']);
  });

  it('takes each appendix\'s letter and the larger title under it for one chapter', () => {
    const appendix = outline.nodes.find(n => n.title.startsWith('Appendix A'))!;
    assert.deepEqual([appendix.line, appendix.children.length], [35, 0]);
  });
});

describe('a research service\'s report saved by pandoc, its contents a list of links set in by level', () => {
  it('takes the entries of their own for chapters, those set in for sections, and keeps the summary before the contents and the note after them', () => {
    const text = [
      '# Harbour Storms: Federal Roles', '', '## Summary {#summary}', '', 'Storms damage harbours each year.', '',
      '## Contents {#contents}', '', '-   [Introduction](#introduction)', '-   [Background](#background)',
      '    -   [Defining a Storm](#defining-a-storm)', '    -   [Trends in Damage](#trends-in-damage)', '-   [Conclusion](#conclusion)', '',
      '## Introduction {#introduction}', '', 'This report describes federal roles.', '',
      '## Background {#background}', '', 'Storms are frequent.', '', '### Defining a Storm {#defining-a-storm}', '', 'Winds above 90 km/h.', '',
      '### Trends in Damage {#trends-in-damage}', '', 'Damage has grown.', '',
      '## Conclusion {#conclusion}', '', 'Congress may weigh these roles.', '',
      '## Author Information {#author-information}', '', 'A. Analyst, Specialist in Harbour Policy', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'report.md' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Summary', 'Introduction', 'Background', 'Conclusion', 'Author Information']);
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'section')), ['Defining a Storm', 'Trends in Damage']);
  });

  it('keys an entry that links to its part by the link\'s text alone', () => {
    assert.deepEqual(contentsKeys(['-   [Conclusion](#hd2c)', '[Trends in Damage](#trends-in-damage)', '目次']), ['conclusion', 'trendsindamage', '目次']);
  });
});

describe('a policy brief from a two-column PDF extracted line by line', () => {
  it('reads numbered lines as wide as the column, going on in lower case, as wrapped paragraphs, not chapters', () => {
    const text = [
      'HARBOUR POLICY BRIEF 7', '', 'The problem', 'Many harbours are in poor repair, and the', 'owners of small ports rarely claim the grants',
      'they are entitled to. The claim process is', 'long and few owners know of it.', '',
      'Recommendations', '1. The Ministry should write to every harbour iden-', 'tified as at risk by April 2026, stating the',
      'repairs it will fund.', '2. The Government should extend the legal', 'gateways for data sharing so that port in-', 'formation can be used.',
      '3. Local authorities should be funded to refer', 'residents who appear eligible for support, and', 'to offer help with claims.', '',
      'About the authors', 'A. Pilot is a research fellow.',
    ].join('\n');
    assert.deepEqual(titles(outlineDocument(text, { fileName: 'brief.txt' }).nodes.filter(n => n.kind === 'chapter' && /^[0-9]/.test(n.title))), []);
  });
});

describe('a title a converter from PDF split over two headings of one level', () => {
  it('joins the heading that finishes a title stopped mid-phrase; a whole title keeps its subtitle apart', () => {
    const text = [
      '# **港湾の維持管理の在り方に**', '# **関する検討会 報告書**', '', '## **１．港湾の維持管理の現状と課題の整理に当たっての**', '## **視点**', '',
      '　岸壁は古い。', '', '## **２．提言**', '## **港を次の世代へ**', '', '　国は点検を急ぐべきである。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'report.md' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['１．港湾の維持管理の現状と課題の整理に当たっての視点', '２．提言']);
  });
});

describe('a contents page extracted with its layout: the heading centred, paragraph ranges beside the pages', () => {
  it('keeps the contents apart, so that the body\'s chapter headings are the chapters', () => {
    const pad = (title: string, place: string) => `${title}${' '.repeat(Math.max(2, 80 - title.length - place.length))}${place}`;
    const text = [
      'Report on the Witnessing of Wills', '', `\f${' '.repeat(40)}CONTENTS`, '', `${' '.repeat(60)}Paragraph    Page`, '',
      pad('CHAPTER 1       INTRODUCTION', '1'), pad('     A.   Background', '1.1 – 1.4          1'), '',
      pad('CHAPTER 2       RECOMMENDATIONS', '3'), pad('     A.   Remote witnessing', '2.1 – 2.3          3'), '',
      `\fCHAPTER 1       INTRODUCTION`, '', 'A.      Background', '', '1.1     Wills must be signed before two witnesses.', '',
      `\fCHAPTER 2       RECOMMENDATIONS`, '', 'A.      Remote witnessing', '', '2.1     Witnessing by video link should be allowed.', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'report.txt' });
    assert.ok(outline.nodes.some(n => n.kind === 'toc'));
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.line), [13, 19]);
  });
});

describe('a report to a council from its agenda: a centred title over the memo\'s fields, headings in capitals at the margin', () => {
  it('takes the headings at the margin for the chapters; the centred title and the header fields are none', () => {
    const text = [
      `${' '.repeat(50)}Agenda Item 4.1`, `${' '.repeat(28)}TOWN OF EASTPORT`, '', `${' '.repeat(28)}REPORT TO COUNCIL`, '',
      'TO:          Mayor and Council', '', 'FROM:        Harbour Committee', '', 'FILE:        HB-26-014', '',
      'RECOMMENDATIONS', '', 'That Council:', '', '1. Approve the dredging plan.', '', 'BACKGROUND', '', 'The harbour silts up every winter.', '',
      'NEXT STEPS', '', 'Staff will tender the work in spring.', '',
    ].join('\n');
    assert.deepEqual(titles(chapters(text, 'report.txt')), ['RECOMMENDATIONS', 'BACKGROUND', 'NEXT STEPS']);
  });
});

describe('an audit office\'s testimony printed from PDF: headings marked only by title case', () => {
  const paragraph = (words: string) => [`${words} the agency reported to the committee on its`, 'progress with the harbour programme in the last year.'];
  const text = [
    'Testimony Before the Committee on Harbours', '', 'HARBOUR SAFETY', '', 'Statement of A. Director, Harbours Team', '',
    'Chairman and Members of the Committee:', '', ...paragraph('Thank you for inviting us. In 2024'), '',
    'Background', '', ...paragraph('The harbours are old. In March'), '',
    'The Agency Has Not Fully Implemented Prior Recommendations on Dredging', '', ...paragraph('We found gaps. In April'), '',
    'Opportunities Exist to Improve Planning', '', ...paragraph('Planning can improve. In May'), '',
    'Recommendation 1', '', ...paragraph('As we said before, in June'), '',
  ].join('\n');

  it('takes the title-case lines standing alone over paragraphs for the chapters, where nothing else gives any', () => {
    assert.deepEqual(titles(chapters(text, 'testimony.txt')), ['Background', 'The Agency Has Not Fully Implemented Prior Recommendations on Dredging', 'Opportunities Exist to Improve Planning']);
  });

  it('reads title case by its words: the short ones aside, most capitalised, and no sentence', () => {
    assert.equal(isTitleCase('Opportunities Exist to Improve Planning and Risk Communication'), true);
    assert.equal(isTitleCase('The agency has not implemented our recommendations'), false);
    assert.equal(isTitleCase('Chairman and Members of the Committee:'), false);
  });
});

describe('a system-wide review converted by font size: its executive summary set larger than the chapters', () => {
  const text = [
    '# **REP/2026/4**', '', 'Report of the Inspection Unit', '', '# **EXECUTIVE SUMMARY**', '',
    '#### **Objectives and scope**', '', 'The review covers twenty organizations.', '',
    '#### **Recommendations**', '', 'The executive heads should adopt a policy by 2028.', '',
    '## **I. INTRODUCTION**', '', 'The unit reviewed the plans.', '', '## **II. POLICY**', '', 'Few organizations have one.', '',
  ].join('\n');

  it('the summary alone at the top is the first chapter, not a part over the others; its headings are its sections', () => {
    const tree = outlineDocument(text, { fileName: 'review.md' }).nodes.filter(n => n.kind !== 'toc');
    assert.deepEqual(tree.map(n => [n.kind, n.title]), [['chapter', 'EXECUTIVE SUMMARY'], ['chapter', 'I. INTRODUCTION'], ['chapter', 'II. POLICY']]);
    assert.deepEqual(tree[0].children.map(n => n.title), ['Objectives and scope', 'Recommendations']);
  });
});

describe('a staff report printed with its layout: long issue titles in title case wrapped under their text', () => {
  it('an issue\'s title that goes on in title case (`or Animals`) is a heading, not a paragraph the page wrapped', () => {
    const body = ['The board licenses about 900 farriers and equine dentists and handles some forty complaints a year', 'from horse owners across the state.', ''];
    const text = [
      'Issue 1      The State Has a Continuing Need for the Board', '', ...body,
      'Issue 2      The Board\'s Enforcement Process Does Not Adequately Protect Horse Owners', '             or Animals', '', ...body,
      'Issue 3      The Board Lacks Basic Financial and Records Management Controls', '', ...body,
    ].join('\n');
    assert.deepEqual(titles(chapters(text, 'report.txt')).map(t => t.replace(/\s+/g, ' ')), [
      'Issue 1 The State Has a Continuing Need for the Board', 'Issue 2 The Board\'s Enforcement Process Does Not Adequately Protect Horse Owners or Animals', 'Issue 3 The Board Lacks Basic Financial and Records Management Controls',
    ]);
  });
});

describe('a comment letter printed from PDF: title-case headings, a last page of numbered definitions', () => {
  const paragraph = (words: string) => [`${words} the agency assessed the effects of the harbour project on`, 'the estuary and its fisheries over the last ten years.'];
  const text = [
    'DETAILED COMMENTS ON THE DRAFT HARBOUR STATEMENT', '', ...paragraph('These comments follow our letter.'), '',
    'Purpose and Alternatives', '', 'The draft statement analyzes three alternatives in detail (Section 2):', '',
    '    1. Alternative A - No Action.', '    2. Alternative B - Dredging.', '',
    ...paragraph('We support Alternative B, but'), '',
    'Water Quality', '', ...paragraph('Sediments hold metals, and'), '', 'Air Quality', '', ...paragraph('Dredgers burn diesel, and'), '',
    'Monitoring, Mitigation, and Financial Assurance', '', ...paragraph('Bonds are needed, since'), '',
    ...paragraph('Further,'), '', ...paragraph('Also,'), '', ...paragraph('Finally,'), '',
    'RATING DEFINITIONS', '',
    'Category 1 - Adequate', 'The draft statement describes the effects of the preferred alternative well enough.', '',
    'Category 2 - Insufficient Information', 'The draft statement lacks information needed to assess the effects fully.', '',
  ].join('\n');

  it('takes the title-case headings for the chapters: the numbered definitions in the last quarter head none', () => {
    assert.deepEqual(titles(chapters(text, 'letter.txt')), ['Purpose and Alternatives', 'Water Quality', 'Air Quality', 'Monitoring, Mitigation, and Financial Assurance']);
  });

  it('keeps numbered chapters that start before the last quarter', () => {
    const longer = [text, ...Array.from({ length: 12 }, () => ['', ...paragraph('Then,')]).flat()].join('\n');
    assert.deepEqual(titles(chapters(longer, 'letter.txt')), ['Category 1 - Adequate', 'Category 2 - Insufficient Information']);
  });
});

describe('a prefecture\'s reform plan printed with its layout: every line indented, each measure\'s parts labelled in brackets', () => {
  it('a long numbered title over `【取組内容】` and its wrapped bullets is a heading, not a sentence wrapped by the page', () => {
    const text = [
      'Ⅰ\u3000具体的な取組', '', '\u3000１\u3000行政運営の効率化',
      '  （１）港湾手続のオンライン化の推進', '    【取組内容】', '    ・港湾の申請手続について、原則としてオンラインで完結で', '      きるよう対象を拡大します。', '',
      '  （２）架空港湾情報システムの標準化・共通化とクラウド移行', '    【取組内容】', '    ・港湾の基幹系システムを順次クラウドへ移行し、運用', '      経費の削減を図ります。', '',
      'Ⅱ\u3000推進体制', '', '\u3000知事を本部長とする。',
    ].join('\n');
    const sections = flattenOutline(outlineDocument(text, { fileName: 'plan.txt' })).filter(n => n.kind === 'section').map(n => n.title);
    assert.ok(sections.includes('（２）架空港湾情報システムの標準化・共通化とクラウド移行'), sections.join(' | '));
    assert.ok(sections.includes('（１）港湾手続のオンライン化の推進'), sections.join(' | '));
  });
});

describe('a form printed to text, its numbered sections indented a space, one of them first on a page', () => {
  it('the form feed before `8    COPIES` breaks the page and indents nothing: the section is a chapter like the others', () => {
    const section = (n: number, title: string) => [` ${n}    ${title}`, '', `      The text of section ${n} of the harbour form is set here.`, ''];
    const text = [
      ...section(1, 'HARBOUR MASTER'), ...section(2, 'LEGAL POWERS'), ...section(3, 'INSPECTION'),
      ...section(4, 'CONCERNS'), `\f${section(5, 'COPIES and PUBLICATION')[0]}`, ...section(5, 'x').slice(1), ...section(6, 'SIGNATURE'),
    ].join('\n');
    const found = flattenOutline(outlineDocument(text, { fileName: 'form.txt' })).filter(n => n.kind === 'chapter').map(n => n.title.replace(/\s+/g, ' '));
    assert.deepEqual(found, ['1 HARBOUR MASTER', '2 LEGAL POWERS', '3 INSPECTION', '4 CONCERNS', '5 COPIES and PUBLICATION', '6 SIGNATURE']);
  });
});

describe('a council\'s report printed with its layout: parts centred on their pages, numbered in Roman characters, chapters numbered again in each part', () => {
  const page = (n: number) => ['', '', `                                   － ${n} －`, `\f                架空港湾の在り方について（答申）`, ''];
  const report = [
    '                    架空港湾の在り方について（答申）', '', '                                   目    次', '',
    '第Ⅰ部 総論 ……………………………………………………………………………… 1', '  第１章 港を取り巻く状況 ……………………………………………………… 1', '  第２章 目指す港の姿 …………………………………………………………… 2', '',
    '第Ⅱ部 各論 ……………………………………………………………………………… 3', '  第１章 岸壁の維持 ……………………………………………………………… 3', '  第２章 人材の確保 ……………………………………………………………… 4',
    ...page(1),
    '                                 第Ⅰ部 総論', '',
    '第１章 港を取り巻く状況', '', '１．利用の減少', '  港の利用は減っている。岸壁の多くは古い。', '',
    '第２章 目指す港の姿', '', '１．基本的な考え方', '  地域で港を支える。', ...page(2),
    '                                 第Ⅱ部 各論', '',
    '第１章 岸壁の維持', '', '１．現状と課題', '  点検が遅れている。', '',
    '第２章 人材の確保', '', '１．現状と課題', '  担い手が足りない。',
  ].join('\n');

  it('the parts stand above the chapters, whose numbers start again in each part; the contents nesting them under the parts take nothing from them', () => {
    assert.deepEqual(titles(chapters(report, 'toshin.txt')), ['第１章 港を取り巻く状況', '第２章 目指す港の姿', '第１章 岸壁の維持', '第２章 人材の確保']);
  });
});

describe('an inspection report printed from PDF: its headings asked as questions, its pages footed', () => {
  const footer = (page: number) => ['', '', 'Inspection report: Harbour View School                                   Inspectorate', `1 and 2 March 2030                                                       Page ${page} of 3`];
  const bullet = '\uf0b7';
  const text = [
    'Inspection of Harbour View School', '', 'Inspection dates:            1 and 2 March 2030', '', '',
    'What is it like to attend this school?', '', 'Pupils are happy at the school. They say that adults are kind and that they know who to',
    'talk to if something worries them. Parents are positive about the care their children get.', '',
    'What does the school do well and what does it need to do better?', '',
    'The school joined the harbour partnership in 2028. Since then, leaders have worked hard',
    'to improve the curriculum. Staff value the training they receive from the partnership.', ...footer(1),
    '\fSafeguarding', '', 'The arrangements for safeguarding are effective.', '', '',
    'What does the school need to do to improve?', '', '(Information for the school and appropriate authority)', '',
    `${bullet}   In some subjects the school has not identified what pupils should learn. The school`, '    should set out clearly the knowledge pupils need.', '',
    `${bullet}   Too many pupils miss school. The school should work with families to improve`, '    attendance.', ...footer(2),
    '\fHow can I feed back my views?', '', 'Parents can share their views of the school through the online survey, where they can',
    'also see what other families have said about the school this year.', '', '',
    'Further information', '', 'Published performance data for the school can be found on the comparison service of the',
    'department, with the results of each year.', ...footer(3), '\f',
  ].join('\n');

  it('the questions and the lines alone over their paragraphs are the chapters of a paginated text', () => {
    assert.deepEqual(titles(chapters(text)), [
      'What is it like to attend this school?', 'What does the school do well and what does it need to do better?', 'Safeguarding',
      'What does the school need to do to improve?', 'How can I feed back my views?', 'Further information',
    ]);
  });

  it('what the school is to do is its bullets, each ending before the next page\'s heading', () => {
    const recs = flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[28, 29], [31, 32]]);
    assert.equal(recs[0].label, 'What does the school need to do to improve?');
  });
});

describe('an accident investigation board\'s report printed from PDF', () => {
  const foot = (page: string) => ['', '', `                                    － ${page} －`, '', '\f                                                                  AA2030-1', ''];
  const paragraph = ['      機長は、港の上空で強い横風を受けたため、進入を継続した。副操縦士は、', '    機長の判断を確認した。'];
  const text = [
    '架空運輸安全委員会', '', '航空事故調査報告書', ...foot('表紙'),
    '\f                                 要      旨', '', '    ＜概要＞', '      架空航空の機体は、着陸した際に滑走路を逸脱した。', '',
    '    ＜勧告＞', '      本報告書では、架空航空に対して、次の事項について勧告を行う。', '      ・横風成分の算定方法の明確化', '      ・着陸復行の訓練の充実', '',
    '\f                                  目      次', '',
    '    1 航空事故調査の経過 ................................................ 1', '    2 分析 .............................................................. 1',
    '    3 勧告 .............................................................. 2', '    付図１ 推定飛行経路図 .............................................. 3',
    '    付図２ 事故現場見取図 .............................................. 4', '',
    '\f      解析の結果を表す用語の取扱いは次のとおりとする。', '      ① 断定できる場合', '            ・・・「認められる」', '      ② 可能性が高い場合', '            ・・・「考えられる」', ...foot('i'),
    '    1 航空事故調査の経過', '', ...paragraph, '', ...paragraph, '', ...paragraph, '', ...paragraph, '', '', '    2 分析', '', '    2.1 乗組員の資格等', ...foot('1'),
    '      (1) 機長', ...paragraph, '', '      (2) 副操縦士', ...paragraph, '', ...paragraph, '', ...paragraph, '', '', '    3 勧告', '',
    '      運輸安全委員会は、本事故の調査結果を踏まえ、架空航空に対し、以下のとおり', '    勧告する。',
    '      (1) 突風値を含めた横風成分の算定を確実に行うとともに、運航乗務員が進入中に', ...foot('2'),
    '          変化する風の情報を踏まえて進入の可否を判断できるようにすること。',
    '      (2) 低高度における着陸復行及び操縦交代について、実際の運航を想定した訓練を', '          計画的に実施すること。',
    '      (3) 安全情報を規程及び訓練に反映させる仕組みを構築すること。', ...foot('3'),
    '                             付図１  推定飛行経路図', '', '                 0        1        2km', ...foot('4'),
    '                             付図２  事故現場見取図', '', '                 0       50      100m', ...foot('5'),
  ].join('\n');
  const nodes = () => flattenOutline(outlineDocument(text));

  it('its summary, numbered chapters and appended figure are the chapters, a chapter\'s title at a page\'s foot no footnote', () => {
    assert.deepEqual(titles(chapters(text)), ['要      旨', '1 航空事故調査の経過', '2 分析', '3 勧告', '付図１  推定飛行経路図', '付図２  事故現場見取図']);
  });

  it('the board\'s recommendations are the numbered items of its last chapter, the one cut by a page\'s footer whole', () => {
    const recs = nodes().filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => r.title.slice(0, 12)), ['突風値を含めた横風成分の', '低高度における着陸復行及', '安全情報を規程及び訓練に']);
    assert.ok(recs[0].title.endsWith('判断できるようにすること。'));
  });
});

describe('an inspector general\'s audit report printed from PDF: `Background` after the summary', () => {
  const paragraph = ['The harbour service runs 40 water systems at its ports, and each must be tested every month under', 'the act.'];
  const text = [
    'Office of the Inspector General', '', 'Table of Contents', 'Results in Brief ....................................... 1',
    'Background ............................................. 3', 'Finding 1: The Service Did Not Track Deficiencies ...... 4',
    'Finding 2: Repairs Compete With Other Needs ............ 6', '', 'Results in Brief', ...paragraph, '', 'Background', '', ...paragraph, '',
    'Finding 1: The Service Did Not Track Deficiencies', '', ...paragraph, '', 'Finding 2: Repairs Compete With Other Needs', '', ...paragraph,
  ].join('\n');

  it('the background is the body\'s first chapter, not front matter', () => {
    assert.deepEqual(titles(chapters(text, 'audit.txt')), ['Background', 'Finding 1: The Service Did Not Track Deficiencies', 'Finding 2: Repairs Compete With Other Needs']);
  });
});

describe('a civil society submission to a treaty body printed from PDF: chapters named by the convention\'s articles, paragraphs numbered', () => {
  const lead = (n: number, words: string) => [
    `${n}.   ${words} the combined fifth and sixth periodic reports of the`,
    '     Republic of Norland (hereafter "the report"), sent in Septem-',
    '     ber 2024. It does not cover every article of the Convention. Instead it looks at',
    '     the three where the members of the network work with the women concerned and',
    '     where, in the view of the network, the State has done least since the last',
    '     review of its reports.',
  ];
  const text = [
    'Submission of the Network for Fair Housing', '', 'Contents', '',
    'Introduction ........................................................ 2',
    '     Method ......................................................... 2',
    'Article 3: Equal rights ............................................. 3',
    '     Suggested questions ............................................ 3',
    'Article 9: Nationality .............................................. 4',
    'Article 14: Rural areas ............................................. 5',
    'Notes ............................................................... 6', '', '\f',
    'Introduction', '', ...lead(1, 'This submission answers'), '', '2.   We thank the Committee for its attention.', '',
    '3.   The network drew on two sources of evidence:', '', '     1.   hearings held in four towns;', '     2.   case files of two legal clinics.', '', 'Method', '', 'The members met four times.', '',
    'Article 3: Equal rights', '', 'Tenants are not protected against eviction on the ground of sex.', '',
    'Suggested questions', '', 'Which measures will the State take?', '',
    'Article 9: Nationality', '', 'Children born abroad may lose their nationality.', '',
    'Article 14: Rural areas', '', 'Rural women own little land.', '', 'Notes', '', 'The figures are for last year.',
  ].join('\n');

  it('takes the articles the contents list for the chapters, not the numbered paragraphs, which the contents do not name', () => {
    assert.deepEqual(titles(chapters(text, 'submission.txt')), ['Introduction', 'Article 3: Equal rights', 'Article 9: Nationality', 'Article 14: Rural areas', 'Notes']);
  });
});

describe('a report that numbers its paragraphs through the text, printed from PDF (a rapporteur\'s report, a submission to a treaty body)', () => {
  const text = [
    'Report of the Independent Expert on Housing', '', 'I.   Introduction', '',
    '1.   This report responds to the invitation made in the resolution on adequate housing of the',
    '     Human Rights Council (hereafter "the resolution"), adopted in Septem-',
    '     ber 2025. It does not try to cover every region of the world. Instead it looks at',
    '     the three where the Independent Expert received the most submissions and where,',
    '     in the view of the Independent Expert, the need for action is greatest since',
    '     the last report.', '',
    '2.   The Independent Expert thanks the States that replied.', '',
    '3.   The report draws on two sources of evidence:', '',
    '     1.   replies to a questionnaire sent to all States;', '     2.   visits to four countries.', '',
    'II.  Conclusions and recommendations', '',
    '4.   Housing is not a commodity like any other. Markets alone will not provide homes for',
    '     those with the lowest incomes, and States have obligations that they cannot pass on.', '',
    '5.   The Independent Expert recommends that States:', '',
    '     (a)  Adopt a national housing strategy with time-bound targets;', '     (b)  Protect tenants against forced evictions.', '',
    '6.   The Independent Expert recommends that lenders:', '', '     (a)  Assess the effect of their loans on tenants.',
  ].join('\n');

  it('takes no numbered paragraph for a heading, even one as short as a title, whose number goes on from paragraphs of running text', () => {
    assert.deepEqual(titles(chapters(text, 'report.txt')), ['I.   Introduction', 'II.  Conclusions and recommendations']);
    assert.deepEqual(flattenOutline(outlineDocument(text, { fileName: 'report.txt' })).filter(n => n.kind === 'section').map(n => n.title), []);
  });
});

describe('a bilingual paper converted to Markdown from PDF: its title and translation, the English text, then the Japanese under a part', () => {
  const text = [
    '**NCCJ** Nordic Chamber of Commerce in Japan', '', '# **Opening the Harbours to Offshore Wind**', '', '# **港湾を洋上風力に開く**', '',
    '**Energy Committee**', '', '**エネルギー委員会**', '', 'Valid through March 2027', '', '2027年3月まで有効', '', 'English original / 英語原文', '',
    '## **Recommendations**', '', '1. Publish a calendar of tenders.', '', '## **Background**', '', 'Ports are small.', '',
    '# **日本語訳**', '', '### **提言**', '', '1. 入札の日程を公表すること。', '', '### **背景**', '', '港湾は小さい。', '',
    '## **About the NCCJ / NCCJについて**', '', 'The chamber has 120 members.',
  ].join('\n');

  it('the translated title belongs to the title, and the part\'s deeper headings are chapters like the English text\'s', () => {
    assert.deepEqual(titles(chapters(text, 'viewpoint.md')), ['Recommendations', 'Background', '提言', '背景', 'About the NCCJ / NCCJについて']);
  });

  it('plain headings at the chapters\' level, right under a bold chapter over no text of its own, are its sections', () => {
    const subheaded = text.replace('## **Background**\n\nPorts are small.', '## **Background**\n\n## Targets for 2040\n\nPorts are small.\n\n## The legal framework\n\nThe law is new.\n\n## **Conclusion**\n\nWe stand ready.');
    const tree = outlineDocument(subheaded, { fileName: 'viewpoint.md' }).nodes;
    assert.deepEqual(titles(chapters(subheaded, 'viewpoint.md')), ['Recommendations', 'Background', 'Conclusion', '提言', '背景', 'About the NCCJ / NCCJについて']);
    assert.deepEqual(tree.find(n => n.title === 'Background')!.children.map(n => n.title), ['Targets for 2040', 'The legal framework']);
  });
});

describe('a comment letter printed to text: numbered items set in under the sentence that leads into them', () => {
  const text = [
    'Detailed Comments', '', 'The Draft Statement analyzes three alternatives in detail (Section 2.4):', '',
    '    1. Alternative A - No Action. The Bureau would not approve the plan, and', '       existing disturbance would be reclaimed.',
    '    2. Alternative B - Proposed Action. Two open pits and a lined tailings', '       impoundment.',
    '    3. Alternative C - Reduced Footprint. The north pit would be shortened.', '',
    'The Draft Statement does not compare the alternatives in one table.', '',
  ].join('\n');

  it('the items are the sentence\'s list, no chapters', () => {
    assert.deepEqual(titles(chapters(text, 'letter.txt')).filter(title => /^[0-9]/.test(title)), []);
  });
});

describe('a bullying investigation committee\'s report printed with its layout: numbered findings over their paragraphs', () => {
  const text = [
    '第３章    いじめの認定', '',
    '      行為１   部活動の片付けの押し付け（５月下旬から７月まで）', '          生徒Ｂは、片付けを生徒Ａに任せて先に帰ることを繰り返していた。本委員', '          会は、これをいじめと認定する。', '',
    '      行為２   あだ名による呼称（６月頃から）', '          生徒Ａの名前をもじった呼称が学級内で使われた。いじめと認定する。', '',
    '      行為３   机の配置による疎外（９月中旬）', '          生徒Ａの机を班から離して配置した。いじめと認定する。', '',
    '第４章    再発防止に向けた提言', '', '      本委員会は、以下のとおり提言する。',
  ].join('\n');

  it('each finding titled shorter than its paragraph is a heading, though the paragraph under the one before ends a sentence', () => {
    const sections = flattenOutline(outlineDocument(text, { fileName: 'report.txt' })).filter(n => n.kind === 'section').map(n => n.title.replace(/\s+/g, ' '));
    assert.ok(sections.includes('行為２ あだ名による呼称（６月頃から）') && sections.includes('行為３ 机の配置による疎外（９月中旬）'), sections.join(' / '));
  });
});

describe('a municipal report saved as text from Word: tables as tab-parted rows, a row to a line', () => {
  it('reads no row as a heading, neither a header row nor a dated one', () => {
    const text = [
      '第１\u3000事業の概要', '', '１\u3000補助の内容', '\u3000補助の対象となる経費は、表１のとおりである。', '\u3000表１\u3000補助対象経費',
      '経費区分\t内容', '会場費\t会場の借上げに要する経費', '広報費\tチラシの印刷に要する経費', '保険料\t行事保険の保険料', '',
      '２\u3000交付の経過', '\u3000交付の経過は、表２のとおりである。', '年月日\t事項\t内容',
      '令和６年４月１日\t募集開始\t市の広報に掲載', '令和６年５月10日\t交付申請\t申請額1,000,000円', '令和６年６月３日\t交付決定\t決定額900,000円', '',
      '第２\u3000判断', '\u3000以上のとおりである。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'kekka.txt' });
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind !== 'recommendation').map(n => n.title), ['第１\u3000事業の概要', '１\u3000補助の内容', '２\u3000交付の経過', '第２\u3000判断']);
  });
});

describe('a report printed with form feeds whose front list of recommendations heads each chapter\'s as the chapter does', () => {
  it('reads the chapter where it opens, though its title also tops a page of the front list', () => {
    const page = (lines: string[], number: number) => [...lines, '', `${' '.repeat(60)}${number}`].join('\n');
    const body = (n: number) => Array.from({ length: 6 }, (_, k) => `${n}.${k + 1}       The review heard from owners about the state of the roads and their repair.`);
    const text = [
      page(['List of Recommendations', '', '1. Funding the Roads', 'Recommendation 1–1 The council should fund repairs from a levy.'], 3),
      page(['2. Access to Records', 'Recommendation 2–1 The registrar should publish every agreement.'], 4),
      page(['1. Funding the Roads', '', ...body(1)], 5),
      page(body(1), 6), page(body(1), 7), page(body(1), 8), page(body(1), 9),
      page(['2. Access to Records', '', ...body(2)], 10),
      page(body(2), 11),
    ].join('\n\f');
    assert.deepEqual(chapters(text, 'report.txt').map(c => [c.title, c.line]), [['1. Funding the Roads', 11], ['2. Access to Records', 53]]);
  });
});

describe('a society\'s report whose contents name each chapter\'s author on a line set deeper', () => {
  const text = [
    '医療政策会議報告書', '', '目\u3000\u3000次', '',
    '第１章\u3000地域医療の需要と提供体制', '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000北陵大学医学部 教授\u3000森田 一郎 …… 2',
    '第２章\u3000医師の働き方と人材の確保', '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000東都大学大学院 教授\u3000石原 達也 …… 5',
    '第３章\u3000医療情報の利活用', '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000政策研究機構 研究員\u3000千葉 恵介 …… 8', '',
    '第１章\u3000地域医療の需要と提供体制', '北陵大学医学部 教授', '森田\u3000一郎', '', '\u3000診療所の医師は高齢化している。', '',
    '第２章\u3000医師の働き方と人材の確保', '東都大学大学院 教授', '石原\u3000達也', '', '\u3000医師の時間外労働が問題となっている。', '',
    '第３章\u3000医療情報の利活用', '政策研究機構 研究員', '千葉\u3000恵介', '', '\u3000医療情報の二次利用が議論されている。', '',
  ].join('\n');

  it('titles each chapter as its heading says, the author apart from it', () => {
    assert.deepEqual(titles(chapters(text, 'report.txt')), ['第１章\u3000地域医療の需要と提供体制', '第２章\u3000医師の働き方と人材の確保', '第３章\u3000医療情報の利活用']);
    assert.deepEqual(findTocBlock(new Lines(text))?.titles.slice(1, 3), ['第２章\u3000医師の働き方と人材の確保', '東都大学大学院 教授\u3000石原 達也']);
  });
});

describe('a practice review saved from Word as text: a list flattened to the margin right under its colon', () => {
  const text = [
    'Child Safeguarding Practice Review', '',
    '1.\tIntroduction', '1.1\tThe Partnership was notified of a serious incident.', '',
    '2.\tThe review process', '2.1\tThe review used a systems method.', '2.2\tThe following agencies provided information:',
    '1.\tHarbour County Council Children\'s Social Care', '2.\tHarbour Police', '3.\tHarbour Community Health Services', '4.\tHarbour Housing Options', '',
    '3.\tFamily involvement', '3.1\tThe reviewer met the grandmother twice.', '',
    '4.\tBackground', '4.1\tThe mother had been looked after by the council.', '',
  ].join('\n');

  it('the agencies are the paragraph\'s list, the chapters go on', () => {
    assert.deepEqual(chapters(text, 'review.txt').map(n => n.line), [3, 6, 14, 17]);
    const extract = ['2.\tThe review process', '2.2\tThe review used a systems method. The following agencies provided information:',
      '1.\tHarbour County Council Children\'s Social Care', '2.\tHarbour Police', '3.\tHarbour Hospitals NHS Foundation Trust (maternity and emergency services)',
      '4.\tHarbour Community Health Services (0-19 health visiting service)', '3.\tFamily involvement'].join('\n');
    assert.deepEqual(titles(chapters(extract, 'review.txt')), ['2.\tThe review process', '3.\tFamily involvement'], 'an item numbered as the next chapter but one is no chapter');
  });
});

describe('a UN panel\'s report printed to text: each annex opening a page of its own', () => {
  const page = (n: number) => ['', `${n}/6                                             25-00001`, '\f'];
  const text = [
    'I.    Background', '', '1.     The Panel was appointed in 2030.', ...page(1),
    'II.   Recommendations', '', '2.     The Panel recommends that the Committee designate the network.', ...page(2),
    'Annex 1', '                  Weapons documented by the Panel', '', '    No.   Type             Quantity', '    1     Assault rifle        31', ...page(3),
    'Annex 2', '                  Gold exports, 2021–2024', '', '    Year   Tonnes', '    2021   4.2', ...page(4),
    'Annex 3', '                  Correspondence with Member States', '', 'The Panel wrote to ten States.', ...page(5),
  ].join('\n');

  it('the annexes are chapters, not a running header counting the pages', () => {
    assert.deepEqual(titles(chapters(text, 'report.txt')).slice(2), ['Annex 1 Weapons documented by the Panel', 'Annex 2 Gold exports, 2021–2024', 'Annex 3 Correspondence with Member States']);
  });
});

describe('a council working group\'s report: おわりに before its bracketed annexes', () => {
  const text = [
    'はじめに', '', '\u3000本報告は審議の結果を取りまとめたものである。', '',
    'Ⅰ．現状と課題', '', '○ 港湾の利用は減っている。', '', 'Ⅱ．今後の対応', '', '○ 国は支援すべきである。', '',
    'おわりに', '', '\u3000本報告が港湾の将来に資することを期待する。', '',
    '（別紙１）\u3000ワーキング・グループ委員名簿', '', '座長\u3000山田\u3000太郎', '', '（別紙２）審議経過', '', '第１回\u3000令和６年４月', '',
  ].join('\n');

  it('closes the numbered chapters with おわりに, the annexes after it', () => {
    assert.deepEqual(titles(chapters(text, 'report.txt')), ['はじめに', 'Ⅰ．現状と課題', 'Ⅱ．今後の対応', 'おわりに', '（別紙１）\u3000ワーキング・グループ委員名簿', '（別紙２）審議経過']);
  });
});

describe('a request paper saved from Word as text: its requests numbered in an attached sheet, then numbered reference materials', () => {
  const body = ['要望書', '', '別紙', '', '１．看護職員の処遇の改善', '', '（１）賃金を引き上げること。', '', '２．勤務環境の改善', '', '（１）夜勤を減らすこと。', ''];
  const materials = ['参考資料１', '', '賃金の状況', '', '１．賃金の推移', '表', '', '２．賃上げ率', '表', '', '参考資料２', '', '調査の結果', '', '１．調査の概要', '表', ''];

  it('reads `参考資料１` alone over its title as a chapter beside the body\'s, whose numbers start again inside it, and the body\'s numbered requests as chapters', () => {
    const found = chapters([...body, ...materials].join('\n'), 'yobo.txt');
    assert.deepEqual(titles(found), ['別紙', '１．看護職員の処遇の改善', '２．勤務環境の改善', '参考資料１\u3000賃金の状況', '参考資料２\u3000調査の結果']);
    assert.deepEqual(sectionsOf(found[3]), ['１．賃金の推移', '２．賃上げ率']);
  });

  it('reads the materials as sections of the part that names them all (`参考資料` over `参考資料１`)', () => {
    const found = chapters([...body, '参考資料', '', ...materials].join('\n'), 'yobo.txt');
    assert.deepEqual(titles(found).slice(-1), ['参考資料']);
    assert.deepEqual(sectionsOf(found[found.length - 1]), ['参考資料１\u3000賃金の状況', '参考資料２\u3000調査の結果']);
  });
});

describe('a select committee\'s report printed from PDF: chapters in capitals, their sections listed flat beside them in the contents', () => {
  it('reads the last chapter\'s sections as none of the closing parts the contents list after it, and the parts in capitals after them as chapters', () => {
    const contents = ['CONTENTS', '', 'Chapter 1: Introduction                 5', 'Background                              5', 'Chapter 2: Planning                     7',
      'Building in the floodplain              7', 'Sustainable drainage                    8', 'Summary of conclusions                  9', 'Glossary                               10', ''];
    const body = ['CHAPTER 1: INTRODUCTION', '', 'Background', '', '1.  Floods are frequent.', '',
      'CHAPTER 2: PLANNING', '', 'Building in the floodplain', '', '2.  Homes are built at risk.', '', 'Sustainable drainage', '', '3.  Drains fail.', '',
      'SUMMARY OF CONCLUSIONS', '', '1.  We recommend a target. (Paragraph 2)', '', 'Glossary', '', 'SuDS: sustainable drainage.', ''];
    assert.deepEqual(titles(chapters([...contents, ...body].join('\n'), 'report.txt')), ['CHAPTER 1: INTRODUCTION', 'CHAPTER 2: PLANNING', 'SUMMARY OF CONCLUSIONS', 'Glossary']);
  });
});

describe('a development bank\'s evaluation printed from PDF: front parts paged in small Roman numerals in the contents', () => {
  it('reads the contents from its first entry, `EXECUTIVE SUMMARY      v`, and the parts it lists before the chapters as front matter', () => {
    const text = [
      'CONTENTS', '                                                  Page', '',
      'MANAGEMENT RESPONSE                                 iii', 'EXECUTIVE SUMMARY                                     v', '',
      'CHAPTER 1:   Introduction                            1', 'CHAPTER 2:   Findings                                3', '',
      '\fMANAGEMENT RESPONSE', '', 'Management agrees with the recommendations.', '',
      'EXECUTIVE SUMMARY', '', 'The evaluation found gaps.', '',
      '\fCHAPTER 1:   Introduction', '', 'Text.', '', 'CHAPTER 2:   Findings', '', 'Text.', '',
    ].join('\n');
    const nodes = outlineDocument(text, { fileName: 'evaluation.txt' }).nodes;
    assert.deepEqual(nodes.map(n => [n.kind, n.line]), [['toc', 1], ['front-matter', 10], ['front-matter', 14], ['chapter', 18], ['chapter', 22]]);
  });
});

describe('a legislature\'s subcommittee report printed from PDF: title-case headings over numbered paragraphs, appendices at the page\'s right', () => {
  const body = [
    '                 Report of the Subcommittee on Support for Carers', '', '',
    'Purpose', '', '1.          This paper reports on the deliberations of the Subcommittee on', 'support for carers appointed under the Panel.', '',
    'Background', '', '2.          Carers support family members at home, most of them women and', 'many of them aged sixty or above.', '',
    'The Subcommittee', '', '3.          A list of the organizations is in Appendix I. A list of the relevant papers is in',
    'Appendix II.', '',
    'Recommendations', '', '4.          The Subcommittee recommends that the Administration should fund respite', 'care in every district.', '',
    '5.          The Subcommittee recommends that the Administration should review the', 'allowance for carers each year.', '',
  ];
  const appendices = ['\f                                                 Appendix I', '', 'Organizations', '', '\f                                                 Appendix II', '', 'Papers', ''];

  it('reads the title-case headings as chapters beside the appendices, and no appendix in a sentence the page wrapped', () => {
    const found = chapters([...body, ...appendices].join('\n'), 'report.txt');
    assert.deepEqual(titles(found), ['Purpose', 'Background', 'The Subcommittee', 'Recommendations', 'Appendix I', 'Appendix II']);
  });
});
