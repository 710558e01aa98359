import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { enclosingNodes, flattenOutline, outlineDocument } from '../../../src/core/outline';
import type { OutlineNode } from '../../../src/core/outline/model';
import { assertOutlineInvariants } from '../../support/outline-invariants';

// Lines of every shape the rules know, in our own words, shuffled into random documents.
const LINES = [
  '第1章 海と港', '第２章 人材：', '育成と訓練', '第十章 展望', 'Chapter 3: Ports', '# Title', '## Part',
  '◆ 概観', '◆ 提言', '■ 政策提言', '● 【提言】', 'Recommendations', '【質問は何か 1/2】', '【質問は何か 2/2】',
  '- 予算を確保する。', '・人材を育てる。', '• 答え', '⚫ 群', '1. 一つ目', '2) 二つ目', '① 丸数字', '(1) 括弧',
  '政府は対応すべきである。', 'We should act now.', '第一に、協力する。', '本文が続く。', '  続きの行', '12', '（写真：誰か）',
  '（脱稿日 2026 年 1 月 2 日 名前／所属）', '(脱稿日 2026年3月4日)', '目次', '第1章 海と港\t3', 'はじめに\t1', '参考文献',
  'https://example.org/x', '42%', '', '', '',
  // Pages from pdftotext, contents without page numbers, label sub-headings, petitions, cited markers.
  '\fChapter 4:  ', '\fRunning header', '\f', '1  Report on ports, 2024', 'Contents', 'Summary', '#### Proposed solutions',
  '##### Fund the ports', '請願事項', '１  港を整備して', 'ください。', 'The study should:', 'Recommendation 2: Fund it',
  'The port acted (Recommendation 3).', 'Ports were funded (Recommendation 1), while', '「第２編', '第２章 組織」にて、担当が行う。',
  // Memoranda, kramdown, review bodies, controls, petitions, tables and bold pledges.
  'A.  **Background**', 'B. Duties', '####Action 01: Fund it', '40. The following recommendations will be examined:',
  '     40.1   Ratify it;', '**（1）港を守る**', '**提案は二つ。**', '***Control: AB-1234; Revision: 2***', 'REQ-04: The service SHALL log.',
  '記', 'なお、例は後述する。', '|Recommendation / Action|Benefit|', '||||', '|Fund it.|Safer|', '## Harbours', '## Our Ports Need Repair',
  '<legend><h2>まとめ</h2></legend>', 'Conclusions and recommendations', '**Repair Every Quay**', '第二に、港を直す。',
  // Converters that set lines by font size as headings, peer reviews, wide numbered paragraphs.
  '## 3', '## •', '### and the ports nearby.', 'Findings . 3', 'Training …… 8', '### Key Actions', 'To ratify the convention;',
  '45.    Regarding the harbour office, the State said that the Coastal Safety', 'Board, which had met since 1990, had done so.',
  '### Specifically we recommend that:', '## Economic Recommendations', '### About the Operators',
  'The Harbour Board recommends that the fees fall', 'It is recommended that ports open.',
  '#### 4 Regulation', '## 4.1 Reporting', '### 5 Findings', 'The following proposals aim to fix it.', '## A.1 Masters',
  '**URGENT REFORMS NEEDED NOW:**', '**Thereafter:**', '**Open the Data**', '| **4.1.1** | Verify that quays are safe. | 1 |', '### 対策',
  '表 ２－１　岸壁の種類', '```', '※：参考資料をもとに作成', 'Figure 3: Quays', '# 1. Introduction', '# Introduction', '1.1 Scope',
  '14  Port Safety Guide, 2030 edition', '16  Port Safety Guide, 2030 edition', 'Appendix A A', 'Section 2: Cranes, hoists etc.',
  // Boxes flattened by converters, commitments stated as numbered headings.
  '## Recommendation:', 'Recommendations:', '12 See the fee schedule.', 'The Commonwealth fund the chargers.', '### １）港を直す', '### ２）港を広げます',
  // Catalogues that count their proposals and number them through their chapters, contents set as tables.
  '**Three Expert Proposals**', '## #1: Quays', '## #2: Hulls', '### #3: Drills', '| Part | Title | Page |', '|---|---|---|', '| 1-2 | Harbours | 3 |',
  // Chapter numbers set apart from their titles, running headers set as headings, bulleted and leaderless contents.
  '**1. **', '1.', '**INTRODUCING THE **', '**HARBOUR PLAN**', '**1. Introducing the harbour plan ........ 5**', '---', '# Harbour Strategy', '# Page 7',
  '## On this page', '* Introduction', '* Harbours', 'Table of contents', '1 Summary                         3', '  2 Background and purpose',
  '## A Framework for Coastal Towns', '**Author: Harbour Group**', '* **Proposal (Recommended Action):** Amend Article 4.', '## **2\\. When it applies**',
  // Legal instruments (run-in sections, HTML paragraphs, underlined tags), HTML lists, a strategy's counter words.
  'it is hereby ordered as follows:', 'Section 1.  Purpose.  The ports serve all.', 'Sec. 2.  Policy.', '<p> Sec. 3.  Duties.</p>', 'Article 4',
  '<span style="text-decoration: underline">Sec. 4.  Building the', 'Inventory. </span>  (a) Each agency', '\u00a0\u00a0\u00a0\u00a0(i) The board shall:',
  '<ul>', '<li><strong>Fund the ports.</strong> They need it.</li>', '</ul>', 'Goal 1: Open the data', 'Objective 1.1 Publish it', 'First, it pays to post',
  '基本目標１　港を守る', '方針2：人を育てる', '記', '　さて、下記のとおり要望いたしますので、よろしくお願いいたします。', '以上', '<ul><ul>', '---', 'header: Recommendations',
  // Bracketed parts between rules, self-linked headings, tables laid out with spaces, contents in capitals, group names.
  '【１】はじめに', '━━━━━━━━━━', '## [1. Scope](#scope) {#scope}', '[Back to top](#top)', 'What we will do', '#### Strategies',
  '  1.1    Release port land        Ports Office    2027', '         for homes', '- **Strategy 1.1.1: Expand.** Deploy sensors.',
  'INTRODUCTION', 'APPENDIX A LIST OF WITNESSES', 'Introduction ........................ 2', '    Old Walls ...................... 3',
  '> **Recommendation 1**', '>', 'Pay for Repairs, Not Only for Storms', 'IN THIS ISSUE', '\fPriority 1: Homes (continued)',
  // Numbered papers of an assembly, bracketed appendices, a panel's way forward, a government's decided measures.
  '議案第２号', '意見書案第１号\u3000\u3000港の安全を求める意見書', '（別添１）委員名簿', '**■対応の方向性**', '- 2 -',
  '○\u3000岸壁の点検体制を強化する。', '○\u3000港の再編に取り組む。', '・\u3000港湾労働者の数が減少する。', '\u3000支援を拡充する。', 'a. Schedule the repairs.', 'RECOMMENDATION 2.1      PUBLISH THE FEES',
  'State governments should require operators to publish all', 'charges by 2027. Fees rose.',
];

const documents = fc.record({
  lines: fc.array(fc.constantFrom(...LINES), { maxLength: 60 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  fileName: fc.constantFrom(undefined, 'doc.md', 'doc.policy.txt'),
}).map(({ lines, crlf, bom, fileName }) => ({ text: (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n'), fileName }));

describe('outline invariants on random documents', () => {
  it('every node lies inside the text and inside its parent, siblings in order, lines matching offsets', () => {
    fc.assert(fc.property(documents, ({ text, fileName }) => {
      const outline = outlineDocument(text, { fileName });
      assertOutlineInvariants(text, outline.nodes);
    }), { numRuns: Number(process.env.INVARIANT_RUNS ?? 300) });
  });

  it('holds on the documents random runs once found to break it', () => {
    const found: [string, string?][] = [
      // A marked line's paragraph of proposals right over the next chapter: it ends inside its own.
      ['第1章 海\n- 予算を確保する。\n政府は対応すべきである。\n政府は対応すべきである。\n第２章 空'],
      // Prose run on into a marked line, then proposals under it: the marked paragraph would start inside the prose.
      ['第1章 海と港\nThe Harbour Board recommends that the fees fall\n- **Strategy 1.1.1: Expand.** Deploy sensors.\nIt is recommended that ports open.\nState governments should require operators to publish all'],
      // A marked line before a chapter's heading, then proposals under it: a proposal's paragraph starts under the heading.
      ['・人材を育てる。\n第1章 海\n政府は対応すべきである。\n政府は対応すべきである。\n1. 一つ目'],
      // A bold label alone under a quoted recommendation's label, at a chapter's end: the flag stays inside the chapter.
      ['第1章 海と港\n第1章 海と港\n第1章 海と港\n第1章 海と港\n> **Recommendation 1**\n**URGENT REFORMS NEEDED NOW:**'],
      // A numbered recommendation run on into a list, then a chapter and an indented line: the chapter ends the list.
      ['Recommendation 2: Fund it\n40. The following recommendations will be examined:\n     40.1   Ratify it;\n第1章 海と港\n\u3000さて、下記のとおり要望いたしますので、よろしくお願いいたします。'],
      // A label under the title after a numbered recommendation, its list indented, then a shallower paragraph.
      ['Recommendation 2: Fund it\n請願事項\n     - Ratify it;\n40. The following recommendations will be examined:\nplain'],
      // A policy id between a survey's questions.
      ['【質問は何か 2/2】\nREQ-04: The service SHALL log.\n\n【質問は何か 2/2】'],
      // A requirement after a lead-in held back by a label's block.
      ['#### Proposed solutions\nThe study should:\n\fRunning header\n12\nREQ-04: The service SHALL log.'],
      // A table of recommendations right under a numbered recommendation.
      ['Recommendation 2: Fund it\n|Recommendation / Action|Benefit|\n||||\n|Recommendation / Action|Benefit|\n第1章 海と港\n第1章 海と港', 'doc.md'],
      // A label heading read as the page's title, under a numbered recommendation.
      ['Recommendation 2: Fund it\n#### Proposed solutions\n|Recommendation / Action|Benefit|\n第1章 海と港', 'doc.md'],
      // A marked paragraph after a block's item, lines set as headings that are none running on after it.
      ['40. The following recommendations will be examined:\n１  港を整備して\n### and the ports nearby.\nThe port acted (Recommendation 3).\n### Specifically we recommend that:'],
      // A box after a block's item that the block still held back.
      ['● 【提言】\n第1章 海と港\nWe should act now.\n## Recommendation:\n第1章 海と港', 'doc.md'],
      // A byline closing the section of a recommendation its heading stated.
      ['■ 政策提言\n####Action 01: Fund it\n(脱稿日 2026年3月4日)\n第1章 海と港\n# Introduction'],
      // A paragraph the block held back, placed after a heading's recommendation had spanned its lines.
      ['## Recommendation:\n第1章 海と港\n    (i) The board shall:\nWhat we will do\n### Specifically we recommend that:\n第1章 海と港\n# Page 7'],
      // A table's row under a stated recommendation whose body read on past it.
      ['RECOMMENDATION 2.1      PUBLISH THE FEES\n○\u3000港の再編に取り組む。\n| **4.1.1** | Verify that quays are safe. | 1 |\n  1.1    Release port land        Ports Office    2027'],
      // A list whose entries lead to their pages, matched against the others for the ones it restates.
      ['RECOMMENDATION 2.1      PUBLISH THE FEES\nTable of contents\n第1章 海と港\nWhat we will do\n**1. Introducing the harbour plan ........ 5**\n• 答え\n**1. Introducing the harbour plan ........ 5**'],
    ];
    for (const [text, fileName] of found) assertOutlineInvariants(text, outlineDocument(text, { fileName }).nodes);
  });

  it('enclosingNodes of a node\'s first character ends with that node or a node inside it', () => {
    fc.assert(fc.property(documents, ({ text, fileName }) => {
      const outline = outlineDocument(text, { fileName });
      for (const node of flattenOutline(outline)) {
        if (node.end === node.start) continue;
        const path = enclosingNodes(outline, node.start);
        assert.ok(path.includes(node), `${node.kind} "${node.title}" encloses its own start`);
        for (let i = 1; i < path.length; i++) assert.ok(path[i - 1].children.includes(path[i]), 'root-most first, each a child of the one before');
      }
    }), { numRuns: 200 });
  });

  it('CRLF and a BOM change offsets only', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 60 }), lines => {
      const shape = (nodes: OutlineNode[]): unknown => nodes.map(n => [n.kind, n.title, n.line, n.endLine, n.author, n.date, shape(n.children)]);
      const lf = outlineDocument(lines.join('\n'));
      const crlf = outlineDocument('\uFEFF' + lines.join('\r\n'));
      assert.deepEqual(shape(crlf.nodes), shape(lf.nodes));
      assert.equal(crlf.format, lf.format);
    }), { numRuns: 200 });
  });
});
