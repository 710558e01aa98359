import * as assert from 'node:assert/strict';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';
import { matchBullet } from '../../../src/core/outline/rules/bullet';
import { isTableSeparator, tableCells, titleCell } from '../../../src/core/outline/rules/table-row';
import { matchByline } from '../../../src/core/outline/rules/byline';
import { matchChapterHeading, titleContinues } from '../../../src/core/outline/rules/chapter-heading';
import { isBackMatterHeading } from '../../../src/core/outline/rules/back-matter';
import { isChartLabel, isNoise, isPageNumber, isPhotoCredit } from '../../../src/core/outline/rules/noise';
import { matchNumberedHeading } from '../../../src/core/outline/rules/numbered-heading';
import { parseNumeral } from '../../../src/core/outline/rules/numerals';
import { isFieldLabel, isPlainHeading } from '../../../src/core/outline/rules/plain-heading';
import { findProseRecommendations } from '../../../src/core/outline/rules/prose-recommendation';
import { opensWithProposal, ordinalOf } from '../../../src/core/outline/rules/ordinal-paragraph';
import { asksForAction, matchQuestion } from '../../../src/core/outline/rules/question';
import { isRecommendationHeading, RecommendationLabels } from '../../../src/core/outline/rules/recommendation-heading';
import { matchLeadingPolicyId, matchPolicyId, requirementKeyword } from '../../../src/core/outline/rules/policy-id';
import { matchRequirementRow } from '../../../src/core/outline/rules/requirement-row';
import { matchListItem } from '../../../src/core/outline/rules/list-item';
import { isSubLabel } from '../../../src/core/outline/rules/sub-label';
import { matchHtmlHeading, matchMarkdownHeading, matchSectionHeading } from '../../../src/core/outline/rules/section-heading';
import { isTocEntry, tocTitle } from '../../../src/core/outline/rules/toc';
import { joinItemLine, joinWrapped } from '../../../src/core/outline/rules/join-wrapped';
import { matchConclusion } from '../../../src/core/outline/rules/conclusion';
import { matchNumberedResult } from '../../../src/core/outline/rules/numbered-result';
import { isCodeFence } from '../../../src/core/outline/rules/code-fence';
import { isRecommendingLeadIn } from '../../../src/core/outline/rules/lead-in';
import { withoutLinkMarkup } from '../../../src/core/outline/rules/link-text';

/** The sentences of a paragraph that propose something, as the prose rule finds them. */
const proposingSentences = (paragraph: string) => findProseRecommendations(paragraph).map(r => paragraph.slice(r.start, r.end).trim());

describe('outline rules', () => {
  it('parseNumeral reads ASCII, full-width and kanji numerals', () => {
    assert.equal(parseNumeral('12'), 12);
    assert.equal(parseNumeral('１２'), 12);
    assert.equal(parseNumeral('十'), 10);
    assert.equal(parseNumeral('十二'), 12);
    assert.equal(parseNumeral('二十三'), 23);
    assert.equal(parseNumeral('章'), undefined);
  });

  it('matchChapterHeading: 第N章 in every numeral style, and Chapter N', () => {
    assert.deepEqual(matchChapterHeading('第3章 海洋の秩序'), { number: 3, title: '第3章 海洋の秩序' });
    assert.equal(matchChapterHeading('第１章　総論')?.number, 1);
    assert.equal(matchChapterHeading('第十章 展望')?.number, 10);
    assert.equal(matchChapterHeading('Chapter 3: Ports')?.number, 3);
    assert.equal(matchChapterHeading('Chapter IV. Outlook')?.number, 4);
    assert.equal(matchChapterHeading('第三者の視点'), undefined);
    assert.ok(titleContinues('第8章 長い題名の前半：'));
    assert.ok(!titleContinues('第8章 完結した題名'));
  });

  it('matchSectionHeading takes ◆ ■ ● headings and drops the mark', () => {
    assert.equal(matchSectionHeading('◆ 概観'), '概観');
    assert.equal(matchSectionHeading('◆提言'), '提言');
    assert.equal(matchSectionHeading('■ 背景'), '背景');
    assert.equal(matchSectionHeading('本文の行'), undefined);
    assert.deepEqual(matchMarkdownHeading('## Chapter 2'), { level: 2, title: 'Chapter 2' });
  });

  it('matchMarkdownHeading shows a heading set wholly in bold without its markers', () => {
    assert.deepEqual(matchMarkdownHeading('## **ビジョン**'), { level: 2, title: 'ビジョン' });
    assert.deepEqual(matchMarkdownHeading('### __Vision__'), { level: 3, title: 'Vision' });
    assert.deepEqual(matchMarkdownHeading('## **Bold** and plain'), { level: 2, title: '**Bold** and plain' });
    assert.deepEqual(matchMarkdownHeading('## **Ports** and **people**'), { level: 2, title: '**Ports** and **people**' });
    // A converter from PDF bolds each run of a title apart: its number and its words.
    assert.deepEqual(matchMarkdownHeading('# **1** **Remote hearings in law and practice**'), { level: 1, title: '1 Remote hearings in law and practice' });
  });

  it('matchMarkdownHeading reads two marks or more run into a letter, as kramdown does, but not a hashtag', () => {
    assert.deepEqual(matchMarkdownHeading('####Action 02: Open the feed'), { level: 4, title: 'Action 02: Open the feed' });
    assert.deepEqual(matchMarkdownHeading('##はじめに'), { level: 2, title: 'はじめに' });
    assert.equal(matchMarkdownHeading('#harbours are busy'), undefined);
    assert.equal(matchMarkdownHeading('##1 in the ranking'), undefined);
  });

  it('matchMarkdownHeading leaves out the attribute list of kramdown and Pandoc sources (RFC drafts, guidance sites)', () => {
    assert.deepEqual(matchMarkdownHeading('# Findings of the Panel {#findings}'), { level: 1, title: 'Findings of the Panel' });
    assert.deepEqual(matchMarkdownHeading('## Open Questions  {#open-questions}'), { level: 2, title: 'Open Questions' });
    assert.deepEqual(matchMarkdownHeading('## Annex {: .unnumbered}'), { level: 2, title: 'Annex' });
    assert.deepEqual(matchMarkdownHeading('# Preface {-}'), { level: 1, title: 'Preface' });
    assert.deepEqual(matchMarkdownHeading('### Sets written {a, b}'), { level: 3, title: 'Sets written {a, b}' });
    assert.deepEqual(matchMarkdownHeading('## {#only-an-id}'), { level: 2, title: '{#only-an-id}' });
  });

  it('matchMarkdownHeading leaves out the anchors and icons that static-site templates put in a title', () => {
    assert.deepEqual(matchMarkdownHeading('# <a id="funding"></a>II. Funding the Programme'), { level: 1, title: 'II. Funding the Programme' });
    assert.deepEqual(matchMarkdownHeading('## <span aria-hidden="" class="icon icon-coins"></span>Budgets'), { level: 2, title: 'Budgets' });
    assert.deepEqual(matchMarkdownHeading('## Targets for <em>all</em> regions'), { level: 2, title: 'Targets for all regions' });
    assert.deepEqual(matchMarkdownHeading('## When a < b holds'), { level: 2, title: 'When a < b holds' });
    assert.deepEqual(matchMarkdownHeading('## <span></span>'), { level: 2, title: '<span></span>' });
  });

  it('matchHtmlHeading reads a heading that a static-site page writes as HTML on a line of its own', () => {
    assert.deepEqual(matchHtmlHeading('  <h3 id="step-2">Action 2</h3>'), { level: 3, title: 'Action 2' });
    assert.deepEqual(matchHtmlHeading('<H2 class="x"><a href="#a">Funding</a> rules</H2>'), { level: 2, title: 'Funding rules' });
    assert.deepEqual(matchHtmlHeading('  <legend><h2> まとめ </h2></legend>'), { level: 2, title: 'まとめ' }, 'inside a wrapper\'s tags');
    assert.equal(matchHtmlHeading('<p>Text</p><h2>Late</h2> more'), undefined);
    assert.equal(matchHtmlHeading('<h3>Opened</h4>'), undefined);
    assert.equal(matchHtmlHeading('<h3>Title</h3> and more text'), undefined);
    assert.equal(matchHtmlHeading('<h2></h2>'), undefined);
    assert.equal(matchHtmlHeading('<hr>'), undefined);
  });

  it('isRecommendationHeading knows 提言, 【提言】, 政策提言 and Recommendations', () => {
    for (const title of ['提言', '【提言】', '政策提言', 'Recommendations', 'Policy recommendations:', '提言：']) {
      assert.ok(isRecommendationHeading(title), title);
    }
    assert.ok(!isRecommendationHeading('提言の背景'));
    assert.ok(new RecommendationLabels().matchTitle('地方公共団体への提言'));
    assert.equal(new RecommendationLabels().matchTitle('資料１\u3000国の報告における地方公共団体への提言（抜粋）'), undefined, 'an excerpt of another body\'s');
  });

  it('the label table: Japanese and English labels with their markup, brackets, numbering, qualifiers and colons', () => {
    const labels = new RecommendationLabels();
    for (const line of [
      '政策概要', '  ### 政策概要', '__提案__', '**改善提案**', '＜マニフェスト＞', '【施策】', '■ 政策', '4.4.3.  Actions', '2.  Recommendations',
      'Annex C.  Main Recommendations of the Panel', '#### Recommendations for Agency Action', 'Recommended Actions:', 'Policies',
      'Proposals', '政府への提言', '__本研究会の提言__', '提言 2', 'KEY RECOMMENDATIONS', '### 政策概要 (a) 図書館の充実', '### 政策概要（ｂ）',
      '### Key Actions', 'Priority Actions', '**Our Policies**', '## Voluntary pledges and commitments', '## Commitments',
      '## Economic Recommendations', '### Workforce Training Recommendations', '**CRITICAL REFORMS NEEDED IN THE FIRST 100 DAYS:**', '### Key Reforms',
      '### Prevention and Mitigation Strategies', '### 予防および緩和戦略', '## 対策', '**Countermeasures**',
      '## Policy Options', '# 2 Summary of key policy opportunities', '### Required Actions', '２　重点施策', '### 主要施策', '## 私たちの政策', '**わたしたちの提言**',
    ]) {
      assert.equal(labels.match(line)?.rest, undefined, line);
      assert.ok(labels.match(line), line);
    }
    for (const line of [
      '提言の背景', 'recommendations to improve the registry were made. Two', 'Recommendations for Agency Action 48',
      'IANA Actions', 'Policies of the new government are unclear and', '意見表明の手段を提案', 'Figure 4: Status of Proposals by Ministry',
      '政策 (a) と (b) の違いは次のとおりです。これは本文です。',
      'Financial commitments', 'Actions taken by the ministry', 'Key dates', '## Previous Recommendations', '## Several recommendations',
      '## Status of the Working Group Recommendations Made in Two Thousand', '## Reforms of the 1990s', '## Reforms in the Port Towns',
      '## 少子化対策の経緯', '## Opportunities', '## Options considered', '## 私たちの暮らし',
    ]) {
      assert.equal(labels.match(line), undefined, line);
    }
    assert.deepEqual(labels.match('提言１：港湾を強化する'), { label: '提言１', rest: '港湾を強化する' });
    assert.deepEqual(labels.match('RECOMMENDATION S-1: The Department should survey the quays.'), { label: 'RECOMMENDATION S-1', rest: 'The Department should survey the quays.' });
    assert.deepEqual(labels.match('Recommendation R2: Train the crews'), { label: 'Recommendation R2', rest: 'Train the crews' });
    assert.equal(labels.match('Recommendation is 3 quays')?.rest, undefined, 'no number right after the word');
    assert.deepEqual(labels.match('【提言３】人を育てる'), { label: '提言３', rest: '人を育てる' });
    assert.deepEqual(labels.match('提言（４）担い手を育てる'), { label: '提言（４）', rest: '担い手を育てる' });
    assert.deepEqual(labels.match('提言(5) 窓口を一本化する'), { label: '提言(5)', rest: '窓口を一本化する' });
    assert.deepEqual(labels.match('**Recommendation 2.** Fund the repairs.'), { label: 'Recommendation 2', rest: 'Fund the repairs.' });
    assert.equal(labels.match('Recommendation 4 is discussed below.'), undefined);
    assert.deepEqual(labels.match('Action B: Make it as easy to cancel as to join.'), { label: 'Action B', rest: 'Make it as easy to cancel as to join.' }, 'lettered after a space');
    assert.equal(labels.match('Action a plan for the region.'), undefined);
    assert.deepEqual(labels.matchTitle('６．消費者へのアドバイス'), { label: '消費者へのアドバイス' }, 'advice addressed to whom it is for');
    assert.equal(labels.matchTitle('アドバイス'), undefined, 'not alone');
    assert.deepEqual(labels.matchTitle('第１\u3000勧告の趣旨'), { label: '勧告の趣旨' }, 'an ombudsperson\'s recommendation set out as an opinion is');
    assert.ok(new RecommendationLabels(['What we ask']).match('**What we ask:**'));
    assert.equal(labels.match('本研究会の提言'), undefined, 'an undecorated line starting so is prose');
    assert.ok(labels.matchTitle('本研究会の提言'), 'a heading may start with any character');
    assert.deepEqual(labels.matchTitle('●具体的な方策（案）'), { label: '具体的な方策（案）' }, 'a draft\'s label');
    assert.deepEqual(labels.matchTitle('Recommendations (draft)'), { label: 'Recommendations (draft)' });
    assert.equal(labels.matchTitle('具体的な方策（2026年度）'), undefined, 'only a label that names proposals whatever qualifies it takes a period');
    assert.ok(labels.matchTitle('提言（2026年度）'), 'in full-width brackets as in ASCII ones');
    assert.ok(labels.matchTitle('【講ずべき施策】'));
  });

  it('policy ids: versioned, coded with a number, or named a control or requirement; requirement keywords are capital', () => {
    assert.deepEqual(matchPolicyId('#### XY.MAIL.2.1v1'), { id: 'XY.MAIL.2.1v1', named: false });
    assert.deepEqual(matchPolicyId('AB.CD.3.4v0.2'), { id: 'AB.CD.3.4v0.2', named: false });
    assert.deepEqual(matchPolicyId('**[REQ-04]**'), { id: 'REQ-04', named: false });
    assert.deepEqual(matchPolicyId('### GV.RM-02'), { id: 'GV.RM-02', named: false });
    assert.deepEqual(matchPolicyId('***Control: AB-1234; Revision: 2; Updated: May-30***'), { id: 'Control AB-1234', named: true });
    assert.deepEqual(matchPolicyId('#### REQUIREMENT 3'), { id: 'REQUIREMENT 3', named: true });
    assert.equal(matchPolicyId('#### XY.MAIL.2.1v1 Instructions'), undefined);
    assert.equal(matchPolicyId('## 2.1 Mail'), undefined);
    assert.equal(matchPolicyId('## U.S.A'), undefined, 'no number');
    assert.equal(matchPolicyId('## Policy options'), undefined);
    assert.deepEqual(matchLeadingPolicyId('**[REQ-04]** The service SHALL log.'), { id: 'REQ-04', rest: 13 });
    assert.deepEqual(matchLeadingPolicyId('REQ-04: The service SHALL log.')?.id, 'REQ-04');
    assert.deepEqual(matchLeadingPolicyId('[AB_12] Providers MUST sign.')?.id, 'AB_12');
    assert.equal(matchLeadingPolicyId('REQ-04 The service SHALL log.'), undefined, 'not set off');
    assert.equal(matchLeadingPolicyId('Note: 2 services SHALL log.'), undefined, 'a word, not an id');
    assert.equal(matchLeadingPolicyId('**[REQ-04] The service SHALL log.'), undefined, 'emphasis left open');
    assert.equal(requirementKeyword('Mail SHALL NOT be forwarded.'), 'SHALL NOT');
    assert.equal(requirementKeyword('Mail should not be forwarded.'), undefined);
  });

  it('a standard\'s requirement rows: a dotted id and a cell that verifies or requires; findings, contents and headers are not', () => {
    assert.deepEqual(matchRequirementRow('| **4.2.1** | Verify that every quay is inspected yearly. | 2 |'), { id: '4.2.1', text: 'Verify that every quay is inspected yearly.', offset: 14 });
    assert.equal(matchRequirementRow('| **C4.2** | **検証:** 岸壁は毎年点検されている。 | 1 |')?.id, 'C4.2');
    assert.equal(matchRequirementRow('| A.5.1 | Operators must keep a log of each crossing. |')?.text, 'Operators must keep a log of each crossing.');
    for (const row of ['| 4.2.1 | The quays were inspected in 2020. | 2 |', '| 1.1 | Introduction | 3 |', '| # | Description | Level |', '| 4 | Verify that quays are safe. |', '| :---: | :--- |']) {
      assert.equal(matchRequirementRow(row), undefined, row);
    }
    const text = ['# Port Safety Standard', '', '## P4 Quays', '', 'The requirements below keep the quays safe.', '', '| # | Description | Level |', '| :---: | :--- | :---: |',
      '| **4.1.1** | Verify that every quay is inspected yearly. | 1 |', '| **4.1.2** | Verify that each inspection is published. | 2 |', '', '## P5 Crews', '', 'Text.'].join('\n');
    const recs = flattenOutline(outlineDocument(text, { fileName: 'standard.md' })).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['4.1.1', 'Verify that every quay is inspected yearly.'], ['4.1.2', 'Verify that each inspection is published.']]);
  });

  it('list items of a block: RFC o, nested columns, an empty form item, and no emphasis or negative number taken for a marker', () => {
    assert.deepEqual(matchListItem('   o  Keep measuring.'), { marker: 'o', text: 'Keep measuring.', offset: 6, indent: 3, titled: false });
    assert.equal(matchListItem('\t\t- 深い項目')?.indent, 8);
    assert.deepEqual(matchListItem('- ### Open the Archives')?.titled, true, 'an item holding a heading is titled by it');
    assert.equal(matchListItem('- ')?.text, '');
    assert.equal(matchListItem('*[Figure 1: a chart]*'), undefined);
    assert.equal(matchListItem('-5% in a year'), undefined);
    assert.equal(matchListItem('only prose'), undefined);
  });

  it('sub-labels name a group inside a block; sentences do not', () => {
    for (const line of ['__個人の__', '＜その他の意見＞', 'For Congress:', '行政の取り組み']) assert.ok(isSubLabel(line), line);
    for (const line of ['To sum up, the aims we should pursue are the following:', '以上の提案を実施する。', 'Done.']) assert.ok(!isSubLabel(line), line);
  });

  it('matchBullet knows the common list markers and leaves numbers alone', () => {
    for (const line of ['- 項目', '・項目', '• 項目', '⚫ 項目', '1. 項目', '1) 項目', '① 項目', '(1) 項目', '（１）項目']) {
      assert.equal(matchBullet(line)?.text, '項目', line);
    }
    assert.equal(matchBullet('1.5倍に増えた'), undefined);
    assert.equal(matchBullet('本文'), undefined);
  });

  it('matchBullet reads the bullets of PDF text in the Symbol and Wingdings fonts\' private-use glyphs, any of them', () => {
    for (const line of ['\uf0b7 項目', '  \uf06c  項目', '\uf09f 項目', '\uf0b2  項目', '\uf0d8\t項目']) assert.equal(matchBullet(line)?.text, '項目', JSON.stringify(line));
    assert.equal(matchBullet('\ue000 項目'), undefined, 'another private-use character is no bullet');
  });

  it('matchBullet reads the lettered items of English acts and committee reports ((a), (B), (iv)), not a parenthesis in prose', () => {
    for (const line of ['(a) publish the plan;', '(B) publish the plan;', '(iv) publish the plan;', '  (c)  publish the plan;']) assert.equal(matchBullet(line)?.text, 'publish the plan;', line);
    for (const line of ['(about a third) of ports', '(i.e. the ports)', '(ab) not an item', '(see below)']) assert.equal(matchBullet(line), undefined, line);
  });

  it('takes the lettered items after a recommending lead-in as recommendations', () => {
    const text = ['1. Background', '', 'Text.', '', '2. Findings', '', 'The committee recommends that the ministry:', '', '(a) publish a plan every five years;', '', '(b) fund small harbours.', '', '3. Next steps', '', 'Text.'].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation').map(n => n.title), ['publish a plan every five years;', 'fund small harbours.']);
  });

  it('matchBullet reads the kana numerals of Japanese official documents (ア　…, イ．…, （ウ）…), not a word in katakana', () => {
    for (const line of ['ア\u3000項目', 'イ 項目', 'ウ．項目', '（エ）項目', '(オ) 項目']) assert.equal(matchBullet(line)?.text, '項目', line);
    for (const line of ['アジアの安全保障', 'イノベーションを進める。', 'ン　終わり', '（アジア）']) assert.equal(matchBullet(line), undefined, line);
  });

  it('tableCells reads a Markdown table\'s row with where each cell starts; titleCell takes the longest that is no number', () => {
    const cells = tableCells('| 1 | 補助を複数年度にする | 国 |')!;
    assert.deepEqual(cells.map(c => c.text), ['1', '補助を複数年度にする', '国']);
    assert.equal(cells[1].offset, 6);
    assert.equal(titleCell(cells)?.text, '補助を複数年度にする');
    assert.ok(isTableSeparator(tableCells('|---|:--:|--|')!));
    assert.equal(tableCells('a | b'), undefined, 'a row starts with its bar');
    assert.equal(tableCells('| alone'), undefined);
    assert.equal(titleCell(tableCells('| 1 | ② |')!), undefined);
  });

  it('matchByline reads the author and date of 脱稿日 lines in either parenthesis width', () => {
    assert.deepEqual(matchByline('（脱稿日 2026 年 2 月 10 日 山田 花子／架空研究所 研究員）'), { date: '2026-02-10', author: '山田 花子' });
    assert.deepEqual(matchByline('(脱稿日 2026年12月1日 佐藤太郎/架空大学)'), { date: '2026-12-01', author: '佐藤太郎' });
    assert.deepEqual(matchByline('（脱稿日 2026 年 3 月 1 日）'), { date: '2026-03-01' });
    assert.equal(matchByline('脱稿日について'), undefined);
  });

  it('isNoise recognises page numbers, photo credits, chart labels and URLs', () => {
    assert.ok(isPageNumber('12'));
    assert.ok(isPhotoCredit('（写真：架空通信社）'));
    assert.ok(isChartLabel('0% 20% 40%'));
    assert.ok(isChartLabel('技術流出 27%'));
    assert.ok(isNoise('https://example.org/x'));
    assert.ok(!isNoise('第1章 総論'));
  });

  it('isNoise recognises a page\'s number as PDFs print it, in figures or in words, and no sentence about pages', () => {
    for (const line of ['－ 4 －', '― 12 ―', '3 / 20', '１２／４０', 'Page 3', 'Page 3 of 20', 'p. 7', '  page 12 of 140']) assert.ok(isNoise(line), line);
    for (const line of ['Page 3 sets out the method.', 'Pages of the report', '2030 / 2040', 'Policy 3']) assert.ok(!isNoise(line), line);
  });

  it('a list item cut by a lone page number goes on after it', () => {
    const text = ['第１章　提言', '', '【提言】', '・医療機関の連携を強化し、救急搬送の受け入れを', 'Page 3 of 20', '円滑にする。', '・担い手を育成する。', '', '－ 4 －', '', '・報酬を見直す。'].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(text)).filter(n => n.kind === 'recommendation').map(n => n.title), [
      '医療機関の連携を強化し、救急搬送の受け入れを円滑にする。', '担い手を育成する。', '報酬を見直す。',
    ]);
  });

  it('table-of-contents entries end with a tab or leader and a page number', () => {
    assert.ok(isTocEntry('第1章 総論\t5'));
    assert.ok(isTocEntry('はじめに ........ 3'));
    assert.equal(tocTitle('第1章 総論\t5'), '第1章 総論');
    assert.ok(!isTocEntry('第1章 総論'));
  });

  it('survey questions: 1/2 and 2/2 parts share a title; action questions are recognised', () => {
    assert.equal(matchQuestion('【日本は何をすべきか 1/2】'), '日本は何をすべきか');
    assert.equal(matchQuestion('【日本は何をすべきか 2/2 】'), '日本は何をすべきか');
    assert.ok(asksForAction('日本は何をすべきか'));
    assert.ok(asksForAction('最も改革が求められる機関はどこか'));
    assert.ok(!asksForAction('最大のリスクは何か'));
  });

  it('numbered report headings are short and not sentences', () => {
    assert.equal(matchNumberedHeading('１．研究会の成果'), '１．研究会の成果');
    assert.equal(matchNumberedHeading('1. これは長い文であり見出しではありません。'), undefined);
  });

  it('a recommendation reported as made before proposes nothing; one recommended in the passive does', () => {
    const paragraph = 'In 2024, we recommended that the port publish its data. The inspector recommended a review. It is recommended that ports publish their data.';
    const found = proposingSentences(paragraph);
    assert.deepEqual(found, ['It is recommended that ports publish their data.']);
  });

  it('a stop inside a number or a reference to a numbered part ends no sentence', () => {
    const paragraph = '詳細は３．で述べる通り、市は窓口を増やす必要がある。Costs rose 3.5 percent, so ports should report. 結論である．国は支援すべきである．';
    const found = proposingSentences(paragraph);
    assert.deepEqual(found, ['詳細は３．で述べる通り、市は窓口を増やす必要がある。', 'Costs rose 3.5 percent, so ports should report.', '国は支援すべきである．']);
  });

  it('a proposal set in bold starts inside its emphasis; a cited title in capitals proposes nothing', () => {
    const paragraph = '4. **We recommend that ports publish their data.** See _Ports: Challenges Must Be Addressed_ (2015). Ports should act.';
    const found = proposingSentences(paragraph);
    assert.deepEqual(found, ['We recommend that ports publish their data.', 'Ports should act.']);
  });

  it('an aside (it should be noted) and a denied recommendation propose nothing; a negated should still does', () => {
    const paragraph = 'It should be noted that costs rose. We do not advocate or recommend a ban. Ports should not close at night. We recommend a review.';
    const found = proposingSentences(paragraph);
    assert.deepEqual(found, ['Ports should not close at night.', 'We recommend a review.']);
  });

  it('a Japanese marker that modifies the noun after it describes and proposes nothing', () => {
    const paragraph = '港湾では従う必要がある規則が多い。品質向上が求められる背景を述べる。国は点検を強化する必要がある。';
    assert.deepEqual(proposingSentences(paragraph), ['国は点検を強化する必要がある。']);
  });

  it('a council\'s `…ことが適当である` and a guideline\'s `…ことが望ましい` propose; a desirability asked about does not', () => {
    const paragraph = '費用は国と県が分担することが適当である。点検は年に一度行うことが望ましい。港は変わることが望ましいのではないか。望ましい姿を描く。';
    assert.deepEqual(proposingSentences(paragraph), ['費用は国と県が分担することが適当である。', '点検は年に一度行うことが望ましい。']);
  });

  it('a stop inside an address, before a comma or a word in lower case ends no sentence; one before a capital does', () => {
    const paragraph = 'The review (see www.gov.uk/ports) found that ports should report. Tools (e.g., scripts, etc.) that ports use should be listed. '
      + 'Crews trained (as the code asks.) Ports must log drills. The U.S. must act.';
    assert.deepEqual(proposingSentences(paragraph), [
      'The review (see www.gov.uk/ports) found that ports should report.', 'Tools (e.g., scripts, etc.) that ports use should be listed.',
      'Ports must log drills.', 'The U.S. must act.',
    ]);
  });

  it('a sentence that opens with Should supposes; a guideline recommends with 推奨します', () => {
    const paragraph = 'Should the keys leak, the data is lost. Ports should rotate keys. 文字コードはUTF-8とすることを推奨します。外部の研修への参加が推奨される。';
    const found = proposingSentences(paragraph);
    assert.deepEqual(found, ['Ports should rotate keys.', '文字コードはUTF-8とすることを推奨します。', '外部の研修への参加が推奨される。']);
  });

  it('a question proposes nothing, though it holds a proposing word', () => {
    const paragraph = 'Should the ports come first? Ports should report yearly. 国は港湾を優先すべきか？ 国は港湾を優先すべきである。';
    const found = proposingSentences(paragraph);
    assert.deepEqual(found, ['Ports should report yearly.', '国は港湾を優先すべきである。']);
  });

  it('prose recommendations are the proposing sentences of a paragraph', () => {
    const paragraph = '現状は厳しい。政府は予算を確保すべきである。Governments should act.';
    const found = findProseRecommendations(paragraph).map(r => paragraph.slice(r.start, r.end));
    assert.deepEqual(found, ['政府は予算を確保すべきである。', 'Governments should act.']);
    const minutes = 'あえて条文に書く必要があるとは思っていない。本当に見直す必要があるのか。市は窓口を増やす必要がある。';
    assert.deepEqual(findProseRecommendations(minutes).map(r => minutes.slice(r.start, r.end)), ['市は窓口を増やす必要がある。'], 'a marker denied or asked about proposes nothing');
    const news = '架空大学の教授は「国は港の補修を急ぐべきだ」と指摘する。会合では『窓口を増やすべきである』との意見があった。市は窓口を増やすべきだ。';
    assert.deepEqual(findProseRecommendations(news).map(r => news.slice(r.start, r.end)), ['市は窓口を増やすべきだ。'], 'words the text reports propose nothing of its own');
    const briefing = 'The committee recommended that the ministry should fund the quays. Submitters argued, at length, that ports should publish data. Ports should publish data.';
    assert.deepEqual(findProseRecommendations(briefing).map(r => briefing.slice(r.start, r.end).trim()), ['Ports should publish data.'], 'what someone said before is reported');
    const consultation = 'This paper seeks views on how harbour boards should be run. It is unclear whether the fund must be repaid. Boards should publish how they spend their funds.';
    assert.deepEqual(findProseRecommendations(consultation).map(r => consultation.slice(r.start, r.end).trim()), ['Boards should publish how they spend their funds.'], 'a question the text names is not one it answers');
    assert.equal(ordinalOf('第二に、同盟国と協力する。'), 2);
    assert.equal(ordinalOf('Third, share the data.'), 3);
    assert.equal(ordinalOf('第二次世界大戦の後'), undefined);
  });

  it('an ordinal paragraph proposes when its first sentence ends as an action, a duty or a need, not as a statement', () => {
    for (const proposal of ['第一に、港を直す。', '第二に、協力を深めることである。', '第二に、予算を増やすべきである。', '第一に、研修を行います。', 'First, Congress should act. Then more.']) assert.ok(opensWithProposal(proposal), proposal);
    for (const statement of ['第一に、利用は任意である。', '第二に、対象が会社に限られる。', '第三に、連動がない。', '第一に、規則の改正である。', '第三に、初会合が開かれた。', '第二に、規制が強化されます。', '第三に、国は支援を行っています。', '第一に、市は窓口を設けている。', 'First, the scheme is voluntary. It']) assert.ok(!opensWithProposal(statement), statement);
  });

  it('plain headings are short lines followed by a paragraph; back matter is named', () => {
    assert.ok(isPlainHeading('同盟国への影響', '同盟国の間では、この一年で米国への信頼が大きく揺らいだと言われている。'));
    assert.ok(!isPlainHeading('短い文です。', '次の段落が続く長い文章がここにあるとしても見出しではない。'));
    const paragraph = '7. The harbour board told us that closed quays are rarely reopened once trade has moved.';
    assert.ok(isPlainHeading('Decline in quay repairs', paragraph));
    assert.ok(!isPlainHeading('repaired quays.4', paragraph), 'a paragraph\'s last line, its sentence ended, a footnote\'s number after it (committee reports from PDF)');
    assert.ok(!isPlainHeading('harbour.example.org/quays', paragraph), 'a line in lower case goes on with a sentence or is an address');
    assert.ok(!isPlainHeading('The Department agreed', 'and partially agreed with one.'), 'a sentence the page wrapped');
    assert.ok(isPlainHeading('What does the harbour do well and what does it need to do better?', 'The harbour joined the port partnership in 2030. Since then, it has'), 'a question asked as a heading');
    assert.ok(isPlainHeading('What does the harbour need to do to improve?', '(Information for the harbour board)'), 'a question over a note of whom its part is for');
    assert.ok(isBackMatterHeading('参考資料:'));
    assert.ok(isBackMatterHeading('Related articles'));
  });
});

describe('joinWrapped', () => {
  it('runs Japanese on without a space and keeps one between English words', () => {
    assert.equal(joinWrapped('データを公開し、', '事業者が使う。'), 'データを公開し、事業者が使う。');
    assert.equal(joinWrapped('in near real time,', 'with clear rules.'), 'in near real time, with clear rules.');
    assert.equal(joinWrapped('WTO', '改革を進める。'), 'WTO改革を進める。');
    assert.equal(joinWrapped('', 'first'), 'first');
  });
});

describe('matchConclusion', () => {
  it('takes a ⇒ or → line as a conclusion, without its arrow', () => {
    assert.deepEqual(matchConclusion('⇒会合を重ねて知見が深まった。'), { text: '会合を重ねて知見が深まった。', offset: 1 });
    assert.deepEqual(matchConclusion('  → 発信が増えた'), { text: '発信が増えた', offset: 4 });
    assert.equal(matchConclusion('矢印のない行'), undefined);
    assert.equal(matchConclusion('⇒'), undefined);
  });
});

describe('matchNumberedResult', () => {
  it('reads a short word numbered by a circled numeral, with or without a colon', () => {
    assert.equal(matchNumberedResult('成果①：地域の連携が進んだ'), '成果①：地域の連携が進んだ');
    assert.equal(matchNumberedResult('課題② 人材の確保'), '課題② 人材の確保');
    assert.equal(matchNumberedResult('Outcome③: wider reach'), 'Outcome③: wider reach');
    assert.equal(matchNumberedResult('目標④'), '目標④');
  });

  it('leaves enumerations inside sentences, bare circled items and paragraphs alone', () => {
    assert.equal(matchNumberedResult('この計画の柱は、①人材、②資金である。'), undefined);
    assert.equal(matchNumberedResult('① 参加の場づくり'), undefined);
    assert.equal(matchNumberedResult('成果①：' + 'とても長い説明が続く段落の文章'.repeat(5)), undefined);
    assert.equal(matchNumberedResult('成果①として新たな知見を得た。'), undefined);
  });
});

describe('joinItemLine', () => {
  it('keeps a space after a short title line that a sentence follows: the writer broke it', () => {
    assert.equal(joinItemLine('＜提言1＞ 交通の再編', '市町村は、需要に応じて走る交通を導入すべきである。'), '＜提言1＞ 交通の再編 市町村は、需要に応じて走る交通を導入すべきである。');
  });

  it('keeps a space after a Japanese title line that ends well short of the explanation wrapped under it', () => {
    assert.equal(joinItemLine('岸壁の夜間照明の整備', '夜間に作業する漁業者のため、岸壁の照明を増やし、'), '岸壁の夜間照明の整備 夜間に作業する漁業者のため、岸壁の照明を増やし、');
    // As long as the next but for a character kept off its start: wrapped by the page.
    assert.equal(joinItemLine('夜間に作業する漁業者のため、岸壁の照明を増やし', '、点検の回数を増やしてください。'), '夜間に作業する漁業者のため、岸壁の照明を増やし、点検の回数を増やしてください。');
  });

  it('joins a line the page wrapped as before: Japanese without a space, English with one', () => {
    assert.equal(joinItemLine('沿岸国の海洋状況把握を支えるため、衛星データの', '共有枠組みを五年以内に整えるべきである。'), '沿岸国の海洋状況把握を支えるため、衛星データの共有枠組みを五年以内に整えるべきである。');
    assert.equal(joinItemLine('第8章 二行に渡る', '長い見出し'), '第8章 二行に渡る長い見出し');
    assert.equal(joinItemLine('Fund the', 'repairs.'), 'Fund the repairs.');
  });
});

describe('isCodeFence', () => {
  it('opens or closes a fenced block with backticks or tildes, indented three spaces at most', () => {
    for (const line of ['```', '```ts', '~~~', '   ```']) assert.equal(isCodeFence(line), true, line);
    for (const line of ['    ```', '``not a fence', '- ```', 'text ```']) assert.equal(isCodeFence(line), false, line);
  });
});

describe('link text in titles', () => {
  it('shows a Markdown link\'s text and drops an image, keeping a title without links as it is', () => {
    assert.equal(withoutLinkMarkup('[Open Court Decisions.](./court/ "Court") Within a month.'), 'Open Court Decisions. Within a month.');
    assert.equal(withoutLinkMarkup('![chart](fig1.png) Fund the repairs [see][ref]'), 'Fund the repairs see');
    assert.equal(withoutLinkMarkup('Fund the repairs [2026]'), 'Fund the repairs [2026]');
  });
});

describe('a Japanese sentence that asks for what it states in full (a measure\'s paragraph, a committee\'s proposals)', () => {
  it('`…すべきである。そのため、…様式を定めることを求める。` goes on with the paragraph\'s request, no lead-in; one that points at a list below leads in', () => {
    assert.equal(isRecommendingLeadIn('本校は、報告の手順を徹底すべきである。そのため、報告用の簡易な様式を定め、どの教職員からも報告できるようにすることを求める。'), false);
    assert.equal(isRecommendingLeadIn('本委員会は、学校に対し、以下のことを求める。'), true);
    assert.equal(isRecommendingLeadIn('本会は、県に対し次の取組を求める。'), true);
  });
});

describe('a legal instrument\'s recitals and the wrapped lines of its clauses', () => {
  it('finds no proposal in a recital (`CONSIDERING that …should`, `Whereas …should`), but one after it', () => {
    assert.deepEqual(proposingSentences('CONSIDERING that public authorities should take account of wetlands when allocating land;'), []);
    assert.deepEqual(proposingSentences('Whereas cities should plan for heat. The council should adopt a plan.'), ['The council should adopt a plan.']);
  });

  it('reads no field label in a clause\'s last line in lower case, however many lines near it begin alike', () => {
    const nearby = ['consistent with the constitutional framework of each Adherent and the distribution of', 'concerned by the decisions, and that local decisions have effects;'];
    assert.equal(isFieldLabel('competences among levels of government;', nearby), false);
    assert.equal(isFieldLabel('Contact person', ['Contract period  2024–2026', 'Contract value  $2m']), true);
  });
});
