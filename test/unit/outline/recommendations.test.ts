import * as assert from 'node:assert/strict';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';
import type { OutlineOptions } from '../../../src/core/outline';
import type { OutlineNode } from '../../../src/core/outline/model';
import { matchListItem } from '../../../src/core/outline/rules/list-item';
import { Lines } from '../../../src/core/outline/lines';
import { findTocBlock } from '../../../src/core/outline/toc-block';
import { quotesRecommendationsAbove } from '../../../src/core/outline/rules/reported-speech';
import { markerAcrossBreak } from '../../../src/core/outline/rules/prose-recommendation';
import { readDecidedMeasures } from '../../../src/core/outline/decided-measures';
import { paragraphEnd } from '../../../src/core/outline/recommending-paragraphs';

// Every text here is made up, each imitating one class of documents.
const recommendationsOf = (text: string, options: OutlineOptions = {}): OutlineNode[] =>
  flattenOutline(outlineDocument(text, options)).filter(n => n.kind === 'recommendation');
const titles = (nodes: OutlineNode[]) => nodes.map(n => n.title);
const sectionsOf = (node: OutlineNode) => node.children.filter(n => n.kind === 'section').map(n => n.title);
const lineOf = (text: string, node: OutlineNode) => text.split('\n')[node.line - 1];

describe('recommendations under a label', () => {
  it('a research report converted from PDF: a chapter titled by a label whose sections lead into their own lists', () => {
    const text = [
      '# 1 Introduction', '', 'Text.', '', '# 2 Risks', '', 'Text.', '', '# 3 Mitigations', '', 'We discuss three kinds of mitigation.', '',
      '## 3.1 Inspections', '', 'Inspections find faults early:', '', '- Rusted bollards on the old quays.', '- Cracked fuel lines.', '',
      'We recommend the following measures:', '', '- Inspect every quay each spring.', '- Publish the findings.', '',
      '<table>', '<tr>', '<th>Mitigations</th>', '</tr>', '</table>', '', 'A final reason for hope is the crews themselves.', '',
      '## 3.2 Training', '', 'Training has two parts:', '', '- Drills at night.', '- Courses on fuel.', '', '# 4 Conclusion', '', 'Text.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(titles(recs), ['Inspect every quay each spring.', 'Publish the findings.'], 'the lists the text itself announces, not every list under the label');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
    assert.ok(!all.some(n => n.kind === 'section' && n.title === 'Mitigations'), 'a table\'s header cell is no label of the text after the table');
  });

  it('a report converted from PDF: a lead-in announces the recommendations in the HTML table below, one to a body row', () => {
    const text = [
      '# 4 Safer Ports', '', 'We have some early recommendations for port rules, which are summarised in the table below:', '',
      '<table>', '<thead>', '<tr>', '<th>Rule</th>', '<th>Explanation</th>', '</tr>', '</thead>', '<tbody>',
      '<tr>', '<td><strong>Ports should log every fire</strong></td>', '<td>A log shows where fires start &amp; spread.</td>', '</tr>',
      '<tr>', '<td><strong>Crews should train at night</strong></td>', '<td>', 'Night drills find what day drills miss:<br>', '- lights', '- radios', '</td>', '</tr>',
      '<tr><td>3</td><td>Publish the inspection results each spring.</td></tr>',
      '</tbody>', '</table>', '', 'Text after the table.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.title, r.line, r.endLine]), [
      ['Ports should log every fire', 13, 16], ['Crews should train at night', 17, 24], ['Publish the inspection results each spring.', 25, 25],
    ], 'a bold first cell is the row\'s heading; else the longest cell; a cell over lines keeps its list inside it');
  });

  it('a lab\'s report: a chapter addressed at length (…ポイントへの提言), each phase a list of proposals and a table of the details', () => {
    const text = [
      '# **港湾データ報告書**', '', '# **はじめに**', '', '本文。', '', '# **港湾の運用や人の配置で対応すべきポイントへの提言**', '',
      '## **課題を集めるフェーズ**', '', '  1. 港の課題を共有する仕組みがあるべき。', '  2. 課題の解決状況が見えているべき。', '',
      '|No. |実施内容の概要 |対応状況 |', '|---|---|---|', '|1 |職員が課題を登録 |△ |', '', '* 求められる機能', '  1. 課題を集める仕組み。', '',
      '## **データを公開するフェーズ**', '', '  1. データが公開されているべき。', '', '# **まとめ**', '', '本文。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(titles(recs), ['港の課題を共有する仕組みがあるべき。', '課題の解決状況が見えているべき。', 'データが公開されているべき。'], 'the table after a list details it, and ends the block');
    assert.ok(recs.every(r => r.label === '港湾の運用や人の配置で対応すべきポイントへの提言'));
  });

  it('a report whose chapter titled by a label holds sections of lists without lead-ins: every list is its recommendations', () => {
    const text = [
      '# 1 Findings', '', 'Text.', '', '# 2 Recommendations', '', '## 2.1 For the ministry', '', '- Fund the repairs.', '- Train the crews.', '',
      '## 2.2 For the ports', '', '- Share the data.', '', '# 3 Annex', '', 'Text.',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'report.md' })), ['Fund the repairs.', 'Train the crews.', 'Share the data.']);
  });

  it('a manifesto in Markdown: an indented 政策概要 heading, its bullets indented deeper, sub-bullets part of their item', () => {
    const text = [
      '# ３．交通', '', '## １）地方の足を守ります', '', '### 現状認識', '', '* 路線バスの廃止が続いています。',
      '  * 運転手が足りません。', '', '  ### 政策概要', '', '    * 乗合タクシーへの補助  ', '      * 運行費の半分を国が負担します。',
      '      * 予約はアプリと電話の両方で受け付けます。', '    * 運転手の育成支援', '      * 免許取得の費用を助成します。', '',
      '## ２）次の章', '', '* 本文です。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'transport.md' });
    assert.deepEqual(titles(recs), ['乗合タクシーへの補助', '運転手の育成支援']);
    assert.equal(recs[0].endLine, 14, 'the sub-bullets belong to the item');
    assert.ok(recs.every(r => r.label === '政策概要'));
  });

  it('a council\'s report: the measures it proposes, marked ○ under a numbered 具体的な方策', () => {
    const text = [
      '港湾行政の在り方について（答申）', '', '第１章　現状', '', '　施設の老朽化が進んでいる。', '', '第２章　今後の方向性', '',
      '１．基本的な考え方', '', '　港湾は地域の基盤である。', '', '２．具体的な方策', '', '○　岸壁を計画的に更新する。', '○　利用データを公開する。', '',
      '第３章　おわりに', '', '　連携が求められる。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(titles(recs), ['岸壁を計画的に更新する。', '利用データを公開する。']);
    assert.ok(recs.every(r => r.label === '具体的な方策'));
  });

  it('a strategy in Markdown: a label on a line of its own under each objective heading is a section of that objective', () => {
    const text = [
      '# Harbour Strategy', '', '## Goal 1: Safer ports', '', '### Objective 1.1: Fewer accidents', '', 'Actions:', '', '- Light every quay.', '- Train the crews.', '',
      '### Objective 1.2: Faster rescue', '', 'Actions:', '', '- Station a boat in each port.', '', '## Goal 2: Open data', '', 'Text.',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'strategy.md' });
    const goal = outline.nodes.find(n => n.title === 'Goal 1: Safer ports')!;
    assert.deepEqual(goal.children.map(n => [n.title, n.children.map(c => c.title)]), [
      ['Objective 1.1: Fewer accidents', ['Actions:']], ['Objective 1.2: Faster rescue', ['Actions:']],
    ]);
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'strategy.md' })), ['Light every quay.', 'Train the crews.', 'Station a boat in each port.']);
  });

  it('a municipal plan: each numbered measure over its own 【主な取組】 is a section holding that label\'s items', () => {
    const plan = (measure: string) => [
      '架空市総合計画', '', '第１章　計画の概要', '', '　本計画は市の将来像を示す。', '', '第２章　施策の展開', '',
      `${measure}１－１\u3000防災力の強化`, '', '【現状と課題】', '　備えが十分でない地域がある。', '', '【主な取組】', '①　避難所の設備を更新します。', '②　防災訓練を実施します。', '',
      `${measure}１－２\u3000交通安全の推進`, '', '【主な取組】', '①　通学路を点検します。', '', '第３章　計画の推進', '', '　進捗を毎年公表する。',
    ].join('\n');
    const outline = outlineDocument(plan('施策'), { fileName: 'plan.txt' });
    const chapter = outline.nodes.find(n => n.title === '第２章　施策の展開')!;
    assert.deepEqual(chapter.children.map(n => [n.kind, n.title, n.children.map(c => c.title)]), [
      ['section', '施策１－１　防災力の強化', ['【主な取組】']], ['section', '施策１－２　交通安全の推進', ['【主な取組】']],
    ]);
    const recs = recommendationsOf(plan('施策'), { fileName: 'plan.txt' });
    assert.deepEqual(titles(recs), ['避難所の設備を更新します。', '防災訓練を実施します。', '通学路を点検します。']);
    assert.ok(recs.every(r => r.label === '主な取組'));
    // A numbered 提言 names a proposal whatever stands under it: it stays one.
    assert.deepEqual(titles(recommendationsOf(plan('提言'), { fileName: 'plan.txt' })).slice(0, 1), ['防災力の強化']);
  });

  it('a civic group\'s proposal that closes each pillar with ■アクション over its numbered asks', () => {
    const text = [
      '# 港町2030', '', '## 1.開かれた港をつくります', '', '### 1.1.データを公開します', '', '本文です。', '', '### ■アクション', '',
      '- (1)港湾データの公開', '- (2)市民向けの説明会', '', '## 2.人を育てます', '', '### ■アクション', '', ' - (3)職員の研修', '', '## おわりに', '', '本文です。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'proposal.md' });
    assert.deepEqual(titles(recs).map(t => t.replace(/^\(\d+\)/, '')), ['港湾データの公開', '市民向けの説明会', '職員の研修']);
    assert.ok(recs.every(r => r.label === 'アクション'));
  });

  it('a slide deck: the sub-items of a list item that is itself a label (- マニフェスト)', () => {
    const text = [
      '# 題', '', '## 表紙のスライド', '', '- 現状認識', '    - 声が届きにくい', '- マニフェスト', '    - 窓口を一つにする',
      '    - 結果を毎月公開する', '- 次のスライドへ', '', '## 次のスライド', '', '- 説明だけの項目',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'deck.md' });
    assert.deepEqual(titles(recs), ['窓口を一つにする', '結果を毎月公開する']);
    assert.equal(recs[0].label, 'マニフェスト');
  });

  it('a slide deck whose label holds one item leading into the measures: the measures are the recommendations', () => {
    const deck = (leadIn: string) => [
      '# 題', '', '## 産業', '', '- 現状認識', '    - 若い企業が少ない', '- マニフェスト', `    - ${leadIn}`,
      '        - **研究拠点をつくる**', '            - 例）大学の近くに実験区域を置く', '        - **起業の手続を一日で終える**', '', '## 次のスライド', '', '- 説明',
    ].join('\n');
    for (const leadIn of ['企業を育てるため、以下を行う', '企業を育てるため、次の三つの施策に取り組む。', 'To grow young firms, the city will:']) {
      assert.deepEqual(titles(recommendationsOf(deck(leadIn), { fileName: 'deck.md' })), ['研究拠点をつくる', '起業の手続を一日で終える'], leadIn);
    }
    assert.deepEqual(titles(recommendationsOf(deck('企業を育てる'), { fileName: 'deck.md' })), ['企業を育てる'], 'an item that leads into nothing is the recommendation, its sub-items its detail');
  });

  it('an assessment\'s bulleted actions: the first leads into its points with `including:`, the next ones lead into nothing, so each is one recommendation', () => {
    const text = [
      '## Risk communication', '', '**Recommendations for priority actions**', '',
      '- Develop and fund a national communication plan for emergencies, including:', '    - spokespersons named at every level;', '    - message templates for the main hazards;',
      '- Set up a rumour monitoring desk in the operations centre.', '- Sign agreements with community radio stations.', '', '**Indicators and scores**', '', 'Text.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'assessment.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[5, 7], [8, 8], [9, 9]], 'the points are the first one\'s details');
  });

  it('minutes of a citizens\' workshop: 提案 as a bold line, actor groups inside the block, an empty form item and what is nested under it left out', () => {
    const text = [
      '１　まちの安全', '', '__課題①__', '', '夜道が暗い', '', '__改善__', '', '__提案__', '', '__住民の__', '', '__取り組み__', '',
      '- 玄関灯を夜通しつける', '- 見回りの当番を決める', '', '__市の__', '', '__取り組み__', '', '- 街灯の設置を急ぐ', '',
      '＜その他の意見＞', '', '- ', '\t- ', '\t\t- 意見だけを書いた行', '', '２　次のテーマ', '', '本文。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'minutes.md' });
    assert.deepEqual(titles(recs), ['玄関灯を夜通しつける', '見回りの当番を決める', '街灯の設置を急ぐ']);
    assert.ok(recs.every(r => r.label === '提案'));
  });

  it('a workshop report in paginated plain text: o items under a numbered Actions heading, an item cut by a page break joined, nested examples inside it, the summary after them left out', () => {
    const page = (n: number) => ['', '', 'Doe, et al.            Expires May 1, 2031               [Page ' + n + ']', '\f', 'Internet-Draft        Made-Up Workshop Report           November 2030', '', ''];
    const text = [
      '1.  Introduction', '', '   Some text about the workshop and its scope.', ...page(1),
      '2.  Discussion', '', '2.1.  Findings', '', '   Participants talked about energy use.', ...page(2),
      '2.2.  Actions', '', '   The workshop discussed possible actions:', '',
      '   o  Keep measuring the energy that networks use, and', '      publish the numbers each year.', '',
      '   o  Write down how protocols can let devices sleep when', ...page(3), '      nothing needs them.', '',
      '   o  Start research on the following:', '', '      *  data formats;', '', '      *  caching.', '',
      '   To sum up, the aims we should pursue are:', '', '   o  A better understanding.', '',
      '3.  Security Considerations', '', '   None.', ...page(4), '4.  References', '', '   None.',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), [
      'Keep measuring the energy that networks use, and publish the numbers each year.',
      'Write down how protocols can let devices sleep when nothing needs them.',
      'Start research on the following:',
    ]);
    assert.equal(recs[2].endLine, text.split('\n').indexOf('      *  caching.') + 1, 'the nested examples belong to the item');
    assert.ok(recs.every(r => r.label === 'Actions'));
  });

  it('a review body\'s report printed from a PDF: a numbered paragraph announcing the recommendations over its 40.1, 40.2 items, facing pages setting them at other columns', () => {
    const page = (n: number) => ['', '', `Made-Up Review Series 12${' '.repeat(60)}${n}`, '\f', 'XR/12/3', '', ''];
    const text = [
      'Report of the Made-Up Review Group', '', '         I.   Summary', '', '              1. The review met twice.', '',
      '              2. The delegation spoke first.', ...page(1),
      '         II.  Conclusions and/or recommendations', '',
      '              40. The following recommendations will be examined by the State, which will',
      '              respond in due time, no later than the next session of the Council:',
      '                     40.1    Ratify the convention on harbour workers and their families',
      '                     (Otherland) (Farland);',
      '                     40.2      Join the regional agreement on ports (Nearland);', ...page(2),
      '              40.3   Publish the yearly report on sea safety (Midland);',
      '              40.4   Train the coast guard in rescue at night (Farland);', '',
      '              41. All conclusions reflect the position of the reviewing States.', ...page(3),
      '         III. Voluntary pledges', '', '              42. The State will report yearly.',
    ].join('\n');
    const outline = outlineDocument(text);
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), [
      'Ratify the convention on harbour workers and their families (Otherland) (Farland);',
      'Join the regional agreement on ports (Nearland);',
      'Publish the yearly report on sea safety (Midland);',
      'Train the coast guard in rescue at night (Farland);',
    ]);
    assert.ok(recs.every(r => r.label === 'Conclusions and/or recommendations'));
    assert.equal(flattenOutline(outline).find(n => n.kind === 'group')?.title.startsWith('The following recommendations'), true, 'the announcing paragraph stays, as no recommendation');
  });

  it('a peer review listing its recommendations as infinitives: one with a "should" inside leaves the others recommendations; pledges are commitments', () => {
    const text = [
      '         II.  Conclusions and/or recommendations', '',
      '              40. The recommendations listed below will be examined by the State:',
      '                     1.    To ratify the convention on harbour workers (Otherland);',
      '                     2.    To train the coast guard, whose work should be reviewed yearly (Farland);',
      '                     3.    To strengthen the port ombudsman (Midland);', '',
      '         III. Voluntary pledges and commitments', '',
      '              41. The State made the following pledges:',
      '                     •  The new port law is a priority for this year;',
      '                     •  A report on sea safety will be published.',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs).map(t => t.slice(0, 16)), ['To ratify the co', 'To train the coa', 'To strengthen th', 'The new port law', 'A report on sea ']);
    assert.deepEqual(recs.map(r => r.label), [...Array(3).fill('Conclusions and/or recommendations'), ...Array(2).fill('Voluntary pledges and commitments')]);
  });

  it('a submission converted from PDF: recommendations grouped by topic, a lead-in set as a heading, a chapter a level deeper ending the label', () => {
    const text = [
      '## Contents', '', 'Recommendations . 2', '', 'About the Operators . 3', '', 'Safety in the Ports . 4', '', 'Training Crews . 5', '',
      '## 2', '', '## Recommendations', '', '### Specifically we recommend that:', '', '1) The ministry fund a survey of every quay.', '',
      '2) The ministry train the crews of the tugs.', '', '## 3', '', '### About the Operators', '', 'The group was formed in June to pursue these aims:', '',
      '1. Collaborating with the ministry on safety.', '', '2. Sharing what crews learn.', '', '### Safety in the Ports', '', 'Text.', '',
      '#### Safety Recommendations', '', '• Publish the yearly fire report.', '', '## 4', '', '## Training Crews', '', 'Text.', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'submission.md' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Recommendations', 'About the Operators', 'Safety in the Ports', 'Training Crews']);
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['The ministry fund a survey of every quay.', 'The ministry train the crews of the tugs.', 'Publish the yearly fire report.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendations', 'Recommendations', 'Safety Recommendations']);
    assert.equal(outline.nodes[0].children.length, 2, 'the lead-in is no section: the items are the chapter\'s');
  });

  it('paragraphs that open with their author recommending are recommendations; reported, inline and lead-in ones are not', () => {
    const text = [
      '## Discussion', '', 'The State Harbour Board recommends that the Committee note the growth of electric ferries',
      'and plan berths for them.', '', 'We also recommend that crews be trained in battery safety.', '',
      'It is recommended that ports publish their charging prices.', '', 'We are therefore recommending that the ministry fund the berths.', '',
      'Ministers recommended that the ports merge, which they did in 2010.', '',
      'Ports are busy. We recommend that they open at night.', '', '- The Board recommends that the fees fall.', '',
      'We recommend that the ministry:', '', '- fund a survey.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'submission.md' });
    assert.deepEqual(titles(recs), [
      'The State Harbour Board recommends that the Committee note the growth of electric ferries and plan berths for them.',
      'We also recommend that crews be trained in battery safety.',
      'It is recommended that ports publish their charging prices.',
      'We are therefore recommending that the ministry fund the berths.',
      'fund a survey.',
    ]);
    assert.deepEqual(recs.slice(0, 4).map(r => r.label), ['The State Harbour Board recommends', 'We also recommend', 'It is recommended', 'We are therefore recommending']);
  });

  it('a supervisory authority\'s opinion: numbered paragraphs in which it recommends doing something (`recommends deleting …`) are recommendations', () => {
    const text = [
      '## 3. Specific comments', '', '18. The inclusion of the home address does not appear necessary.', '',
      '19. The Supervisor recommends deleting the home address from the list in Article 7(2) or, in the', '    alternative, restricting access to it.', '',
      '20. The proposal recommends nothing on retention.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'opinion.md' }).map(r => [r.line, r.label]), [[5, 'The Supervisor recommends']]);
  });

  it('an assembly\'s numbered ballots that open with it recommending, run on with no blank line (PDF text), each with its vote: each a recommendation, its number no part of its title; so is a paragraph numbered in the margin', () => {
    const text = [
      'Chapter 3: The Recommendations', '3.1 Harbours', 'Members heard that the quays are old and that many', 'are unsafe in winter.',
      '1. The Assembly recommends that every quay be inspected each spring and that the', 'findings be published.', 'Votes: 88% in favour',
      '2. The Assembly recommends that crews train at night.', 'Votes: 71% in favour',
      '2a. The Assembly recommends that the fire service join the training.', 'Votes: 64% in favour',
      '3. Members were asked to vote on the ferries:', 'the fares were discussed at length.', '',
      '31.     Staff recommends that the next review take place in a year.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[5, 7], [8, 9], [10, 11], [15, 15]]);
    assert.deepEqual(titles(recs).map(t => t.slice(0, 32)), ['The Assembly recommends that eve', 'The Assembly recommends that cre', 'The Assembly recommends that the', 'Staff recommends that the next r']);
    assert.deepEqual(recs.map(r => r.label), ['The Assembly recommends', 'The Assembly recommends', 'The Assembly recommends', 'Staff recommends']);
  });

  it('a treaty body\'s concluding observations from pdftotext: each numbered paragraph that asks the State to act is one recommendation, its lettered points inside', () => {
    const text = [
      '  C.     Main areas of concern and recommendations', '',
      '          7.      The Committee is concerned that the harbour law is not applied in the',
      '          northern ports, and that the inspectors lack training.', '',
      '          8.      The Committee recommends that the State party:',
      '                  (a)     Apply the harbour law in all ports and allocate sufficient resources for',
      '          its application;', '',
      '                                                                                    1',
      '\f                                                                      HRC/C/ZZZ/CO/2', '',
      '                  (b)     Train the inspectors of every port.', '',
      '          9.      Recalling its general comment No. 4 (2021) on safety at sea, the Committee',
      '          urges the State party to:',
      '                  (a)     Prohibit night work on the quays;',
      '                  (b)     Publish the accident register.', '',
      '          10.     The Committee notes that the port plan has expired. The Committee',
      '          recommends that the State party adopt a new plan without delay.', '',
      '          11.     The Committee reiterates its previous recommendation (HRC/C/ZZZ/CO/1, para. 9)',
      '          that the State party withdraw its reservation to article 3.', '',
      '          12.     The Committee notes that the review body recommended that the ports',
      '          be merged, which the State party did in 2020.', '',
      '                                                                                    2',
      '\f                                                                      HRC/C/ZZZ/CO/2', '',
      '          13.     The Committee invites the State party to submit its next report by 2030.', '',
      '                                                                                    3',
      '\f                                                                      HRC/C/ZZZ/CO/2', '',
      'The Commission invites the public to comment on the ports by 1 May.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'observations.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[6, 13], [15, 18], [20, 21], [23, 24], [32, 32]]);
    assert.ok(titles(recs)[0].startsWith('The Committee recommends that the State party: (a) Apply the harbour law'), 'the title reads on into the points');
    assert.ok(!titles(recs)[0].includes('HRC/C/ZZZ/CO/2'), 'the running header is no part of it');
    assert.deepEqual(recs.map(r => r.label), ['The Committee recommends', 'The Committee urges', 'The Committee recommends', 'The Committee reiterates its previous recommendation', 'The Committee invites']);
  });

  it('an advisory committee\'s opinion saved from Word: paragraphs numbered by their sections, a tab after the number, each that asks or proposes is one', () => {
    const text = [
      '1.\tConclusions and recommendations', '', '1.1\tThe Committee welcomes the harbour strategy.', '',
      '1.2\tThe Committee proposes the creation of a harbour observatory.', '', '2.\tBackground', '',
      '2.1\tThe Commission proposes, among other things, to merge the registers.', '', '3.\tSpecific comments', '', '3.1\tPorts', '',
      '3.1.1\tSmall ports are often poorly served.', '', '3.1.2\tThe Committee asks the Commission to fund night ferries.', '',
      '3.1.3\tThe Committee proposes that the ports share one register.', '',
      '3.1.4\tIn this part we consider the ferries, and ask why so few run at night.', '',
      '3.1.5\tThe Committee notes the advice of the regulator, which recommends that crews be trained.', '',
      '3.1.6\tThe Committee recommends that the ports publish their timetables.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'opinion.txt' });
    assert.deepEqual(recs.map(r => r.line), [5, 17, 19, 25]);
    assert.deepEqual(recommendationsOf(text.replace('recommends that the ports', 'notes that the ports'), { fileName: 'opinion.txt' }).map(r => r.line), [5],
      'where the committee never recommends in its own name, its asking and proposing may be another\'s, reported');
  });

  it('a commission\'s report: an earlier inquiry\'s recommendations quoted under the sentence that reports them, and tables that cite recommendations by number, are none of its own', () => {
    const text = [
      '## Chapter 4 Oversight', '',
      'In 2015 the Senate Harbours Committee, in its report on the ferry scheme, made the following recommendations:', '',
      '> **Recommendation 7**', '>', '> The committee recommends that the Government establish a harbour ombudsman.', '>',
      '> **Recommendation 9**', '>', '> The committee recommends that the regulator be given more inspectors.', '',
      'Neither was implemented.', '',
      '**Recommendation 4.1  A harbour commissioner**', '', 'The Government should appoint a harbour commissioner.', '',
      '**Table 8.1: Proposed timetable**', '', '|Recommendation|Subject|Target date|', '|---|---|---|',
      '|4.1, 4.2|Harbour commissioner|1 July 2030|', '|5.1–5.4|Complaints|1 July 2031|', '',
      '|Recommendation|Party|Response|', '|---|---|---|', '|4.1|Harbour Authority|Supported|', '|4.2|Ferry Operators|Opposed the levy|', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => r.line), [15]);
    const listed = ['|Recommendation|Subject|Target date|', '|---|---|---|', '|Inspect every quay each spring|Ports|2030|', '|Train the crews at night|Crews|2031|'].join('\n');
    assert.deepEqual(titles(recommendationsOf(listed, { fileName: 'table.md' })).length, 2, 'a column that states them lists them');
  });

  it('a city\'s staff report: a commission\'s recommendations it reports, and the motion in the commission\'s minutes, are none of its own', () => {
    const text = [
      '## RECOMMENDATION', '', 'Staff recommends that the City Council:', '', '1. Adopt the heat resolution.', '2. Direct the City Manager to prepare a cooling plan.', '',
      '## DISCUSSION', '', '### Recommendations of the Parks Commission', '',
      'The Parks Commission reviewed a draft of this item at its May meeting and voted 5–0 to recommend that the City Council:', '',
      '- "plant two hundred street trees in the east district;" and', '- "open the pools in the evening."', '',
      '## ATTACHMENT 2 – COMMISSION MINUTES', '', '**MOTION:** Commissioner Ito moved, seconded by Commissioner Lang, to recommend that the City Council:', '',
      '1. Plant two hundred street trees in the east district; and', '2. Open the pools in the evening.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'staff-report.md' }).map(r => r.line), [5, 6]);
    const own = text.replace('The Parks Commission reviewed a draft of this item at its May meeting and voted 5–0 to recommend', 'We recommend');
    assert.deepEqual(recommendationsOf(own, { fileName: 'staff-report.md' }).map(r => r.line), [5, 6, 14, 15], 'its own, said so, are recommendations');
  });

  it('a presidential council\'s report: a study\'s recommendation quoted under the sentence that says what it concluded is none of its own', () => {
    const text = [
      '## 1.3 Previous studies', '', 'This report builds on prior work. A 2022 National', 'Academies study on water-quality monitoring concluded:', '',
      '> Recommendation 4-1: Federal agencies should develop a shared framework', '> for water data that allows data to be combined.', '',
      '## 2. Monitoring', '', '**Recommendation 2.1:** Agencies should fund sensors.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.md' }).map(r => r.label), ['Recommendation 2.1']);
  });

  it('a council\'s conclusions from pandoc: operative paragraphs, the clauses in capitals that lead into numbered items, and the annex\'s list after them', () => {
    const text = [
      '**II. Safer harbours**', '',
      '5. []{#_Hlk1 .anchor}INVITES the Member States to ensure that', '    every harbour keeps a fire plan;', '',
      '6. WELCOMES the work of the harbour network;', '',
      '**III. The way ahead**', '',
      'INVITES THE COMMISSION TO:', '',
      '7. Support mutual learning between harbour authorities;', '',
      '8. Present, by the end of 2031, a report on the fire plans;', '',
      'INVITES THE MEMBER STATES AND THE COMMISSION, within their', 'respective competences, TO:', '',
      '9. Involve crews in the design of the fire plans;', '',
      '10. REQUESTS the Harbour Committee to prepare an opinion in 2031;', '',
      '11. AGREES to review the progress made in 2032.', '',
      'ANNEX TO THE ANNEX', '', '**Background**', '',
      '1.  The harbour charter, adopted in 2020.', '', '2.  The ferry directive of 2024.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'conclusions.md' });
    assert.deepEqual(recs.map(r => r.line), [3, 12, 14, 19, 21]);
    assert.equal(recs[0].label, 'INVITES', 'the bookmark before the verb is no part of it');
  });

  it('a business association\'s 提言 from pandoc: contents linked to its headings, numbered 提言 headings with their 具体策 grouped by who acts, and the members\' own declared actions', () => {
    const text = [
      '# 港湾の人材に関する提言', '', '目次', '',
      '[はじめに 1](#はじめに)', '', '[1. 問題意識 2](#問題意識)', '', '[2. 提言 3](#提言)', '',
      '[提言1：港湾の人材投資を経営戦略と一体化せよ 3](#提言1港湾の人材投資を経営戦略と一体化せよ)', '',
      '[提言2：学び直しを全世代に保障せよ 4](#提言2学び直しを全世代に保障せよ)', '',
      '[3. 経営者の行動 5](#経営者の行動)', '',
      '# はじめに', '', '港湾は人で成り立つ。', '',
      '# 1. 問題意識', '', '人材投資は少ない。', '',
      '# 2. 提言', '', '本委員会は、以下の2つを提言する。', '',
      '### 提言1：港湾の人材投資を経営戦略と一体化せよ', '', '人への投資は経営の根幹である。', '',
      '**【具体策】**', '', '・人材戦略を取締役会で審議する', '', '・人材投資の総額を開示する', '',
      '### 提言2：学び直しを全世代に保障せよ', '', '学び直しの機会は限られてきた。', '',
      '**【具体策】**', '', '（政府）', '', '・個人学習口座を創設する', '', '（企業）', '', '・就業時間内の学習を業務と位置づける', '',
      '# 3. 経営者の行動', '', '本委員会の経営者は、以下の行動を実践することをここに宣言する。', '',
      '1.  **我々経営者は、人材戦略を自ら策定し、毎年その進捗を検証する。**', '',
      '2.  **我々経営者は、社員に年間40時間の学び直しの時間を確保する。**', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'teigen.md' });
    assert.equal(outline.nodes.find(n => n.kind === 'toc')?.line, 3, 'the linked entries are the contents');
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['はじめに', '1. 問題意識', '2. 提言', '3. 経営者の行動'], 'a numbered 提言 heading the contents list is no chapter');
    const recs = recommendationsOf(text, { fileName: 'teigen.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[29, 37], [39, 51], [57, 57], [59, 59]], 'the 具体策 of each, grouped by who acts, are its details; the declared actions are the members\' own');
  });

  it('an economic federation\'s 提言 from pandoc: the government\'s measures it quotes are not its own; a short bold proposal in Japanese is one', () => {
    const text = [
      '# Ⅰ. 現状認識', '', '## 1．政府の取組', '',
      '政府の基本方針では、人への投資として、以下の方針が掲げられた。', '',
      '-   学び直しによる能力向上支援を推進する。', '', '-   職務給の導入を促進する。', '', '-   失業給付制度の見直しを進める。', '',
      '# Ⅱ. 具体的な提言', '', '## 1．企業に求められる取組', '',
      '**（1）「人材投資指針」を策定し、開示すべきである**', '',
      '各企業は、人材投資の方針を取りまとめ、開示すべきである。', '',
      '## 2．政府への要望', '',
      '人への投資は急務である。**政府は教育訓練給付を拡充すべきである。**その財源は別途検討する。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'teigen.md' });
    assert.deepEqual(recs.map(r => r.line), [17, 23], 'a bold proposal of twenty-odd Japanese characters says as much as one of forty in English');
  });

  it('a ministry panel\'s report from pdftotext -layout: a summary page before the contents, proposals framed in drawn boxes, another council\'s quoted in a reference box, a table of who acts', () => {
    const bar = (t: string) => `  │${t}│`;
    const text = [
      '                港湾の安全に関する検討会 報告書の概要', '', '【提言のポイント】', ' 提言１ 岸壁の点検の義務化', ' 提言２ 夜間訓練の実施', '',
      '                                 目   次', '',
      'はじめに .................................................. 1', '第１章 現状 .............................................. 2',
      '第２章 提言 .............................................. 3', '  提言１ 岸壁の点検の義務化 ............................ 3', '  提言２ 夜間訓練の実施 ................................ 4', '',
      'はじめに', '', '  港湾は古い。', '', '第１章 現状', '', '○ 交通政策審議会の報告では、次のとおり提言されている。', '',
      '  ┌──────────────────────────┐', bar('【参考】港湾審議会 中間とりまとめ（抄）'), bar('  提言１ 国は、港湾の点検を支援すべきである。'), '  └──────────────────────────┘', '',
      '第２章 提言', '',
      '  ┌──────────────────────────┐', bar('■ 提言１ 岸壁の点検の義務化'), bar('   港湾管理者は、岸壁を毎年点検すべきである。'), '  └──────────────────────────┘', '',
      '  ┌──────────────────────────┐', bar('■ 提言２ 夜間訓練の実施'), bar('   船員は、夜間の訓練を年に二度行うべきである。'), '  └──────────────────────────┘', '',
      '        提言      国    港湾管理者    船員', '        提言１    ○        ◎', '        提言２    ○                   ◎', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'hokoku.txt' });
    const all = flattenOutline(outline);
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [31, 36]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [4, 5], 'the summary page restates them');
    assert.ok(!all.some(n => n.kind === 'front-matter' && n.title.startsWith('提言')), 'a summary line restating a contents entry under a chapter opens no front matter');
  });

  it('a ministry\'s result of a public consultation saved from Word as text: the comments table proposes nothing, and the attached guideline\'s chapters are the attachment\'s', () => {
    const text = [
      '令和９年１月１０日', '港湾局', '', '「港湾の安全に関するガイドライン（案）」に対する意見募集の結果について', '',
      '1.\t概要', '(1)\t意見募集期間', '令和８年１１月１日から３０日まで', '(2)\t提出件数', '１２件', '',
      '2.\t提出された御意見の概要と御意見に対する考え方', '',
      'No.\t御意見の概要\t御意見に対する考え方', '【全体について】',
      '1\t以下の点について、ガイドラインに追記すべきである。', '・岸壁の点検の方法', '・夜間訓練の回数\t御意見を踏まえ、第２章に記載を追加いたします。',
      '2\t点検の結果を公表すべきである。\t原案のとおりといたします。', '',
      '3.\t今後の予定', '\u3000修正後のガイドラインは、別添のとおりです。', '',
      '別添', '', '港湾の安全に関するガイドライン', '',
      '第１章\u3000はじめに', '', '１．背景', '\u3000岸壁が古い。', '',
      '第２章\u3000点検', '', '１．点検の方法', '\u3000港湾管理者は、岸壁を毎年点検することが望ましい。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'kekka.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['1.\t概要', '2.\t提出された御意見の概要と御意見に対する考え方', '3.\t今後の予定', '別添']);
    assert.deepEqual(sectionsOf(outline.nodes.find(n => n.title === '別添')!).map(t => t.slice(0, 3)), ['第１章', '第２章']);
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation'), []);
  });

  it('a committee\'s report with a dissenting report of some members after it: their recommendations are not the committee\'s', () => {
    const text = [
      'TABLE OF CONTENTS', '', 'CHAPTER 1: FERRIES ........................ 1', 'CHAPTER 2: CREWS .......................... 2',
      'DISSENTING REPORT OF THE OPPOSITION MEMBERS OF THE COMMITTEE ...... 3', '', '',
      'CHAPTER 1: FERRIES', '', 'The fleet is old.', '', 'Recommendation 1', '', 'That the Government renew the fleet within ten years.', '',
      'CHAPTER 2: CREWS', '', 'Crews are short.', '', 'Recommendation 2', '', 'That the Government fund the training of crews.', '',
      'DISSENTING REPORT OF THE OPPOSITION MEMBERS OF THE COMMITTEE', '', 'We do not agree with the report.', '',
      'Recommendation 1', '', 'That the Government lease ferries instead of buying them.', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [12, 20]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [28], 'the members\' own stays in the tree as an item');
  });

  it('a parliament\'s committee report with another committee\'s opinion annexed: its suggestions are that committee\'s', () => {
    const text = [
      '## MOTION FOR A RESOLUTION', '', '1.  Calls on the Commission to fund digital skills courses for older persons;', '',
      '## OPINION OF THE COMMITTEE ON CULTURE AND EDUCATION', '', '**SUGGESTIONS**', '',
      'The Committee on Culture and Education calls on the committee responsible to incorporate the following suggestions:', '',
      '1.  Calls on the Member States to fund libraries in rural areas;', '', '2.  Stresses the value of learning between generations;', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [3]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [11, 13]);
  });

  it('an economic survey converted by font size: findings set in bold as headlines over their paragraphs are no recommendations', () => {
    const text = [
      '# Economic Survey of Zedland', '', '## Key policy insights', '',
      '**Monetary policy should stay restrictive until inflation is back at target**', '',
      'Inflation has fallen but remains high. The central bank has kept its rate at 4.75%.', '',
      '**Pension reform should link the retirement age to longevity**', '',
      'Pension spending is high and projected to rise further.', '',
      '9.  The committee heard many views on this. That is not good enough. **We recommend that the Government link the retirement age to life expectancy by 2030, and report to us on progress each year.**', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'survey.md' }).map(r => r.line), [13]);
  });

  it('a party\'s policy collection from pdftotext -layout: its areas the contents list, headline ◆ pledges, ・ pledges in the polite form over a page break, its record apart', () => {
    const footer = (n: number, tab = '経済') => ['', '', `    港湾党 政策集2031                                                    ${n}`, `\f                                                              ${tab}`, ''];
    const text = [
      '                                  目　　次', '',
      '    ● 経済 ………………………………………………………………… 2', '        【成長戦略】【財政】', '',
      '    ● 暮らし ……………………………………………………………… 4', '        【医療】', '', ...footer(1),
      '  ● 経済', '', '    【成長戦略】', '    ◆ 官民で10年間の「港湾投資枠」を設け、港湾・物流などの成長分野への大胆な', '      投資を実現します。', '',
      '      港湾の停滞の原因は投資の不足にあります。', '',
      '    ・港湾の研究開発税制を拡充し、港湾スタートアップへの税制優遇を恒久化しま', '      す。',
      '    ・地方の港湾の整備を進め、成長分野の工場の地方立地を後押しします。',
      '    ・社会保険料の負担の軽減という形で、港湾で働く人の賃上げを支える仕組みを', ...footer(2), '      つくります。',
      '    ・港湾の使用料を引き下げ、中小の海運会社の負担を減らします。', '',
      '    【これまでの実績】', '    ・2030年、港湾の使用料を引き下げる法案を提出しました。', '    ・港湾の安全に関する国会質問を行いました。', ...footer(3, '暮らし'),
      '  ● 暮らし', '', '    【医療】', '    ・離島の診療所を維持し、船で通う医師への手当を拡充します。', '    ・港湾の近くに救急の拠点を整えます。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'seisakushu.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['● 経済', '● 暮らし'], 'the area headings, not the tabs atop their pages');
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.equal(recs[0].title, '官民で10年間の「港湾投資枠」を設け、港湾・物流などの成長分野への大胆な投資を実現します。');
    assert.equal(recs.length, 7, 'the headline, four pledges of growth and two of health; the record of what was done is none');
    assert.ok(recs[3].title.endsWith('賃上げを支える仕組みをつくります。'), 'a pledge goes on over the page break');
  });

  it('a party\'s ・ pledges that change what is, have others act, or set clauses between object and verb (`…資金を国庫に返納させます。`, `…適用を、…、…に広げます。`)', () => {
    const text = [
      '  ● 財政', '', '    【港湾の財政】', '    ◆ 港湾の歳出を総点検し、2030年代に黒字化を実現します。', '',
      '      港湾の財政の持続可能性は、将来世代に対する責任です。', '',
      '    ・全ての港湾事業について、第三者による検証を義務付け、効果の乏しい事業は廃止します。',
      '    ・港湾基金の残高を総点検し、使われる見込みのない資金を国庫に返納させます。',
      '    ・年度末の「使い切り」予算を改めます。', '',
      '  ● 暮らし', '', '    【医療】', '    ・離島の診療所を維持し、船で通う医師への手当を拡充します。', '    ・港湾の近くに救急の拠点を整えます。', '',
      '    【年金】', '    ・厚生年金の適用を、事業所の規模にかかわらず、全ての港湾労働者に広げます。',
      '    ・年金の給付を、財源を確保した上で、底上げします。', '    ・年金生活者への給付金を拡充します。', '',
    ].join('\n');
    const recs = flattenOutline(outlineDocument(text, { fileName: 'seisakushu.txt' })).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => r.line), [8, 9, 10, 15, 16, 19, 20, 21], 'the object may stand apart from its verb, clauses between');
  });

  it('a roundtable\'s 提言 saved from a government web page: numbered proposals under the label\'s sub-headings, one of them leading into its own points', () => {
    const text = [
      '# 港湾の担い手に関する提言', '', '## 1 現状と課題', '', '担い手が減っている。', '',
      '## 2 提言', '', '本懇談会は、次のとおり提言する。', '',
      '### (1) 担い手の裾野の拡大', '', '1. 国は、港湾の仕事を誰もが関われる活動として位置付け直すべきである。', '',
      '2. 国及び地方公共団体は、女性や若年層が参画しやすくなるよう配慮すべきである。', '',
      '### (2) 活動環境の整備', '', '3. 国は、港湾のリーダーを計画的に育成すべきである。', '',
      '4. 国は、港湾の担い手の負担を軽減するため、次の取組を進めるべきである。', '',
      '   - ア　安否確認の仕組みの導入', '   - イ　資機材の共同保有', '',
      '5. 国は、活動中の補償制度を点検すべきである。', '', '## 3 今後の進め方', '', '関係府省庁は、実施可能なものから着手する。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'teigen.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[13, 13], [15, 15], [19, 19], [21, 24], [26, 26]], 'each numbered proposal; the points are the fourth one\'s');
  });

  it('a policy note\'s reform matrix from pandoc: rows that name the group of the rows below, in italics, are no recommendations', () => {
    const text = [
      '# 5. Policy Recommendations', '', 'Table 5.1: Recommended policy actions', '',
      '| Recommendation | Responsible agency | Timeframe |', '|---|---|---|', '| *Port revenue* | | |',
      '| Remove the exemptions on harbour dues for cruise ships | Ministry of Finance | Short term |',
      '| Publish an annual report of harbour dues | Port Authority | Short term |', '| *Port spending* | | |',
      '| Set a ceiling on the port authority\'s wage bill | Ministry of Finance | Medium term |', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'note.md' }).map(r => r.line), [8, 9, 11]);
  });

  it('a party\'s pledges: a list of measures in the polite form holds a pledge whose verb the table lacks; a fact among them, or a pledge marked as repeated, is none', () => {
    const pledges = (third: string) => ['● 暮らし', '', '【医療】', '・離島の診療所を維持し、医師への手当を拡充します。', '・港湾の近くに救急の拠点を整えます。', third, ''].join('\n');
    assert.equal(recommendationsOf(pledges('・高額療養費の自己負担の引上げは行いません。'), { fileName: 'p.txt' }).length, 3);
    assert.equal(recommendationsOf(pledges('・離島の医師は10年で半減しています。'), { fileName: 'p.txt' }).length, 0, 'a fact makes the list none');
    const repeated = recommendationsOf(pledges('・（再掲）最低賃金を全国で時給1,500円に引き上げます。'), { fileName: 'p.txt' });
    assert.deepEqual(repeated.map(r => r.line), [4, 5], 'the repeat counts where it was made');
  });

  it('a numbered ballot that recommends and leads into its parts with `including:`: one recommendation over its points and its vote', () => {
    const text = [
      'Chapter 3: The Recommendations', '3.1 Harbours', 'Members heard that the quays are old.',
      '7. The Assembly recommends that every quay be inspected each spring.', 'Votes: 88% in favour',
      '8. The Assembly recommends that the State act to improve the pay of harbour crews,', 'including:',
      '(a) a minimum hourly rate linked to the living wage;', '(b) payment for night shifts; and', '(c) a recognised qualification.', 'Votes: 94% in favour',
      '9. The Assembly recommends that ferries run at night.', 'Votes: 71% in favour',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[4, 5], [6, 11], [12, 13]]);
  });

  it('a label chapter\'s sub-headings that each hold a list after a paragraph: the lists are the recommendations, each read afresh', () => {
    const text = [
      '## 1 Findings', '', 'Text.', '', '## 2 Policy Proposals', '', '### 2.1 Reporting', '', 'The act omits energy. The following proposals aim to fix it.', '',
      '- Energy: Report the energy of each model.', '- Water: Report the water of each site.', '',
      '### 2.2 Clarifications', '', 'Ambiguities in the act are many, and firms do not know what to do.', '',
      '- Status: Define who provides a model.', '- Exemption: Remove the exemption for open models.', '', '## 3 Conclusion', '', 'Text.',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'paper.md' });
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs).map(t => t.split(':')[0]), ['Energy', 'Water', 'Status', 'Exemption']);
    assert.ok(recs.every(r => r.label === 'Policy Proposals'));
    assert.deepEqual(outline.nodes[1].children.filter(n => n.kind === 'section').map(n => n.title), ['2.1 Reporting', '2.2 Clarifications'], 'the sub-headings stay sections');
  });

  it('a manifesto\'s pledges as bold titles over one line each, under a bold label and a later group named by a bold line', () => {
    const text = [
      '# Manifesto', '', '## Ports', '', 'Our ports are failing.', '', '**URGENT REFORMS NEEDED IN THE FIRST YEAR:**', '',
      '**Repair Every Quay**', 'All quays will be repaired within a year.', '', '**Train the Crews**', 'Every crew will be trained.', '',
      '**Thereafter:**', '', '**Open the Data**', 'All port data will be open.', '', '**Cut the Fees**', 'Fees will fall by half.', '',
      '## Schools', '', 'Text.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'manifesto.md' });
    assert.deepEqual(titles(recs).map(t => t.split(' ').slice(0, 2).join(' ')), ['Repair Every', 'Train the', 'Open the', 'Cut the']);
    assert.ok(recs.every(r => r.label === 'URGENT REFORMS NEEDED IN THE FIRST YEAR'));
  });

  it('a guidebook\'s list of recommended points with tables and figures set between them: the list goes on after each', () => {
    const text = [
      '## 2. 岸壁の設計', '', '岸壁の設計時には、以下の点に沿うことを推奨します。', '', '* 岸壁の高さは潮位に合わせる。', '* 照明を設ける。', '',
      '表 ２－１　岸壁の種類', '', '| 種類 | 特徴 |', '|---|---|', '| 浮桟橋 | 潮位に追従する。 |', '', '※：参考資料をもとに作成', '',
      '* 係留設備は点検しやすくする。', '', '図 ２－１　係留の例', '', '```', '{ "ropes": 4 }', '```', '', '* 点検の記録を残す。', '',
      'この章の説明は以上である。', '', '* 別の話題の項目。',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'guide.md' })), ['岸壁の高さは潮位に合わせる。', '照明を設ける。', '係留設備は点検しやすくする。', '点検の記録を残す。']);
  });

  it('a paragraph announcing the recommendations leads into their list like a sentence that recommends', () => {
    const text = ['## Outcome', '', 'The following recommendations were agreed by the members:', '', '- Fund the harbour school.', '- Open the data.', '', 'The meeting closed.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'o.md' })), ['Fund the harbour school.', 'Open the data.']);
    assert.deepEqual(titles(recommendationsOf(['## Outcome', '', 'The members discussed the following:', '', '- The harbour school.', '- Data.'].join('\n'), { fileName: 'o.md' })), []);
    const counted = ['## Our Pledges', '', 'Our plan is long, but we have summed it up in two core pledges:', '', '1. **Safe Harbours**', '   Repair every quay.', '2. **Skilled Crews**', '   Train every crew.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(counted, { fileName: 'p.md' })).map(t => t.slice(0, 12)), ['Safe Harbour', 'Skilled Crew'], 'a sentence that counts its pledges');
    const clause = ['## Our Vision', '', 'Our work stresses three key recommendations that make up a shared vision:', '', '1. Fund the harbour school.', '1. Open the data.', '1. Train the crews.'].join('\n');
    assert.equal(recommendationsOf(clause, { fileName: 'v.md' }).length, 3, 'the count followed by a clause about them');
    const ports = ['## Our Vision', '', 'Our work covers three ports that lie on the coast:', '', '1. Dover.', '1. Hull.', '1. Leith.'].join('\n');
    assert.deepEqual(recommendationsOf(ports, { fileName: 'v.md' }), [], 'a count of other things');
  });

  it('an appendix of key recommendations: * items, each an actor and an action', () => {
    const text = [
      '1.  Introduction', '', '   Text.', '', '2.  Discussion', '', '   More text.', '',
      'Appendix A.  Key Recommendations from the Survey', '', '   Several recommendations were made; the main ones were:', '',
      '   *  Vendors: Ship the same data model everywhere.', '', '   *  Operators: Report what', '      breaks.', '',
      'Appendix B.  Participants', '', '   *  A. Person', '',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), ['Vendors: Ship the same data model everywhere.', 'Operators: Report what breaks.']);
    assert.equal(recs[0].label, 'Key Recommendations from the Survey');
  });

  it('a label followed by paragraphs that propose, not by a list: each paragraph; a lead-in ending with a colon is not one', () => {
    const text = [
      '## 1. Findings', '', 'Ports are old.', '', '## 2. Recommendations', '', 'We make two recommendations:', '',
      'The ministry should publish a ten-year plan for the ports and',
      'review it every year.', '', 'Regions must be consulted before any port closes.', '', '## 3. Next', '', 'Text.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'brief.md' });
    assert.deepEqual(titles(recs), [
      'The ministry should publish a ten-year plan for the ports and review it every year.',
      'Regions must be consulted before any port closes.',
    ]);
  });

  it('a council\'s report: bracketed labels name blocks, not survey questions, and an issues label ends the proposals before it', () => {
    const text = [
      '冬季の除雪体制に関する報告', '', '１．経緯', '雪の多い年が続いた。', '', '２．論点', '（１）人手', '作業員が減っている。',
      '（２）費用', '燃料費が上がっている。', '', '３．対応', '', '【提言】', '・除雪の担い手を地域で育てること。',
      '・燃料費の補助を設けること。', '', '【課題】', '・予算の確保', '・機械の老朽化', '', '４．むすび', '検討を続ける。',
    ].join('\n');
    const outline = outlineDocument(text);
    assert.equal(outline.format, 'report', 'numbered chapters, not a survey');
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['１．経緯', '２．論点', '３．対応', '４．むすび']);
    assert.deepEqual(titles(recommendationsOf(text)), ['除雪の担い手を地域で育てること。', '燃料費の補助を設けること。']);
  });

  it('a plain issues line after a block of proposals starts the issues, where a group name inside the block does not', () => {
    const text = [
      '１．総論', '本文。', '', '２．提言', '', '提言', '', '行政の役割', '- 窓口を一つにする。', '- 手続きを減らす。', '',
      '課題', '- 人員の不足', '- 予算の不足', '', '３．結び', '本文。',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['窓口を一つにする。', '手続きを減らす。']);
  });

  it('a government outline converted from slides: arrow, tick and ◎ items, ▶ lines that are sentences, each label over its own items', () => {
    const text = [
      '第１章　現状', '', '　本文。', '', '第２章　対応', '', '【提言】', '➢ 窓口を一本化する。', '➢情報共有を進める。', '',
      '【具体策】', '▶ 夜間の相談を設ける。', '▶ 若者の窓口を設ける。', '', '【施策】', '✓ 評価を行う。', '◎ 予算を確保する。', '',
      '第３章　おわりに', '', '　以上。',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), ['窓口を一本化する。', '情報共有を進める。', '夜間の相談を設ける。', '若者の窓口を設ける。', '評価を行う。', '予算を確保する。']);
    assert.deepEqual(recs.map(r => r.label), ['提言', '提言', '具体策', '具体策', '施策', '施策']);
  });

  it('an inspector\'s findings, each followed by its recommendation after a label and a colon, in English and Japanese', () => {
    const english = ['1. Background', '', 'Text.', '', '2. Findings', '', 'Finding 1: Applications wait too long.', '', 'Recommendation: Set a standard of 30 days.', '',
      'Finding 2: Fees are low.', '', 'Recommendation: Review the fees every three years.', '', '3. Response', '', 'Agreed.'].join('\n');
    assert.deepEqual(recommendationsOf(english).map(r => [r.label, r.title]), [['Recommendation', 'Set a standard of 30 days.'], ['Recommendation', 'Review the fees every three years.']]);
    const japanese = ['１．現状', '', '　本文。', '', '２．課題と提言', '', '課題：手続に時間がかかる。', '提言：審査期間の目標を定める。'].join('\n');
    assert.deepEqual(recommendationsOf(japanese).map(r => [r.label, r.title]), [['提言', '審査期間の目標を定める。']]);
    const wrapped = ['1. Notes', '', '   The panel makes four', '   recommendations: (1) using one protocol, (2) one model.'].join('\n');
    assert.deepEqual(recommendationsOf(wrapped), [], 'a line wrapped in a paragraph is no label');
  });

  it('an economic survey printed from PDF: a numbered box of key recommendations, its bullets in the Symbol font', () => {
    const bullet = '\uf0b7';
    const text = ['Chapter 1. Assessment', '', 'Growth has slowed.', '', 'Box 1.1. Key recommendations', '', ` ${bullet} Reduce barriers to entry.`, ` ${bullet} Expand training for adults.`, '',
      'Chapter 2. Productivity', '', 'Firms invest too little.'].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [['Key recommendations', 'Reduce barriers to entry.'], ['Key recommendations', 'Expand training for adults.']]);
  });

  it('a web article: paragraphs led by a sentence in bold under a label are its recommendations; a bold word in prose, or a note led in bold, is not', () => {
    const text = ['# Rural Hospitals', '', '## The problem', '', 'Hospitals are **closing** fast.', '', '## Policy recommendations', '',
      '**Pay for standby capacity.** Emergency rooms cost money even when empty.', '', '**Let hospitals share staff.** Rules stop nurses moving.', '',
      '**Note on responses:** Where a trust partly accepts one, we will ask again.', '', '## Conclusion', '', 'Closures can be stopped.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'article.md' })), [
      'Pay for standby capacity. Emergency rooms cost money even when empty.', 'Let hospitals share staff. Rules stop nurses moving.',
    ]);
  });

  it('a think tank\'s web report: a bold recommendation whose explanation holds a list of its own goes on to the next bold one', () => {
    const text = ['# Ferries', '', '## Recommendations', '',
      '**1. Congress should fund new hulls.**', '', 'Most ferries are old. The fund would pay for half of each new hull.', '',
      '**2. The Department should train more crews.**', '', 'Crews are short. The Department and the colleges should jointly:', '',
      '  * fund apprenticeships on the ferries;', '  * open night courses in the ports; and', '  * recognise the licences of navy veterans.', '',
      '**3. States should publish timetables a year ahead.**', '', 'Travellers cannot plan without them.', '', '## Conclusion', '', 'Ferries can be saved.'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 20)), ['Congress should fund', 'The Department shoul', 'States should publis']);
    assert.equal(lineOf(text, { ...recs[1], line: recs[1].endLine }).trim(), '* recognise the licences of navy veterans.', 'the explanation and its list are the recommendation\'s');
  });

  it('a ministry\'s ○ items written without a space after the mark', () => {
    const text = ['第１章　提言', '', '【提言】', '○地域の医療を守る。', '●担い手を育てる。', '', '第２章　おわりに', '', '　以上。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['地域の医療を守る。', '担い手を育てる。']);
  });

  it('a kanji zero typed for the circle before a space (`〇\u3000…`) marks an item; `〇〇県` is a placeholder name', () => {
    const text = ['第１章\u3000提言', '', '【提言】', '〇\u3000研修を増やす。', '〇\u3000担い手を育てる。', '', '〇〇県の例を広める。', '', '第２章\u3000おわりに', '', '\u3000以上。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['研修を増やす。', '担い手を育てる。']);
  });

  it('a ▶ or ■ line that is a title stays a section heading; ○○ is a placeholder name, not a marker', () => {
    const text = ['第１章　提言', '', '▶ 人材の育成', '', '【提言】', '○ 研修を増やす。', '', '○○市の例を広める。', '', '■ 財源', '', '　本文。'].join('\n');
    const outline = outlineDocument(text);
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'section' && !n.title.startsWith('【'))), ['人材の育成', '財源']);
    assert.deepEqual(titles(recommendationsOf(text)), ['研修を増やす。']);
  });

  it('a chapter that ends with the proposals (Conclusions and Recommendations, 課題と提言) holds them as a label does', () => {
    const english = ['1. Introduction', '', 'Text.', '', '2. Conclusions and Recommendations', '', 'The review found gaps.', '', '- Fund the registry.', '- Publish annual data.', '', '3. Annex', '', 'Tables.'].join('\n');
    assert.deepEqual(recommendationsOf(english).map(r => [r.label, r.title]), [['Conclusions and Recommendations', 'Fund the registry.'], ['Conclusions and Recommendations', 'Publish annual data.']]);
    const japanese = ['第１章　現状', '', '　本文。', '', '第２章　課題と提言', '', '・財源を確保する。', '・人材を育成する。'].join('\n');
    assert.deepEqual(recommendationsOf(japanese).map(r => [r.label, r.title]), [['課題と提言', '財源を確保する。'], ['課題と提言', '人材を育成する。']]);
  });

  it('a foundation\'s proposal in Markdown: a label with a subtitle, bold (1) items grouped by whom they address, a summary that counts its proposals', () => {
    const text = [
      '# 港湾を守る', '', '## この提言の要点', '', '**提案は二つ。**', '', '1. 岸壁を守る。', '2. 人を育てる。', '',
      '**その費用は国が持つ。** 詳しくは第2章で述べる。', '', '## 第1章　現状', '', '港は古い。', '',
      '## 第2章　提言 ── 誰に何を求めるか', '', '### 2.1 市に対して', '', '**（1）岸壁を点検する**', '', '毎年点検する。', '',
      '**（2）記録を公開する**', '', '結果を公開する。', '', 'これらは既存の制度で足りる。', '',
      '### 2.2 国に対して', '', '**（1）財源を用意する**', '', '交付金を設ける。', '', '## 第3章　おわりに', '', '以上。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'proposal.md' });
    assert.deepEqual(titles(recs), ['岸壁を守る。', '人を育てる。', '岸壁を点検する', '記録を公開する', '財源を用意する']);
    assert.deepEqual([...new Set(recs.map(r => r.label))], ['提案は二つ。', '提言 ── 誰に何を求めるか']);
  });

  it('pledges as a bold title over a one-line description, under a label: each pair is one', () => {
    const text = ['# Plan', '', '## Harbours', '', '**Key recommendations:**', '', '**Repair Every Quay**', 'All quays will be repaired.', '',
      '**Train Every Crew** ', 'Every crew gets yearly training.', '', '## Schools', '', 'Text.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'plan.md' })), ['Repair Every Quay All quays will be repaired.', 'Train Every Crew Every crew gets yearly training.']);
  });

  it('a foundation\'s proposals as numbered headings in Markdown: each spans the reasons under it, up to the next heading', () => {
    const text = [
      '# 港湾の未来', '', '## 第4章 提言', '', '### 提言1：岸壁を耐震化する', '', '大地震に備える。', '', '主要な岸壁から進める。', '',
      '### 提言2：データを共有する', '', '各港の情報を一元化する。', '', '## 第5章 おわりに', '', '以上。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'teigen.md' });
    assert.deepEqual(recs.map(r => [r.title, r.line, r.endLine]), [['岸壁を耐震化する', 5, 9], ['データを共有する', 11, 13]]);
  });

  it('a think tank\'s proposals as numbered sub-headings of a label chapter in plain text, stated as sentences; topics are not', () => {
    const text = [
      'Ⅰ．はじめに', '　本会は港湾を論じてきた。', '', 'Ⅱ．提言', '１．岸壁の耐震化を急ぐべきである', '　大地震に備え、主要な岸壁から順に進める。',
      '２．港湾人材の育成に投資せよ', '　研修制度を整える。', '３．データの共有を進める', '　各港の情報を一元化する。', '', 'Ⅲ．おわりに', '　以上。',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), ['１．岸壁の耐震化を急ぐべきである', '２．港湾人材の育成に投資せよ', '３．データの共有を進める']);
    assert.ok(recs.every(r => r.label === '提言'));
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[5, 6], [7, 8], [9, 10]], 'the heading states the recommendation; it spans the reasons under it, up to the next');
    const topics = ['Ⅰ．はじめに', '　本文。', '', 'Ⅱ．施策', '１．支援', '　本文。', '２．連携', '　本文。'].join('\n');
    assert.deepEqual(recommendationsOf(topics), []);
  });

  it('a committee\'s conclusions and recommendations numbered alike: where some items propose, the others are conclusions', () => {
    const text = [
      '# Harbour Safety', '', '## Findings', '', 'Ports are busy.', '', '## Conclusions and recommendations', '',
      '1. **Ports are safer than ten years ago, but the gains are uneven.** (Paragraph 12)', '',
      '2. **We recommend that the Department publish yearly figures on accidents.** (Paragraph 18)', '',
      '3. **The Department should fund training for night shifts.** (Paragraph 24)', '',
      '4. **The Committee urges the ports to share their data.**', '', '## Formal minutes', '', 'Members present.',
    ].join('\n');
    const outline = flattenOutline(outlineDocument(text, { fileName: 'committee.md' }));
    assert.deepEqual(titles(outline.filter(n => n.kind === 'recommendation')).map(t => t.slice(0, 22)), ['We recommend that the ', 'The Department should ', 'The Committee urges th']);
    assert.deepEqual(titles(outline.filter(n => n.kind === 'item')).map(t => t.slice(0, 22)), ['Ports are safer than t'], 'listed, as no recommendation');
  });

  it('a manifesto\'s lettered labels, each with its subject (政策概要 (a) …): the items under each are the recommendations', () => {
    const text = ['# 科学', '', '## １）研究を支える', '', '### 政策概要 (a) 基盤の充実', '', '- 交付金を増やします', '- 設備を共用にします', '',
      '### 政策概要 (b) 若手の育成', '', '- 任期のない職を増やします', ''].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), ['交付金を増やします', '設備を共用にします', '任期のない職を増やします']);
    assert.deepEqual(recs.map(r => r.label), ['政策概要 (a) 基盤の充実', '政策概要 (a) 基盤の充実', '政策概要 (b) 若手の育成']);
  });

  it('a committee\'s numbered recommendation that leads into bullets beside it: the bullets are its details, the next number the next one', () => {
    const text = [
      'Conclusions and recommendations', '',
      '1.  The department should publish its harbour plan this year.',
      '2.  Ports cannot plan their own repairs without knowing the national priorities, and we recommend that the plan should include:',
      '\u2022  a map of the harbours;', '\u2022  the cost of each repair.',
      '3.  The plan is also the place to say where the money goes first, and we recommend that it cover the following areas:', '\u2022 ', 'Dredging;', '\u2022  Pilots.',
      '4.  The department must report to us in a year.',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs).map(t => t.slice(0, 14)), ['The department', 'Ports cannot p', 'The plan is al', 'The department']);
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[3, 3], [4, 6], [7, 10], [11, 11]]);
  });

  it('a select committee\'s report from PDF: its formal minutes and the evidence it lists end the conclusions and recommendations', () => {
    const text = [
      '1 Introduction', '1. Ferries link the islands to the mainland all year round.', '',
      '2 Winter services', '2. Winter sailings were cut in most years of the decade.', '3. Islanders told us the cuts hurt.', '',
      'Conclusions and recommendations', '1.     The Department should publish ferry timetables a season ahead.', '       (Paragraph 2)', '',
      '2.     The Department should fund winter sailings. (Paragraph 3)', '',
      'Formal minutes', 'Tuesday 3 March 2031', 'Members present:', 'Jane Hollis, in the Chair', '',
      'Witnesses', 'The following witnesses gave evidence.', '', 'Tuesday 10 February 2031', 'Ann Pike, Harbour Trust                 Q1–20', '',
      'Published written evidence', 'The following written evidence was received.', '1     Island Ferry Users (IFU0003)', '2     Harbour Trust (IFU0011)',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[9, 10], [12, 12]]);
  });

  it('a think tank\'s numbered recommendations, each over a paragraph and the steps it takes in bullets beside it', () => {
    const text = [
      'Recommendations', '', 'We recommend that:',
      '1.  Every pupil should visit a working port at least once before', 'leaving school.',
      '\u2022 Ports could open their gates to schools one day a year.', '\u2022 Councils should pay for the buses.',
      '2.  A plan for port careers is needed across the two ministries.',
      'Careers advice rarely mentions ports today.', '\u2022 The ministries should write one plan together.',
      '3.  Ports should publish who they hire.',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)).map(t => t.slice(0, 16)), ['Every pupil shou', 'A plan for port ', 'Ports should pub']);
  });

  it('a chapter titled by its recommendations, its lists of examples before its own `Recommendation:` lines: only those are recommendations', () => {
    const text = [
      'A Made-Up Review', '', 'SECTION 1: BACKGROUND', '', 'Ports are old.', '',
      'SECTION 2: RECOMMENDATIONS TO IMPROVE PORT SKILLS', '', 'Ports need people in many trades, including:', '',
      '- crane operators', '- marine engineers', '',
      'Recommendation: Colleges should offer a port engineering course.', '',
      'Recommendation 2: Ports should fund ten apprenticeships each year.', '',
    ].join('\n');
    const outline = outlineDocument(text);
    assert.deepEqual(titles(recommendationsOf(text)), ['Colleges should offer a port engineering course.', 'Ports should fund ten apprenticeships each year.']);
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'item')), ['crane operators', 'marine engineers'], 'the examples stay in the outline, as items');
  });

  it('text without blank lines runs on as prose after a list\'s last item: the item ends, and so does the block', () => {
    const prose = Array.from({ length: 30 }, (_, k) => `Ports in region ${k + 1} reported their repairs late, as the survey shows.`);
    const text = ['Recommendations', '\u2022 Fund the repairs of the oldest', 'ports first.', '\u2022 Train the pilots.', ...prose, '\u2022 Ports reported in three ways.'].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), ['Fund the repairs of the oldest ports first.', 'Train the pilots.']);
    assert.ok(recs[1].endLine < 30, 'the last item stops where the prose runs on');
  });

  it('a project\'s own label opens a block like those of the table', () => {
    const text = 'Chapter 1: Ports\n\nWhat we ask\n\n- Fund the repairs.\n- Train the pilots.\n';
    assert.equal(recommendationsOf(text).length, 0);
    assert.deepEqual(titles(recommendationsOf(text, { recommendationLabels: ['What we ask'] })), ['Fund the repairs.', 'Train the pilots.']);
  });
});

describe('an assessment body\'s evaluation: findings then recommended actions in each chapter, its paragraphs numbered through', () => {
  const text = [
    'CHAPTER 1. RISKS AND CONTEXT', '',
    '1.      The country was last assessed in 2015. At that time the assessors recommended that the',
    '        country should:',
    '           (a) criminalise the laundering of its own proceeds;',
    '           (b) license every harbour agent.',
    '        Item (a) was addressed in 2018.', '',
    'CHAPTER 2. POLICIES AND COORDINATION', '',
    '2.1. Key Findings and Recommended Actions', '',
    'Key Findings', '',
    '1.      The country has a reasonable understanding of its risks.',
    '2.      The coordination committee meets quarterly.', '',
    'Recommended Actions', '',
    'a)    The country should update its risk assessment to cover the free zone and share it',
    '      with the harbour agents.',
    'b)    The committee should adopt a costed action plan.', '',
    '7.      The outcome assessed in this chapter is the first. The standards relevant for it are',
    '        the first and the second.', '',
    '2.2. Understanding of Risks', '',
    '8.      The assessment of 2022 involved every authority.',
  ].join('\n');
  const all = flattenOutline(outlineDocument(text, { fileName: 'evaluation.txt' }));
  const recs = all.filter(n => n.kind === 'recommendation');

  it('takes the lettered actions, not the findings above them nor the numbered paragraph after them', () => {
    assert.deepEqual(recs.map(r => r.title.slice(0, 30)), ['The country should update its ', 'The committee should adopt a c']);
    assert.deepEqual(recs.map(r => r.endLine), [21, 22]);
  });

  it('leaves the points an earlier assessment recommended, led in over two lines, as the text\'s account', () => {
    assert.ok(!all.some(n => n.kind === 'recommendation' && n.title.startsWith('criminalise')));
  });
});

describe('an investigating committee\'s report printed with its layout: proposals as numbered headings over indented paragraphs', () => {
  const page = (n: number) => ['', `                                          - ${n} -`, '\f                                      港湾運送株式会社 調査委員会 報告書', ''];
  const text = [
    '\f                                      港湾運送株式会社 調査委員会 報告書', '',
    '第３  認定した事実', '', '      点検の記録は紙で保管されていた。', ...page(6),
    '第４  原因分析', '', '      点検の記録が共有されていなかった。', ...page(7),
    '第５  再発防止策の提言', '',
    '      本章では、第４で述べた原因を踏まえ、再発防止のために当社が講ずべき施策を述',
    '    べる。当委員会は、関係者へのヒアリングと現地調査の結果に基づき、実効性のある',
    '    施策を検討した。', '',
    '      当社は、2025年３月１日、当委員会の調査と並行して、以下の緊急対策を公表し',
    '    ている。',
    '      ①  全岸壁の臨時点検',
    '      ②  点検記録の本社への報告',
    '      当委員会は、これらの施策を評価するが、根本的な対策とはいい難い。そこで、当',
    '    委員会は、以下のとおり提言する。なお、具体的な実施方法は当社において検討され',
    '    ることを期待する。', '',
    '１  経営陣による安全最優先の姿勢の明確化と継続的な発信',
    '      当社の経営陣は、本件が経営陣の関与の不足に起因するものであることを受け止め、',
    '    安全を優先することを全役職員に明確に示すべきである。',
    '', '２  点検部門の独立性の確保と運航停止の権限の明確化と周知',
    '      当社は、点検部門の運航部門からの独立性を確保するため、点検課を本社の直轄',
    '    組織とすべきである。',
    ...page(8),
    '３  点検データの自動記録と改ざん防止の仕組みの整備',
    '      当社は、点検データを自動的に記録する仕組みを全岸壁に導入し、人の手による',
    '    修正が介在しないようにすべきである。', '',
    '第６  結語', '', '      以上のとおり報告する。', '', '                                          - 9 -',
  ].join('\n');
  const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));

  it('takes each numbered heading announced as proposed for one recommendation, its paragraph for its text', () => {
    const recs = all.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(n => n.title.slice(0, 9)), ['１  経営陣による', '２  点検部門の独', '３  点検データの']);
    assert.deepEqual(recs.map(n => [n.line, n.endLine]), [[31, 33], [35, 37], [42, 44]]);
  });

  it('keeps the measures the company took, quoted before the proposals, as items', () => {
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.title.slice(0, 8)), ['全岸壁の臨時点検', '点検記録の本社へ']);
  });
});

describe('a list that sums up what the text recommends in full elsewhere', () => {
  const highlights = [
    '# Harbour Fees Audit', '', '## Highlights', '',
    'We made four recommendations. Among other things, the Department should:', '',
    '- adopt a written collection strategy;', '- reconcile its fee data.', '',
    '## Findings and Recommendations', '',
    '### Recommendation 1', '', 'The Department should adopt a written strategy for collecting overdue harbour fees.', '',
    '### Recommendation 2', '', 'The Department should reconcile its fee data with its annual accounts every quarter.', '',
  ].join('\n');

  it('keeps the highlights\' list as items where the chapters recommend in full', () => {
    const all = flattenOutline(outlineDocument(highlights, { fileName: 'audit.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.title), ['adopt a written collection strategy;', 'reconcile its fee data.']);
    assert.equal(all.filter(n => n.kind === 'recommendation').length, 2);
  });

  it('keeps the points a numbered paragraph of the introduction sums up as items, under a label', () => {
    const paper = [
      'CHAPTER 1   INTRODUCTION', '', 'Summary of our proposals', '',
      '1.8      In short, we propose:', '', '         (1)  a register of harbour fees; and', '         (2)  a tribunal for disputes.', '',
      'CHAPTER 2   A REGISTER', '', 'Proposal 1.', '', '2.4      We propose that each harbour authority should keep a public register of its fees.', '',
      'CHAPTER 3   A TRIBUNAL', '', 'Proposal 2.', '', '3.2      We propose that a tribunal should hear disputes about harbour fees.', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(paper, { fileName: 'paper.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.title), ['a register of harbour fees; and', 'a tribunal for disputes.']);
    assert.equal(all.filter(n => n.kind === 'recommendation').length, 2);
  });

  it('keeps such a list as recommendations where the text makes no other', () => {
    const alone = ['# Harbour Fees', '', 'In short, we propose:', '', '- a register of harbour fees;', '- a tribunal for disputes.', ''].join('\n');
    assert.deepEqual(recommendationsOf(alone, { fileName: 'note.md' }).map(r => r.title), ['a register of harbour fees;', 'a tribunal for disputes.']);
  });
});

describe('a university\'s external review saved from Word as text: what it found good, then what is to improve', () => {
  it('takes the bullets under 【改善を要する点】 for recommendations, not those under 【優れた点】', () => {
    const text = [
      '外部評価委員会報告書', '', 'Ⅰ\u3000評価の方法', '', '各項目について、「優れた点」と「改善を要する点」を取りまとめた。', '',
      'Ⅱ\u3000各項目の評価', '', '１．教育', '', '【優れた点】', '', '・\t全学部で港湾実習を必修としている。', '・\t留学生の支援が手厚い。', '',
      '【改善を要する点】', '', '・\t実習の学修成果を測る指標を定め、毎年検証することが望まれる。', '・\t博士課程の定員充足率を高める方策を講じるべきである。', '',
      'Ⅲ\u3000総評', '', '大学の一層の発展を期待する。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'review.txt' }).map(r => r.title.slice(0, 8)), ['実習の学修成果を', '博士課程の定員充']);
  });
});

describe('a research programme\'s evaluation converted by font size: a cover of headings, bold numbered proposals over their paragraphs', () => {
  const text = [
    '# 港湾研究開発プログラム', '', '# 研究開発テーマ', '', '# 「岸壁の長寿命化技術」', '', '## 事後評価報告書', '',
    '**港湾研究推進機構**', '', '# 評価委員名簿', '', '|氏名|所属|', '|---|---|',
    ...['港 太郎', '岸 花子', '波 一郎', '浜 次郎', '汐 三郎', '灘 四郎', '湊 五郎', '津 六郎', '磯 七子', '浦 八郎', '崎 九郎'].map(name => `|${name}|港湾大学|`), '',
    '# 目次', '', '**1. 評価の概要** …………………… 1', '', '**2. 評価結果** …………………… 2', '', '**3. 今後への提言** …………………… 4', '', '**参考資料** …………………… 6', '',
    '## 1. 評価の概要', '', '本委員会は、プログラムを評価した。', '',
    '## 2. 評価結果', '', '課題Ｂで開発された補修材は、岸壁の寿命を延ばした。', '',
    '# 3. 今後への提言', '', '本委員会は、以下のとおり提言する。', '', '### 3.1 機構に対する提言', '',
    '**（１）成果の実装に向けた継続的な支援**', '', '機構は、成果の実証に向けた支援を続けるべきである。', '',
    '**（２）点検データの共有**', '',
    '課題Ｄで構築された点検データベースは、成果を束ねる基盤であり、その散逸は',
    '大きな損失となる。機構は、次の取組を通じて、データベースを維持すべきである。', '',
    '① 運営主体を早期に決定すること。', '', '② 利用規約を整備すること。', '',
    '– 9 –', '', '-----', '', '港湾研究開発プログラム事後評価報告書', '',
    '**（３）多様な人材の参画の促進**', '', '機構は、若手研究者の参画を促す方策を講ずるべきである。', '',
    '### 3.2 研究者への期待', '', '本委員会は、本プログラムの関係者に対して次のことを', '期待する。', '',
    '○ 研究者には、成果を国内外に発信し続けることが望まれる。', '', '○ 産業界には、成果を製品に取り入れることが望まれる。', '',
    '– 10 –', '', '-----', '', '港湾研究開発プログラム事後評価報告書', '', '## 参考資料', '', '評価基準を示す。',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'evaluation.md' });
  const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');

  it('reads the headings of the title page, which the contents do not list, as the cover', () => {
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['評価委員名簿', '1. 評価の概要', '2. 評価結果', '3. 今後への提言', '参考資料']);
  });

  it('takes each bold proposal with its paragraph and its numbered points, past a page break, and the points led in over a wrapped line', () => {
    assert.deepEqual(recs.map(r => r.title.slice(0, 6)), ['成果の実装に', '点検データの', '多様な人材の', '研究者には、', '産業界には、']);
    // The second spans its points, to the page's end.
    assert.deepEqual(recs.slice(0, 2).map(r => r.line), [51, 55]);
    assert.ok(recs[1].endLine >= 62);
  });
});

describe('a federation\'s requests to the government in bold numbered titles over their paragraphs', () => {
  it('keeps each numbered point in its request, and a last title whose paragraph leads into bullets names their group', () => {
    const text = [
      '## 2．政府への要望', '',
      '**（1）港湾投資税制を拡充すべきである**', '', '現行の措置は時限的であり、以下の見直しを行うべきである。', '',
      '① 控除率を引き上げること', '', '② 適用期限を撤廃すること', '',
      '**（2）港湾人材の学び直しを支援すべきである**', '', '働き手が自ら学び直せるよう、個人への給付を創設すべきである。', '',
      '**（3）港湾間の労働移動を円滑にする**', '', '円滑な労働移動のため、政府に対し、以下の措置を求める。', '',
      '・求人情報の連携を強化することを求める。', '', '・給付制限の見直しを求める。', '',
      '## 3．おわりに', '', '以上を求める。',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'youbou.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[3, 9], [11, 13], [19, 19], [21, 21]]);
    assert.deepEqual(all.filter(n => n.kind === 'group').map(n => n.title), ['港湾間の労働移動を円滑にする']);
  });
});

describe('an auditor general\'s report saved from its web page by pandoc: a contents of links, a closing grid table', () => {
  const text = [
    '1.  [Home](/en/home.html)', '2.  [Reports to Parliament](/en/reports.html)', '', '::: {role="main"}',
    '# Report 4---Safety of Harbour Walls {#wb-cont}', '', '## Summary', '', 'The department does not know all its walls.', '', '## Table of Contents {#toc}', '',
    '-   [Introduction](#hd2a)', '    -   [Background](#hd3a)', '    -   [Focus of the audit](#hd3b)',
    '-   [Findings, Recommendations, and Responses](#hd2b)', '    -   [Knowing what walls the department owns](#hd3c)',
    '-   [Conclusion](#hd2c)', '-   [About the Audit](#hd2d)', '-   [List of Recommendations](#hd2e)', '',
    '## Introduction {#hd2a}', '', '### Background {#hd3a}', '', 'The department owns 40 harbour walls.', '',
    '### Focus of the audit {#hd3b}', '', 'We examined the inventory.', '',
    '## Findings, Recommendations, and Responses {#hd2b}', '', '### Knowing what walls the department owns {#hd3c}', '',
    '**4.11** The inventory was incomplete.', '', '#### Recommendation', '',
    '**4.21 Recommendation.** The department should reconcile its wall inventory with its engineering files and keep it up to date.', '',
    '**The department\'s response.** Agreed.', '',
    '#### Recommendation', '',
    '**4.29 Recommendation.** The department should inspect every wall at the frequency its directive sets out.', '',
    '**The department\'s response.** Agreed.', '',
    '## Conclusion {#hd2c}', '', 'The department did not know its walls.', '',
    '## About the Audit {#hd2d}', '', '### Audit objective', '', 'We examined whether the walls are safe.', '',
    '## List of Recommendations {#hd2e}', '', 'The following table lists the recommendations and responses.', '',
    '+-----------------------------------+-----------------------------------+',
    '| Recommendation                    | Response                          |',
    '+===================================+===================================+',
    '| **4.21** The department should    | **The department\'s response.**    |',
    '| reconcile its wall inventory with | Agreed.                           |',
    '| its engineering files and keep it |                                   |',
    '| up to date. **(4.11 to 4.20)**    |                                   |',
    '+-----------------------------------+-----------------------------------+',
    '| **4.29** The department should    | **The department\'s response.**    |',
    '| inspect every wall at the         | Agreed.                           |',
    '| frequency its directive sets out. |                                   |',
    '| **(4.22 to 4.28)**                |                                   |',
    '+-----------------------------------+-----------------------------------+',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'report.md' });
  const all = flattenOutline(outline);

  it('takes the contents\' entries of their own for chapters, those it sets in under them for sections', () => {
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Summary', 'Introduction', 'Findings, Recommendations, and Responses', 'Conclusion', 'About the Audit', 'List of Recommendations']);
  });

  it('reads each row of the closing grid table whole, and as the restatement of the recommendation it points back to', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [40, 46]);
    const rows = all.filter(n => n.kind === 'item' && n.line > 59);
    assert.deepEqual(rows.map(n => [n.line, n.endLine]), [[67, 70], [72, 75]]);
    assert.ok(rows[0].title.startsWith('4.21 The department should reconcile its wall inventory with its engineering files'));
  });
});

describe('an international financial institution\'s staff report: its appraisal\'s numbered paragraphs', () => {
  it('takes the paragraphs of the staff appraisal that advise for recommendations, those that assess for items', () => {
    const text = [
      'POLICY DISCUSSIONS', '', '12.     Staff recommended a tighter budget. The authorities broadly agreed.', '',
      'STAFF APPRAISAL', '',
      '27.     The harbour economy has shown resilience to a series of large shocks.', '',
      '28.     Fiscal consolidation should start now. Staff recommends a consolidation of 2 percent of GDP', 'over three years.', '',
      '29.     Monetary policy should remain tight until inflation is within the band.', '',
      '30.     Data provision is broadly adequate. Staff encourages the authorities to publish quarterly debt data.', '',
      'ANNEX I. RISK ASSESSMENT MATRIX', '', 'Risks are tilted to the downside.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'staff-report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [9, 12, 14]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [7]);
  });
});

describe('a committee\'s visit report printed to text: a numbered paragraph leading into its points, flush at the margin as the paragraphs are', () => {
  const text = [
    'Police custody', '', '18. Access to a lawyer was rare. The CPT recommends that access to a lawyer be', 'guaranteed from the outset.', '',
    '19. As regards access to a doctor, the delegation found that medical examinations of', 'detained persons at hospital were often conducted in the presence of',
    'police officers, and that the records of injuries were cursory. The CPT recommends', 'that steps be taken to ensure that:',
    '- all medical examinations of persons in custody are conducted out of the hearing', 'and out of the sight of police officers;',
    '- the record drawn up after an examination contains a full account of the findings; and',
    '- whenever injuries are recorded, the record is brought to the attention of the prosecutor.', '',
    '20. Information on rights was given in writing. The notice was in only four languages.', '',
    '21. Custody registers were well kept.', '',
  ].join('\n');

  it('a lead-in\'s last words wrapped onto a short line (`Prison to:`) make no heading', () => {
    const wrapped = ['Prisons', '', '30. Inter-prisoner violence was frequent and staff were few at night in the largest', 'establishment visited by the delegation.', '',
      '31. The CPT recommends that the authorities take steps at Harbour Central', 'Prison to:', '- increase the number of custodial staff present on the wings, in particular at night;',
      '- develop a strategy for preventing inter-prisoner violence.', '', '32. Material conditions were poor in the older wings of the prison.', ''].join('\n');
    assert.ok(!flattenOutline(outlineDocument(wrapped, { fileName: 'visit.txt' })).some(n => n.title === 'Prison to:'));
  });

  it('the points are the paragraph\'s; the next numbered paragraph ends them and is no recommendation', () => {
    const recs = recommendationsOf(text, { fileName: 'visit.txt' });
    assert.ok(recs.some(r => r.title.startsWith('all medical examinations')));
    assert.ok(!recs.some(r => r.line >= 15), titles(recs).join(' | '));
  });
});

describe('a research institute\'s policy brief printed to text from two columns: a chapter heading beside the other column, measures grouped under headings', () => {
  const text = [
    '港湾政策研究所 ポリシーブリーフ', '', '離島航路の縮小は島の暮らしをどう変えるか', '',
    '要旨', '', '● 航路の減便は島の高齢者の外出を減らした。', '',
    '1. 背景                                 航路の減便は、この10年で全国に広が', '                                        った。', '島の人口は減少を続けている。', '航路事業者の経営は厳しい。',
    '', '2. 分析結果', '', '\u3000減便後3年間で、外出割合は平均4ポイント低下した。',
    '', '3. 政策への示唆', '', '\u3000本稿の結果を踏まえ、次の政策を提言する。',
    '', '（1）短期的な対応', '①減便前の「移行計画」の策定', '\u3000航路事業者が減便を届け出る際に、自治体と共同で代替手段を含む移行計画を策定すべきである。',
    '②予約制の乗合船の導入', '\u3000国は、予約制の乗合船の導入を支援すべきである。', '', '（2）中長期的な対応',
    '①交通と福祉の財源の一体運用', '\u3000自治体が交通と福祉の財源を一体的に運用できる仕組みを設けるべきである。', '', '4. 本稿の限界',
    '', '\u3000本稿の分析は、市町村単位の集計データに依拠している。', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'brief.txt' });

  it('a numbered heading ends where the other column\'s line begins beside it', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['要旨', '1. 背景', '2. 分析結果', '3. 政策への示唆', '4. 本稿の限界']);
  });

  it('under a lead-in, a heading over deeper headings names a group; the deeper headings are the measures', () => {
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => r.title), ['①減便前の「移行計画」の策定', '②予約制の乗合船の導入', '①交通と福祉の財源の一体運用']);
    assert.ok(flattenOutline(outline).some(n => n.kind === 'section' && n.title === '（1）短期的な対応'), 'the group stays a section');
  });
});

describe('an inspectorate\'s report printed to text: every paragraph numbered in the margin, a recommendation\'s label among them', () => {
  const text = [
    '3.         Inspection findings',
    '',
    '3.22      Inspectors also consider that local desk instructions should be withdrawn',
    '          once the national guidance is published, or explicitly reconciled with it.',
    '3.23      The first recommendation draws these points together.',
    '3.24      Recommendation 1',
    '          The Home Office should, within three months of the publication of this report:',
    '          a. appoint a senior responsible owner for reporting and contact management,',
    '             with authority across the directorates',
    '          b. publish consolidated guidance, and',
    '          c. withdraw all local desk instructions.',
    'Reporting frequency decisions',
    '3.25      Inspectors examined 120 case files to establish how reporting frequency had',
    '          been set.',
    '3.26      Recommendation 2',
    '          The Home Office should make the record of each decision mandatory.',
    '3.27      Inspectors found that records were poor.', '',
  ].join('\n');

  it('the label after its paragraph\'s number heads that paragraph, its points inside it; the next numbered paragraph ends it', () => {
    const recs = recommendationsOf(text, { fileName: 'inspection.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.line]), [['Recommendation 1', 6], ['Recommendation 2', 15]]);
    assert.ok(recs[0].endLine >= 11 && recs[0].endLine < 13, 'the points are inside it, the next paragraph is not');
    assert.equal(recs[1].endLine, 16);
    assert.ok(recs[0].title.startsWith('The Home Office should, within three months'));
  });
  it('an annex of the government\'s answers names each recommendation in short over its verdict: no recommendations again', () => {
    const annex = [text, 'Annex B: Home Office response to the recommendations', 'The response is reproduced below.',
      'Recommendation 1: Appoint a senior responsible owner and publish consolidated', 'guidance', 'Partially accepted', 'The Home Office accepts the need for clear ownership of reporting and contact',
      'management. The Director of Enforcement Operations will act as interim owner pending the planned', 'restructure. Revised guidance will be published by December. Local desk instructions will be reviewed',
      'as part of that work, but some local flexibility will be retained to reflect the differing estates.',
      'Recommendation 2: Mandatory record of each decision', 'Accepted', 'A mandatory rationale field will be introduced in the next scheduled release of the', 'caseworking system, and quarterly audits of the recorded decisions will begin in the quarter after it.', ''].join('\n');
    assert.deepEqual(recommendationsOf(annex, { fileName: 'inspection.txt' }).map(r => r.line), [6, 15]);
  });
});

describe('an independent review converted by pandoc: bold recommendations in its chapters, a table of them in an annex, its terms of reference', () => {
  const text = [
    '# Chapter 1: Standards', '', '1.1 Libraries lack a common standard across the councils of the country.', '',
    '**Recommendation 1: The Government should publish a national library standard as statutory guidance by April 2027.**', '', '# Chapter 2: Funding', '',
    '2.1 Budgets have fallen by a fifth since 2015 and many branches have closed.', '', '**Recommendation 2: The Government should establish a library development fund of at least ten million pounds a year.**', '',
    '# Chapter 3: Workforce', '', '3.1 Many posts are vacant and few graduates enter the profession.', '',
    '**Recommendation 3: Councils should agree a national workforce plan with the unions and publish it by 2026.**', '', '# Annex A: Table of Recommendations', '',
    '+-----+----------------------------------------+--------------+', '| No. | Recommendation                         | Lead         |', '+=====+========================================+==============+', '| 1   | National library standard              | Government   |',
    '+-----+----------------------------------------+--------------+', '| 2   | Library development fund               | Government   |', '+-----+----------------------------------------+--------------+', '| 3   | National workforce plan                | Councils     |',
    '+-----+----------------------------------------+--------------+', '', '# Annex B: Terms of Reference', '',
    'The Independent Review of Libraries will:', '', '1.  examine the current state of library services;', '',
    '2.  consider the adequacy of the statutory framework; and', '', '3.  make recommendations to Ministers by March 2025.', '',
  ].join('\n');

  it('the annex\'s table of recommendations restates them, and the review\'s remit is no recommendation', () => {
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 1', 'Recommendation 2', 'Recommendation 3']);
  });
});

describe('a research grant\'s report saved from Word: parts lettered with a full-width point, counted proposals under a label', () => {
  const text = [
    '港湾の維持管理に関する研究', '総括研究報告書', '', '研究要旨', '本研究は、港湾施設の維持管理の実態を調査し、３つの政策提言を取りまとめた。', '',
    'A．研究目的', '港湾施設の老朽化が進んでいる。', '', 'B．研究方法', '全国の港湾管理者に質問紙調査を行った。', '',
    'C．研究結果', '点検の実施率は６割にとどまった。', '', 'D．結論', '【政策提言】', '（１）点検の手引きを改訂すること',
    '国は、港湾施設の点検の手引きを改訂し、点検の頻度を明示すべきである。', '', '（２）点検結果を公表すること', '港湾管理者は、点検の結果を毎年度公表すべきである。', '', '（３）小規模港湾を支援すること',
    '都道府県は、小規模な港湾の点検を技術的に支援すべきである。', '', 'E．研究発表', 'なし', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'soukatsu.txt' });

  it('`A．研究目的` … `E．研究発表` are the chapters', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['A．研究目的', 'B．研究方法', 'C．研究結果', 'D．結論', 'E．研究発表']);
  });

  it('each counted proposal is one recommendation, its paragraph part of it and no recommendation of the label\'s', () => {
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.label, r.line, r.endLine]), [['（１）', 18, 19], ['（２）', 21, 22], ['（３）', 24, 25]]);
  });
});

describe('an oversight office\'s evaluation: numbered paragraphs under its recommendations\' heading, the first only counting them', () => {
  it('the paragraph that counts the recommendations announces them and is none itself', () => {
    const text = ['## V. Conclusion', '', '40. The subprogramme is valued by member States.', '', '## VI. Recommendations', '',
      '41. OIOS makes two important recommendations to the Commission.', '', '42. The Centre should publish criteria for prioritizing technical support.', '',
      '43. The Centre should report on the outcomes of its support each year.', ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'evaluation.md' }).map(r => r.line), [9, 11]);
  });
});

describe('a coroner\'s finding saved from Word as text: parts in capitals, issues numbered within one, recommendations among numbered paragraphs', () => {
  const text = [
    'IN THE CORONERS COURT', 'OF HARBOURLAND', '', 'COR 2031 000412', '', 'FINDING INTO DEATH WITH INQUEST', 'Form 37 Rule 63(1)', '',
    'Deceased:\tAlex Morgan', '', 'INTRODUCTION', '', '1.\tAlex Morgan died at the harbour on 2 May 2031.', '',
    'BACKGROUND', '', '2.\tAlex had worked at the harbour for ten years.', '',
    'ISSUES INVESTIGATED', '', 'Issue 1: The gate', '', '3.\tThe gate was left open.', '', 'Issue 2: The lighting', '', '4.\tThe lights had failed.', '',
    'Issue 3: The search', '', '5.\tThe search began late.', '',
    'FINDINGS AND CONCLUSION', '', '6.\tI find that the death was preventable.', '',
    'RECOMMENDATIONS', '', '7.\tThe harbour board supported the proposed recommendations.', '',
    'Pursuant to section 72(2) of the Act, I make the following recommendations:', '',
    '1.\tThat the harbour board lock the gate at night.', '', '2.\tThat the harbour board repair the lights within a month.', '',
    '8.\tI convey my condolences to Alex\'s family.', '', '9.\tI direct that a copy of this finding be provided to the following:', '', 'The harbour board', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'finding.txt' });

  it('the lines in capitals are the chapters, the numbered issues sections of theirs; a case number is none', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['INTRODUCTION', 'BACKGROUND', 'ISSUES INVESTIGATED', 'FINDINGS AND CONCLUSION', 'RECOMMENDATIONS']);
    assert.deepEqual(sectionsOf(outline.nodes.find(n => n.title === 'ISSUES INVESTIGATED')!), ['Issue 1: The gate', 'Issue 2: The lighting', 'Issue 3: The search']);
  });

  it('the numbered recommendations end where the finding\'s own paragraph numbers go on', () => {
    const recs = recommendationsOf(text, { fileName: 'finding.txt' });
    assert.ok(recs.some(r => r.title.startsWith('That the harbour board lock')));
    assert.ok(!recs.some(r => r.title.startsWith('I convey') || r.title.startsWith('I direct')), titles(recs).join(' | '));
  });
  it('the finding\'s numbered paragraphs about the proposals before the lead-in that makes them are none', () => {
    const recs = recommendationsOf(text, { fileName: 'finding.txt' });
    assert.deepEqual(titles(recs), ['That the harbour board lock the gate at night.', 'That the harbour board repair the lights within a month.']);
  });
});

describe('a coroner\'s report to prevent future deaths printed with its layout', () => {
  it('takes the numbered matters of concern the report announces for what it asks', () => {
    const text = [
      'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS', '',
      '  4         CIRCUMSTANCES OF THE DEATH', '', '            The deceased died of carbon monoxide poisoning at home.', '',
      '  5         CORONER\'S CONCERNS', '',
      '            During the course of the inquest the evidence revealed matters giving rise to', '            concern.', '',
      '            The MATTERS OF CONCERN are as follows:', '',
      '            (1) The harbour flat\'s flue could not be inspected along its whole length, and', '                the engineer did not record it.', '',
      '            (2) The letting agent did not check that an alarm was fitted.', '',
      '  6         ACTION SHOULD BE TAKEN', '', '            In my opinion action should be taken to prevent future deaths.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'pfd.txt' }).map(r => [r.line, r.endLine]), [[14, 15], [17, 17]]);
  });
});

describe('a think tank\'s outlook saved from its web page: an essay that says in its opening what it will propose', () => {
  const text = [
    '# 港湾見通し2026', '', '## 第1章　世界の港湾', '', '世界の荷動きは鈍っている。', '',
    '## 第2章　港湾財政の規律をどう再構築するか', '', '**港 太郎**（港湾政策研究機構 主任研究員）', '',
    '### 1. はじめに', '', '本章では、金利上昇が港湾財政に与える影響を試算したうえで、新たな財政規律の枠組みを提言する。', '',
    '### 2. 利払費はどこまで増えるか', '', '利払費は徐々に増える。', '',
    '### 3. 関係団体の検討状況', '', '例えば、「港湾インフラ協議会」は、2025年7月の中間報告において、次のような提言を行った。', '',
    '> **港湾インフラ協議会「中間報告」の主な提言**', '>', '> 1. 岸壁の点検情報を共有すべきである。', '> 2. 補修費用を全国で負担すべきである。', '',
    '### 4. 提言', '', '**提言1　港湾の財政目標に利払費の上限を設けるべきである。**', '', '利払費が増えても補修を続けられるようにする。', '',
    '**提言2　独立した財政機関を設けるべきである。**', '', '見通しを検証する機関が要る。', '',
    '## 第3章　港湾の人材', '', '担い手が減っている。',
  ].join('\n');
  const recs = recommendationsOf(text, { fileName: 'outlook.md' });

  it('takes only the essay\'s own numbered proposals, not the sections after an opening that says what it will propose', () => {
    assert.deepEqual(recs.map(r => r.label), ['提言1', '提言2']);
  });

  it('leaves another body\'s proposals quoted under a sentence that reports them', () => {
    assert.ok(!recs.some(r => r.title.startsWith('岸壁の点検情報')));
  });
});

describe('an authority\'s report and recommendation printed with its layout, made of numbered attachments', () => {
  const text = [
    '                          目        次', '',
    '   別紙第１   港湾職員の給与に関する報告 …………………………    1',
    '     第１    給与勧告の基本的考え方 ………………………………    1',
    '     第２    本年の給与改定 …………………………………………    1',
    '   別紙第２   勧      告 ……………………………………………    2',
    '   別紙第３   港湾職員の人事管理に関する報告 ……………………    3',
    '     第１    人材の確保 ………………………………………………    3',
    '     第２    おわりに …………………………………………………    3', '',
    '                          本年の報告及び勧告のポイント', '', '   １  月例給', '', '       初任層を中心に引き上げる。', '', '   ２  ボーナス', '', '       年間の支給月数を引き上げる。', '',
    '                                                                      別紙第１', '', '                          港湾職員の給与に関する報告', '',
    '   本院は、港湾職員の給与の実態を調査した。その概要は次のとおりである。', '',
    '   第１  給与勧告の基本的考え方', '', '       港湾職員の給与は民間に準拠する。', '',
    '   第２  本年の給与改定', '', '       民間給与が職員の給与を上回っている。', '',
    '                                                                      別紙第２', '', '                          勧        告', '',
    '       次の事項を実現するため、港湾職員給与法を改正することを勧告する。', '',
    '   １  俸給表に関する事項', '       (1) 行政職俸給表を別記第１のとおり改定すること。', '       (2) 指定職俸給表を別記第２のとおり改定すること。', '',
    '   ２  通勤手当に関する事項', '       (1) 通勤手当の上限額を引き上げること。', '',
    '                                                                      別紙第３', '', '                          港湾職員の人事管理に関する報告', '',
    '   第１  人材の確保', '', '       採用試験の申込者が減っている。', '',
    '   第２  おわりに', '', '       引き続き検討を進める。',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'kankoku.txt' });

  it('takes each attachment for a part, titled by the line under its number, with its chapters numbered again', () => {
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')).map(t => t.slice(0, 4)), ['別紙第１', '別紙第２', '別紙第３']);
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'section' && n.title.startsWith('第'))), ['第１  給与勧告の基本的考え方', '第２  本年の給与改定', '第１  人材の確保', '第２  おわりに']);
  });

  it('takes each numbered matter the recommendation leads into for one recommendation', () => {
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation').map(n => n.title), ['俸給表に関する事項', '通勤手当に関する事項']);
  });
});

describe('recommendations marked in the text', () => {
  describe('a transport safety board\'s report: each safety recommendation closed by its id', () => {
    const text = [
      'MARINE ACCIDENT REPORT', '', '3. Conclusions', '', '3.1 Findings', '', '1. The master had not slept for 20 hours.', '',
      '2. The chart had not been corrected since 2019.', '', 'The Board had found the same in a grounding in 2018 (M-19-04).', '',
      '4. Recommendations', '', '4.1 New Recommendations', '',
      'As a result of this investigation, the Board makes the following new safety recommendations.', '',
      'To the Coast Guard:', '',
      '       Require that passenger vessel operators record the hours of rest of every', '       watch officer. (M-26-07)', '',
      '       Revise the inspection guide to check chart corrections at each annual', '       inspection.', '       (M-26-08)', '',
      '4.2 Previously Issued Recommendation Reclassified in This Report', '',
      'To the Coast Guard:', '',
      '       Develop guidance on the fatigue of watch officers. (M-19-04)', '',
      '       Safety Recommendation M-19-04 is classified "Closed—Superseded."', '',
    ].join('\n');

    it('takes the paragraphs closed by an id for recommendations labelled by it; one quoted in running text is none', () => {
      const recs = recommendationsOf(text, { fileName: 'marine.txt' });
      assert.deepEqual(recs.map(r => r.label), ['M-26-07', 'M-26-08']);
      assert.equal(recs[0].title, 'Require that passenger vessel operators record the hours of rest of every watch officer.');
      assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[21, 22], [24, 26]]);
    });

    it('keeps a reclassified recommendation of before as an item of its part', () => {
      const items = flattenOutline(outlineDocument(text, { fileName: 'marine.txt' })).filter(n => n.kind === 'item');
      assert.deepEqual(items.map(n => n.label), ['M-19-04']);
    });

    it('reads no such id in a text that speaks of no safety recommendation', () => {
      const form = text.replace(/[Ss]afety [Rr]ecommendations?/g, 'measures');
      assert.deepEqual(recommendationsOf(form, { fileName: 'marine.txt' }).map(r => r.label), []);
    });
  });

  it('an auditor\'s paragraphs ending (Recommendation N), one of them cut by a heading the converter misplaced', () => {
    const text = [
      '#### Recommendations for Agency Action', '', 'We are making the following 3 recommendations:', '',
      'The Secretary of Ports should ensure that the inventory lists', 'every port. (Recommendation 1)', '',
      'The Secretary of Ports should publish the list each year. (Recommendation', '2)', '',
      'The Secretary of Ports should ensure that the data', '', '#### Agency Comments', '',
      'are checked by an independent office. (Recommendation 3)', '', 'We provided a draft of this report to the department.',
      '', 'Earlier, we said the department should act (see Recommendation 2).',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.md' });
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 1', 'Recommendation 2', 'Recommendation 3']);
    assert.equal(recs[0].title, 'The Secretary of Ports should ensure that the inventory lists every port.');
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[5, 6], [8, 9], [15, 15]]);
  });

  it('an audit\'s matters for the legislature, marked like its recommendations, beside them', () => {
    const text = [
      '#### Matters for Congressional Consideration', '',
      'Congress should consider giving the office authority to inspect piers. (Matter for Consideration 1)', '',
      'Congress should consider funding the inspections for five years. (Matter for Congressional', 'Consideration 2)', '',
      '#### Recommendation for Executive Action', '', 'The Secretary of Ports should publish the list. (Recommendation 1)', '',
      'A matter raised by the states (Matter 3) is discussed in appendix II.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.md' });
    assert.deepEqual(recs.map(r => r.label), ['Matter for Consideration 1', 'Matter for Congressional Consideration 2', 'Recommendation 1']);
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[3, 3], [5, 6], [10, 10]]);
  });

  it('a viewpoint that lists its recommendations, then closes its analysis paragraphs with the one each supports, out of order: those that propose nothing cite', () => {
    const text = [
      '## Recommendations', '', 'The chamber asks the Government to:', '',
      '1. **Publish a calendar of auctions.** A ten-year calendar lets suppliers plan.', '',
      '2. **Name one authority.** One office should own the timetable.', '',
      '3. **Survey the sites.** The state should survey each site before the auction.', '',
      '## Background', '',
      'Bidders in surveyed markets price in less risk and offer lower prices', '(Recommendation 3).', '',
      'Suppliers cite the calendar as what decides where factories go (Recommendation 1).', '',
      'One office that owns the timetable should cut the wait by years (Recommendation 2).', '',
      '## 背景', '', '調査済みの市場では入札価格が下がる（提言３）。', '', '長期の日程が工場の立地を決める（提言１）。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'viewpoint.md' });
    assert.deepEqual(recs.map(r => r.label ?? ''), ['Recommendations', 'Recommendations', 'Recommendations', 'Recommendation 2']);
  });

  describe('an audit office\'s performance audit printed with its layout: `Recommendation no. 1` over the paragraph that makes it', () => {
    const body = (n: number) => [`${n}.1       The department assessed the applications against four criteria and recorded`, '          its scores in a spreadsheet kept by the program area.', ''];
    const page = (n: number) => ['', `                                                   Audit Report No. 9 2026–27`, `                                                                        ${n}`, '\f'];
    const text = [
      '1. Background', '', ...body(1), '1.6       In 2024 an independent review examined the funding of rural water. The',
      '          review made 17 recommendations, including:', ...page(1),
      '               Recommendation 6: The Government should consolidate its rural water grant',
      '               programs into a single program.', '',
      '               Recommendation 11: Program guidelines should require baseline data.', '', ...body(1), ...page(2),
      '2. Program design', '', ...body(2), 'Recommendation no. 1',
      '2.12      The Department of Water ensure that the guidelines for future rounds state the',
      '          weighting of each criterion.', '', 'Department of Water response: Agreed.', ...body(2), ...page(3),
    ].join('\n');

    it('takes the label\'s paragraph for the recommendation; the review\'s, quoted over a page break, are none', () => {
      const recs = recommendationsOf(text, { fileName: 'audit.txt' });
      assert.deepEqual(recs.map(r => [r.label, r.line]), [['Recommendation 1', 29]]);
    });
  });

  it('a monitoring body\'s evaluation that numbers its recommendations inside the paragraphs of its analysis (`recommends (ii) that …`)', () => {
    const text = [
      'IV.    PREVENTION IN RESPECT OF MINISTERS', '',
      '24.    The team considers that a code of conduct for ministers is needed. It should cover gifts and', '       contacts with lobbyists. GRECO therefore recommends (i) that a code of conduct for ministers be',
      '       adopted and made public, as set out in Recommendation No. R (2000) 10. The code came up often.', '',
      '25.    GRECO recommends (ii) that ministers receive briefing on integrity upon taking office.', '',
      '26.    In the Fourth Round, GRECO recommended that judges declare their assets (see recommendation ii).', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'evaluation.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.line, r.endLine]), [['Recommendation i', 4, 5], ['Recommendation ii', 7, 7]]);
    assert.equal(recs[0].title, 'GRECO therefore recommends (i) that a code of conduct for ministers be adopted and made public, as set out in Recommendation No. R (2000) 10.');
    assert.equal(recs[1].title, 'GRECO recommends (ii) that ministers receive briefing on integrity upon taking office.');
  });

  it('several marked recommendations in one paragraph are split at their markers', () => {
    const text = '提言\n\n政府は港湾を強化すべきである（提言１）。自治体は避難路を整える（提言２）。\n';
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [['提言１', '政府は港湾を強化すべきである'], ['提言２', '自治体は避難路を整える']]);
  });

  it('a progress report citing recommendations in running prose, the paragraph going on after its markers, lists none of them', () => {
    const text = [
      'Progress in 2021', '',
      'The law created a Harbour Office (Recommendation 1.3). Other steps, such as a registry of piers (Recommendation 2.1),',
      'remain to be taken, and funding (Recommendation 2.4) will be a priority next year.', '',
      '提言の進捗', '', '港湾の耐震化（提言１）は進んだが、避難路（提言２）は遅れている。', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text), []);
  });

  it('numbered recommendations: 提言１：…, 提言２　…, Recommendation 3: … each a recommendation with its number as label', () => {
    const text = '第1章 港\n\n提言１：港湾の耐震化を急ぐ\n\n提言２　避難路を整える\n\nRecommendation 3: Share the data.\n\nRecommendation 4 is discussed below.\n';
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [
      ['提言１', '港湾の耐震化を急ぐ'], ['提言２', '避難路を整える'], ['Recommendation 3', 'Share the data.'],
    ]);
  });

  it('a council\'s bracketed numbers: （提言１）… and 【提言２】… start recommendations; a reference to one in prose does not', () => {
    const text = '第1章 港\n\n（提言１）国は港湾の耐震化を急ぐべきである。\n\n【提言２】避難路を整える。\n\n（提言１参照）のとおり、費用は大きい。\n';
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [
      ['提言１', '国は港湾の耐震化を急ぐべきである。'], ['提言２', '避難路を整える。'],
    ]);
  });

  it('a foundation\'s proposal: 提言N headings under a label chapter, each a recommendation titled by its heading, its body not joined to it', () => {
    const text = [
      '政策提言', '架空の題名', '', '1．背景', '　本文。', '', '2．提言', '',
      '提言1　制度の権限を強める', '　自治体は、権限を強化すべきである。', '',
      '提言2　働き方を変える', '　負担を軽くする。', '', '3．おわりに', '　期待する。',
    ].join('\n');
    const outline = outlineDocument(text);
    assert.deepEqual(outline.nodes.filter(n => n.kind !== 'chapter').map(n => n.title), [], 'the opening label names the document\'s kind: no section');
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [['提言1', '制度の権限を強める'], ['提言2', '働き方を変える']]);
  });

  it('a study group\'s paper with its kind under the title and unmarked headings: the kind is no section, and no label swallows the headings before the list', () => {
    const text = [
      '架空の町の図書館の将来', '政策提言', '2030年1月', '架空研究会', '',
      'はじめに', '', '町の図書館は利用が減り、開館時間も短くなった。本稿はその立て直しを考える。', '',
      '現状', '', '来館者は十年で二割減ったが、電子書籍の貸出は三倍になった。', '',
      '提言', '', '・町は、週末の開館を続けるべきである。', '・県は、電子書籍の共同購入を進めるべきである。', '',
      'おわりに', '', '図書館は町の誰もが使える数少ない場所であり、その維持は町の務めである。',
    ].join('\n');
    const outline = outlineDocument(text);
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title]), [
      ['chapter', 'はじめに'], ['chapter', '現状'], ['chapter', '提言'], ['chapter', 'おわりに'],
    ], 'from はじめに to おわりに, the headings are a report\'s chapters');
    assert.deepEqual(recommendationsOf(text).map(r => r.label), ['提言', '提言']);
  });

  it('a label over the title names the kind of a report whose summary comes before any list: the summary\'s numbered lines are no items of it', () => {
    const text = [
      '提言', '港の防災力を高める', '', '架空学会', '', '要 旨', '１ 作成の背景', '港は物資輸送の拠点である。', '', '２ 提言の内容', '(1) 国は、岸壁の耐震化を急ぐべきである。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'teigen.txt' }), []);
    const onePage = ['提言', '港の防災力を高める', '', '架空学会', '', '１　岸壁の耐震化を急ぐこと。', '２　点検の人材を育てること。'].join('\n');
    assert.equal(recommendationsOf(onePage, { fileName: 'teigen.txt' }).length, 2, 'a one-page paper\'s list under its masthead is still the label\'s');
  });

  it('a label that opens a document keeps its list when a group name leads into the items', () => {
    const text = ['Policy Recommendations', '', 'For councils', '', '- Keep libraries open at weekends.', '- Share staff across towns.', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['Keep libraries open at weekends.', 'Share staff across towns.']);
  });

  it('a numbered recommendation\'s title goes on under its text (hanging indent), not over a paragraph indented less', () => {
    const text = ['第1章 施策', '', '提言1\u3000港湾の耐震化を', '\u3000\u3000\u3000\u3000急ぐ', '', '提言2\u3000避難路を整える', '\u3000国は、費用を負担する。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['港湾の耐震化を急ぐ', '避難路を整える']);
  });

  it('an item goes on over lines that wrap flush or under its text, not over a paragraph indented by an ideographic space', () => {
    const text = ['第1章 施策', '', '提言', '・自治体は、権限を', '　強化すべきである。', '・負担を', '軽くする。'].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => r.title), ['自治体は、権限を強化すべきである。', '負担を軽くする。']);
  });

  it('a short line after the items names a group only when items follow it: a brief\'s Conclusion over a paragraph ends the block', () => {
    const text = [
      'A Made-Up Brief', '', 'Introduction', '', 'Storms cost more each year.', '', 'Recommendations', '',
      '1. Congress should fund one program.', '2. States should share their maps.', '', 'For agencies', '', '3. Agencies should report yearly.', '',
      'Conclusion', '', 'Acting now costs less.',
    ].join('\n');
    const outline = outlineDocument(text);
    assert.deepEqual(recommendationsOf(text).map(r => r.title), ['Congress should fund one program.', 'States should share their maps.', 'Agencies should report yearly.']);
    assert.ok(flattenOutline(outline).some(n => n.title === 'Conclusion' && n.kind !== 'recommendation'), 'Conclusion is a heading of its own');
  });

  it('a brief in Markdown: numbered headings under the label are the recommendations, the text under each explains it', () => {
    const text = [
      '# A Made-Up Brief', '', '## Recommendations', '', '### Recommendation 1: Pool the grants', '', 'Congress should pool them.', '',
      '### Recommendation 2: Renew the maps', '', 'The agency should renew them.', '', '## Conclusion', '', 'Text.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'brief.md' }).map(r => [r.label, r.title]), [
      ['Recommendation 1', 'Pool the grants'], ['Recommendation 2', 'Renew the maps'],
    ]);
  });

  it('takes Markdown\'s bold and italic markers out of a recommendation\'s title, not its words', () => {
    const paragraphs = ['# Brief', '', '## Recommendations', '', '**1. Pool the grants.** Congress should pool the __eleven__ programs.', '', '**2. Renew the maps.** The agency should renew them.'].join('\n');
    assert.deepEqual(recommendationsOf(paragraphs, { fileName: 'brief.md' }).map(r => r.title), [
      'Pool the grants. Congress should pool the eleven programs.', 'Renew the maps. The agency should renew them.',
    ], 'the number in bold is the item\'s marker');
    const list = ['# Brief', '', '## Recommendations', '', '- **Renew** the maps.', '- Pool *the* grants.'].join('\n');
    assert.deepEqual(recommendationsOf(list, { fileName: 'brief.md' }).map(r => r.title), ['Renew the maps.', 'Pool *the* grants.'], 'a single star is left: it may be the text\'s own');
  });

  it('Japanese labels numbered in kanji or Roman numerals: 提言一, 【提言Ⅲ】; not a word that starts with a numeral (提言一覧)', () => {
    const text = '第1章 港\n\n提言一　港湾の耐震化を急ぐ\n\n【提言Ⅲ】情報を共有する\n\n提言一覧は巻末にある。\n';
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [['提言一', '港湾の耐震化を急ぐ'], ['提言Ⅲ', '情報を共有する']]);
  });

  it('recommendations numbered by chapter or with a letter: Recommendation 4.2:, 4.10:, 5a:, and the marker (Recommendation 4.3)', () => {
    const text = [
      'Chapter 4: Workforce', '', 'Recommendation 4.2: Expand apprenticeships.', '', 'Recommendation 4.10: Report yearly.', '',
      'Recommendation 5a: Share the data.', '', 'The department should fund the registry (Recommendation 4.3).', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => [r.label, r.title]), [
      ['Recommendation 4.2', 'Expand apprenticeships.'], ['Recommendation 4.10', 'Report yearly.'], ['Recommendation 5a', 'Share the data.'],
      ['Recommendation 4.3', 'The department should fund the registry'],
    ]);
  });

  it('a council\'s proposals numbered ア, イ inside its (1), (2) under a 提言 chapter', () => {
    const text = ['第３章\u3000提言', '', '（１）担い手', 'ア\u3000処遇を改善する。', 'イ\u3000受入れを進める。', '', '（２）財源', 'ア\u3000複数年度の補助とする。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['処遇を改善する。', '受入れを進める。', '複数年度の補助とする。']);
  });

  it('a table under a label: each row below the header is a recommendation, titled by its longest cell that is no number', () => {
    const text = [
      '# Review', '', '## Summary of Recommendations', '', 'The review makes two recommendations.', '',
      '| # | Recommendation | Lead |', '|---|:---|---|', '| 1 | Fund multi-year grants | DOT |', '| 2. | **Consolidate** routes | States |', '',
      '## Background', '', '| Year | Riders |', '|---|---|', '| 2024 | 1,200 |',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['Summary of Recommendations', 'Fund multi-year grants'], ['Summary of Recommendations', 'Consolidate routes']]);
    assert.equal(text.slice(recs[0].start, recs[0].end), 'Fund multi-year grants | DOT |', 'the row from its title cell');
  });

  it('a task list\'s boxes are no part of the items (pledges tracked in a repository)', () => {
    const text = ['# 政策集', '', '## 子育て', '', '### 政策概要', '', '- [x] 待機児童をゼロにします', '- [ ] 給食費を無償化します', '- [重点] 教員を増やします'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'policy.md' });
    assert.deepEqual(titles(recs), ['待機児童をゼロにします', '給食費を無償化します', '[重点] 教員を増やします']);
    assert.equal(text.slice(recs[0].start, recs[0].end), '待機児童をゼロにします');
  });

  it('a numbered recommendation set in a Markdown quote (a callout box) is one; a quoted remark is not', () => {
    const text = ['# Brief', '', '## Findings', '', 'Text.', '', '> **Recommendation 1:** Fund the registry.', '', '> 提言２：地図を共有する', '', '> A remark from a witness.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'brief.md' }).map(r => [r.label, r.title]), [['Recommendation 1', 'Fund the registry.'], ['提言２', '地図を共有する']]);
  });

  it('an inquiry report converted from PDF: each boxed recommendation, numbered and titled in bold, spans its box with its lettered points; a boxed finding is none', () => {
    const text = [
      '# 2. Ferry services', '', '## 2.1 Timetables', '', 'Operators told the inquiry that timetables change often.', '',
      '> **Finding 2.1 Timetables are hard to find**', '>', '> Few operators publish their timetables a season ahead.', '',
      '> **Recommendation 2.1 Publish timetables early**', '>', '> Port authorities should require operators to:', '>',
      '> a. publish each timetable three months ahead', '> b. keep past timetables online.', '',
      '> **Recommendation 2.2** Operators should report cancelled sailings each month.', '',
      'The inquiry heard that cancellations should fall.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'inquiry.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line, r.endLine]), [
      ['Recommendation 2.1', 'Publish timetables early', 11, 16],
      ['Recommendation 2.2', 'Operators should report cancelled sailings each month.', 18, 18],
    ]);
  });

  it('an audit report: a numbered paragraph led by a bold run-in label is a recommendation, with the list its sentence runs on into; the response after it is not', () => {
    const text = [
      '# Ferry Safety Audit', '', '## Findings and Recommendations', '', '4.2 We found that inspections were late.', '',
      '4.3 **Recommendation.** The Maritime Office should inspect every ferry each year.', '',
      '**The office\'s response.** Agreed. Inspections will be yearly from 2031.', '',
      '4.4 **Recommendation.** The Maritime Office and the Harbour Board should', '',
      '- share one register of vessels', '- publish inspection results', '',
      '**The office\'s and the board\'s response.** Agreed.', '', '4.5 We also found that crews were trained.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.md' });
    assert.deepEqual(recs.map(r => [r.label, r.line, r.endLine]), [['Recommendation', 7, 7], ['Recommendation', 11, 14]]);
    assert.equal(recs[0].title, 'The Maritime Office should inspect every ferry each year.');
  });

  it('an auditor\'s report saved from its web page sets the paragraph\'s number in the bold with the label: a recommendation all the same', () => {
    const text = [
      '# Ferry Safety Audit', '', '## Findings and Recommendations', '', '### Inspections were late', '', '**4.2** We found that inspections were late.', '',
      '**4.3 Recommendation.** The Maritime Office should inspect every ferry each year.', '',
      '**The office\'s response.** Agreed.', '', '**4.4 Recommendation.** The Maritime Office should revise its schedule so that', '',
      '- ferries are inspected before the summer', '- results are shared with operators', '', '**The office\'s response.** Agreed.', '',
      '## Conclusion', '', 'Inspections must improve.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line, r.endLine]), [
      ['Recommendation', 'The Maritime Office should inspect every ferry each year.', 9, 9],
      ['Recommendation', 'The Maritime Office should revise its schedule so that', 13, 16],
    ]);
  });

  it('a baseline\'s policy ids followed by one sentence with a capital requirement keyword; rationale bullets and steps are not recommendations', () => {
    const text = [
      '# Made-Up Baseline', '', '## 1. Sharing', '', 'Text.', '', '### Policies', '#### XY.SHARE.1.1v1',
      'External sharing SHALL be limited to approved domains.', '', '- _Rationale:_ Limits what leaves.', '- _Last modified:_ May 2030', '',
      '#### XY.SHARE.1.2v1', 'Guests SHOULD NOT be allowed to invite others.', '', '- _Rationale:_ Keeps control.', '',
      '### Implementation', '#### XY.SHARE.1.1v1 Instructions', '1. Open the admin page.', '2. Click Sharing.', '',
      '#### XY.SHARE.1.3v1', 'This id has no requirement sentence.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'baseline.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [
      ['XY.SHARE.1.1v1 SHALL', 'External sharing SHALL be limited to approved domains.'],
      ['XY.SHARE.1.2v1 SHOULD NOT', 'Guests SHOULD NOT be allowed to invite others.'],
    ]);
    assert.equal(lineOf(text, recs[0]), 'External sharing SHALL be limited to approved domains.');
  });

  it('a control catalogue\'s named controls, a specification\'s requirement headings and ids that open their paragraph', () => {
    const text = [
      '# Made-Up Controls', '', '## Servers', '', 'Servers hold the records.', '',
      '***Control: AB-0101; Revision: 3; Updated: Jun-29***', '', 'Servers are kept apart from the web tier.', '',
      '## Wallets', '', '#### REQUIREMENT 1', '', '**[WD_01]** A wallet SHALL show what a service asks for.', '',
      '## Services', '', 'SR-1: Every service MUST publish a contact.', '', 'SR-2: Services answer within ten days.', '',
      '## COVID-19', '', 'The pandemic changed how bureaus work.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'controls.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [
      ['Control AB-0101', 'Servers are kept apart from the web tier.'],
      ['REQUIREMENT 1 WD_01 SHALL', 'A wallet SHALL show what a service asks for.'],
      ['SR-1 MUST', 'Every service MUST publish a contact.'],
    ], 'an id with no keyword is a requirement only where it names itself one; a heading with a number is no id');
    assert.equal(lineOf(text, recs[2]), 'SR-1: Every service MUST publish a contact.');
  });

  it('第一に… paragraphs in sequence are recommendations; a lone First, in instructions is not', () => {
    assert.deepEqual(recommendationsOf('背景\n\n本文。\n\n第一に、港を直す。\n\n第二に、人を育てる。\n').map(r => r.label), ['第一に', '第二に']);
    const bold = recommendationsOf('## 三つの柱\n\n第一に**港を直す**ことです。まず、岸壁から。\n\n第二に**人を育てる**ことです。\n', { fileName: 'v.md' });
    assert.deepEqual(bold.map(r => [r.label, r.title]), [['第一に', '第一に港を直すことです。まず、岸壁から。'], ['第二に', '第二に人を育てることです。']]);
    assert.equal(recommendationsOf('## Steps\n\nFirst, install the tool and sign in.\n\nThen open the page.\n', { fileName: 'a.md' }).length, 0);
  });

  it('第一に… paragraphs that state an analysis (…である, a passive, a negation, the past) are no recommendations', () => {
    const analysis = '## 制度の弱点\n\n弱点は三つある。\n\n第一に、利用は任意である。\n\n第二に、対象が株式会社に限られる。\n\n第三に、登記との連動がない。\n';
    assert.deepEqual(recommendationsOf(analysis, { fileName: 'a.md' }), []);
    const english = '## Weaknesses\n\nFirst, the scheme is voluntary.\n\nSecond, it covers companies only.\n';
    assert.deepEqual(recommendationsOf(english, { fileName: 'a.md' }), []);
    const announced = '### 港の未来のために二つの道を提案します\n\n第一に**港の改修**の実施です。\n\n第二に**人材の育成**です。\n';
    assert.deepEqual(recommendationsOf(announced, { fileName: 'a.md' }).map(r => r.label), ['第一に', '第二に'], 'a heading right above announces them as proposals');
    const proposals = '## Next\n\nFirst, Congress should fund the registry.\n\nSecond, agencies should publish their data.\n';
    assert.deepEqual(recommendationsOf(proposals, { fileName: 'a.md' }).map(r => r.label), ['First', 'Second']);
  });

  it('a first sentence wrapped by the text\'s width is judged whole, over its lines', () => {
    const wrapped = (verb: string) => `## Outreach\n\nThere are several ways ports reach their crews:\n\nFirst, it helps to post the notices in the harbour\nmasters' offices, ${verb} online.  Crews read both.\n\nSecond, it is usual to send the notices\nby mail as well.\n`;
    assert.deepEqual(recommendationsOf(wrapped('not only'), { fileName: 'a.md' }), [], 'a description of practice, wrapped');
    assert.deepEqual(recommendationsOf(wrapped('and ports should post them').replace('it is usual to send', 'ports must send'), { fileName: 'a.md' }).map(r => r.label), ['First', 'Second']);
  });
});

describe('an external evaluation\'s technical area, the earlier evaluation\'s recommendations quoted before its own', () => {
  it('takes the bullets under its own label, not those under `The first evaluation (2017) made the following priority recommendations …:`', () => {
    const text = [
      '## IHR coordination', '', 'The first evaluation (2017) made the following priority recommendations in this technical area:', '',
      '- Formalize the roles of the focal point.', '- Establish focal points in each ministry.', '',
      'The first has been implemented.', '', '**Recommendations for priority actions**', '', '- Adopt a costed national plan for health security.', '- Convene the One Health platform every quarter.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'jee.md' }).map(r => r.line), [12, 13]);
  });
});

describe('an accreditation\'s or a third-party evaluation\'s requests after its ratings', () => {
  it('takes the items under `改善要望事項` and `◇改善を求められる点`, not those under what it rates highly', () => {
    const hospital = ['審査結果報告書', '', '改善要望事項', '', '１．説明と同意の手順を全病棟で徹底することが望まれる。', '', '２．臨床倫理委員会を活用することが望まれる。', ''].join('\n');
    assert.deepEqual(recommendationsOf(hospital).map(r => r.label), ['改善要望事項', '改善要望事項']);
    const welfare = ['### 総評', '', '◇特に評価の高い点', '', '1. 職員の研修が充実している。', '', '◇改善を求められる点', '', '1. 個別支援計画の見直しを定期的に行うことが望まれます。', '', '2. 苦情解決の仕組みを利用者に周知することが期待されます。', ''].join('\n');
    assert.deepEqual(recommendationsOf(welfare, { fileName: 'hyoka.md' }).map(r => r.line), [9, 11]);
  });
});

describe('a value-for-money audit printed with its layout: parts numbered by paragraph, the audit\'s recommendations after each', () => {
  const para = (n: string) => [`     ${n}      The department manages 96 markets with about 12,870 stalls for fresh`, '     provisions, and its expenditure on them grew in each of the past five years.', ''];
  const text = [
    '                                 MANAGEMENT OF MARKETS', '', '                                      Audit Office', '                                      27 October 2025', '',
    '                                        Contents', '', '                                                                         Paragraph', '',
    '     PART 1:     INTRODUCTION                                                  1.1', '                 Background                                             1.2 – 1.5', '',
    '     PART 2:     LETTING OF STALLS                                             2.1', '                 Audit recommendations                                       2.6', '',
    '     PART 3:     REPAIRS                                                       3.1', '                 Audit recommendations                                       3.4', '', '\f',
    '                                   Executive Summary', '', ...para('1.'),
    '     2.       Audit has recommended that the Director should:', '',
    '              (a)   review the vacancy of stalls (para. 2.6(a));', '              (b)   offer vacant stalls in good time (para. 2.6(b));',
    '              (c)   complete repairs on time (para. 3.4(a)).', '', '\f',
    '                                  PART 1: INTRODUCTION TO THE AUDIT REVIEW', '', ...para('1.1'), ...para('1.2'), '\f',
    '                                PART 2: LETTING OF MARKET STALLS', '', ...para('2.1'), ...para('2.2'),
    '                                  Audit recommendations', '',
    '     2.6      Audit has recommended that the Director should:', '',
    '              (a)   ascertain the reasons for the high vacancy rates of markets and re-plan', '                    those with low occupancy;', '',
    '              (b)   offer long-vacant stalls for letting in good time.', '',
    '                              Response from the Government', '',
    '     2.7      The Director agrees with the audit recommendations. He has said that the', '     department will review its letting procedures by the end of the year.', '', '\f',
    '                                     PART 3: MAINTENANCE OF MARKET FACILITIES', '', ...para('3.1'),
    '                                  Audit recommendations', '',
    '     3.4      Audit has recommended that the Director of Markets', '     should:', '',
    '              (a)   ensure that repair works are completed within the target time, and', '                    follow up outstanding requests with the works departments; and', '',
    '              (b)   compile reports on overdue repair requests for senior management.', '',
    '                              Response from the Government', '',
    '     3.5      The Director of Markets agrees with the audit recommendations. He has said that the', '     department will develop a computer system to track the progress of repair requests by mid-2026.', '', '\f',
    '                                       Appendix A', '', '     Organisation chart of the department.', '', '\f',
    '                                       Appendix B', '', '     Acronyms and abbreviations.', '',
  ].join('\n');

  it('takes the parts for the chapters, no date, and reads the contents by their paragraphs', () => {
    const outline = outlineDocument(text, { fileName: 'audit.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title.replace(/\s+/g, ' ')), ['PART 1: INTRODUCTION TO THE AUDIT REVIEW', 'PART 2: LETTING OF MARKET STALLS', 'PART 3: MAINTENANCE OF MARKET FACILITIES', 'Appendix A', 'Appendix B']);
    assert.ok(outline.nodes.some(n => n.kind === 'toc'));
  });

  it('takes each lettered recommendation after `Audit has recommended that … should:`; the answer and the summary\'s citing entries are none', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'audit.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.title.slice(0, 20)), ['ascertain the reason', 'offer long-vacant st', 'ensure that repair w', 'compile reports on o']);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.title.slice(0, 20)), ['review the vacancy o', 'offer vacant stalls ', 'complete repairs on ']);
  });
});

describe('a citizens\' assembly\'s proposals converted by font size: themes listed under their chapter, the proposals voted down apart', () => {
  const text = [
    '# 港市気候市民会議', '', '# 提言書', '', '令和6年11月', '', '-----', '', '**提言書の提出について**', '',
    '港市気候市民会議は、無作為に選ばれた市民が話し合いを重ねてまいりました。', 'その成果を提言書として取りまとめましたので、ここに提出いたします。', '', '-----', '', '## 目\u3000次', '',
    'はじめに・・・・・・・・・・・・・・1', '１\u3000会議とは・・・・・・・・・・・・2', '２\u3000提言・・・・・・・・・・・・・・3',
    '\u3000\u3000テーマ１\u3000住まい・・・・・・・・・3', '\u3000\u3000テーマ２\u3000移動・・・・・・・・・・4',
    '３\u3000採択されなかった提案・・・・・・5', '４\u3000市への要望・・・・・・・・・・6', '', '-----', '',
    '# はじめに', '', '市民が話し合いました。', '', '## １\u3000会議とは', '', '無作為に選ばれた市民の会議です。', '',
    '# ２\u3000提言', '', '## テーマ１\u3000住まい', '', '**提言1-1**\u3000新築住宅の断熱基準を引き上げる', '', '賛成率：87%', '',
    '## テーマ２\u3000移動', '', '**提言2-1**\u3000バスの本数を増やす', '', '賛成率：91%', '',
    '## ３\u3000採択されなかった提案', '', '**提案1-5**\u3000新築住宅に太陽光発電を義務づける', '', '賛成率：58%', '',
    '**４\u3000市への要望**', '', '1. 提言の実施状況を毎年公表してください。', '',
  ].join('\n');

  it('the cover\'s second heading naming the document\'s kind belongs to the title; the themes are sections of their chapter', () => {
    const chapters = outlineDocument(text, { fileName: 'teigen.md' }).nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(chapters.map(n => n.title), ['はじめに', '１\u3000会議とは', '２\u3000提言', '３\u3000採択されなかった提案', '４\u3000市への要望']);
    assert.deepEqual(chapters[2].children.filter(n => n.kind === 'section').map(n => n.title), ['テーマ１\u3000住まい', 'テーマ２\u3000移動']);
  });

  it('the proposals voted down are items, still shown', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'teigen.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.label), ['提言1-1', '提言2-1', '市への要望']);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.label), ['提案1-5']);
  });
});

describe('a fiscal council\'s report on the budget exported from its web page: each field\'s present state, then its direction of reform', () => {
  const text = [
    '# 予算の編成等に関する建議', '', '## Ⅰ．総論', '', '財政の持続可能性を確保すべきである。', '', '## Ⅱ．各論', '',
    '### １．社会保障', '', '**（１）現状と課題**', '', '医療費は増え続けている。', '', '**（２）改革の方向性**', '',
    '以上を踏まえ、来年度予算の編成においては、以下の改革を着実に実施すべきである。', '',
    '- 診療報酬の改定率を抑制的な水準とすべきである。', '- 窓口負担の判定基準を見直すべきである。', '',
    '### ２．防衛', '', '**（１）現状と課題**', '', '装備品の費用が増えている。', '', '**（２）改革の方向性**', '',
    '- 計画で定めた水準の枠内に確実に収めるべきである。', '- 後年度負担の総額に上限を設けるべきである。', '',
    '## おわりに', '', '本審議会は引き続き審議する。',
  ].join('\n');

  it('takes the items under each field\'s direction of reform, led in or not; the general principles and the lead-in are prose', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'kengi.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [19, 20, 30, 31]);
    assert.deepEqual(all.filter(n => n.kind === 'prose-recommendation').map(n => n.line), [5, 17]);
  });

  it('a chapter titled the direction of reform discusses it: its paragraphs are prose, the concrete measures after it are the recommendations', () => {
    const chapter = ['第３章\u3000改革の方向性', '', '（１）学びの質', '○\u3000合同授業を日常的な取組として定着させていく必要がある。', '', '（２）地域との協働', '○\u3000学校と地域が支え合う関係へと発展させていくべきである。', '',
      '第４章\u3000具体的方策', '', '【提言】', '１．合同授業の指針を国が示すこと。', ''].join('\n');
    assert.deepEqual(recommendationsOf(chapter, { fileName: 'toshin.txt' }).map(r => r.line), [12]);
  });
});

describe('a competition authority\'s market study printed from PDF: recommendations to government, actions expected of businesses, the summary restating them', () => {
  const body = (n: number) => [`${n}.1    We found that the market works poorly for some consumers in this respect.`, ''];
  const text = [
    '1. Summary', '', '1.1    We have looked at the market for repairs.', '',
    'Our recommendations and next steps', '1.6    We are not making a market investigation reference.', '',
    '1.7    We are recommending that the departments act on prices and on renewals.', '',
    '1.8    We are also setting out actions we expect providers to take.', '', '1.9    We will review progress in 2027.', '',
    '2. The market', '', ...body(2), '3. Our decision', '', ...body(3),
    '4. Recommendations and next steps', '',
    '4.1    This chapter sets out our recommendations to government and the actions we expect of', '       businesses.', '',
    '4.2    In developing these recommendations we have taken account of responses.', '',
    'Recommendations to government', '',
    'Recommendation 1: The department should require providers to publish a price list.', '',
    '4.3    The list should include any call-out charge.', '',
    'Recommendation 2: The department should require renewal notices to show last year\'s price.', '',
    'Recommendation 3: The department should clarify the rules on bundled plans.', '',
    'Recommendation 4: The department should fund training for heat pump engineers.', '',
    'What we expect businesses to do', '4.4    We expect providers to take the following actions:', '',
    '       Action A: Contact every customer who has held a plan for five years or more.', '',
    '       Action B: Make it as easy to cancel a plan as it was to take one out.', '',
    '       Action C: Publish call-out charges on their websites.', '',
    '       Action D: Review marketing materials and remove misleading claims.', '',
    '4.5    We have written to the largest providers.', '',
    'Consumer advice', '4.6    We are publishing a guide for consumers.', '',
    'Our next steps', '4.7    We will:', '', '       •     monitor compliance with the actions;', '',
    '5. Appendix', '', 'Glossary.',
  ].join('\n');
  const all = () => flattenOutline(outlineDocument(text));

  it('takes each lettered action (`Action A: …`) as a recommendation, the last of the series too though a label follows it within reach', () => {
    const recs = all().filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.filter(n => n.label?.startsWith('Action')).map(n => n.label), ['Action A', 'Action B', 'Action C', 'Action D']);
    assert.ok(!all().some(n => n.kind === 'section' && n.title.startsWith('Action D')), 'no section over the next label');
  });

  it('reads the opening paragraphs of a chapter labelled `Recommendations`, whose sub-headings set out what it recommends, as no recommendations', () => {
    const opening = all().filter(n => n.kind === 'recommendation' && /This chapter sets out|In developing these/.test(n.title));
    assert.deepEqual(opening, [], 'the chapter\'s opening paragraphs');
    assert.deepEqual(all().filter(n => n.kind === 'recommendation' && n.label?.startsWith('Recommendation')).map(n => n.label), ['Recommendation 1', 'Recommendation 2', 'Recommendation 3', 'Recommendation 4']);
  });

  it('reads the paragraphs under a label in a numbered summary (`1. Summary`) as restating, where the body states twice as many', () => {
    const summary = all().filter(n => n.label === 'Our recommendations and next steps');
    assert.deepEqual(summary.map(n => n.kind), ['item', 'item', 'item', 'item']);
  });
});

describe('a standards committee\'s review printed from PDF: its own earlier recommendation quoted under a caption', () => {
  it('reads a numbered label under `Extract from …` as quoted, the chapter\'s own as recommendations', () => {
    const text = [
      '5. Gifts and hospitality', '', '5.8     Several witnesses pointed to our earlier work, and in particular to the following', '        recommendation:', '',
      'Extract from the Committee\'s 2021 report, Standards in Local Government', 'Recommendation 9: Councils should publish a register of gifts quarterly.', '',
      '5.9     We agree, and think the same should apply to public boards.', '',
      'Recommendation 12: Every public board should publish a register of gifts and hospitality.', '',
      '6. Conclusion', '', 'Text.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => r.label), ['Recommendation 12']);
  });
});

describe('a public health advisory exported from the web: what each audience can do', () => {
  it('takes the bullets under each audience\'s `… can:` as the recommendations, not the audiences\' headings', () => {
    const text = [
      '# Rested and Ready: An Advisory on Sleep', '', '## The Issue', '', 'Many adults sleep too little.', '',
      '## What We Can Do', '', 'Everyone has a role to play.', '',
      '### Employers', '', 'Employers can:', '', '-   **Limit after-hours messages.** Set norms for email outside working hours.',
      '-   **Review shift schedules.** Avoid quick returns between shifts.', '',
      '### Schools', '', 'Schools and school districts can:', '', '-   **Move to later start times.** Start at 8:30 a.m. or later.', '',
      '## References', '', '1. A study.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'advisory.md' }).map(r => r.line), [15, 16, 22]);
  });
});

describe('an environmental performance review converted from PDF by pymupdf4llm: chapters opened by a number in bold apart, an assessment numbering its parts as they', () => {
  const text = [
    '# **Environmental Performance Reviews**', '', '# **Assessment and recommendations**', '', 'The assessment presents the main findings.', '',
    '# **1. Environmental performance**', '', 'Emissions fell, but inspection is weak.', '',
    '_Main recommendations (see Chapter 1):_ strengthen inspection capacity; reform harmful subsidies.', '',
    '# **2. Climate action**', '', 'Transport emissions rose.', '', '_Main recommendations (see Chapter 2):_ price road fuels; set carbon budgets.', '',
    '## **1** **Towards sustainable development**', '', '# 1.1. Introduction', '', 'The chapter reviews governance.', '',
    '# 1.2. Governance', '', 'The inspectorate is understaffed.', '', '**Recommendations on governance**', '',
    '- Strengthen the capacity of the environmental inspectorate.', '- Reform environmentally harmful subsidies.', '',
    '## **2** **Climate change mitigation**', '', '# 2.1. Introduction', '', 'The chapter reviews climate policy.', '',
    '**Recommendations on climate change**', '', '- Introduce carbon pricing on road fuels.', '- Set sectoral carbon budgets.', '',
  ].join('\n');

  it('takes the openers for the chapters and the assessment\'s numbered parts for its sections', () => {
    const nodes = outlineDocument(text, { fileName: 'review.md' }).nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(nodes.map(n => n.title), ['Assessment and recommendations', '1 Towards sustainable development', '2 Climate change mitigation']);
    assert.deepEqual(sectionsOf(nodes[0]), ['1. Environmental performance', '2. Climate action']);
  });

  it('reads the assessment\'s short recommendations that send the reader to a chapter as restating it, and its parts as no recommendations', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'review.md' }).map(r => r.line), [31, 32, 42, 43]);
  });
});

describe('an aid scrutiny body\'s review printed from PDF: numbered paragraphs, a closing chapter of conclusions, then its numbered recommendations', () => {
  const text = [
    '1. Introduction', '1.1 This review assesses aid to secondary cities.', '', '2. Methodology', '2.1 We reviewed eight programmes.', '',
    '3. Background', '3.1 The portfolio is made up of three main types of programme:', '    1. Municipal strengthening programmes;', '    2. Infrastructure programmes; and',
    '    3. Knowledge programmes.', '3.2 Most of the portfolio is managed by country offices.', '3.3 Other partners are active too.', '',
    '                                          3', '4. Findings', '4.1 The programmes delivered their outputs.', '',
    '5. Conclusions and recommendations', '5.1 The UK was right to make secondary cities a priority.',
    '5.2 Learning has been weak, and the department should now treat resilience as a long-term commitment.', '',
    'Recommendations', '5.3 We offer the following recommendations.', '',
    'Recommendation 1', 'The department should adopt a working definition of resilience.', '',
    'Recommendation 2', 'Programmes should involve residents of informal settlements.', '',
    'Annex 1: Questions', 'The review questions.',
  ].join('\n');

  it('takes the chapter numbered next after an indented list above it for a chapter, not the list\'s next item', () => {
    assert.deepEqual(outlineDocument(text).nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['1. Introduction', '2. Methodology', '3. Background', '4. Findings', '5. Conclusions and recommendations', 'Annex 1: Questions']);
  });

  it('reads the closing chapter\'s paragraphs before its numbered recommendations as its conclusions', () => {
    assert.deepEqual(recommendationsOf(text).map(r => r.label), ['Recommendation 1', 'Recommendation 2']);
  });
});

describe('a consumer affairs centre\'s press release printed from PDF: its advice to consumers beside its requests', () => {
  it('takes each numbered point of the advice to consumers as a recommendation, its paragraph with it', () => {
    const text = [
      '５．問題点', ' （1）餌が出ない銘柄があった', ' 試験では餌が詰まった。', '',
      '６．消費者へのアドバイス', ' （1）自動給餌器だけに頼らず、人による見守りを確保しましょう', '    停電等で給餌されないことがあります。', '',
      ' （2）使い始める前に試運転をしましょう', '    在宅時に数日間試しましょう。', '',
      '７．事業者への要望', ' （1）餌詰まりを検知して通知する機能を設けること。', '',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(recs.filter(r => r.label === '消費者へのアドバイス').map(r => [r.line, r.endLine]), [[6, 7], [9, 10]]);
  });
});

describe('a mayors\' association\'s priority proposals exported from its web page: each field asks the state in the request\'s own verb', () => {
  it('reads `次の事項について…措置を講じられたい。` as leading into the numbered requests', () => {
    const text = [
      '# 重点提言', '', '## １\u3000地方税財源について', '', '都市自治体の財政は厳しい。', '', 'よって、国は、次の事項について積極的な措置を講じられたい。', '',
      '１．地方財政計画においては、一般財源総額を確保すること。', '', '２．地方交付税の総額を確保すること。', '',
      '## ２\u3000地域交通について', '', '路線の廃止が続いている。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'teigen.md' }).map(r => r.line), [9, 11]);
  });
});

describe('a civil rights investigation\'s findings report printed from PDF: the remedial measures it recommends, by area', () => {
  it('takes each bullet under the lettered areas as a recommendation, not the paragraph that introduces them', () => {
    const text = [
      'I. INTRODUCTION', '', 'We investigated the police department.', '', 'II. FINDINGS', '', 'Officers used excessive force.', '',
      'III. RECOMMENDED REMEDIAL MEASURES', '',
      'To remedy the violations we identified, the City and the department should, at a minimum,', 'implement the following remedial measures.', '',
      'A. Use of Force', '', '• Revise the use-of-force policy to require de-escalation whenever feasible.', '• Prohibit neck restraints.', '',
      'B. Accountability', '', '• Create a force investigation team independent of the chain of command.', '',
      'IV. CONCLUSION', '', 'We look forward to working with the City.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => r.line), [16, 17, 21]);
  });
});

describe('a human rights commissioner\'s country report printed from PDF: each chapter closes with conclusions and recommendations in numbered paragraphs', () => {
  it('reads the paragraphs that urge or call on as the recommendations, those that welcome or are concerned as conclusions', () => {
    const text = [
      '1. PERSONS WITH DISABILITIES', '', '1.1 Legal framework', '', 'The law was amended in 2021.', '',
      '1.2 CONCLUSIONS AND RECOMMENDATIONS', '',
      '15. The Commissioner welcomes the adoption of the national strategy. However, she is', 'concerned that progress has been slow.', '',
      '16. The Commissioner urges the authorities to adopt an action plan with a binding timeline.', '',
      '17. The Commissioner calls on the authorities to redirect public funds towards community', 'services.', '',
      '18. The Commissioner will continue to follow developments closely.', '',
      '2. MIGRANTS', '', 'Text.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => r.line), [12, 14]);
  });
});

describe('a heritage monitoring mission\'s report printed from PDF: the committee\'s earlier decision quoted, then the mission\'s own recommendations', () => {
  it('reads the quoted decision\'s clauses as no recommendations, the mission\'s numbered labels as its own', () => {
    const text = [
      '1.  BACKGROUND', '', 'At its 45th session the Committee adopted Decision 45 COM 7B.12, which reads in part:', '',
      '        "3.   Notes with concern that a permit was issued before the assessment;',
      '        4.    Requests the State Party to halt any works on the quarter project until', '              the assessment has been reviewed;',
      '        5.    Also requests the State Party to provide detailed information on the', '              proposed bridge;"', '',
      '2.  RECOMMENDATIONS', '',
      'Recommendation 1: The State Party should suspend the quarter project.', '',
      'Recommendation 2: The State Party should adopt a height regulation for the buffer zone.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text).map(r => r.label), ['Recommendation 1', 'Recommendation 2']);
  });
});

describe('a police conduct watchdog\'s learning report converted from Word by pandoc: its recommendations, each followed by the force\'s response', () => {
  const text = [
    '# Findings', '', 'In its 2020 inspection of custody in Avonmere, His Majesty’s Inspectorate of Constabulary (HMICFRS)',
    'made the following recommendation, which is relevant to our findings:', '',
    '> Recommendation 4: The force should ensure that detention officers carry out rousing checks.', '',
    '# Learning recommendations for Avonmere Police', '', 'We sent our recommendations to the force, and its responses are below.', '',
    '## Handover between teams', '',
    '**Learning recommendation 1:** The IOPC recommends that Avonmere', 'Police introduces a structured handover process in all of its custody', 'suites, under which:', '',
    '-   the outgoing custody sergeant reviews each detainee’s risk', '    assessment with the incoming sergeant;', '',
    '-   the incoming team records the handover for each detainee.', '',
    '**Response from Avonmere Police:** Accepted. The force has designed a', 'handover template within its custody system that must be completed for', 'every detainee before an incoming sergeant can take over the suite. It', 'went live in all three custody suites in February. The force', 'will:', '',
    '1.  review a sample of 50 handovers each month for six months;', '', '2.  report the results to the Custody Governance Board; and', '',
    '3.  amend the custody policy to make the template mandatory.', '',
    '# National learning recommendations', '', 'Some of the issues are not unique to Avonmere Police.', '',
    '**Learning recommendation 2:** The IOPC recommends that the College of Policing reviews its', 'guidance on rousing checks.', '',
    '**Response from the College of Policing:** Accepted. The College is carrying out a wider', 'review of its guidance.', '',
    '**Learning recommendation 3:** The IOPC recommends that the NPCC shares the learning with all forces.', '',
    '**Joint response from the College of Policing and the NPCC:** Accepted. The learning has been shared.', '',
    '# Annex A', '', 'Terms.',
  ].join('\n');

  it('takes each learning recommendation, not the force\'s response, what it undertakes there, nor an inspectorate\'s recommendation quoted', () => {
    const recs = recommendationsOf(text, { fileName: 'learning.md' });
    assert.deepEqual(recs.map(r => r.label), ['Learning recommendation 1', 'Learning recommendation 2', 'Learning recommendation 3']);
  });

  it('reads what the force undertakes at the end of its response (`The force will:` over its list) as no recommendation', () => {
    const chapter = [
      '# Learning recommendations for Avonmere Police', '', 'We sent our recommendations to the force in December.', '',
      '## Handover between custody teams', '',
      '**Learning recommendation 1:** The IOPC recommends that Avonmere', 'Police introduces a structured handover process in all of its custody', 'suites, under which:', '',
      '-   the outgoing custody sergeant reviews each detainee’s risk', '    assessment with the incoming sergeant;', '',
      '-   the incoming team confirms in the custody record that it has', '    received and understood the handover for each detainee; and', '',
      '-   detention officers taking over observations are briefed in person.', '',
      '**Response from Avonmere Police:** Accepted. The force has designed a', 'handover template within its custody system that must be completed for',
      'every detainee before an incoming sergeant can take over the suite. It', 'went live in all three custody suites on 5 February 2024. The force', 'will:', '',
      '1.  review a sample of 50 handovers each month for the first six months;', '', '2.  report the results to the Custody Governance Board; and', '',
      '3.  amend the custody policy to make the template mandatory.', '',
      '## Training and competence', '', '**Learning recommendation 2:** The IOPC recommends that Avonmere Police reviews its training.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(chapter, { fileName: 'learning.md' }).map(r => r.label), ['Learning recommendation 1', 'Learning recommendation 2']);
  });
});

describe('an accident investigation commission\'s report: its requests sorted by the businesses they are for', () => {
  it('takes each point under a numbered line naming whom it addresses as one recommendation; a matter named so stays one over its points', () => {
    const text = [
      '第７章　意見及び要望', '', '７．１　事業者団体等への要望', '\u3000委員会は、次の事業者団体等に対し、以下の取組を行うよう要望する。', '',
      '（１）製品の製造・輸入事業者及びその団体', '\u3000①\u3000製品に類焼防止構造を導入すること。', '\u3000②\u3000購入者の登録の仕組みを整備すること。', '',
      '（２）通信販売の運営事業者', '\u3000①\u3000リコール対象製品の出品を削除すること。', '',
      '７．２　勧告', '【勧告】', '（１）手当に関する事項', '\u3000①\u3000支給割合を改めること。', '\u3000②\u3000支給限度額を引き上げること。', '',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(recs.map(r => r.line), [7, 8, 11, 15]);
  });
});

describe('a supervisory committee\'s observations on a government, exported from the web: each paragraph closes by asking the government', () => {
  const text = [
    '## Forced Labour Convention (No. 29)', '',
    '**Article 1.** The Committee notes the adoption of the action plan. The Committee requests the Government to provide information on its results.', '',
    '*Victims.* The Government states that two shelters opened. The Committee welcomes this, and urges the Government to ensure that victims receive assistance.', '',
    'The Federation of Unions urges the Government to raise the minimum wage.', '',
    '## Labour Inspection Convention (No. 81)', '',
    'The Committee recalls that the Conference Committee urged the Government to:', '', '1. recruit more inspectors;', '2. open regional offices.', '',
    '| Year | Inspections |', '|---|---|', '| 2023 | 410 |', '',
    'The Committee requests the Government to continue to provide statistics on inspections.', '',
    '**Article 20.** Noting the delay, the Committee expects that the Government will publish its annual report.', '',
  ].join('\n');

  it('takes each paragraph in which the committee asks the government, in present tense, as a recommendation; not another\'s request', () => {
    const recs = recommendationsOf(text, { fileName: 'observations.md' });
    assert.deepEqual(recs.map(r => r.line), [3, 5, 20, 22]);
  });

  it('reads a request or two as the text\'s own sentences: the form is a monitoring body\'s where it asks three times or more', () => {
    const two = text.split('\n').slice(0, 6).join('\n');
    assert.deepEqual(recommendationsOf(two, { fileName: 'observations.md' }), []);
  });
});

describe('an independent reviewer\'s annual report converted from Word by pandoc: recommendations marked in the text, gathered in a closing table', () => {
  it('reads the closing chapter\'s note and its table\'s header as no recommendations', () => {
    const text = [
      '# 1. POWERS', '', '1.  The Home Office should publish statistics on conditions each year. (Recommendation 1)', '',
      '2.  Forces should serve written conditions a day in advance. (Recommendation 2)', '',
      '# 2. SUMMARY OF RECOMMENDATIONS', '', '1.  My recommendations are gathered here for convenience. The text in', '    the chapter should be consulted for the reasons.', '',
      '  **No.**   **Recommendation**                     **Para.**', '  --------- -------------------------------------- ---------',
      '  1         Home Office to publish statistics.     1.1', '  2         Forces to serve written conditions.    1.2', '',
      '# ANNEX A: SOURCES', '', 'Sources.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(recs.map(r => r.line), [3, 5]);
  });
});

describe('a national council\'s report printed from PDF: each field\'s present state, then its concrete direction of reform under titled points', () => {
  it('takes each titled point under `（２）改革の具体的方向` with its paragraph as one recommendation, not the state of things numbered alike', () => {
    const text = [
      '１．年金分野の改革', '', '（１）現状と課題', '\u3000次の課題がある。', '\u3000①\u3000加入者が減っている。', '\u3000②\u3000給付の水準が下がる。', '',
      '（２）改革の具体的方向', '①\u3000適用の拡大', '\u3000短時間労働者への適用について、企業規模の要件を撤廃すべきである。あわせて、',
      '事務の負担に配慮すべきである。', '②\u3000給付水準の確保', '\u3000調整の期間を一致させるべきである。', '',
      '２．医療分野の改革', '', '（１）現状と課題', '\u3000病床が余っている。', '',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[9, 11], [12, 13]]);
  });
});

describe('a council scrutiny review converted from Word by pandoc: its recommendations in a grid table with a header of several lines', () => {
  const text = [
    '# 1. Recommendations', '',
    'The Task and Finish Group recommends that the Scrutiny Committee endorses the following', 'recommendations and refers them to Cabinet for a response.', '',
    '+------+------------------------+----------------+', '| No.  | Recommendation         | Lead (Cabinet  |', '|      | (what we ask)          | Member /       |',
    '|      |                        | Officer)       |', '+======+========================+================+',
    '| R1   | That Cabinet adopts a  | Cabinet Member |', '|      | damp and mould policy. | for Housing    |', '+------+------------------------+----------------+',
    '| R2   | That a triage team is  | Head of        |', '|      | created for repairs.   | Repairs        |', '+------+------------------------+----------------+', '',
    '# 2. Background', '', '## National context', '', 'Tenants have waited months for repairs.', '', 'The Ombudsman\'s report on damp (October 2021) made a series of recommendations to all', 'landlords. Among the points most relevant to our review, the Ombudsman', 'said that landlords should:', '',
    '1.  adopt a zero-tolerance approach to damp;', '2.  act on the data they already hold.', '',
    '# 3. Conclusions', '', 'Tenants deserve better.',
  ].join('\n');

  it('takes each body row, no line of the header, no paragraph sending the table on, and no list another body made', () => {
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.title]), [[11, 12, 'That Cabinet adopts a damp and mould policy.'], [14, 15, 'That a triage team is created for repairs.']]);
  });
});

describe('an election observation mission\'s final report dumped from its web page: a summary that picks, a closing list ranked in two', () => {
  const text = [
    'I. EXECUTIVE SUMMARY', '',
    '   The elections were competitive, but the misuse of office blurred the line between state and party.', '',
    '   Key recommendations of this report include:', '     * a review of the electoral law well before the next elections;',
    '     * safeguards against the misuse of administrative resources;', '     * the editorial independence of the public broadcaster.', '',
    'II. LEGAL FRAMEWORK', '', '   The law was amended twice in the year before the elections. The authorities should consider', '   a longer period.', '',
    'III. RECOMMENDATIONS', '', '  A. PRIORITY RECOMMENDATIONS', '',
    '    1. The electoral law should be reviewed through an inclusive process well before the next', '       elections.',
    '    2. The law should prohibit the misuse of administrative resources.', '',
    '  B. OTHER RECOMMENDATIONS', '', '    Election Administration', '',
    '    3. The commission should publish its agendas and draft decisions in advance.', '',
    '    Media', '', '    4. The editorial independence of the public broadcaster should be ensured.', '',
  ].join('\n');

  it('takes both ranks of the closing list, past the names of their groups, and the summary\'s picks as items', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'final-report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.label]), [
      [19, 'PRIORITY RECOMMENDATIONS'], [21, 'PRIORITY RECOMMENDATIONS'], [27, 'OTHER RECOMMENDATIONS'], [31, 'OTHER RECOMMENDATIONS'],
    ]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [6, 7, 8]);
  });
});

describe('a peer review mission\'s report printed with its layout: chapters in two schemes, findings coded in the margin', () => {
  const text = [
    'PEER REVIEW MISSION TO THE HARBOUR AUTHORITY', '', 'CONTENTS', '',
    'I.     INTRODUCTION ......................................... 2', 'II.    BASIS FOR THE REVIEW ................................. 2',
    '1.     RESPONSIBILITIES OF THE GOVERNMENT ................... 3', '1.1.  National policy ...................................... 3',
    '2.     INSPECTION ........................................... 4', '3.     ENFORCEMENT .......................................... 5', '',
    'I.     INTRODUCTION', '', 'The mission reviewed the harbour authority over ten days in May.', '',
    'II.    BASIS FOR THE REVIEW', '', 'The review followed the harbour safety standards of the agency.', '',
    '1.     RESPONSIBILITIES OF THE GOVERNMENT', '', '1.1.   NATIONAL POLICY', '', 'The national policy is spread over several acts.', '',
    '             BASIS: Requirement 1 states that "The government shall establish a policy."', '',
    '   R1        Recommendation: The government should adopt a national policy for harbour', '             safety that assigns clear responsibilities.', '',
    '             Suggestion: The government should consider a fund for the removal of', '   S1        wrecks from the approaches to the harbour.', '',
    '   GP1       Good practice: The ministry publishes every inspection report in full.', '',
    '2.     INSPECTION', '', 'Inspections follow a fixed plan.', '',
    '             Recommendation: The authority should plan its inspections by the risk of', '   R2        each berth and its record of compliance.', '',
    '   S2        Suggestion: The authority should consider unannounced inspections.', '',
    '3.     ENFORCEMENT', '', 'Penalties are rare.', '',
  ].join('\n');

  it('takes the contents\' second scheme for chapters after the first: I., II., then 1., 2., 3.', () => {
    const chapters = outlineDocument(text, { fileName: 'mission.txt' }).nodes.filter(n => n.kind === 'chapter').map(n => n.title.replace(/\s+/g, ' '));
    assert.deepEqual(chapters, ['I. INTRODUCTION', 'II. BASIS FOR THE REVIEW', '1. RESPONSIBILITIES OF THE GOVERNMENT', '2. INSPECTION', '3. ENFORCEMENT']);
  });

  it('takes each recommendation and suggestion, its code in the margin, and no good practice', () => {
    const recs = recommendationsOf(text, { fileName: 'mission.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.line, r.endLine]), [['Recommendation', 28, 29], ['Suggestion', 31, 32], ['Recommendation', 40, 41], ['Suggestion', 43, 43]]);
    assert.equal(recs[1].title, 'The government should consider a fund for the removal of wrecks from the approaches to the harbour.');
    assert.equal(recs[2].title, 'The authority should plan its inspections by the risk of each berth and its record of compliance.');
  });
});

describe('a labour policy council\'s report on revising a law saved from Word as text: its measures under one chapter, then each side\'s views', () => {
  const text = [
    '第２\u3000現状と課題', '', '\u3000長時間労働の是正が課題である。', '',
    '第３\u3000具体的な措置の内容', '', '１\u3000健康確保', '', '（１）勤務間インターバル制度の普及',
    '\u3000勤務間インターバル制度の普及を図るため、導入の手引を改定することが適当である。', '',
    '（２）面接指導の強化', '\u3000月８０時間を超えて働いた労働者に面接指導を勧奨する仕組みを設けるため、所要の措置を講ずることが必要である。', '',
    '２\u3000情報の開示', '', '（１）開示の対象', '\u3000３０１人以上の事業主に時間外労働の実績を開示させることが適当である。', '',
    '（２）開示の方法', '\u3000開示はインターネットの利用その他の方法によることが必要である。', '',
    '３\u3000労働者代表委員及び使用者代表委員の意見', '\u3000上記の措置に関し、労働者代表委員及び使用者代表委員から、それぞれ以下の意見があった。', '',
    '【労働者代表委員の意見】', '・インターバル制度は全ての事業主に義務付けるべきである。', '',
    '【使用者代表委員の意見】', '・開示の対象は慎重に判断することが必要である。', '',
    '第４\u3000おわりに', '', '\u3000厚生労働省は法案の作成を進めることが適当である。',
  ].join('\n');

  it('takes each measure heading under the chapter that names them, its paragraph ending `…ことが適当である。` or `…ことが必要である。`; each side\'s views are none', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'kengi.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(r => [r.line, r.endLine, r.label]), [[9, 10, '（１）'], [12, 13, '（２）'], [17, 18, '（１）'], [20, 21, '（２）']]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [10, 13, 18, 21], 'the paragraphs are the measures\' text');
  });

  it('where the chapter\'s title names no measures, its paragraphs are proposals in prose', () => {
    const plain = flattenOutline(outlineDocument(text.replace('第３\u3000具体的な措置の内容', '第３\u3000今後の方向'), { fileName: 'kengi.txt' }));
    assert.deepEqual(plain.filter(n => n.kind === 'recommendation').map(r => r.line), []);
    assert.deepEqual(plain.filter(n => n.kind === 'prose-recommendation').map(r => r.line), [10, 13, 18, 21, 34]);
  });
});

describe('a sentence of running text that a page wrapped, begun on the line where a proposal before it ended', () => {
  it('takes the sentence from after the stop of the one before it, not from its last line', () => {
    const text = [
      '第１章\u3000港湾', '',
      '\u3000\u3000海域ごとに関係する府県、市町村、漁業者、事業者等が参画する協議の場を設',
      '\u3000け、取組の評価を一体的に行うことが適当である。国は、こうした協議の場の設',
      '\u3000置と運営を支援すべきである。',
    ].join('\n');
    const prose = flattenOutline(outlineDocument(text)).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(prose.map(n => [n.line, n.endLine, n.title]), [
      [3, 4, '海域ごとに関係する府県、市町村、漁業者、事業者等が参画する協議の場を設け、取組の評価を一体的に行うことが適当である。'],
      [4, 5, '国は、こうした協議の場の設置と運営を支援すべきである。'],
    ]);
  });
});

describe('proposals in running text, held back where they state a need or name an address', () => {
  const prose = (text: string, options: OutlineOptions = {}) =>
    flattenOutline(outlineDocument(text, options)).filter(n => n.kind === 'prose-recommendation').map(n => n.title);

  it('a should inside a link is no proposal; one in the sentence is', () => {
    const text = '## Resources\n\n- See https://example.org/2030/why-you-should-act-now/ for more.\n\nAgencies should review the settings.\n';
    assert.deepEqual(prose(text, { fileName: 'r.md' }), ['Agencies should review the settings.']);
  });

  it('a need stated under the main points at issue (主要論点) is no proposal', () => {
    assert.deepEqual(prose('## 主要論点\n\n- 夜道の安全をさらに考える必要がある\n', { fileName: 'm.md' }), []);
  });

  it('a need stated under a label of issues (課題) is no proposal; the same sentence elsewhere is', () => {
    const statement = 'さらに考える必要がある';
    assert.deepEqual(prose(`１\u3000まちづくり\n\n__課題②__\n\n${statement}\n`, { fileName: 'm.md' }), []);
    assert.deepEqual(prose(`１\u3000まちづくり\n\n__論点の整理__\n\n${statement}\n\n## 次へ\n\n市は${statement}。\n`, { fileName: 'm.md' }), [`市は${statement}。`]);
  });
});

describe('recommendations after a sentence that recommends and leads into a list', () => {
  it('a policy brief: "the board recommends that the city:" and its bullets, up to the next paragraph', () => {
    const text = [
      '# Brief on Street Lighting', '', '## Findings', '', 'Many streets are dark after nine.', '',
      '## Next Steps', '', 'Having heard the residents, the board recommends that the city:', '',
      '- replace failed lamps within a week;', '- publish a map of lamps awaiting repair;', '  with a date for each repair;',
      '- review the budget for lighting each spring.', '', 'The city will answer in March.', '', '## Annex', '', 'Tables.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'brief.md' });
    assert.deepEqual(recs.map(r => lineOf(text, r).trim()), ['- replace failed lamps within a week;', '- publish a map of lamps awaiting repair;', '- review the budget for lighting each spring.']);
    assert.equal(recs[1].endLine, 13, 'a wrapped line belongs to its item');
    assert.ok(!flattenOutline(outlineDocument(text, { fileName: 'brief.md' })).some(n => n.kind === 'prose-recommendation' && n.line === 9), 'the lead-in is not a proposal of its own');
  });

  it('a council paper in Japanese: 「…を求める。」 and 「…提言する：」 followed by a list', () => {
    const text = [
      '# 地域交通に関する意見', '', '## 意見', '', '本会は、県に対し次の取組を求める。', '', '- 路線の維持に必要な費用を助成すること', '- 乗継ぎの案内を一つにまとめること', '',
      '以上である。', '', '## 付記', '', '市町村には以下のとおり提言する：', '- 利用の実態を毎年調べること',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'opinion.md' })), ['路線の維持に必要な費用を助成すること', '乗継ぎの案内を一つにまとめること', '利用の実態を毎年調べること']);
  });

  it('an advocacy brief printed to text: a lead-in that names the actions after it and ends with a full stop', () => {
    const brief = (verb: string) => [
      '4. WHAT MUST HAPPEN', '', 'Hunger in crises can be ended. The Alliance ' + verb + ' governments, donors and',
      'the private sector to take the following actions.', '', 'GOVERNMENTS', '',
      '1. Make the treatment of hunger part of primary health care, and pay for', '   it from national budgets.', '',
      '2. Train community health workers to treat children where they live.', '', 'DONORS', '',
      '3. Close the funding gap with grants of three years or more.', '', '5. ANNEXES', '', 'Tables.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(brief('calls on'), { fileName: 'brief.txt' }).map(r => r.line), [8, 11, 15]);
    assert.deepEqual(recommendationsOf(brief('has studied how'), { fileName: 'brief.txt' }), [], 'a sentence that names the actions without asking for them leads into none');
  });

  it('a select committee\'s report: what a party\'s differing view would have recommended leads into nothing recommended', () => {
    const text = [
      '# Recommendations', '', 'The committee recommends that the Government:', '', '-   fund rural hospices', '-   publish waiting times', '',
      '# Green Party view', '', 'The Green Party would have preferred the committee to recommend that the Government:', '',
      '-   appoint a commissioner', '-   fund every hospice in full', '',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'report.md' })), ['fund rural hospices', 'publish waiting times']);
  });

  it('a review printed to text explaining a statute: what the act requires of practitioners leads into no recommendations', () => {
    const text = [
      'Analysis', '', '5.6    The Care Capacity Act 2005 rests on three principles. Put simply, practitioners', '       must:', '',
      '       (1)  start from the assumption that the person has capacity;', '       (2)  give all practicable help before deciding;', '       (3)  consider the least restrictive option.', '',
      'Recommendations', '', '5.7    To make the principles work, the Board must:', '', '       (1)  audit case files each year;', '       (2)  train every new practitioner.',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'review.txt' })), ['audit case files each year;', 'train every new practitioner.']);
  });

  it('a bar association\'s opinion recounting what a study group proposed before: a proposal in the past leads into nothing it does not point at', () => {
    const text = [
      '第１　意見の趣旨', '', '１　本法律案の第３条は削除すべきである。', '', '第２　意見の理由', '', '１　経緯',
      '(1)　省内での検討', '\u3000同省の研究会は、２０２３年に報告書を公表し、遠隔の面会を法律上の制度として設けることを提言した。',
      '\u3000もっとも、その具体的な方法は今後の課題とされた。', '', '(2)　審議会の答申', '\u3000審議会は、２０２４年に答申を行った。', '',
      '(3)　本法律案の内容', '\u3000本法律案は、次の規定を設ける。', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'opinion.txt' }).map(r => r.line), [3]);
    const listed = ['改善の方法として、以下を提案した。', '', '１　窓口を一つにすること', '２　手続を電子化すること'].join('\n');
    assert.deepEqual(titles(recommendationsOf(listed, { fileName: 'summary.txt' })), ['窓口を一つにすること', '手続を電子化すること'], 'a proposal in the past that points at the list below leads into it');
  });

  it('an audit report extracted from a PDF: the lead-in wrapped over lines, an item cut by a page break', () => {
    const text = [
      'Conclusions', '', 'Reviews of old rules are seldom planned.', '',
      'Bureaus should plan them. To make reviews useful, we recommend that the Director issue guidance', 'to the bureaus that asks them to consider, where they apply, the',
      'following practices:', '', '1. Planning, when a rule is made, how its effects will be', 'measured and when the data for a review will be', '',
      'collected and reported.', '', '2. Choosing the rules to review by published criteria.', '',
      '3. Inviting the public to comment on each review.', '', 'Agency Comments', '', 'The bureaus agreed.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.md' });
    assert.deepEqual(recs.map(r => lineOf(text, r).trim().slice(0, 12)), ['1. Planning,', '2. Choosing ', '3. Inviting ']);
    assert.equal(recs[0].endLine, 12, 'the item goes on after the page break, in lower case');
    assert.match(recs[0].title, /reported\.$/);
    assert.match(recs[0].label ?? '', /^we recommend that the Director/, 'the lead-in\'s last clause labels them');
    const prose = flattenOutline(outlineDocument(text, { fileName: 'audit.md' })).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(titles(prose), ['Bureaus should plan them.'], 'the lead-in is no proposal of its own; the sentence before it is');
    const short = ['Findings', '', 'The city', 'gave notes:', '', '1. Lamps are old.', '', '2. Maps are late.'].join('\n');
    assert.deepEqual(recommendationsOf(short, { fileName: 'notes.md' }), [], 'a wrapped sentence that does not recommend leads into no recommendations');
  });

  it('a caption wrapped onto a line that reads like a label labels nothing (a list of figures, a figure in the text)', () => {
    const text = [
      '# Sharing Data Between Two Agencies', '', '## Contents', '', 'Letter 1', '',
      '*[Figure 2: How Far the Agencies Followed — see original PDF]*', 'Key Recommendations of the Data Council', '', 'Appendix I 30', '',
      '## Letter', '', 'This report examines (1) the agreements, and', '(2) the extent of sharing.', '',
      '**Figure 2: How Far the Agencies Followed Key**', '**Recommendations of the Data Council**', '',
      '**Faster agreements.** The agencies use one template for their agreements.', '',
      '**Better data.** The agreements state what quality is required.', '',
      '## Recommendations', '', '- Publish the agreements each year.',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'audit.md' })), ['Publish the agreements each year.']);
    const captionless = text.replaceAll('Figure 2: ', 'Note: ');
    assert.ok(recommendationsOf(captionless, { fileName: 'audit.md' }).length > 1, 'without the captions the lines are labels');
  });

  it('a recommending sentence, then one announcing "the following": the list is the recommendation\'s', () => {
    const text = [
      'Conclusions', '', 'Therefore, we recommend that the Secretary lead a strategy for the ports. At a', 'minimum, the strategy should do the following:', '',
      '- Monitor the depth of every channel each year.', '', '- Advise the ministry on dredging before each winter.', '',
      'Agency Comments', '', 'The department agreed.', '', 'Findings', '', 'The surveys were thorough. The teams did the following:', '', '- Measured the channels.',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'ports.md' })), ['Monitor the depth of every channel each year.', 'Advise the ministry on dredging before each winter.']);
  });

  it('issues a plain line labels end at the next title standing alone, where the converter lost the headings', () => {
    const text = [
      'Reviews of Old Rules', '', 'Challenges to Reviews', '', 'Staff time is short and data are thin; bureaus must choose.', '',
      'Conclusions', '', 'Reviews help when they are planned.', '', 'We recommend that the Director issue guidance on:', '',
      '1. Planning reviews when rules are made.', '', '2. Publishing the results of each review.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(titles(recs), ['Planning reviews when rules are made.', 'Publishing the results of each review.']);
    const stillIssues = text.replace('Conclusions\n\n', '');
    assert.deepEqual(recommendationsOf(stillIssues, { fileName: 'report.md' }), [], 'with no title between, the lead-in is still among the issues');
  });

  it('issues under `【現状】` end at the next bracketed title, its text right under it (a council\'s section in parts)', () => {
    const text = [
      '第２章　今後の方向性', '', '第１節　基盤の強化', '', '【現状】', '○　岸壁の更新を急ぐ必要がある。', '',
      '【今後の方向性】', '○　国は、岸壁を計画的に更新すべきである。', '', '【課題】', '○　財源を確保する必要がある。',
    ].join('\n');
    const proposals = flattenOutline(outlineDocument(text, { fileName: 'report.txt' })).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(titles(proposals), ['○　国は、岸壁を計画的に更新すべきである。']);
  });

  it('an action plan: "…, the Ministry will:" leads into its commitments, each a titled heading inside an item', () => {
    const text = [
      '---', 'layout: plan', 'title: "Second Action Plan on Open Records"', '---', '', '## Open Records', '',
      'Records held by the state are hard to find.', '', 'To widen public access to the records and registers it holds, the Ministry will:', '',
      '- ### Publish an Index of Archives. A searchable index will be online by spring.', '',
      '    Regional archives join the index in the second year.', '',
      '- ### [Open Court Decisions.](/plan/court) Decisions will be published within a month.', '',
      '## Monitoring', '', 'Progress is reviewed each year.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'plan.md' });
    assert.deepEqual(recs.map(r => r.title), ['Publish an Index of Archives. A searchable index will be online by spring.', 'Open Court Decisions. Decisions will be published within a month.'], 'neither the heading marks nor the link\'s markup are part of the title');
    assert.equal(recs[0].endLine, 14, 'the paragraph indented under the item belongs to it, not to its title');
    assert.equal(recs[0].label, 'the Ministry will', 'a long lead-in labels them by its committing clause');
    const longClause = text.replace('To widen public access to the records and registers it holds, the Ministry will:', 'Specifically, we recommend that the Ministry open the records and registers held in each of its regional offices as follows:');
    assert.equal(recommendationsOf(longClause, { fileName: 'plan.md' })[0].label, 'we recommend that the Ministry open the records and …', 'a clause still long is cut after a word');
  });

  it('a strategy or a manifesto: "We will:" and its bullets are commitments; "This report will:" guides the reader', () => {
    const pledges = ['# Plan for Rivers', '', '## Clean Water', '', 'We will:', '', '- fund new treatment works', '- publish water quality each month'].join('\n');
    assert.deepEqual(titles(recommendationsOf(pledges, { fileName: 'plan.md' })), ['fund new treatment works', 'publish water quality each month']);
    const guide = ['# Review of Rivers', '', '## Introduction', '', 'This report will:', '', '- describe the rivers', '- compare the regions', '', 'In the next sections we will:', '', '- set out the data'].join('\n');
    assert.deepEqual(recommendationsOf(guide, { fileName: 'review.md' }), []);
  });

  it('a standard or a guideline: "Agencies will be expected to:" and "Providers must:" lead into its requirements', () => {
    const text = ['# Service Standard', '', '## The Criteria', '', 'To pass an assessment, agencies will be expected to:', '', '1. Understand user needs.', '', '2. Build a team that can run the service.', '', '## Applying', '', 'Providers must:', '', '- publish their data'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'standard.md' })), ['Understand user needs.', 'Build a team that can run the service.', 'publish their data']);
  });

  it('an inquiry report that numbers its paragraphs: a recommendation wholly in bold, wrapped, after "6.12. Accordingly, I recommend:"', () => {
    const text = [
      'Remedies', '========', '', '6.11.\tWitnesses asked for a standing body.', '', '6.12.\tAccordingly, I recommend:', '',
      '       **4. As soon as is practicable, the Government shall set up a standing', '       body to run redress schemes.**', '',
      '6.13.\tI turn next to oversight.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'inquiry.txt' });
    assert.deepEqual(titles(recs), ['As soon as is practicable, the Government shall set up a standing body to run redress schemes.']);
    assert.equal(recs[0].label, 'Accordingly, I recommend', 'the paragraph\'s number is no part of the label');
  });

  it('not a lead-in: a negated verb, a verb that does not recommend, no list after it, or among issues', () => {
    const text = [
      '# Notes', '', '## Practice', '', 'We do not recommend:', '', '- storing keys in the code', '',
      'Goals for the group should include:', '', '- fewer round trips', '',
      'The panel recommends the following:', '', 'Nothing else was agreed.', '',
      '## Issues', '', 'Residents recommend that the city:', '', '- the lamps are old',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'notes.md' }), []);
  });
});

describe('a label over the chapters (pledge pages of a candidate\'s site)', () => {
  it('a page titled with a label and a colon: the lists of every topic under it are its pledges, not the topics of issues', () => {
    const page = ['---', 'sidebar_position: 2', '---', '', '# 公約: 暮らしを守る', '', '### 子育て', '', '- 保育の枠を広げます', '- 給食を無償にします', '', '### 交通', '', '- 路線バスを守ります', '', '### 課題', '', '- 物価が上がっている'].join('\n');
    assert.deepEqual(titles(recommendationsOf(page, { fileName: 'pledge.md' })), ['保育の枠を広げます', '給食を無償にします', '路線バスを守ります']);
  });

  it('a lone label heading over topic headings; a heading over topics that is no label labels nothing', () => {
    const page = ['# 山田はなこ', '', '## 公約', '', '### 子育て', '', '- 保育の枠を広げます', '', '### 交通', '', '- 路線バスを守ります'].join('\n');
    assert.deepEqual(titles(recommendationsOf(page, { fileName: 'candidate.md' })), ['保育の枠を広げます', '路線バスを守ります']);
    const plain = ['# 山田はなこ', '', '## 経歴', '', '### 学歴', '', '- 大学を卒業', '', '### 職歴', '', '- 市役所に勤務'].join('\n');
    assert.deepEqual(recommendationsOf(plain, { fileName: 'profile.md' }), [], 'a heading over topics that is no label labels nothing');
  });

  it('not where the chapters have labels of their own: the title then names the paper', () => {
    const paper = ['# 地域交通に関する提言', '', '## はじめに', '', '- 人口が減っている', '', '## 提言', '', '- 路線を維持する', '- 運賃を見直す'].join('\n');
    assert.deepEqual(titles(recommendationsOf(paper, { fileName: 'paper.md' })), ['路線を維持する', '運賃を見直す']);
  });
});

describe('a numbered list whose items each have a paragraph flush under them (hand-written Markdown)', () => {
  it('takes the paragraph into its item when the numbering goes on after it, and ends the block at a paragraph after the last', () => {
    const text = [
      '## 公約', '', '1. 給与を下げる', '', '給与を減らし、その分を子育てに回す。', '', '2. 駅を直す', '', '古い駅を順に改修する。', '二行目の説明。', '',
      '3. 窓口を一つにする', '', '以上が私の約束です。', '', '## 実績', '', '- 条例を作った',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'pledges.md' });
    assert.deepEqual(titles(recs), ['給与を下げる', '駅を直す', '窓口を一つにする'], 'the paragraphs do not lengthen the titles');
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[3, 5], [7, 10], [12, 12]]);
    const bullets = ['## 提言', '', '- 給与を下げる', '', '説明の段落。', '', '- 駅を直す'].join('\n');
    assert.deepEqual(titles(recommendationsOf(bullets, { fileName: 'notes.md' })), ['給与を下げる'], 'without numbers, a flush paragraph still ends the list');
  });
});

describe('a table whose header names a column after a label', () => {
  it('a table of last year\'s proposals beside what the city did with each reports on them; it proposes none (a youth council\'s proposals)', () => {
    const text = [
      '# こども会議の提言書', '', '## 第２期の提言のその後', '', '第２期のこども会議は、次の３つの提言を市長に提出しました。その後の状況は次のとおりです。', '',
      '| 第２期の提言 | 市の対応（令和７年１２月現在） |', '| :---- | :---- |', '| 提言１\u3000自習室を増やしてほしい | 図書館に自習席を増設 |',
      '| 提言２\u3000駐輪場を広げてほしい | 駅南口の駐輪場を拡張 |', '| 提言３\u3000ホームページを見やすくしてほしい | 来年度に改修予定 |', '',
      '## わたしたちの提言', '', '### 提言１\u3000放課後の居場所を増やしてください', '', '公民館を夕方まで開けてほしいです。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'teigen.md' });
    assert.deepEqual(recs.map(r => r.line), [15]);
    const assigned = text.replace('市の対応（令和７年１２月現在）', '担当課');
    assert.deepEqual(recommendationsOf(assigned, { fileName: 'teigen.md' }).map(r => r.line), [15], 'the sentence over the table says whose proposals they were');
    const own = assigned.replace('第２期のこども会議は、次の３つの提言を市長に提出しました。', 'わたしたちは、次の３つの提言をまとめました。');
    assert.equal(recommendationsOf(own, { fileName: 'teigen.md' }).length, 4, 'a column naming who is to act is no response');
  });

  it('an action table of a review: each row is a recommendation, titled by that column', () => {
    const text = [
      '# Review of Ferry Services', '', '## Findings', '', 'Sailings are often cancelled.', '', '## Action table', '',
      '| No. | Recommendation | Lead | By |', '| --- | --- | --- | --- |', '| 1 | Publish cancellations every week. | Ferry office | 2032 |',
      '| 2 | Keep a spare vessel for the winter. | Ministry of Transport and Islands | 2033 |', '', '## Next steps', '', 'The office will report in May.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(titles(recs), ['Publish cancellations every week.', 'Keep a spare vessel for the winter.'], 'the label\'s column, even where another cell is longer');
    assert.deepEqual(recs.map(r => r.label), ['Recommendation', 'Recommendation']);
    assert.ok(text.slice(recs[1].start).startsWith('Keep a spare vessel'), 'it starts at its cell');
  });

  it('minutes converted from Word: a cell that holds a list gives each item, a line break in a cell joins its lines', () => {
    const text = [
      '# 1. 地域の安全', '', '## 課題① 夜道が暗い', '', '| 区分 | 取り組み案 |', '| --- | --- |',
      '| 住民の取り組み | ・玄関灯を夜通しつける<br>・見回りの当番を決める |', '| 市の取り組み | 街灯の設置を<br>急ぐ |',
      '| 企業の取り組み | ・防犯の講習を開く |',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'minutes.md' });
    assert.deepEqual(titles(recs), ['玄関灯を夜通しつける', '見回りの当番を決める', '街灯の設置を急ぐ', '防犯の講習を開く'], 'a bullet alone in its cell is taken off too');
    assert.ok(recs.every(r => r.label === '取り組み案'));
    assert.ok(text.slice(recs[1].start).startsWith('見回りの当番'), 'each item starts where it stands in the cell');
    assert.equal(text.slice(recs[0].start, recs[0].end), '玄関灯を夜通しつける', 'and ends there, short of the next');
  });

  it('an economic survey\'s table: two sentences set on lines of their own in one cell are two recommendations; a sentence wrapped by a break is one', () => {
    const text = [
      '## 1 Key policy insights', '', '| Main findings | Recommendations |', '| --- | --- |',
      '| Harbour fees are rising. | Cap harbour fees for three years.<br>**Give the port council a mandate to review fees.** |',
      '| Quays are old. | Repair every quay older than fifty<br>years. |', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'survey.md' });
    assert.deepEqual(titles(recs), ['Cap harbour fees for three years.', 'Give the port council a mandate to review fees.', 'Repair every quay older than fifty years.']);
    assert.ok(text.slice(recs[1].start).startsWith('**Give the port council'), 'the second starts where it stands in the cell');
    assert.ok(recs[0].end <= recs[1].start, 'and the first ends short of it');
  });

  it('an annex\'s table of recommendations converted from PDF: a separator without dashes, a header naming the label among alternatives', () => {
    const text = [
      '# Annex B: Table of recommendations', '', '|Recommendation / Action|Expected benefit|Priority|', '||||',
      '|Set up a group that leads on evaluation across the agency.|A culture that values evidence and learning in every team.|High|',
      '|Publish evaluation plans before work starts.|Quality|Medium|', '', '# Annex C: Evidence', '', 'Text.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'plan.md' });
    assert.deepEqual(titles(recs), ['Set up a group that leads on evaluation across the agency.', 'Publish evaluation plans before work starts.'], 'titled by the label\'s column, not the longest cell');
  });

  it('a column that numbers the labels (`Proposal #`) is no label\'s column: a table of ranges lists no proposals', () => {
    const text = ['# Overview of the catalogue', '', '| Proposal # | Domain | Page |', '| --- | --- | --- |', '| 01-12 | Quays | 3 |', '| 13-20 | Crews | 9 |'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'list.md' }), []);
  });

  it('not a table whose columns name no label', () => {
    const text = ['# Data', '', '| Route | Sailings | Cancelled |', '| --- | --- | --- |', '| North | 120 | 14 |', '| South | 98 | 3 |'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'data.md' }), []);
  });
});

describe('the operative paragraphs of a resolution', () => {
  const resolution = [
    'Regional Assembly', '', '                                  Resolution 14/7', '', 'Safer rural roads', '',
    '    The Assembly,', '', '    Recalling its earlier resolution on road safety,', '',
    '    1.  Recommends that member councils lower the speed limit on unlit rural', 'roads to sixty kilometres an hour;', '',
    '    2.  Urges the road agencies to publish their accident data every quarter and', 'to open them to researchers;', '',
    '    3.  Decides to consider the matter again at its next session, together with', 'the report of the agencies.', '',
  ].join('\n');

  it('takes each numbered paragraph that opens with an operative verb, wrapped lines joined, the verb its label', () => {
    const recs = recommendationsOf(resolution, { fileName: 'resolution.txt' });
    assert.deepEqual(recs.map(r => r.label), ['Recommends', 'Urges']);
    assert.equal(recs[0].title, 'Recommends that member councils lower the speed limit on unlit rural roads to sixty kilometres an hour;');
    assert.ok(!flattenOutline(outlineDocument(resolution, { fileName: 'resolution.txt' })).some(n => n.kind === 'chapter'), 'no paragraph is a chapter');
  });

  it('a parliament\'s resolution converted to Markdown: `Asks`, `Calls for`, and an ask in a later clause after a semicolon', () => {
    const text = [
      '## MOTION FOR A RESOLUTION', '', '1\\. Stresses that rural broadband is a precondition for inclusion;', '',
      '2\\. Recalls that older persons are not a homogeneous group; rejects approaches that treat age as a', 'deficit and calls for policies designed with them;', '',
      '3\\. Points out that prices matter as much as coverage; asks the Member States to support', 'low-income households;', '',
      '4\\. Asks the Commission to report on the roll-out every year;', '', '5\\. Calls for a dedicated budget line for rural areas;', '',
      '6\\. Notes that this report summarises the evidence and recommends further study of', 'the costs of coverage;', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'resolution.md' }).map(r => [r.line, r.label]), [[5, 'calls for'], [8, 'asks'], [11, 'Asks'], [13, 'Calls for']]);
  });

  it('a council\'s conclusions that set the verbs in capitals', () => {
    const text = ['Conclusions on rural buses', '', 'THE COUNCIL,', '', '1. WELCOMES the new timetables;', '',
      '2. CALLS ON the regions to keep at least one bus a day in every village;', '', '3. INVITES the ministry to fund night services.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'conclusions.txt' }).map(r => r.label), ['CALLS ON', 'INVITES']);
  });

  it('a council\'s conclusions from PDF: a paragraph that calls on someone to do what it letters or dashes below has those items for its recommendations', () => {
    const text = [
      'Conclusions on harbour safety', '', 'THE COUNCIL,', '', '1.      NOTES that accidents in small harbours have risen;', '',
      '2.      CALLS ON the Member States, within their powers and with respect for local', '        custom, to:', '',
      '        a)     inspect every slipway at least once a year, together with harbour', '               masters;', '',
      '        b)     train volunteer crews in night rescue;', '',
      '3.      INVITES the Commission to:', '', '        -      gather data on accidents;', '', '        -      fund pilot projects;', '',
      '4.      INVITES the Member States to share their rescue plans with one another;', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'conclusions.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.line, r.endLine]), [['CALLS ON', 10, 11], ['CALLS ON', 13, 13], ['INVITES', 17, 17], ['INVITES', 19, 19], ['INVITES', 21, 21]]);
    assert.equal(recs[0].title, 'inspect every slipway at least once a year, together with harbour masters;');
  });

  it('a line that goes on with the sentence above, though it starts with a label\'s words, opens no section (text wrapped by a PDF\'s page)', () => {
    const text = [
      'Conclusions on harbour safety', '', 'THE COUNCIL,', '', '1.      WELCOMES the plan of the Commission to review the Council',
      '        Recommendation on harbour pilots by 2032.', '', '2.      INVITES the Member States to share their rescue plans;', '',
    ].join('\n');
    const outline = flattenOutline(outlineDocument(text, { fileName: 'conclusions.txt' }));
    assert.ok(!outline.some(n => n.kind === 'section'), 'no section');
    assert.deepEqual(outline.filter(n => n.kind === 'recommendation').map(r => r.label), ['INVITES']);
  });

  it('not a bullet opening with such a verb, nor a short numbered title, nor the verb in lower case', () => {
    const text = ['Summary', '', '- Encourages early reporting of faults across all the regional offices.', '', '3. Requests for Comment', '',
      '4. urges were felt by every member of the panel to act on the report;', '', 'Comments are welcome.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'summary.txt' }), []);
  });
});

describe('what a briefing or a request asks of government', () => {
  it('a charity\'s briefing lists its asks', () => {
    const text = [
      '# Keeping Village Buses', '', '## Why it matters', '', 'Buses take people to work.', '',
      '## Our asks', '', '1. Fund routes for five years.', '2. Let councils run their own routes.', '', '## About us', '', 'We are a charity.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'briefing.md' });
    assert.deepEqual(titles(recs), ['Fund routes for five years.', 'Let councils run their own routes.']);
    assert.deepEqual(recs.map(r => r.label), ['Our asks', 'Our asks']);
  });

  it('a governors\' request to the state: each topic\'s 【要請事項】 over its bullets', () => {
    const text = [
      '国の施策に関する要請', '', '沿岸県知事会', '', '１　岸壁の老朽化対策', '【要請事項】', '・岸壁の更新費用を確保すること。', '・点検への支援を拡充すること。', '',
      '２　人材の確保', '【要請事項】', '・作業員の育成を支援すること。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'yousei.txt' });
    assert.deepEqual(titles(recs), ['岸壁の更新費用を確保すること。', '点検への支援を拡充すること。', '作業員の育成を支援すること。']);
    assert.ok(!flattenOutline(outlineDocument('## 時代の要請\n\n・港は変わる。\n・人も変わる。\n', { fileName: 'x.md' })).some(n => n.kind === 'recommendation'), 'qualified, 要請 is no label');
  });
});

describe('a manifesto\'s own word for its pledges', () => {
  it('`私たちの約束` under each topic labels its list', () => {
    const text = ['架空党　政策集', '', '■ 子育て', '私たちの約束', '・保育所を増やします。', '・給食費を無償にします。', '', '■ 港', '私たちの約束', '・岸壁を公園にします。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'seisaku.txt' })), ['保育所を増やします。', '給食費を無償にします。', '岸壁を公園にします。']);
  });

  it('`私たちの約束` alone over the marked topics labels the list of every topic, and is no part of its own', () => {
    const text = ['架空党　政策集', '', '私たちの約束', '', '■ 暮らし', '・給付を行います。', '・料金を下げます。', '', '■ 子育て', '・教育を無償にします。'].join('\n');
    const outline = outlineDocument(text, { fileName: 'seisaku.txt' });
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['給付を行います。', '料金を下げます。', '教育を無償にします。']);
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title]), [['chapter', '暮らし'], ['chapter', '子育て']], 'the marked topics are the manifesto\'s top level');
  });

  it('marked topics under unmarked headings stay their sections', () => {
    const text = [
      '港の将来', '', 'はじめに', '港は物流の要であり、その将来を考えることは町の将来を考えることである。', '',
      '■ 岸壁', '岸壁は古く、更新の計画もない。', '', '■ 人材', '作業員が足りず、育成も進んでいない。',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'minato.txt' });
    assert.ok(!flattenOutline(outline).some(n => n.kind === 'chapter' && n.title === '岸壁'));
  });
});

describe('recommendations numbered in words or coded with a letter', () => {
  it('`Recommendation One: …` is numbered as `Recommendation 1: …` is, and `## Recommendation Two` alone heads its paragraph', () => {
    const text = [
      '# Fixing the Ports', '', '## Introduction', '', 'The ports are old.', '', '## Recommendation One: Create a repair fund', '', 'The fund pays for quays.', '',
      '## Recommendation Two', '', 'Every port should publish an asset register.', '', '## Conclusion', '', 'We can fix this.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'brief.md' });
    assert.deepEqual(titles(recs), ['Create a repair fund', 'Every port should publish an asset register.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendation One', 'Recommendation Two']);
    assert.equal(recommendationsOf('# Plan\n\n## Someone should act\n\nText.\n', { fileName: 'x.md' }).length, 0, 'a word that ends in `one` numbers nothing');
  });

  it('`R1.`, `R2.` under a label in plain text are its items', () => {
    const text = [
      'Fixing the Ports', '', 'Introduction', '', 'The ports are old.', '', 'Recommendations', '',
      'R1. Create a fund for quay repairs.', '', 'R2. Require every port to publish an asset register.', '', 'Conclusion', '', 'We can fix this.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'brief.txt' });
    assert.deepEqual(titles(recs), ['Create a fund for quay repairs.', 'Require every port to publish an asset register.']);
  });

  it('`R1` set apart by spaces alone, as a law commission prints its recommendations in the margin, is an item; `Q1` before a number is none', () => {
    const text = [
      'Fixing the Ports', '', 'Introduction', '', 'The ports are old.', '', '        RECOMMENDATIONS',
      'R1      The Ports Act should be amended to require yearly', '        inspections of every quay.', 'R2      The Ministry should publish guidance on repairs.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.txt' }).map(r => [r.line, r.endLine]), [[8, 9], [10, 10]]);
    assert.equal(matchListItem('Q1      2025 budget'), undefined);
  });
});

describe('a written opinion of a local assembly (意見書)', () => {
  it('its closing paragraph after the list, opened by an ideographic space, is no part of the last request', () => {
    const text = [
      '岸壁の更新を求める意見書', '', '　岸壁の多くは老朽化している。', '　よって、国においては、下記の事項を講ずるよう強く要望する。', '', '記', '',
      '１　岸壁の更新に必要な予算を確保すること。', '２　点検技術者の育成を支援すること。', '', '　以上、地方自治法の規定により意見書を提出する。', '', '浜辺市議会',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'ikensho.txt' });
    assert.deepEqual(titles(recs), ['岸壁の更新に必要な予算を確保すること。', '点検技術者の育成を支援すること。']);
  });
});

describe('a numbered label heading alone heads one recommendation', () => {
  it('the text under a heading that states a recommendation explains it: its proposing sentences are no proposals of their own', () => {
    const text = [
      '# Data Plan', '', '## Agency Actions', '', 'Each agency should first take stock.', '', '### Action 1: Form a Data Board', '',
      'By June, agencies will form a board. The board should meet monthly.', '', '### Action 2: Publish an Inventory', '', 'The inventory should list every dataset.', '',
      '## Shared Actions', '', 'Agencies should share tools.',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'plan.md' }));
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'recommendation')), ['Form a Data Board', 'Publish an Inventory']);
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'prose-recommendation')), ['Each agency should first take stock.', 'Agencies should share tools.']);
  });

  it('an action plan page that writes each action as an HTML heading inside its Markdown', () => {
    const text = [
      '# Shared Services Plan', '', 'The board lists the steps it will take this year.', '',
      '## <span class="icon icon-gear"></span>Operations', '',
      '<div class="item done">', '  <h3 id="step-1">Action 1</h3>', '  <span class="state">Done</span>', '  <div class="body">', '',
      'The board will open one help desk for all member offices.', '', '  </div>', '</div>', '',
      '<div class="item">', '  <h3 id="step-2">Action 2</h3>', '  <div class="body">', '',
      'The treasury will publish the prices of each shared service and review them yearly.', '', '  </div>', '</div>', '',
      '## Staffing', '', 'Offices keep their own staff.',
    ].join('\n');
    const chapters = flattenOutline(outlineDocument(text, { fileName: 'plan.md' })).filter(n => n.kind === 'chapter');
    assert.deepEqual(titles(chapters), ['Operations', 'Staffing']);
    const recs = recommendationsOf(text, { fileName: 'plan.md' });
    assert.deepEqual(titles(recs), ['The board will open one help desk for all member offices.', 'The treasury will publish the prices of each shared service and review them yearly.'], 'each reads as its first paragraph');
    assert.deepEqual(recs.map(r => r.label), ['Action 1', 'Action 2']);
    assert.equal(lineOf(text, recs[1]).trim(), '<h3 id="step-2">Action 2</h3>');
    assert.equal(recs[1].endLine, 24, 'the action runs to the next heading');
  });

  it('an audit report with one Markdown heading per recommendation, its text in the paragraphs below', () => {
    const text = [
      '# Review of the Grant Programme', '', '## Findings', '', 'Files were often incomplete.', '',
      '## Our Recommendations', '', '### Recommendation 1', '', 'The agency should check every file before payment.', '',
      'It should report the checks each quarter.', '', '### Recommendation 2', '', 'The agency should train its reviewers.', '',
      '## Agency Comments', '', 'The agency agreed.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(titles(recs), ['The agency should check every file before payment.', 'The agency should train its reviewers.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 1', 'Recommendation 2']);
    assert.equal(recs[0].endLine, 13);
  });

  it('a council paper with 提言 headings numbered in full-width digits', () => {
    const text = [
      '# 地域交通の将来像', '', '## はじめに', '', '本会は一年間議論を重ねた。', '', '## 提言', '', '### 提言１', '',
      '国と県は路線の維持費を分担すべきである。', '', '### 提言２', '', '市町村は乗合交通の予約を一つの窓口にまとめるべきである。', '',
      '## おわりに', '', '今後も検討を続ける。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'kotsu.md' });
    assert.deepEqual(titles(recs), ['国と県は路線の維持費を分担すべきである。', '市町村は乗合交通の予約を一つの窓口にまとめるべきである。']);
    assert.deepEqual(recs.map(r => r.label), ['提言１', '提言２']);
  });

  it('a brief whose chapters are its numbered recommendations: each chapter stays and holds the one its label heads', () => {
    const text = [
      '# Safer Quays', '', '## Introduction', '', 'The quays are old.', '', '## Recommendation 1', '',
      'The ministry should fund the repair of every quay by 2030.', '', 'Repairs cost less than closures.', '',
      '## Recommendation 2', '', 'Port councils should train their crews.', '', '## Conclusion', '', 'Text.',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'brief.md' }));
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'chapter')), ['Introduction', 'Recommendation 1', 'Recommendation 2', 'Conclusion']);
    const recs = nodes.filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['The ministry should fund the repair of every quay by 2030.', 'Port councils should train their crews.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 1', 'Recommendation 2']);
    assert.equal(recs[0].endLine, 11, 'it spans its reasons');
    assert.ok(!nodes.some(n => n.kind === 'prose-recommendation'), 'the text under the label is that recommendation, not a proposal of its own');
  });

  it('a manifesto whose chapters are `提言１`, `提言２`, and one numbered with its text on the heading', () => {
    const text = [
      '# 港を守る', '', '## はじめに', '', '港は古い。', '', '## 提言１', '', '岸壁の改修を急ぐべきである。', '',
      '## 提言２：人を育てる', '', '作業員の研修を国が支えるべきである。', '', '## おわりに', '', '以上。',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'teigen.md' }));
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'recommendation')), ['岸壁の改修を急ぐべきである。', '人を育てる']);
    assert.ok(!nodes.some(n => n.kind === 'prose-recommendation'), 'the paragraph under `提言２：…` explains it');
  });

  it('`Action 1.1` alone is a label numbered by theme, not the label `Action 1` titled `1`', () => {
    const text = [
      '# Quantum Plan', '', '## Theme 1', '', 'Grow the field.', '', '### Action 1.1', '', 'Design new grants for sensing.', '',
      '### Action 1.2', '', 'Support links with partners abroad.', '', '## Theme 2', '', 'Build the workforce.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'plan.md' });
    assert.deepEqual(titles(recs), ['Design new grants for sensing.', 'Support links with partners abroad.']);
    assert.deepEqual(recs.map(r => r.label), ['Action 1.1', 'Action 1.2']);
  });

  it('a plain-text report that sets each numbered label on a line of its own, the recommendation on the next', () => {
    const text = [
      'Data in Local Government', '', '1. Introduction', '', 'Counties collect data.', '', '2. Recommendations', '',
      'Recommendation 1', 'Establish a national office for local data.', '', 'The office would set standards.', '',
      'Recommendation 2', 'Fund a data officer in every county.', '', 'Counties cannot hire them today.', '', '3. Conclusion', '', 'Within reach.',
    ].join('\n');
    const recs = recommendationsOf(text);
    assert.deepEqual(titles(recs), ['Establish a national office for local data.', 'Fund a data officer in every county.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 1', 'Recommendation 2']);
    assert.ok(recs[0].endLine >= 12, 'the recommendation holds its explanation');
  });

  it('a numbered label heading over a list keeps its label for a title', () => {
    const text = ['# Plan', '', '## Actions', '', '### Action 1', '', '- Open a desk.', '- Publish prices.', '', '## Annex', '', 'Tables.'].join('\n');
    assert.ok(recommendationsOf(text, { fileName: 'plan.md' }).some(r => r.title === 'Action 1' && r.label === 'Action 1'));
  });

  it('a commission\'s report: paragraphs led by a long recommendation in bold, a plain paragraph of reasons between them', () => {
    const text = [
      '# Harbour Safety', '', '## Detailed Recommendations', '',
      '**The Ministry and the port councils should carry out in full the recommendations of the inspectorate\'s 2030 review of quay safety and fire response.** Those recommendations remain open.', '',
      '**The Ministry should publish a national harbour safety strategy.** It should start at once.', '',
      'A deputy minister should lead the strategy, and the port councils should report to her each year.', '',
      '**Parliament should fund the strategy for five years.** Funding should match its goals.', '', '## Conclusion', '', 'Text.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => r.line), [5, 7, 11], 'each bold-led paragraph is one, however long its bold sentence');
    assert.equal(recs[1].endLine, 9, 'the plain paragraph between is the reasons of the one before');
  });

  it('a brief converted from Word: each recommendation a paragraph led by its number and title in bold, whether it proposes in words or not', () => {
    const text = ['# Executive Summary', '', 'Housing costs too much.', '', '# Chapter 1: Recommendations', '', '**1. Build on public land.** The state owns plots near transit.', '',
      '__2. Reform zoning.__ Allow four storeys by right.', '', '# Appendix A: Sources', '', 'Tables.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'brief.md' })), ['Build on public land. The state owns plots near transit.', 'Reform zoning. Allow four storeys by right.']);
    assert.equal(outlineDocument(text, { fileName: 'brief.md' }).nodes[0].title, 'Executive Summary', 'the opening part is a chapter, not the document\'s title');
  });

  it('a heading that names a block of recommendations without a number still opens a block for its list', () => {
    const text = ['# Brief', '', '## Actions', '', '- Fund the pilots.', '- Publish the results.', '', '## Annex', '', 'Tables.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'brief.md' })), ['Fund the pilots.', 'Publish the results.']);
  });
});


describe('a label heading whose sub-headings state the recommendations (working groups\' and agencies\' Markdown reports)', () => {
  const report = [
    '# Faster Permits', '', '## Findings', '', 'Applicants wait for months.', '',
    '### Proposed solutions', '',
    '#### Publish a service standard for every permit', '', 'The group asked offices to state how long each permit takes.', '',
    'Offices that miss the standard would explain why.', '',
    '#### Accept applications online', '', 'Most forms are still on paper. The group listed what an online form needs:', '',
    '- a saved draft;', '- a receipt;', '',
    '#### One contact for each applicant', '', 'Applicants should not have to call three offices.', '',
    '### Initiatives under way', '', 'An online portal is being tested.', '',
  ].join('\n');

  it('takes each sub-heading as a recommendation with the label, the lists in their text as its details', () => {
    const recs = recommendationsOf(report, { fileName: 'permits.md' });
    assert.deepEqual(titles(recs), ['Publish a service standard for every permit', 'Accept applications online', 'One contact for each applicant']);
    assert.deepEqual(recs.map(r => r.label), ['Proposed solutions', 'Proposed solutions', 'Proposed solutions']);
  });

  it('leaves sub-headings that open with a list as groups of the list\'s recommendations (by audience)', () => {
    const text = [
      '## Recommendations', '', '### For the ministry', '', '- Fund the repairs.', '- Train the pilots.', '',
      '### For the ports', '', '- Publish the fees.', '',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'ports.md' })), ['Fund the repairs.', 'Train the pilots.', 'Publish the fees.']);
  });

  it('leaves sub-headings by topic as sections where numbered labels under them state the recommendations (a guideline\'s evidence and recommendations)', () => {
    const text = [
      '# Guideline on Cold Homes', '', '## 2. Methods', '', 'Reviews were run.', '', '## 3. Evidence and recommendations', '',
      '### 3.1 Home insulation', '', 'Six studies found fewer admissions.', '', '**Recommendation 1**', '',
      'Housing authorities should insulate the homes of older tenants.', '', '*Remarks*', '', '- Lofts come first.', '',
      '### 3.2 Heating grants', '', '**Recommendation 2**', '', 'Governments should fund heating for low-income households.', '',
      '### 3.3 Good practice', '', 'Health services should ask about cold homes.', '', '## 4. Research gaps', '', 'Costs are unknown.',
    ].join('\n');
    const outline = flattenOutline(outlineDocument(text, { fileName: 'guideline.md' }));
    assert.deepEqual(outline.filter(n => n.kind === 'recommendation').map(r => [r.label, r.line]), [['Recommendation 1', 13], ['Recommendation 2', 23]]);
    assert.deepEqual(outline.filter(n => n.kind === 'section').map(n => n.title), ['3.1 Home insulation', '3.2 Heating grants', '3.3 Good practice']);
  });

  it('reads a numbered label graded in parentheses as the label over its text (a guideline\'s strength and certainty of evidence)', () => {
    const text = [
      '# Guideline on Cold Homes', '', '## 3. Evidence and recommendations', '', '### 3.1 Home insulation', '', 'Six studies found fewer admissions.', '',
      '**Recommendation 1 (strong recommendation, moderate-certainty evidence)**', '', 'Housing authorities should insulate the homes of older tenants.', '',
      '**Remarks**', '', '- Lofts come first.', '', '### 3.2 Heating grants', '', 'Recommendation 2 (Grade B)', '',
      'Governments should fund heating for low-income households.', '', '### 3.3 Costs', '', 'Recommendation 3 (see chapter 2) was costed.', '',
    ].join('\n');
    const outline = flattenOutline(outlineDocument(text, { fileName: 'guideline.md' }));
    assert.deepEqual(outline.filter(n => n.kind === 'recommendation').map(r => [r.label, r.line]), [['Recommendation 1', 9], ['Recommendation 2', 19]]);
  });

  it('leaves a single sub-heading, and sub-headings in plain text, as sections', () => {
    const one = ['## Recommendations', '', '### Background', '', 'The ports are old.', ''].join('\n');
    assert.deepEqual(recommendationsOf(one, { fileName: 'one.md' }), []);
    const plain = ['第３章\u3000提言', '', '（１）財源', '', '国は財源を確保すべきである。', '', '（２）人材', '', '国は人材を育成すべきである。', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(plain)), ['国は財源を確保すべきである。', '国は人材を育成すべきである。']);
  });

  it('takes the items of one numbered list that counts on under sub-headings by topic, not the sub-headings (a directive\'s required actions)', () => {
    const text = [
      '# Port Directive', '', '## Keep Berths Safe', '', '### Background', '', 'Ports are busy.', '',
      '### Required Actions', '', 'The actions below apply to every port.', '',
      '#### Register a Contact', '', '*Ports need someone to call.*', '', 'Within 30 days:', '',
      '1.  Name a contact for each berth.', '', '2.  Publish the contact\'s address.', '',
      '#### Publish a Schedule', '', '*Ships plan ahead.*', '', 'Within 90 days:', '', '3.  Publish the berth schedule.', '',
      '##### Keep It Current', '', '4.  Update the schedule each week.', '', '### Agency Support', '', 'The agency will help.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'directive.md' });
    assert.deepEqual(titles(recs), ['Name a contact for each berth.', 'Publish the contact\'s address.', 'Publish the berth schedule.', 'Update the schedule each week.']);
    assert.ok(recs.every(r => r.label === 'Required Actions'));
    const apart = text.replace('3.  Publish', '1.  Publish').replace('4.  Update', '2.  Update');
    assert.deepEqual(titles(recommendationsOf(apart, { fileName: 'directive.md' })), ['Register a Contact', 'Publish a Schedule'], 'lists that start again at 1 leave the sub-headings as the recommendations');
  });
});

describe('an agency\'s own actions beside those it requires (directives)', () => {
  it('`CISA Actions` labels its list where the list has the agency undertake them; `IANA Actions` that only notes none is no label', () => {
    const directive = [
      '## Required Actions', '', '1.  Name a contact for each berth.', '',
      '## PSA Actions', '', '-   PSA will review each port\'s plan.', '', '-   Within a year, PSA will publish a report.', '',
      '## Points of Contact', '', 'Write to the office.',
    ].join('\n');
    const recs = recommendationsOf(directive, { fileName: 'directive.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [
      ['Required Actions', 'Name a contact for each berth.'], ['PSA Actions', 'PSA will review each port\'s plan.'], ['PSA Actions', 'Within a year, PSA will publish a report.'],
    ]);
    const rfc = ['## IANA Actions', '', 'This memo asks nothing of IANA.', '', '- The registry stays as it is.', ''].join('\n');
    assert.deepEqual(recommendationsOf(rfc, { fileName: 'memo.md' }), []);
    const topic = ['## Climate Actions', '', '- Climate will change.', ''].join('\n');
    assert.deepEqual(recommendationsOf(topic, { fileName: 'topic.md' }), [], 'only an acronym names an actor');
  });
});

describe('a list under a heading that states a recommendation', () => {
  it('details the heading\'s recommendation (an action plan\'s `### Action N: …` and what it will do)', () => {
    const text = [
      '# Port Data Plan', '', '## Background', '', 'The registry is out of date.', '',
      '## Actions', '', '### Action 1: Publish the Port Registry', '', 'By June, the ministry will:', '',
      '* List every pier;', '* Name each pier\'s owner;', '', '### Action 2: Train the Inspectors', '', 'The academy will run two courses.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'plan.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['Action 1', 'Publish the Port Registry'], ['Action 2', 'Train the Inspectors']]);
  });
});

describe('a standard\'s mandatory requirements', () => {
  it('takes each row of the table under `Mandatory Requirements` as one (cloud guardrails, security baselines)', () => {
    const text = [
      '# Protect the Root Account', '', '## Objective', '', 'Keep the root account safe.', '',
      '## Mandatory Requirements', '', '| Activity | Validation |', '| --- | --- |',
      '| <ul><li>Turn on two-factor sign-in for the root account.</li></ul> | <ul><li>Show the setting.</li></ul> |',
      '| <ul><li>Keep the root password in a sealed envelope.</li></ul> | <ul><li>Show the log.</li></ul> |', '',
      '## References', '', '- Guide to sign-in', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'guardrail.md' });
    assert.equal(recs.length, 2);
    assert.deepEqual(recs.map(r => r.label), ['Mandatory Requirements', 'Mandatory Requirements']);
    assert.match(recs[0].title, /two-factor/);
  });
});

describe('a petition or written opinion printed from PDF (a blank line after every line)', () => {
  const spaced = (lines: string[]) => lines.flatMap(line => [line, '']).join('\n');

  it('takes the numbered requests under 請願事項, their wrapped ends on the next line, for recommendations', () => {
    const text = spaced([
      '架空市の港湾公園に関する請願', '請願理由', '港湾公園は市民に親しまれてきました。整備の在り方について市民の声を聞いてほしいと願います。',
      'ついては、下記の事項を請願いたします。', '請願事項',
      '１  港湾公園の遊具と照明を、利用者の声を聞いた上で順に新しいものへ替えて', 'ください。',
      '２  整備の費用については、市の寄附の制度を活用することを検討してください。',
      ...Array.from({ length: 10 }, (_, k) => `添付資料の${k + 1}頁を参照のこと`),
    ]);
    const recs = recommendationsOf(text);
    assert.deepEqual(recs.map(r => r.label), ['請願事項', '請願事項']);
    assert.match(recs[0].title, /^港湾公園の遊具と照明を/);
    assert.ok(!outlineDocument(text).nodes.some(n => n.kind === 'chapter' && n.title.startsWith('１')), 'a request is no chapter');
  });

  it('a guideline\'s list after a lead-in that recommends (`…ことを推奨します。`), a side note (`なお、…`) between them', () => {
    const text = ['#### 2.1. 港湾データの設計', '', '以下の点を考慮して設計することを推奨します。', '', 'なお、例は第5章に示します。', '',
      '* 項目名は名詞とする。', '* 日付は西暦で記す。', '', '#### 2.2. 参考', '', '本文。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'guide.md' })), ['項目名は名詞とする。', '日付は西暦で記す。']);
  });

  it('takes the items after `記` under a lead-in that asks (`…下記の事項について要望する。`), up to `以上`', () => {
    const text = ['港湾の安全に関する意見書', '', '架空港湾協議会', '', '\u3000本協議会は、下記の事項について要望する。', '', '記', '',
      '１\u3000岸壁の点検を毎年行うこと。', '', '２\u3000夜間の照明を増やすこと。', '', '以上', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['岸壁の点検を毎年行うこと。', '夜間の照明を増やすこと。']);
  });

  it('takes a humble lead-in (`…を強く求めます。`, `…ご提案いたします。`) over items numbered `1 ` before Japanese text', () => {
    const text = ['意見書', '', '架空市議会として、国に下記の事項を強く求めます。', '', '1 港湾の耐震化を急ぐこと。', '', '以上、意見書を提出する。', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(text)), ['港湾の耐震化を急ぐこと。']);
    const proposal = ['送迎の改善について', '', '架空市では、通学の送迎を市の事業として行っている。', '', '利用者は年々増えており、保護者の負担も大きい。', '', '説明会で出た意見をもとに、下記のとおりご提案いたします。', '', '・送迎の時間を選べるようにする。', '・連絡帳を電子化する。', '',
      '以上の提案について、市の考えをお聞かせいただければ幸いです。', '', '連絡先は事務局までお寄せください。', '', '２０３０年４月', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(proposal)), ['送迎の時間を選べるようにする。', '連絡帳を電子化する。']);
  });

  it('takes a report\'s summing-up in the past (`…として、以下を提案した。`) over the list that follows', () => {
    const text = ['# 港湾データの検証', '', '## まとめ', '', '検証で次の課題が見えた。', '', '1. データが使いにくい', '2. 加工に手間がかかる', '',
      'これらの課題を改善する方法として、以下を提案した。', '', '1. 使いやすいデータを増やす', '2. 加工を手伝う役割をつくる', '', '以上。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'report.md' })), ['使いやすいデータを増やす', '加工を手伝う役割をつくる']);
  });
});

describe('a recommendation never runs over a heading', () => {
  it('ends an item of a label\'s list at a deeper heading written right under it', () => {
    const text = ['# Port Plan', '## Recommendations', '1. Fund the repairs', '### How to pay', 'From the harbour fund.'].join('\n');
    const [rec] = recommendationsOf(text, { fileName: 'plan.md' });
    assert.equal(rec.title, 'Fund the repairs');
    assert.equal(rec.endLine, 3);
  });
});

describe('a manifesto whose numbered headings state its commitments, with no label over any list', () => {
  const chapter = (third: string) => [
    '# 交通と環境の政策', '', '## １．交通', '', '### ビジョン', '', '* 誰もが移動できる社会をめざします。', '',
    '### １）路線バスの運行費を国が支える', '', '* 廃止が続く路線を守ります。', '* 事業者は運行計画を公開すべきである。', '',
    '### ２）乗合タクシーを全国に広げます', '', '* 予約はアプリと電話で受け付けます。', '',
    `### ３）${third}`, '', '* 説明です。', '',
    '## ２．環境', '', '### ビジョン', '', '* 自然を次の世代へ。', '',
    '### １）森林の手入れに投資する', '', '* 間伐を進めます。', '', '### ２）海岸の清掃を支援します', '', '* 漂着ごみを減らします。',
  ].join('\n');

  it('the numbered headings of each chapter are its recommendations, labelled by their numbers; their reasons propose nothing of their own', () => {
    const outline = outlineDocument(chapter('自転車道をつなぐ'), { fileName: 'manifesto.md' });
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['１）路線バスの運行費を国が支える', '２）乗合タクシーを全国に広げます', '３）自転車道をつなぐ', '１）森林の手入れに投資する', '２）海岸の清掃を支援します']);
    assert.deepEqual(recs.map(r => r.label), ['１）', '２）', '３）', '１）', '２）']);
    assert.equal(flattenOutline(outline).filter(n => n.kind === 'prose-recommendation').length, 0, 'the reasons under a commitment are part of it');
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(c => c.children.filter(n => n.kind === 'section').map(n => n.title)), [['ビジョン'], ['ビジョン']]);
  });

  it('a chapter whose numbered headings mostly name topics keeps them as sections', () => {
    const topics = outlineDocument([
      '# 交通の報告', '', '## １．交通', '', '### １）路線バスの現状', '', '本文です。', '', '### ２）乗合タクシーの課題', '', '本文です。', '',
      '### ３）運行費を国が支える', '', '本文です。',
    ].join('\n'), { fileName: 'report.md' });
    assert.equal(flattenOutline(topics).filter(n => n.kind === 'recommendation').length, 0);
  });

  it('a document that lists its proposals under a label anywhere is read by its labels alone', () => {
    const labelled = chapter('自転車道をつなぐ').replace('* 間伐を進めます。', '* 間伐を進めます。\n\n#### 政策概要\n\n* 間伐への補助');
    const recs = recommendationsOf(labelled, { fileName: 'manifesto.md' });
    assert.deepEqual(titles(recs), ['間伐への補助']);
  });

  it('numbered headings that hold sub-sections are topics', () => {
    const nested = outlineDocument([
      '# 政策', '', '## １．交通', '', '### １）路線を守る', '', '#### 現状', '', '本文です。', '', '### ２）運転手を育てる', '', '#### 現状', '', '本文です。',
    ].join('\n'), { fileName: 'plan.md' });
    assert.equal(flattenOutline(nested).filter(n => n.kind === 'recommendation').length, 0);
  });
});

describe('a box\'s label over a paragraph (submissions and briefs converted from PDF)', () => {
  const submission = (box: string, body: string[]) => [
    '# Submission to the inquiry', '', '## Registration', '', 'States set the fees for vehicles.', '', box, '', ...body, '', '## Charging', '', 'Depots need chargers.',
  ].join('\n');

  it('`Recommendation:` labels the paragraph under it and is no chapter; the prose after it stays prose', () => {
    const outline = outlineDocument(submission('## Recommendation:', ['The Commonwealth lead a national scheme for truck registration.', '', 'States could also cut fees, as some already do.']), { fileName: 'submission.md' });
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['The Commonwealth lead a national scheme for truck registration.']);
    assert.equal(recs[0].label, 'Recommendation');
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(c => c.title), ['Registration', 'Charging']);
    assert.equal(outline.nodes[0].children[0], recs[0], 'the recommendation belongs to the chapter the box stands in');
  });

  it('`Recommendations:` labels each paragraph to the next heading, up to the notes of the page', () => {
    const recs = recommendationsOf(submission('## Recommendations:', ['The Commonwealth fund chargers at depots.', '', 'The Commonwealth list heavy vehicles in its guide.', '', '12 See the council\'s fee schedule.']), { fileName: 'submission.md' });
    assert.deepEqual(titles(recs), ['The Commonwealth fund chargers at depots.', 'The Commonwealth list heavy vehicles in its guide.']);
  });

  it('`Recommendation` alone in the singular is a box too; a plural label without a colon stays a part of the report', () => {
    assert.deepEqual(titles(recommendationsOf(submission('## Recommendation', ['The Commonwealth lead a national scheme.']), { fileName: 'submission.md' })), ['The Commonwealth lead a national scheme.']);
    const part = outlineDocument(submission('## Recommendations', ['This part sets out what we ask of the Commonwealth.']), { fileName: 'submission.md' });
    assert.deepEqual(part.nodes.filter(n => n.kind === 'chapter').map(c => c.title), ['Registration', 'Recommendations', 'Charging']);
  });

  it('in plain text, a line `Recommendation:` standing alone is such a box', () => {
    const text = ['1. Registration', '', 'States set the fees.', '', 'Recommendation:', '', 'The Commonwealth lead a national scheme.', '', 'States could cut fees.', '', '2. Charging', '', 'Depots need chargers.'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'submission.txt' });
    assert.deepEqual(titles(recs), ['The Commonwealth lead a national scheme.']);
  });

  it('over a list, the label\'s items are the recommendations as under any label', () => {
    const recs = recommendationsOf(submission('## Recommendations:', ['- Fund chargers at depots.', '- List heavy vehicles in the guide.']), { fileName: 'submission.md' });
    assert.deepEqual(titles(recs), ['Fund chargers at depots.', 'List heavy vehicles in the guide.']);
  });
});

describe('a catalogue of proposals that counts them, each under a numbered heading of its own', () => {
  const catalogue = (count: string) => [
    '# The Harbour Outlook', '', `**${count} for Safer Harbours**`, '',
    '# Inspections', '', '## Neglected Methods', '', '**Scope:** what few ports do yet.', '',
    '## #1: Quay Surveys', '', 'Survey every quay each spring. Crews should log the faults they find.', '',
    '## #2: Hull Registers', '', 'Keep one register of hulls for the whole coast.', '',
    '# Training', '', '## #3: Night Drills', '', 'Drill the crews at night, when fires are hardest to fight.', '',
    '### Shared Facilities', '', '**Scope:** what ports could share.', '',
    '## #4: Joint Academies', '', 'Open one academy for the ports of each coast.',
  ].join('\n');

  it('the series counting 1 … N, as many as the text says it proposes, is its recommendations, wherever their chapters', () => {
    const outline = outlineDocument(catalogue('Four Expert Proposals'), { fileName: 'outlook.md' });
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['#1: Quay Surveys', '#2: Hull Registers', '#3: Night Drills', '#4: Joint Academies']);
    assert.deepEqual(recs.map(r => r.label), ['#1', '#2', '#3', '#4']);
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(c => [c.title, c.children.filter(n => n.kind === 'recommendation').length]), [['Inspections', 2], ['Training', 2]]);
    assert.equal(flattenOutline(outline).filter(n => n.kind === 'prose-recommendation').length, 0, 'a proposal\'s own sentences are part of it');
  });

  it('a heading set deeper under a proposal opens the next topic: it stands beside the proposal, which ends before it', () => {
    const outline = outlineDocument(catalogue('4 proposals'), { fileName: 'outlook.md' });
    const training = outline.nodes.find(n => n.title === 'Training')!;
    assert.deepEqual(training.children.map(n => [n.kind, n.title]), [['recommendation', '#3: Night Drills'], ['section', 'Shared Facilities'], ['recommendation', '#4: Joint Academies']]);
    assert.equal(training.children[0].endLine, 23);
  });

  it('a text that states no count, or another count, keeps the numbered headings as sections', () => {
    for (const count of ['Expert Views', 'Five Expert Proposals', 'Four Strategies']) {
      assert.equal(recommendationsOf(catalogue(count), { fileName: 'outlook.md' }).length, 0, count);
    }
  });

  it('a series that starts again in each chapter is no catalogue', () => {
    const restarting = catalogue('Four Proposals').replace('#3: Night', '#1: Night').replace('#4: Joint', '#2: Joint');
    assert.equal(recommendationsOf(restarting, { fileName: 'outlook.md' }).length, 0);
  });

  it('a Japanese report that says how many proposals it makes, in kanji, numbers them through its chapters', () => {
    const text = [
      '# 港湾の将来像', '', '本報告は三つの提言をまとめた。', '', '## 第1章 点検', '', '### １．岸壁の点検', '', '毎年、すべての岸壁を調べる。', '',
      '### ２．船体の登録', '', '登録を一本化する。', '', '## 第2章 訓練', '', '### ３．夜間の訓練', '', '夜間に訓練を行う。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'outlook.md' });
    assert.deepEqual(recs.map(r => r.label), ['１．', '２．', '３．']);
  });

  it('chapters named by their counter word (`第１章` …) are the report\'s divisions, though as many as the proposals it states', () => {
    const text = [
      'はじめに', '', '本報告書は、調査の結果をまとめ、三つの提言を行うものである。', '',
      '第１章　調査の概要', '', '調査は郵送で行った。', '', '第２章　調査結果', '', '回答は多かった。', '',
      '第３章　提言', '', '提言１　相談窓口を一本化すべきである', '', '提言２　研修を増やすべきである', '', '提言３　効果を検証すべきである', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'chosa.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [15, 17, 19]);
  });

  it('a count met at once by the labelled list it leads into: the numbered sections after are no catalogue', () => {
    const text = [
      '＜ポイント＞', '○当会は、以下の３点を提言する。', '　　提言１：岸壁を点検する', '　　提言２：船体を登録する', '　　提言３：夜間に訓練する', '',
      'Ⅰ．現状認識', '１．岸壁の老朽化', '　岸壁は古い。', '２．登録の分散', '　登録が分かれている。', '３．訓練の不足', '　訓練が足りない。', '',
      'Ⅱ．提言', '提言１：岸壁を点検すべき', '　毎年、すべての岸壁を調べる。', '提言２：船体を登録すべき', '　登録を一本化する。', '提言３：夜間に訓練すべき', '　夜間に訓練を行う。',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'opinion.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'section').map(n => n.title), ['１．岸壁の老朽化', '２．登録の分散', '３．訓練の不足']);
    assert.ok(!all.some(n => n.kind === 'recommendation' && n.label === '１．'));
  });

  it('a front summary that names each recommendation in its own words (`…する` over the body\'s `…すべき`): the body\'s stand', () => {
    const text = [
      '＜ポイント＞', '○当会は、以下の２点を提言する。', '\u3000\u3000提言１：架空港の古い岸壁の点検を毎年春に欠かさず行う体制を整備する', '\u3000\u3000提言２：燃料を扱う港の船員に夜間の合同訓練を年に二度課す制度を設ける', '',
      'Ⅰ．提言', '提言１：架空港の古い岸壁の点検を毎年春に欠かさず行う体制を整備すべき', '\u3000毎年、すべての岸壁を調べる。', '提言２：燃料を扱う港の船員に夜間の合同訓練を年に二度課す制度を設けるべき', '\u3000夜間に訓練を行う。', '',
      'Ⅱ．おわりに', '\u3000以上である。',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'opinion.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [7, 9]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [3, 4]);
  });
});

describe('a strategy that numbers its lines of action and labels the recommendations of each', () => {
  const strategy = [
    '# Harbour Workforce Plan', '', '# Action 1. Understand the Needs of Every Port', '', 'Goal: know who works where.', '',
    '## 1.1 Current Landscape', '', 'Ports hire alone.', '', '## 1.2 Recommendations for U.S. Government', '',
    '- • The harbour office should survey the crews each year.', '- – Agencies should publish the results.', '',
    '## 1.3 Opportunities for Industry', '', 'Firms may share data.', '',
    '# Action 2. Train the Crews', '', '## 2.1 Recommendations for U.S. Government', '', '- • Fund a night school.',
  ].join('\n');

  it('the numbered action heading holding a label of its own groups recommendations and is none; a name abbreviated with points does not end the label', () => {
    const outline = outlineDocument(strategy, { fileName: 'plan.txt' });
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(titles(recs), ['The harbour office should survey the crews each year.', 'Agencies should publish the results.', 'Fund a night school.'], 'the printed bullet a converter kept after its own marker is no part of the text');
    assert.deepEqual(recs.map(r => r.label), Array(3).fill('Recommendations for U.S. Government'));
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(c => c.title), ['Action 1. Understand the Needs of Every Port', 'Action 2. Train the Crews']);
  });

  it('a numbered action heading with no label under it is a recommendation, as before', () => {
    const recs = recommendationsOf(['# Plan', '', '## Action 1. Survey the crews', '', 'Each year.', '', '## Action 2. Publish the results', '', 'Online.'].join('\n'), { fileName: 'plan.md' });
    assert.deepEqual(recs.map(r => r.label), ['Action 1', 'Action 2']);
  });
});

describe('a lead-in that says what will come of something commits no one', () => {
  it('`this transformation will:` and `Strengthening …  will:` list outcomes; `The Ministry will:` and `It will:` commit', () => {
    const text = (leadIn: string) => ['# Ports Strategy', '', '## Outlook', '', `With the right rules, ${leadIn}`, '', '- modernise our ports', '- create jobs'].join('\n');
    assert.equal(recommendationsOf(text('this transformation will:'), { fileName: 'strategy.md' }).length, 0);
    assert.equal(recommendationsOf(text('strengthening our role abroad will:'), { fileName: 'strategy.md' }).length, 0);
    assert.equal(recommendationsOf(text('the Ministry will:'), { fileName: 'strategy.md' }).length, 2);
    assert.equal(recommendationsOf(['# Ports Strategy', '', 'A new team will coordinate the work. It will:', '', '- modernise our ports'].join('\n'), { fileName: 'strategy.md' }).length, 1);
  });
});

describe('a proposal paper whose numbered chapters are its proposals, after it counts them', () => {
  const paper = (count: string, first = '港湾の人材を育てる') => [
    '# 提言', '', '## 本提言の文責・主体', '', '- 港 一郎 代表理事', '- 海野 花子 理事', '', '## 前文', '', `以下の通り${count}を提言します。`, '',
    `## 1. ${first}`, '', '人材の育成が必要と考えます。', '', '## 2. 岸壁の点検', '', '毎年の点検が求められます。', '', '## 3. 記録の公開', '', '記録を公開します。',
  ].join('\n');

  it('each chapter holds its proposal at its heading, labelled by its number; the section about the paper itself proposes nothing', () => {
    const outline = outlineDocument(paper('3つの項目'), { fileName: 'teigen.md' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(c => c.title), ['本提言の文責・主体', '前文', '1. 港湾の人材を育てる', '2. 岸壁の点検', '3. 記録の公開']);
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line]), [['1.', '1. 港湾の人材を育てる', 12], ['2.', '2. 岸壁の点検', 16], ['3.', '3. 記録の公開', 20]]);
    assert.equal(outline.nodes[2].children[0], recs[0], 'the chapter holds its proposal');
  });

  it('another count, or chapters that open a report, keep the chapters as they are', () => {
    assert.equal(recommendationsOf(paper('4つの項目'), { fileName: 'teigen.md' }).filter(r => r.label === '1.').length, 0);
    assert.equal(recommendationsOf(paper('3つの項目', 'はじめに'), { fileName: 'teigen.md' }).filter(r => r.label === '1.').length, 0);
  });

  it('a count stated only after the series is no announcement of it', () => {
    const after = paper('次のこと').replace('記録を公開します。', '記録を公開します。以上、3つの項目を提言しました。');
    assert.equal(recommendationsOf(after, { fileName: 'teigen.md' }).filter(r => r.label === '1.').length, 0);
  });
});

describe('a playbook whose steps are numbered headings under a section of how to proceed', () => {
  it('the steps that state an action are its recommendations, at any depth; the problems beside them stay sections', () => {
    const text = [
      '# 港湾の手引き', '', '## １．点検', '', '### １）本段階の課題', '', '#### 1-1. 現状を把握できていない', '', '本文。', '', '#### 1-2. 目標が共有されていない', '', '本文。', '',
      '### ２）本段階の進め方', '', '#### 2-1. 岸壁の現状を調べる', '', '本文。', '', '#### 2-2. 点検の目標を定める', '', '本文。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'guide.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['2-1.', '2-1. 岸壁の現状を調べる'], ['2-2.', '2-2. 点検の目標を定める']]);
  });
});

describe('a Japanese guideline that obliges to the list below it', () => {
  const guideline = (leadIn: string) => ['# 港湾の手引き', '', '## 契約', '', `また、委託の際は、${leadIn}`, '* 点検の記録を提出すること。', '* 不具合は直ちに報告すること。', '', '本文。'].join('\n');

  it('`下記の要件を盛り込む必要がある。` leads into its requirements; a long lead-in is labelled from the list it names', () => {
    const recs = recommendationsOf(guideline('下記の要件を盛り込む必要がある。'), { fileName: 'guide.md' });
    assert.deepEqual(titles(recs), ['点検の記録を提出すること。', '不具合は直ちに報告すること。']);
    assert.deepEqual(recs.map(r => r.label), Array(2).fill('また、委託の際は、下記の要件を盛り込む必要がある。'));
    const long = recommendationsOf(guideline('岸壁の点検と記録の保存と報告の方法については、これまでの経験と各港の実情を踏まえつつ、下記の要件を盛り込む必要がある。'), { fileName: 'guide.md' });
    assert.equal(long[0].label, '下記の要件を盛り込む必要がある。');
  });

  it('the elements or criteria it names below (`以下の要素を持つものとする。`) are its requirements too', () => {
    assert.equal(recommendationsOf(guideline('以下の要素を持つものとする。'), { fileName: 'guide.md' }).length, 2);
    assert.equal(recommendationsOf(guideline('次の基準を満たす必要がある。'), { fileName: 'guide.md' }).length, 2);
  });

  it('a sentence that only names the points below, or obliges to nothing listed, leads into nothing', () => {
    assert.equal(recommendationsOf(guideline('効果を以下の2点と捉え、取り組むものとする。'), { fileName: 'guide.md' }).length, 0);
    assert.equal(recommendationsOf(guideline('点検を続ける必要がある。'), { fileName: 'guide.md' }).length, 0);
    assert.equal(recommendationsOf(guideline('以下の観点を考慮する必要がある。'), { fileName: 'guide.md' }).length, 0, 'aspects to weigh are no requirements');
  });
});

describe('a qualified label, a colon and the recommendation, in a report converted from PDF', () => {
  it('`Policy recommendation: …` is one, and goes on over a blank line where the sentence broke with the page', () => {
    const text = ['# Report', '', '## Ports', '', 'Ports are old.', '', 'Policy recommendation: By 2030, all ports should be ', '', 'merged into one office with one budget.', '', 'The office would save money.'].join('\n');
    const [rec, ...rest] = recommendationsOf(text, { fileName: 'report.md' });
    assert.equal(rest.length, 0);
    assert.deepEqual([rec.label, rec.title, rec.line, rec.endLine], ['Policy recommendation', 'By 2030, all ports should be merged into one office with one budget.', 7, 9]);
  });

  it('a finished sentence, or a next line in capitals, ends it at the blank line', () => {
    const text = ['# Report', '', 'Policy recommendation: Merge the ports.', '', 'merged offices save money.'].join('\n');
    assert.equal(recommendationsOf(text, { fileName: 'report.md' })[0].endLine, 3);
    const capital = ['# Report', '', 'Policy recommendation: By 2030, all ports should be', '', 'The office would save money.'].join('\n');
    assert.equal(recommendationsOf(capital, { fileName: 'report.md' })[0].endLine, 3);
  });
});

describe('a consultation response: each point with its analysis and the change it proposes', () => {
  const text = [
    '# Response to the call for evidence', '', '## Our analysis', '', '### **1\\. Shared berths**', '',
    '* **Analysis (Key Issues):** Berths are shared by ferries and freight, which must wait.',
    '* **Proposal (Recommended Action):** Amend Article 4 to give ferries the first berth.', '',
    '### **2\\. Pilot training**', '',
    '* **Analysis (Key Issues):** Pilots train for too short a time.',
    '* **Proposal (Recommended Action):** The port authority should fund a second year of training.',
  ].join('\n');

  it('the proposal, its label\'s kind named in parentheses, is the recommendation; the analysis is not', () => {
    const recs = recommendationsOf(text, { fileName: 'response.md' });
    assert.deepEqual(titles(recs), ['Amend Article 4 to give ferries the first berth.', 'The port authority should fund a second year of training.']);
    assert.deepEqual(recs.map(r => r.label), ['Proposal (Recommended Action)', 'Proposal (Recommended Action)']);
  });
});

describe('a bold number and title alone on its line, its text right under it', () => {
  it('is titled by the bold line alone: the lines under it are its body', () => {
    const text = ['# 手引き', '', '## 公開の条件', '', '公開する場合には、以下の条件を課すものとする。', '', '**(1)　公開の検討**', '公開の価値を明確にする。', '**(2)　権利の記載**', '著作権を明記する。'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'guide.md' });
    assert.deepEqual(recs.map(r => [r.title, r.line, r.endLine]), [['公開の検討', 7, 8], ['権利の記載', 9, 10]]);
  });
});

describe('titles show the words inside HTML tags, not the tags', () => {
  it('spans, marks of an edit and a cell\'s bold are left out; a heading that is nothing but a tag stays as written', () => {
    const text = ['# 手引き', '', '## 提言', '', '- <span class="q">Q1.</span> 港を<ins>一つに</ins>まとめる', '- 岸壁を直す<p align="center"><img src="x.png"></p>', '', '## </main>', '', 'text'].join('\n');
    const outline = outlineDocument(text, { fileName: 'guide.md' });
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), ['Q1. 港を一つにまとめる', '岸壁を直す']);
    assert.ok(flattenOutline(outline).some(n => n.title === '</main>'));
  });
});

describe('a playbook that sets the way to solve each issue under it', () => {
  it('`＜解決方針＞` and `解決方針` label the lists under them', () => {
    const text = ['# 保守・運用', '', '## 課題と解決方針', '', '### 課題1：手作業の誤り', '', '手作業で誤りが起きる。', '', '#### ＜解決方針＞', '', '- 手作業をなくす。', '- 自動化を検討する。', '', '### 課題2：遅い配備', '', '#### 対応方針', '', '- 配備を自動にする。'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'playbook.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['解決方針', '手作業をなくす。'], ['解決方針', '自動化を検討する。'], ['対応方針', '配備を自動にする。']]);
  });
});

describe('a specification that declares the key words of BCP 14', () => {
  const spec = (declaration: string) => [
    '# Harbour Radio Profile', '', '# Terminology', '', declaration, '', '# Versions', '', 'The versions of the protocol are these:', '',
    '* Radios MUST NOT use version 1.', '', '  Rationale: version 1 sends in clear.', '', '* Radios SHOULD support version 3 and', '  prefer it.', '',
    '* Radios MAY log their channel.', '', 'Text after the list.', '', '# Changes', '', '* Changed version 2 from SHOULD NOT to MUST NOT.', '* Added a MUST-level rule for logs.',
  ].join('\n');
  const declared = 'The key words "MUST", "MUST NOT", "SHOULD" and "MAY" in this document are to be interpreted as described in BCP 14 (RFC 2119, RFC 8174).';

  it('each list item that requires something in those words is a recommendation, labelled by its word, with its rationale under it', () => {
    const recs = recommendationsOf(spec(declared), { fileName: 'profile.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line, r.endLine]), [
      ['MUST NOT', 'Radios MUST NOT use version 1.', 11, 13], ['SHOULD', 'Radios SHOULD support version 3 and prefer it.', 15, 16],
    ], 'MAY permits; a change log that names the words requires nothing');
  });

  it('the Markdown source of an Internet-Draft declares them by its boilerplate; a text that declares nothing keeps its items as they were', () => {
    assert.equal(recommendationsOf(spec('{::boilerplate bcp14-tagged}'), { fileName: 'draft.md' }).length, 2);
    const emphasis = ['# Harbour Visits', '', '## Before you come', '', '* You MUST bring your pass.', '* Parking is free.', '', '## On the day', '', '* Visitors SHOULD arrive early.'].join('\n');
    assert.equal(recommendationsOf(emphasis, { fileName: 'visits.md' }).length, 0, 'a capital word alone in its list is emphasis');
  });

  it('a criterion of a standard kept a file each, its words declared elsewhere: a list stating two requirements or more in them', () => {
    const criterion = [
      '---', 'order: 3', '---', '# Keep the quay register open', '', 'Port users need to see which quays are safe.', '', '## Requirements', '',
      '* The [register](../glossary.md#register) MUST be public.', '* The register MUST record the date of each inspection.',
      '* The register SHOULD give the inspector\'s name.', '* The register MAY hold photographs.', '', '## How to test', '', '* Confirm that the register is public.',
    ].join('\n');
    const recs = recommendationsOf(criterion, { fileName: 'open-register.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line]), [
      ['MUST', 'The register MUST be public.', 10], ['MUST', 'The register MUST record the date of each inspection.', 11], ['SHOULD', 'The register SHOULD give the inspector\'s name.', 12],
    ]);
    assert.equal(recommendationsOf(spec('We use plain words.'), { fileName: 'profile.md' }).length, 2, 'two items of one list');
  });
});

describe('a policy memo that obliges someone to the actions it lists', () => {
  const memo = (leadIn: string) => ['# Harbour Memo', '', '## Roles', '', leadIn, '', '1. Issue guidance on quay safety.', '2. Publish a list of approved cranes.', '', 'Text.'].join('\n');

  it('`… is responsible for implementing the following actions:` and `Agencies shall take the following steps to …:` lead into them', () => {
    assert.equal(recommendationsOf(memo('The Department of Ports is responsible for implementing the following actions:'), { fileName: 'memo.md' }).length, 2);
    assert.equal(recommendationsOf(memo('Within a year, agencies shall take the following steps to modernize their ports:'), { fileName: 'memo.md' }).length, 2);
    assert.equal(recommendationsOf(memo('Further recommendations apply to crane inspections:'), { fileName: 'memo.md' }).length, 2);
  });

  it('a procedure with no one obliged, or a negated duty, leads into nothing', () => {
    assert.equal(recommendationsOf(memo('To install the software, take the following steps:'), { fileName: 'memo.md' }).length, 0);
    assert.equal(recommendationsOf(memo('Agencies shall not take the following steps without approval:'), { fileName: 'memo.md' }).length, 0);
  });

  it('in the passive, the following measures are what is done (`… will be taken:`), not what progress is reported against', () => {
    assert.equal(recommendationsOf(memo('The following measures will be taken by the Department of Ports:'), { fileName: 'memo.md' }).length, 2);
    assert.equal(recommendationsOf(memo('The Department of Ports will be required to take the following actions:'), { fileName: 'memo.md' }).length, 2);
    assert.equal(recommendationsOf(memo('Progress will be reported each year against the following measures:'), { fileName: 'memo.md' }).length, 0);
  });
});

describe('a part of a report titled by a label and its topic', () => {
  it('`# Recommendations: Cipher Suites` is no recommendation; `### Recommendation: Fund the repairs.` states one; a page titled `# 公約: 子育て` labels its lists', () => {
    const report = ['# Harbour Profile', '', '# Recommendations: Cipher Suites', '', 'Text about suites.', '', '## General Guidelines', '', 'Text.'].join('\n');
    assert.equal(recommendationsOf(report, { fileName: 'profile.md' }).length, 0);
    const stated = ['# Harbour Review', '', '## Findings', '', '### Recommendation: Fund the repairs.', '', 'Text.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(stated, { fileName: 'review.md' })), ['Fund the repairs.']);
    const page = ['# 公約: 子育て', '', '### 保育', '', '- 保育の枠を広げます'].join('\n');
    assert.deepEqual(titles(recommendationsOf(page, { fileName: 'pledge.md' })), ['保育の枠を広げます']);
  });
});

describe('a report whose topics each have recommendations of their own', () => {
  const report = [
    '# Harbour Recommendations', '', '## Introduction', '', 'We recommend work in these areas:', '', '- [Quays](report.md#quays)', '- [Cranes](report.md#cranes)', '',
    '## Research and Recommendations', '', '### Quays', '', 'We were asked to:', '', '- study the quays', '', '#### Recommendations', '', '- Inspect every quay.', '',
    '### Cranes', '', '#### Recommendations', '', '- Test every crane.',
  ].join('\n');

  it('a part that groups labelled topics labels no list itself; a list of links to the document\'s own parts is its contents', () => {
    const recs = recommendationsOf(report, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['Recommendations', 'Inspect every quay.'], ['Recommendations', 'Test every crane.']]);
  });
});

describe('a table of recommendations that a page broke', () => {
  it('goes on in the table after the page\'s rule', () => {
    const row = (title: string) => ['<tr>', `<td><strong>${title}</strong></td>`, '<td>Why.</td>', '</tr>'];
    const text = [
      '# 5 Mitigations', '', 'We recommend the following rules, summarised in the table below:', '',
      '<table>', '<tbody>', ...row('Ports should log every fire'), '</tbody>', '</table>', '', '---', '',
      '<table>', ...row('Crews should train at night'), '</table>', '', 'Text after the tables.',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'report.md' })), ['Ports should log every fire', 'Crews should train at night']);
  });
});

describe('a sub-heading under a label that leads into a table of actions', () => {
  it('groups the table\'s rows, which are the recommendations; it is none itself', () => {
    const text = [
      '# Open Harbour Strategy', '', '## 4 The Plan', '', '### Recommendations', '', '#### Create a harbour office', '', 'The office would lead the work.', '',
      '#### Action Plan and Impact', '', 'These are the main actions:', '', '| Actions | Impact |', '|---|---|', '| Publish the harbour data | Trust |', '| Share the tools | Savings |',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'strategy.md' });
    assert.ok(!titles(recs).includes('Action Plan and Impact'));
    assert.ok(titles(recs).includes('Publish the harbour data') && titles(recs).includes('Share the tools'));
  });
});

describe('a Japanese label heading with its proposal in nouns after the colon', () => {
  it('`### 提言：港湾の強化` states a recommendation, as before', () => {
    const text = ['# 報告', '', '## 港湾', '', '### 提言：港湾の強化', '', '本文。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'report.md' })), ['港湾の強化']);
  });
});

describe('a lead-in written inside a list item, its own list nested under it', () => {
  const nbsp = '\u00a0';
  const clauses = (indent: string) => [
    '# Harbour Plan', '', '## Duties', '',
    `${indent}(a) Within 30 days, the harbour board recommends that the council:`,
    `${indent}${indent}(A) inspect every quay;`, `${indent}${indent}(B) publish the findings.`,
    `${indent}(b) Within 60 days, the board reports on the quays to the council and the public.`,
    `${indent}(c) The board meets each month.`, '', 'Text.',
  ].join('\n');

  it('its items are the nested ones; the lead-in\'s next sibling ends them', () => {
    assert.deepEqual(titles(recommendationsOf(clauses('    '), { fileName: 'plan.md' })), ['inspect every quay;', 'publish the findings.']);
  });

  it('no-break spaces indent as spaces do (web pages indent with `&nbsp;`)', () => {
    assert.deepEqual(titles(recommendationsOf(clauses(nbsp.repeat(4)), { fileName: 'plan.md' })), ['inspect every quay;', 'publish the findings.']);
  });
});

describe('a legal instrument that opens with its enacting formula', () => {
  const order = (preamble: string) => [
    'EXECUTIVE ORDER', '', `By the authority vested in me as Governor, ${preamble}`, '',
    'Section 1.  Purpose.  The ports must serve the public.', '',
    'Sec. 2.  Duties.', '', 'The harbour board shall:', '', '   (a)  inspect every quay;', '   (b)  publish the findings.', '',
    'Sec. 3.  General Provisions.  Nothing in this order shall be construed to impair any law.',
  ].join('\n');
  const kinds = (text: string) => flattenOutline(outlineDocument(text, { fileName: 'order.txt' })).filter(n => n.kind.endsWith('recommendation')).length;

  it('its `shall` lists and sentences are its orders, no recommendations', () => {
    assert.equal(kinds(order('it is hereby ordered as follows:')), 0);
  });

  it('the same text that does not enact lists what it proposes', () => {
    assert.ok(kinds(order('we propose the changes below.')) > 0);
  });
});

describe('a web page kept as Markdown whose lists are HTML', () => {
  it('the items of an HTML list under a label are its recommendations, the list\'s frame no part of them', () => {
    const page = ['# Harbour Report', '', '## Findings', '', 'Text.', '', '## Recommendations', '', '<ul>',
      '  <li><strong>Fund the ports.</strong> The ports need money.</li>', '  <li>Train the crews.</li>', '</ul>', '', '## Annex', '', 'Text.'].join('\n');
    const recs = recommendationsOf(page, { fileName: 'page.md' });
    assert.deepEqual(titles(recs), ['Fund the ports. The ports need money.', 'Train the crews.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendations', 'Recommendations']);
  });

  it('a list nested in an item\'s list (`<ul><ul><li>`) details that item, no recommendations of its own', () => {
    const page = ['# Harbour Report', '', '## Recommendations', '', '<ul>', '<li><strong>Publish port data.</strong> Including:</li>', '</ul>',
      '<ul>', '<ul>', '<li>the tonnage handled;</li>', '</ul>', '</ul>', '<ul>', '<li><strong>Train the crews.</strong></li>', '</ul>', '', '## Annex', '', 'Text.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(page, { fileName: 'page.md' })), ['Publish port data. Including:', 'Train the crews.']);
  });

  it('a page whose front matter names it by a label lists its recommendations under every heading', () => {
    const page = (title: string) => ['---', 'layout: article', `header: ${title}`, '---', '<p>Below are our proposals.</p>', '<h2>For ports</h2>',
      '<ul>', '<li><strong>Fund the quays.</strong> They decay.</li>', '</ul>', '<h2>For crews</h2>', '<ul>', '<li><strong>Train the crews.</strong></li>', '</ul>'].join('\n');
    const recs = recommendationsOf(page('Recommendations'), { fileName: 'page.md' });
    assert.deepEqual(titles(recs), ['Fund the quays. They decay.', 'Train the crews.']);
    assert.deepEqual(recs.map(r => r.label), ['Recommendations', 'Recommendations']);
    assert.deepEqual(recommendationsOf(page('Findings'), { fileName: 'page.md' }), [], 'a page named otherwise lists none');
  });

  it('an HTML list under a heading that labels nothing lists no recommendations', () => {
    const page = ['# Harbour Report', '', '## Principles', '', '<ol>', '<li>Complete data.</li>', '<li>Timely data.</li>', '</ol>'].join('\n');
    assert.deepEqual(recommendationsOf(page, { fileName: 'page.md' }), []);
  });
});

describe('a lead-in\'s list followed by numbered recommendations in the same chapter', () => {
  it('the items the lead-in announced stay recommendations beside the numbered ones', () => {
    const text = ['# Safer Harbours', '', '## 3. What should be done', '', 'We recommend the following:', '',
      '- **Create a harbour fund** to pay for repairs.', '- **Require incident reporting** from every port.', '',
      '**Recommendation 3: Train every crew.** Crews should learn fire safety.', '', '## 4. Conclusion', '', 'Text.'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'paper.md' });
    assert.deepEqual(recs.map(r => r.label), ['We recommend the following', 'We recommend the following', 'Recommendation 3']);
  });

  it('under a label, a list before the numbered recommendations is the prose\'s, no recommendations', () => {
    const text = ['# Safer Harbours', '', '## Recommendations', '', 'Ports differ in:', '', '- size;', '- trade.', '',
      '**Recommendation 1: Train every crew.** Crews should learn fire safety.', '', '## Conclusion', '', 'Text.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'paper.md' }).map(r => r.label), ['Recommendation 1']);
  });
});

describe('a strategy that numbers what it commits to', () => {
  it('`Commitment 2: …` and `Pledge 4: …` are numbered recommendations; `Commitment` alone labels nothing', () => {
    const text = ['Chapter 1: Our plan', '', 'We will act.', '', 'Commitment 1: We will fund the repair of quays.', '',
      'Commitment 2: We will train crews.', '', 'Pledge 3: We will publish the data.', '', 'Chapter 2: Culture', '', 'Commitment', '',
      'Leaders show commitment in what they fund. Managers must report progress each quarter.'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'plan.txt' });
    assert.deepEqual(recs.map(r => r.label), ['Commitment 1', 'Commitment 2', 'Pledge 3']);
  });

  it('a mandate letter\'s bullets after `delivering on the following commitments:` are recommendations; the letter\'s other lines are none', () => {
    const text = [
      'Minister of Harbours Mandate Letter', '', 'Dear Minister:', '', 'Thank you for agreeing to serve. Harbours matter to us all.', '',
      'I ask that you achieve results by delivering on the following commitments:', '',
      '  •  Repair the quays of every small harbour by 2030.', '  •  Publish berth waiting times each month.', '',
      'These commitments will require close collaboration.', '', 'Sincerely,', '', 'Prime Minister',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'letter.txt' })), ['Repair the quays of every small harbour by 2030.', 'Publish berth waiting times each month.']);
  });
});

describe('a label qualified by a parenthesis after it, and a recommendation after a colon', () => {
  it('`Long-Term Recommendations (Phase 2)` labels the list under it', () => {
    const text = ['# Harbour Review', '', '**1 Findings**', '', 'Text.', '', '**2 Long-Term Recommendations (Phase 2)**', '', 'These are:', '',
      '1. Rebuild the quays.', '2. Train the crews.', '', '**3 Summary**', '', 'Text.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'review.md' })), ['Rebuild the quays.', 'Train the crews.']);
    assert.deepEqual(recommendationsOf(text.replace('Long-Term Recommendations (Phase 2)', 'Long-Term Costs (Phase 2)'), { fileName: 'review.md' }), []);
    const group = ['## Recommendations', '', '**Immediate Actions (0-3 months):**', '', '1. Audit the quays.', '', '#### For Port Authorities:', '', '1. Publish the audits.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(group, { fileName: 'plan.md' })), ['Audit the quays.', 'Publish the audits.'], 'a group of actions for a period is no label of its own');
  });

  it('`We recommend: …` with what it recommends on the line is a recommendation, `We recommend:` over a list is its lead-in', () => {
    const inline = recommendationsOf('## Response\n\nWe recommend: **shared metrics** for every port, and public reports.\n', { fileName: 'r.md' });
    assert.deepEqual(inline.map(r => r.label), ['We recommend']);
    const leadIn = recommendationsOf('## Response\n\nWe recommend:\n\n- shared metrics;\n- public reports.\n', { fileName: 'r.md' });
    assert.deepEqual(titles(leadIn), ['shared metrics;', 'public reports.']);
  });
});

describe('a label whose own text lists its recommendations, its sections discussing them', () => {
  it('what the sections propose in prose restates the list: proposals in the text, no more listed ones', () => {
    const text = ['# Harbour Review', '', '## 2 Near-Term Recommendations', '', 'These recommendations are:', '', '1. Open the data portal.', '2. Clear the backlog.', '',
      '### 2.1 Data portal', '', 'The committee recommends that the developers publish their plans.', '', '### 2.2 Backlog', '', 'Staff should be added.', '',
      '## 3 Summary', '', 'Text.'].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'review.md' }));
    assert.deepEqual(titles(all.filter(n => n.kind === 'recommendation')), ['Open the data portal.', 'Clear the backlog.']);
    assert.equal(all.filter(n => n.kind === 'prose-recommendation').length, 2);
  });

  it('where the label\'s text lists nothing, its sections\' proposing paragraphs are its recommendations', () => {
    const text = ['# Harbour Review', '', '## Recommendations', '', 'We set out our proposals by topic.', '',
      '### Data', '', 'Ports should publish their data.', '', '### Staff', '', 'Ports should add staff.', '', '## Summary', '', 'Text.'].join('\n');
    assert.equal(recommendationsOf(text, { fileName: 'review.md' }).length, 2);
  });
});

describe('letters and petitions that number what they ask for', () => {
  const chaptersOf = (text: string, fileName: string) => flattenOutline(outlineDocument(text, { fileName })).filter(n => n.kind === 'chapter').map(n => n.title);

  it('a numbered run that a sentence recommends is its list, not the chapters of the text', () => {
    const letter = ['Letter to the Minister of Ports', '', 'Dear Minister,', '', 'The council met in June. We recommend the following:', '',
      '1.  Fund the repair of the north quay', '    The quay has not been repaired for years.', '',
      '2.  Train the harbour crews in fire safety', '    Crews have had no training.', '', 'Yours sincerely,', 'The Harbour Council'].join('\n');
    assert.deepEqual(chaptersOf(letter, 'letter.txt'), []);
    assert.deepEqual(recommendationsOf(letter, { fileName: 'letter.txt' }).map(r => r.title.slice(0, 20)), ['Fund the repair of t', 'Train the harbour cr']);
    const long = letter.replace('The council met in June.', 'The council met in June and heard from every port on the coast about the quays.');
    assert.deepEqual(recommendationsOf(long, { fileName: 'letter.txt' }).map(r => r.label), Array(2).fill('We recommend the following'), 'a long lead-in is labelled by its sentence that recommends');
  });

  it('a Japanese petition\'s matters after `記`, asked for by the sentence above it, are its requests', () => {
    const petition = ['港湾の整備に関する要望書', '', '　　　　　　　　　　　　令和６年７月１日', '港湾市長　様', '　　　　　　　　　　　　港湾振興会', '',
      '　日頃より港湾行政にご尽力を賜り、御礼申し上げます。', '　さて、下記のとおり要望いたしますので、特段のご配慮をお願い申し上げます。', '',
      '記', '', '１　北岸壁の補修', '　　老朽化が進んでいるため、早期に補修すること。', '', '２　防災訓練の実施', '　　年に一度、乗組員の訓練を行うこと。', '', '以上'].join('\n');
    assert.deepEqual(chaptersOf(petition, 'petition.txt'), []);
    const recs = recommendationsOf(petition, { fileName: 'petition.txt' });
    assert.equal(recs.length, 2);
    assert.ok(recs[0].title.startsWith('北岸壁の補修'), recs[0].title);
    assert.ok(recs.every(r => r.label?.includes('要望')), 'the request is the label');
  });

  it('a numbered run after a paragraph that asks for nothing stays the text\'s chapters', () => {
    const report = ['Harbour Review', '', 'This review looks at the harbour in three parts.', '',
      '1.  Introduction', '', 'The harbour is old.', '', '2.  Findings', '', 'The quay is unsafe.', '', '3.  Conclusion', '', 'Repairs are due.'].join('\n');
    assert.deepEqual(chaptersOf(report, 'review.txt'), ['1.  Introduction', '2.  Findings', '3.  Conclusion']);
  });

  it('a polite close asks for a list only where the sentence names the matters below as its request', () => {
    const letter = (sentence: string) => ['要望書', '', `\u3000${sentence}`, '', '１　北岸壁の補修を行うこと。', '２　防災訓練を行うこと。'].join('\n');
    assert.equal(recommendationsOf(letter('下記の事項について要望いたしますので、よろしくお願いいたします。'), { fileName: 'a.txt' }).length, 2);
    assert.equal(recommendationsOf(letter('今後ともよろしくお願いいたします。'), { fileName: 'a.txt' }).length, 0);
  });
});

describe('requests written as a letter\'s requests, under a label of requests (associations\' tax and budget requests)', () => {
  it('a paragraph under `【要望内容】` or `要望` that ends as a request (…すること。, …されたい。) is what is asked; its reasons are not', () => {
    const text = ['税制改正に関する要望', '', '１　研究開発税制の拡充', '', '【要望内容】', '　試験研究費の税額控除の上限を引き上げること。', '',
      '【要望理由】', '　研究開発の投資が伸び悩んでいる。', '', '２　事業承継の支援', '', '要望', '　特例措置の期限を延長されたい。', '', '理由', '　経営者の高齢化が進んでいる。'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'request.txt' }).map(r => [r.label, r.title]), [
      ['要望内容', '試験研究費の税額控除の上限を引き上げること。'], ['要望', '特例措置の期限を延長されたい。'],
    ]);
  });

  it('`要望項目` over numbered items labels them; a paragraph ending so outside any label is no request', () => {
    const text = ['要望書', '', '要望項目', '', '１）通学の費用を支援すること。', '２）相談窓口を設けること。'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'letter.txt' }).map(r => r.label), ['要望項目', '要望項目']);
    const prose = ['港湾の現状', '', '１　岸壁', '', '　大切なのは、点検を続けること。', '', '２　人材', '', '　訓練を続けること。'].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(prose, { fileName: 'memo.txt' })).filter(n => n.kind.endsWith('recommendation')), []);
  });
});

describe('a statement that numbers what it asks for in kanji (academic societies, assemblies, associations)', () => {
  it('`一　…こと。` items after a lead-in that asks are its recommendations; the heading `…求めること` keeps its own title', () => {
    const text = ['港湾の再生に向けた声明', '', '１．趣旨', '', '　本会は港湾の現状を議論した。', '', '２．本会が求めること', '',
      '　以上の認識のもと、本会は国に対し、次のことを求める。', '', '一　国は、岸壁を補修すること。', '二　国は、訓練を毎年行うこと。', '三、国は、点検の結果を公表すること。', '',
      '３．本会の取り組み', '', '　本会は調査を続ける。'].join('\n');
    const outline = outlineDocument(text, { fileName: 'statement.txt' });
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'chapter').map(n => n.title), ['１．趣旨', '２．本会が求めること', '３．本会の取り組み']);
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'statement.txt' })), ['国は、岸壁を補修すること。', '国は、訓練を毎年行うこと。', '国は、点検の結果を公表すること。']);
  });

  it('a word that starts with a numeral (`一方`, `十分`) starts no item', () => {
    const text = ['要望書', '', '　下記の事項を要望する。', '', '１　岸壁を補修すること。', '一方で、費用の確保が課題である。', '十分な予算を確保すること。'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'letter.txt' })).map(t => t.slice(0, 6)), ['岸壁を補修す']);
  });
});

describe('a brief extracted from PDF with no blank line between its paragraphs', () => {
  it('a closing title alone on its line ends the numbered recommendations before it and opens its chapter', () => {
    const text = ['Cooler Streets', '', 'Introduction', 'Heatwaves now kill more people in our cities than floods do, and most of them', 'are older renters living alone.',
      'Recommendations', 'Our recommendations are aimed at ministers and councils.', '1. Set a legal maximum indoor temperature for rented homes.',
      'The ministry should amend the guidance.', '2. Open cool rooms in public buildings on alert days. Libraries should', 'stay open into the evening.',
      'Conclusion', 'None of these measures is expensive. What they require is for heat to be', 'treated as the threat it has become.'].join('\n');
    const outline = outlineDocument(text, { fileName: 'brief.txt' });
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title, n.line]), [['chapter', 'Introduction', 3], ['chapter', 'Recommendations', 6], ['chapter', 'Conclusion', 12]]);
    assert.deepEqual(recommendationsOf(text, { fileName: 'brief.txt' }).map(r => r.endLine), [9, 11]);
  });
});

describe('a business federation\'s proposals extracted from PDF: a lead-in, numbered topics and their ① proposals wrapped by the page', () => {
  it('the topics under the lead-in are headings, the wrapped ① sentences the recommendations, an item that asks no lead-in', () => {
    const text = ['Ⅰ．はじめに', '本会は港湾の現状を議論した。', 'Ⅱ．提言', '以上の認識に基づき、本会は国と港湾管理者に対し、次の取り組みを求める。',
      '１．岸壁の維持', '（１）点検の強化', '① 国は、港湾管理者が共通に使える点検の手引を作成するとともに、点検の',
      '結果を公表すべきである。', '（２）記録の電子化', '① 港湾管理者は、点検の記録を電子化し、補修の計画を毎年見直すべきである。',
      '２．人材の育成', '① 国は、港湾の技術者を育てる研修の課程を設け、受講の費用を支援すべき', 'である。',
      '② 港湾管理者は、退職した技術者を地域の港に派遣する仕組みを整えることを求める。', '③ 本会は、会員の間で点検の事例を共有する場を設け、成果を広',
      'く発信していく。', 'Ⅲ．おわりに', '本会は引き続き取り組む。'].join('\n');
    const outline = outlineDocument(text, { fileName: 'teigen.txt' });
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'section').map(n => n.title), ['１．岸壁の維持', '（１）点検の強化', '（２）記録の電子化', '２．人材の育成']);
    const recommendations = recommendationsOf(text, { fileName: 'teigen.txt' });
    assert.deepEqual(recommendations.map(r => [r.line, r.endLine]), [[7, 8], [10, 10], [12, 13], [14, 14], [15, 16]]);
    assert.ok(recommendations.every(r => r.label === '提言'));
  });
});

describe('an expert panel\'s summary that marks its measures with ◆ or ■ under a bracketed label', () => {
  it('each marked sentence is a recommendation, one the page wrapped too; a marked title stays a heading', () => {
    const text = ['取りまとめ', '', '１．はじめに', '○ 本検討会は議論してきた。', '', '２．論点ごとの検討', '◆ 処遇の改善', '○ 賃金は低い。', '【具体的な方策】',
      '◆ 加算の申請書類を簡素化し、小規模な事業所でも取得できるようにする。', '◆ 移動の時間を労働時間として把握するための手引を作成し、事業者に周', '\u3000知する。',
      '■ 都道府県ごとに相談窓口を設ける。', '', '３．今後に向けて', '○ 検討を続ける。'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'matome.txt' }).map(r => [r.line, r.endLine, r.title.slice(-6)]), [
      [10, 10, 'ようにする。'], [11, 12, '業者に周知する。'.slice(-6)], [13, 13, '口を設ける。'],
    ]);
    assert.ok(flattenOutline(outlineDocument(text, { fileName: 'matome.txt' })).some(n => n.kind === 'section' && n.title === '処遇の改善'));
  });
});

describe('a panel\'s closing items, one of which asks', () => {
  it('a ○ item whose wrapped sentence ends `…を求める。` leads into nothing: the next ○ item and the list of members are no recommendations', () => {
    const text = ['取りまとめ', '', '１．現状', '○ 議論した。', '', '２．今後に向けて', '○ 本取りまとめで示した対応策については、次期の予算に向けた検討の中で、速や',
      'かに具体化を図ることを求める。', '○ また、その実施状況については、本検討会において定期的に報告を受ける。', '', '（参考）構成員名簿', '◎　大西　明美　　東洋大学 教授'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'matome.txt' }), []);
  });

  it('a lead-in after a sentence that ended, or in a paragraph led by bold words, still leads into its list', () => {
    const guideline = ['## 3 契約時の留意点', '', '**(1) 仕様書に明記すべき事項**', '調達の仕様とする必要がある。', 'また、下記の要件を盛り込む必要がある。', '* 動作を保証すること。', '* 脆弱性を確認すること。'].join('\n');
    assert.equal(recommendationsOf(guideline, { fileName: 'guide.md' }).length, 2);
    const paper = ['## Call to Action', '', '**For agencies:** Emissions are a challenge. We recommend:', '', '1. **Measure the emissions**', '2. **Publish the results**'].join('\n');
    assert.deepEqual(recommendationsOf(paper, { fileName: 'paper.md' }).map(r => r.line), [5, 6]);
  });
});

describe('a council\'s report or a cabinet decision that leads into the measures it lists', () => {
  it('`このため、次の取組を進めることが必要である。` and `政府は、下記の取組を推進する。` lead into their lists', () => {
    const report = ['答申', '', '第１　総論', '\u3000総論である。', '第２　今後の展開', '１．学びの場', '\u3000公民館の役割を広げるべきである。このため、次の取組を進めることが必要である。',
      '①\u3000地方公共団体は、事業の成果を住民に公表すべきである。', '②\u3000国は、連携の事例を全国に周知すべきである。', '２．担い手', '\u3000担い手を確保する。'].join('\n');
    assert.deepEqual(recommendationsOf(report, { fileName: 'toshin.txt' }).map(r => r.line), [8, 9]);
    const decision = ['閣議決定', '', '\u3000政府は、地域の交通を守るため、下記の取組を推進する。', '', '記', '', '１．路線の維持に必要な費用を支援する。', '２．運転士の確保を支援する。'].join('\n');
    assert.deepEqual(recommendationsOf(decision, { fileName: 'kakugi.txt' }).map(r => r.title), ['路線の維持に必要な費用を支援する。', '運転士の確保を支援する。']);
    const described = ['報告', '', '\u3000昨年度は、次の取組を推進する。', '', '・研修の実施', '・点検の実施'].join('\n');
    assert.equal(recommendationsOf(described.replace('次の取組を推進する', '研修と点検を推進する'), { fileName: 'hokoku.txt' }).length, 0, 'a sentence that names no list below leads into none');
  });
});

describe('a proposal in running text wrapped by the width of a page (papers extracted from PDF)', () => {
  it('starts where its sentence began on the lines above, not at the line that ends it', () => {
    const text = ['答申', '', '第１\u3000総論', '\u3000総論である。', '第２\u3000展望', '\u3000地域の学びは広がっている。公民館は、講座を提供する場から、住民が自ら課題を持ち寄',
      'り解決策を考える場へと役割を広げるべきである。また、研修を充実させる必要がある。', '第３　おわりに', '\u3000以上である。'].join('\n');
    const outline = outlineDocument(text, { fileName: 'toshin.txt' });
    const proposals = flattenOutline(outline).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(proposals.map(p => [p.title, p.line, p.endLine]), [
      ['公民館は、講座を提供する場から、住民が自ら課題を持ち寄り解決策を考える場へと役割を広げるべきである。', 6, 7],
      ['また、研修を充実させる必要がある。', 7, 7],
    ]);
    assert.equal(text.slice(proposals[0].start, proposals[0].start + 4), '公民館は');
  });

  it('takes nothing from a heading, a bracketed title or a node above it', () => {
    const text = ['## Harbour', 'The Harbour Board recommends that the fees fall', 'The study should:', '', '【今後の方向性】', '国は、岸壁を計画的に更新すべきである。'].join('\n');
    const proposals = flattenOutline(outlineDocument(text, { fileName: 'a.txt' })).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(proposals.map(p => p.title), ['The Harbour Board recommends that the fees fall', '国は、岸壁を計画的に更新すべきである。'], 'a lead-in proposes nothing itself');
  });

  it('a sentence that ends with a colon leads into what follows and proposes nothing itself', () => {
    const text = ['Harbour fees', 'Witnesses described fees that doubled in a year.', 'In light of this testimony, the Committee recommends:', '',
      '  Recommendation 4', '  That the Government cap harbour fees for small operators.', '', 'Crews', 'The ministry should train more crews.'].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'committee.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'prose-recommendation').map(p => p.title), ['The ministry should train more crews.']);
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(p => p.label), ['Recommendation 4']);
  });
});

describe('a numbered recommendation stated on its line, its paragraph under it', () => {
  const proposalsOf = (text: string, fileName: string) => flattenOutline(outlineDocument(text, { fileName })).filter(n => n.kind.endsWith('recommendation'));
  it('the paragraph after a bold line that states one explains it: the recommendation spans it, no proposal of its own', () => {
    const text = ['# Harbour Review', '', '## 1. Findings', '', 'The quays are failing, and ports should report it.', '', '## 2. Recommendations', '',
      '**Recommendation 1: Fund the repair of the north quay**', '', 'The ministry should set aside money for the quay.', '',
      '**Recommendation 2: Train the crews**', '', 'Every crew should take a course.', '', '## 3. Conclusion', '', 'The harbour can be saved.'].join('\n');
    assert.deepEqual(proposalsOf(text, 'review.md').map(r => [r.kind, r.line, r.endLine]), [
      ['prose-recommendation', 5, 5], ['recommendation', 9, 11], ['recommendation', 13, 15],
    ]);
    const one = ['## 1. Findings', '', 'The quays are failing, and ports should report it.', '', '## 2. Recommendations', '',
      '**Recommendation 1: Fund the repair of the north quay**', '', 'The ministry should set aside money.'].join('\n');
    assert.deepEqual(proposalsOf(one, 'one.md').map(r => [r.kind, r.line, r.endLine]), [
      ['prose-recommendation', 3, 3], ['recommendation', 7, 9],
    ], 'prose elsewhere still proposes');
  });

  it('the paragraph that starts under `提言１　題目` is that recommendation\'s body, no proposal of its own', () => {
    const text = ['港湾の再生に向けた提言', '', 'Ⅰ．はじめに', '　本研究会は港湾の現状を議論してきた。', '', 'Ⅱ．提言',
      '提言１　北岸壁を補修する', '　国は、補修の費用を予算に計上すべきである。', '提言２　乗組員を育てる', '　港湾管理者は、訓練を毎年行うべきである。', '',
      'Ⅲ．おわりに', '　議論を続けていく。'].join('\n');
    assert.deepEqual(proposalsOf(text, 'teigen.txt').map(r => [r.kind, r.title, r.line, r.endLine]), [
      ['recommendation', '北岸壁を補修する', 7, 8], ['recommendation', '乗組員を育てる', 9, 10],
    ]);
  });
});

describe('references and links after the recommendations', () => {
  it('a site\'s template under a web page\'s text (feedback box, sharing buttons, comment form) is back matter, not chapters of the page', () => {
    const page = ['# Response to the review', '', '## Introduction', '', 'The Government thanks the panel.', '', '## Our response', '', 'We accept the findings.', '',
      'In the longer term, we ask that the Council:', '', '* sets out a timetable for the repairs; and', '* reviews the standards every year.', '',
      '## Conclusion', '', 'We will report again next year.', '', '### Share this:', '', '- [Email](#)', '', '## Leave a Reply [Cancel reply](/respond)', '', 'Comment'].join('\n');
    const outline = outlineDocument(page, { fileName: 'page.md' });
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title]), [
      ['chapter', 'Introduction'], ['chapter', 'Our response'], ['chapter', 'Conclusion'], ['back-matter', 'Share this'],
    ]);
    assert.deepEqual(titles(recommendationsOf(page, { fileName: 'page.md' })), ['sets out a timetable for the repairs; and', 'reviews the standards every year.']);
    const sidebar = ['# Response to the review', '', '## Related content', '', '- [Other](#)', '', '## Introduction', '', 'Text.', '', '## Conclusion', '', 'More text.', '', 'And more.', '', 'The end.'].join('\n');
    assert.ok(outlineDocument(sidebar, { fileName: 'page.md' }).nodes.every(n => n.kind !== 'back-matter'), 'the same words above the text end nothing');
  });

  it('a public body\'s footer (its other reports, its social accounts) under a report saved from its web page is back matter', () => {
    const page = ['# Ferry Audit', '', '## 1. Scope', '', 'We audited the ferries.', '', '## 2. Findings', '', 'Fares rose.', '', 'Boats were late.', '',
      '---', '', '### Related reports', '', '* [Bus audit](/reports/bus)', '', '### Follow us', '', '[Mastodon](https://example.org/@audit)'].join('\n');
    assert.deepEqual(outlineDocument(page, { fileName: 'page.md' }).nodes.map(n => [n.kind, n.title]), [
      ['chapter', '1. Scope'], ['chapter', '2. Findings'], ['back-matter', 'Related reports'],
    ]);
  });

  it('a link back to the page\'s top, then headings set higher than the text\'s chapters: the site\'s sidebar, no chapters', () => {
    const page = ['# 港湾計画の公表について', '', '令和７年４月１日', '', '### 1．経緯', '', '　計画を改定した。', '', '　その内容を公表する。', '',
      '### 2．概要', '', '　次のとおり。', '', '　港を守る。', '', '### 3．問合せ先', '', '港湾課', '', '電話：00-0000', '', '[ページの先頭へ](#top)', '',
      '## 新着情報', '', '-   [4月](/news/04.html)', '', '## 関連ページ一覧', '', '-   [港湾](/port/)'].join('\n');
    assert.deepEqual(outlineDocument(page, { fileName: 'page.md' }).nodes.map(n => [n.kind, n.title]), [
      ['chapter', '1．経緯'], ['chapter', '2．概要'], ['chapter', '3．問合せ先'], ['back-matter', '新着情報'],
    ]);
    const parts = ['# Guide', '', '## 1. Scope', '', 'Text.', '', '[Back to top](#top)', '', '## 2. Rules', '', 'Text.', '', '[Back to top](#top)', '', '## Appendix A: Forms', '', 'Text.'].join('\n');
    assert.ok(outlineDocument(parts, { fileName: 'guide.md' }).nodes.every(n => n.kind === 'chapter'), 'a chapter as high as the ones before it goes on with the text');
  });

  it('a news site\'s lists and readers\' comments under an article are back matter; the proposals the article counts are listed', () => {
    const page = ['# 架空の港、人手不足が深刻に', '', '経済部　山田太郎', '', '港の人手不足が続いている。', '', '◆ 会議の提言', '', '会議が示した提言の柱は次の三つだ。', '',
      '①岸壁の補修を国が支援する', '②乗組員の賃金を引き上げる', '③港の情報を一元化する', '', '座長は「急ぐべきだ」と述べた。', '', '◆ 今後の焦点', '', '財源が課題となる。', '',
      '### この記事へのコメント（2件）', '', '**港町・40代** よい提言です。', '', '## 関連記事', '', '- [港の記事](https://example.com/1)', '', '## アクセスランキング', '', '1. [別の記事](https://example.com/2)'].join('\n');
    const outline = outlineDocument(page, { fileName: 'news.md' });
    assert.ok(!outline.nodes.some(n => n.kind === 'chapter'), 'no chapter of the site\'s lists');
    assert.equal(outline.nodes[outline.nodes.length - 1].kind, 'back-matter');
    assert.deepEqual(titles(recommendationsOf(page, { fileName: 'news.md' })), ['岸壁の補修を国が支援する', '乗組員の賃金を引き上げる', '港の情報を一元化する']);
  });

  it('a references or links heading under a label ends its lists: citations and links propose nothing', () => {
    const text = ['# Port Paper', '', '## Key recommendations', '', '- Fund the quays.', '- Train the crews.', '', '### References', '',
      '- Smith, J. Harbours. 2020.', '- Jones, K. Ports. 2021.', '', '### Useful links', '', '- Table of Contents', '  - [Intro](/paper/#intro)'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'paper.md' })), ['Fund the quays.', 'Train the crews.']);
  });
});

describe('an assembly\'s supplementary resolutions, each under its preamble', () => {
  it('`政府は、…次の諸点について適切な措置を講ずべきである。` leads into its kanji-numbered items, counted again under each preamble', () => {
    const text = [
      '港湾委員会　附帯決議集', '',
      '【港湾整備促進法案】', '',
      '港湾整備促進法案に対する附帯決議', '',
      '\u3000政府は、本法の施行に当たり、次の諸点について適切な措置を講ずべきである。', '',
      '一\u3000岸壁の耐震化に当たっては、背後地の物流への影響を最小限とするよう、工期の設定と',
      '\u3000迂回路の確保に十分配慮すること。',
      '\u3000１\u3000工事の工程を関係者に事前に周知すること。',
      '二\u3000港湾管理者の技術職員を確保するため、研修の機会を拡充し、国の',
      '\u3000職員を各港に派遣すること。',
      '三\u3000本法の施行状況を検証すること。', '',
      '\u3000右決議する。', '',
      '\f【漁港保全法案】', '',
      '\u3000政府は、本法の施行に当たり、次の事項について特段の配慮をすべきである。', '',
      '一、漁港の防波堤の点検結果を公表し、補修の優先順位を地域に示すとともに、その費用の',
      '\u3000負担を協議すること。',
      '二、漁港の共同利用を促進するため、周辺の漁港管理者間の調整を支援し、必要な',
      '\u3000施設を計画的に整備すること。',
      '三、施行後五年を目途として見直すこと。', '',
      '\u3000右決議する。', '',
      '\f【離島港湾法案】', '',
      '\u3000政府は、本法の施行に当たり、次の諸点について適切な措置を講ずべきである。', '',
      '一\u3000離島の港湾の維持に要する費用について、国の補助の対象を',
      '\u3000広げることを検討すること。',
      '二\u3000離島航路の就航率を高めるため、防波堤の延伸を計画的に進めること。',
      '三\u3000離島の港湾の利用者の意見を聴く場を設け、整備の計画に反映させるため、',
      '\u3000必要な手続を定めて公表すること。', '',
      '\u3000右決議する。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'ketsugi.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[9, 11], [12, 13], [14, 14], [22, 23], [24, 25], [26, 26], [34, 35], [36, 36], [37, 38]], 'each item with its wrapped lines and sub-items, not the closing 右決議する');
    const chapters = outlineDocument(text, { fileName: 'ketsugi.txt' }).nodes.filter(n => n.kind === 'chapter');
    assert.ok(!chapters.some(c => /^[一二三]/.test(c.title)), 'items numbered again under the next preamble are no chapters');
    const aside = ['報告', '', '\u3000委員会は、次の諸点について議論した。', '', '一\u3000岸壁の現状', '二\u3000漁港の現状'].join('\n');
    assert.equal(recommendationsOf(aside, { fileName: 'hokoku.txt' }).length, 0, 'a sentence that discusses the points asks for nothing');
  });
});

describe('a bar association\'s written opinion saved from Word as text', () => {
  const opinion = [
    '港湾の安全に関する意見書', '', '２０２５年４月１日', '', '港湾法律家協会', '',
    '第１　意見の趣旨', '',
    '１　国は、港湾法を改正し、岸壁の点検結果を公表する義務を港湾管理者に課すべきである。', '',
    '２　国及び港湾管理者は、岸壁の補修に当たり、次の措置を講ずべきである。', '',
    '（１）補修の優先順位を定める基準を公表すること。', '',
    '（２）利用者の意見を聴く手続を設けること。', '',
    '３　国は、補修の費用を支援すべきである。', '',
    '第２　意見の理由', '',
    '１　はじめに', '', '\u3000岸壁の老朽化が進んでいる。', '',
    '２　点検について', '', '\u3000点検の結果は公表されていない。国は、点検の手引を改めるべきである。', '',
    '以上', '',
    '別紙', '',
    '調査項目\tはい\tいいえ', '点検を行っている\t１２\t３', '結果を公表している\t４\t１１', '補修計画がある\t７\t８', '',
    '（注）数値は港湾管理者の数。',
  ].join('\n');
  it('the numbered requests of `第１　意見の趣旨` are the recommendations, the points one leads into its details', () => {
    const recs = recommendationsOf(opinion, { fileName: 'ikensho.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[9, 9], [11, 15], [17, 17]]);
    assert.ok(recs.every(r => r.label === '意見の趣旨'));
  });
  it('a table saved with tabs is no contents, and its rows no headings', () => {
    const nodes = flattenOutline(outlineDocument(opinion, { fileName: 'ikensho.txt' }));
    assert.ok(!nodes.some(n => n.kind === 'toc'));
    assert.ok(!nodes.some(n => n.title.includes('\t')));
  });
});

describe('a bar association\'s written opinion converted from Word by pandoc, quoting others\' recommendations', () => {
  const opinion = [
    '# 港湾の安全に関する意見書', '',
    '# []{#_Toc100000001 .anchor}第１　意見の趣旨', '',
    '１　国は、港湾法を改正し、岸壁の点検結果を公表する義務を港湾管理者に課すべきである。', '',
    '２　国は、岸壁の補修の費用を支援すべきである。', '',
    '# []{#_Toc100000002 .anchor}第２　意見の理由', '',
    '## []{#_Toc100000003 .anchor}１　国際機関の勧告', '',
    '**(1)　国連の専門機関の指針**', '', '国連の専門機関は、2020年に港湾の安全に関する指針を採択した。', '',
    '## []{#_Toc100000004 .anchor}２　国内の検討', '',
    '国土交通省は、2023年に有識者による検討会を設置した。検討会は、その報告書において、次の三つの提言を示している[^3]。', '',
    '提言１　岸壁の点検の頻度を見直すべきである。', '', '提言２　点検の記録を電子化すべきである。', '', '提言３　点検の担い手を育成すべきである。', '',
    '検討会の提言は評価できるが、十分ではない。',
  ].join('\n');

  it('a bookmark\'s empty span is no part of a title, so `第１　意見の趣旨` labels the requests under it', () => {
    const nodes = flattenOutline(outlineDocument(opinion, { fileName: 'ikensho.md' }));
    assert.deepEqual(nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['第１　意見の趣旨', '第２　意見の理由']);
    const recs = nodes.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[5, '意見の趣旨'], [7, '意見の趣旨']]);
  });

  it('a section on what international bodies recommended labels nothing, and another body\'s numbered proposals quoted under the sentence that reports them are no recommendations', () => {
    const recs = recommendationsOf(opinion, { fileName: 'ikensho.md' });
    assert.ok(!recs.some(r => r.title.includes('指針') || r.title.includes('点検の頻度') || r.title.includes('電子化')));
  });

  it('the sentence that reports another\'s recommendations, in Japanese and English; the document\'s own lead-ins are not', () => {
    const lines = (text: string) => new Lines(text);
    const run = (lead: string, label: string) => {
      const l = lines([lead, '', `${label} one`, '', `${label} two`].join('\n'));
      return quotesRecommendationsAbove(l, 4, j => l.text(j).startsWith(label));
    };
    assert.equal(run('検討会は、その報告書において、次の四つの提言を示している。', '提言２'), true);
    assert.equal(run('The review made the following recommendations:', 'Recommendation 2'), true);
    assert.equal(run('本会は、次の四つの提言を行う。', '提言２'), false);
    assert.equal(run('We make the following recommendations:', 'Recommendation 2'), false);
    assert.equal(run('This report makes the following recommendations:', 'Recommendation 2'), false);
  });
});

describe('measures under a section or a chapter titled by what is to be done next', () => {
  it('a council\'s report: the ○ items of each `（２）今後の方策` are the recommendations, those of `（１）現状と課題` findings', () => {
    const text = [
      '港湾の将来像について（答申）', '',
      '第１章　岸壁の維持', '',
      '１．点検の充実', '',
      '（１）現状と課題', '○\u3000点検の頻度は港湾ごとに異なっている。', '',
      '（２）今後の方策', '○\u3000国は、点検の頻度の目安を示すこと。', '○\u3000港湾管理者は、点検の結果を公表すること。', '',
      '２．補修の計画', '',
      '（１）現状と課題', '○\u3000補修の計画を持たない港湾がある。', '',
      '（２）今後の方策', '○\u3000港湾管理者は、補修の計画を定めること。', '',
      '第２章　人材の育成', '',
      '１．技術者の確保', '',
      '（１）現状と課題', '○\u3000技術者が不足している。', '',
      '（２）今後の方策', '○\u3000国は、研修の課程を設けること。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'toshin.txt' }).map(r => r.line), [11, 12, 20, 30]);
  });
  it('a study group\'s report: the bullets of its closing chapter `今後の取組の方向性` are the recommendations', () => {
    const text = [
      '港湾の人材に関する研究会　報告書', '',
      '第１章　現状', '', '・技術者の数は減っている。', '',
      '第２章　今後の取組の方向性', '',
      '１．技術者の確保', '・国は、研修の費用を助成する。', '・港湾管理者は、退職者を再雇用する。', '',
      '２．技術の継承', '・港湾管理者は、点検の手順を記録に残す。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'hokoku.txt' }).map(r => r.line), [10, 11, 14]);
  });
});

describe('an administrative evaluation extracted from PDF: bracketed parts under each finding', () => {
  const report = [
    '港湾施設の維持管理に関する調査', '結果報告書', '',
    '第１　調査の目的', '', '\u3000この調査は、港湾施設の維持管理の状況を調査したものである。', '', '- 1 -',
    '\f第２　調査結果', '１\u3000点検の実施', '【制度の概要】', '\u3000港湾管理者は、岸壁を定期に点検することとされている。', '',
    '【調査結果】', '\u3000今回、４０港湾を調査したところ、点検の記録を保存していない観点か', 'らの問題がみられた。', '',
    '表１\u3000点検の状況', '┌──────┬───┐', '│区分\u3000\u3000\u3000\u3000│港湾数│', '└──────┴───┘', '', '- 2 -',
    '\f【所見】', '\u3000したがって、港湾省は、点検の記録を保存する手順を示す必要がある。', '',
    '２\u3000補修の実施', '(1) 補修計画の策定', '【制度の概要】', '\u3000港湾管理者は、補修の計画を定めることとされている。', '',
    '【調査結果】', '\u3000補修の計画を定めていない港湾が１２みられた。', '', '- 3 -',
    '\f【所見】', '\u3000したがって、港湾省は、補修が計画的に行われるよう、以下の措置を講ずる必要が', 'ある。',
    '①\u3000補修計画の様式を示すこと。', '②\u3000計画の策定に要する費用を支援すること。', '',
    '(2) 費用の回収', '【調査結果】', '\u3000費用を回収できない例がみられた。', '',
    '【所見】', '\u3000したがって、港湾省は、費用の回収の事例を提供する必要がある。', '',
    '３\u3000人材の確保', '【調査結果】', '\u3000技術職員が不足している。', '',
    '【所見】', '\u3000したがって、港湾省は、研修を充実する必要がある。', '',
    '４\u3000情報の共有', '【調査結果】', '\u3000点検の結果を共有していない例がみられた。', '',
    '【所見】', '\u3000したがって、港湾省は、点検の結果を共有する仕組みを設ける必要がある。', '',
    '（注）本報告書の数値は当局の調査による。', '', '- 4 -',
  ].join('\n');
  it('each `【所見】` paragraph is one recommendation, the points it leads into with it; the bracketed parts ask no survey question', () => {
    const outline = outlineDocument(report, { fileName: 'hyoka.txt' });
    assert.notEqual(outline.format, 'survey', 'a line the page wrapped after か asks nothing');
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[25, 25], [37, 40], [47, 47], [54, 54], [61, 61]]);
    assert.ok(recs.every(r => r.label === '所見'));
  });
  it('a label at the top of two pages and elsewhere too is no running header; a section over its first sub-heading is no footnote; a table\'s frame is no heading', () => {
    const nodes = flattenOutline(outlineDocument(report, { fileName: 'hyoka.txt' }));
    const sections = nodes.filter(n => n.kind === 'section').map(n => n.title);
    assert.ok(sections.includes('２\u3000補修の実施') && sections.includes('(1) 補修計画の策定'));
    assert.ok(!nodes.some(n => n.title.startsWith('└')));
  });
});

describe('a board of audit\'s report extracted from PDF', () => {
  it('`次のとおり意見を表示する。` leads into its ア イ items, labelled by its whole sentence wrapped by the page; the findings lettered so before are none', () => {
    const text = [
      '（１）\u3000港湾施設の維持管理について', '',
      '1\u3000検査の結果', '\u3000検査したところ、次の事態が見受けられた。',
      'ア\u3000点検の記録が保存されていない港湾があること',
      'イ\u3000補修の計画が定められていない港湾があること', '',
      '2\u3000本院が表示する意見',
      '\u3000ついては、貴省において、港湾施設が適切に維持管理されるよう、次のとおり',
      '意見を表示する。',
      'ア\u3000港湾管理者に対して、点検の記録を保存する手順を周知すること',
      'イ\u3000補修の計画の様式を示し、港湾管理者に計画の策定を求めること',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'kensa.txt' });
    assert.deepEqual(recs.map(r => r.line), [11, 12]);
    assert.ok(recs[0].label?.startsWith('ついては、貴省において'));
  });
});

describe('an expert panel\'s report extracted from PDF: `提言１\u3000題目` over its paragraph', () => {
  it('the paragraph\'s lines, the last one short, are the recommendation\'s body, no more of its title', () => {
    const text = [
      '第２章\u3000現状', '', '\u3000港は古い。', '', '第３章\u3000提言', '', '提言１\u3000架空港の岸壁の補修', '\u3000国は、架空港の岸壁の補修に要する費用を十分に措置すべきである。県', 'は、補修の計画を定めるべきである。', '',
      '提言２\u3000船員の訓練', '\u3000港湾管理者は、船員の夜間訓練を年に二度行うべきである。', '', '第４章\u3000おわりに', '', '\u3000以上である。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => [r.title, r.line, r.endLine]), [['架空港の岸壁の補修', 7, 9], ['船員の訓練', 11, 12]]);
  });
});

describe('recommendations set in boxes, which a converter from PDF writes as tables of one column', () => {
  it('a numbered label in the header row titles the box, which spans its rows; a box whose header is no label, or a header alone, is none', () => {
    const text = [
      '## **第３章\u3000今後の方向性**', '', '|提言１\u3000架空港の点検計画の策定|', '|---|', '|市町村は、点検の計画を策定す<br>べきである。|', '', '本文。', '',
      '|Recommendation 2: Share the data|', '|---|', '|Ports should publish their inspection data.|', '|The state should host it.|', '',
      '|コラム\u3000港の歴史|', '|---|', '|港は古い。|', '', '|提言３\u3000表の見出し|', '|---|', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.title, r.label, r.line, r.endLine]), [['架空港の点検計画の策定', '提言１', 3, 5], ['Share the data', 'Recommendation 2', 9, 12]]);
  });
  it('a numbered label alone in the header is titled by the rows under it, their line breaks joined; an unnumbered label heads a table of several', () => {
    const text = [
      '# **3. Port oversight**', '', '18. The authority plans new rules.', '', '|Recommendation 3|', '|---|', '|The authority should broaden the set of<br>tools available to port operators.|', '',
      '|Recommendations|', '|---|', '|**4.1** Ports should publish their data.|', '|**4.2** The state should fund the registry.|', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.deepEqual(recs.slice(0, 1).map(r => [r.title, r.label, r.line, r.endLine]), [['The authority should broaden the set of tools available to port operators.', 'Recommendation 3', 5, 7]]);
    assert.ok(!recs.some(r => r.line === 9 && r.endLine === 12), 'the plural label boxes no recommendation of its own');
  });
});

describe('requests of governors\' and mayors\' associations, and a reform council\'s table of reforms', () => {
  it('the （１） requests under `【提案・要望事項】` are its recommendations; the lines a nested ア item wraps onto are no part of its parent\'s title', () => {
    const text = [
      '架空県知事会　国への提案・要望', '', '１\u3000港の維持について', '', '【提案・要望事項】',
      '（１）港の補修に要する経費を十分に措置すること。', '（２）港の管理について、次の措置を講ずること。', '\u3000\u3000ア\u3000管理者の研修に要する経費を重', '\u3000\u3000\u3000点的に配分すること。', '',
      '【現状・課題】', '○\u3000港の多くは古い。', '', '２\u3000島の交通について', '', '【提案・要望事項】', '（１）航路の維持を支援すること。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'yobo.txt' });
    assert.deepEqual(titles(recs), ['港の補修に要する経費を十分に措置すること。', '港の管理について、次の措置を講ずること。', '航路の維持を支援すること。']);
    assert.equal(recs[1].endLine, 9, 'the nested item is part of its parent');
  });

  it('a prefecture\'s requests in Markdown: a part titled by a label over themes, each theme\'s present state left out and its `【提案・要望内容】` list taken', () => {
    const text = [
      '# 架空県の国への提案・要望', '', '## 重点提案・要望', '', '### １\u3000港の維持', '', '**【現状・課題】**', '', '- 港の多くは古くなっています。', '',
      '**【提案・要望内容】**', '', '1. 港の補修に要する経費を措置すること。', '2. 管理者の研修を支援すること。', '', '## 個別提案・要望', '',
      '### ２\u3000島の交通の確保', '', '**【提案・要望内容】**', '', '1. 航路の維持を支援すること。', '',
      '### ３\u3000農地の保全', '', '**【提案・要望内容】**', '', '1. 農地の集約を支援すること。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'yobo.md' });
    assert.deepEqual(titles(recs), ['港の補修に要する経費を措置すること。', '管理者の研修を支援すること。', '航路の維持を支援すること。', '農地の集約を支援すること。']);
    const themes = flattenOutline(outlineDocument(text, { fileName: 'yobo.md' })).filter(n => n.kind === 'section' && /^[２３]/.test(n.title));
    assert.equal(themes.length, 2, 'the themes of the second part stay sections');
  });

  it('an external audit\'s findings and opinions numbered in brackets (`【指摘１】`, `（意見２）`) are recommendations; unbracketed `意見１` is not', () => {
    const text = [
      '第３\u3000監査の結果', '', '１．台帳の管理', '', '【指摘１】台帳の不一致について', '\u3000台帳の面積が一致しない。照合を行われたい。', '',
      '（意見２）点検結果の反映について', '\u3000点検結果を台帳に反映することが望まれる。', '', '２．意見の概要', '', '意見１\u3000委員から、台帳の様式について質問があった。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'kansa.txt' });
    assert.deepEqual(titles(recs), ['台帳の不一致について', '点検結果の反映について']);
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[5, 6], [8, 9]]);
  });

  it('each row of the table under `実施事項` is a recommendation', () => {
    const text = [
      '# 架空の規制改革答申', '', '## １．港湾分野', '', '### （１）基本的考え方', '', '港の手続は多い。', '', '### （２）実施事項', '',
      '| No. | 事項名 | 規制改革の内容 | 実施時期 | 所管府省 |', '|----|----|----|----|----|',
      '| 1 | 入港届の電子化 | 架空省は、入港届の電子申請を原則とする。 | 令和９年度措置 | 架空省 |',
      '| 2 | 検査の簡素化 | 架空省は、定期検査の頻度を見直す。 | 令和９年度検討 | 架空省 |', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'toshin.md' }).map(r => r.line), [13, 14]);
  });

  it('a numbered bold line over each table names the group of its rows, and is none (a cabinet\'s implementation plan converted by pandoc)', () => {
    const header = ['| No. | 事項名 | 規制改革の内容 | 実施時期 | 所管府省 |', '|----|----|----|----|----|'];
    const text = [
      '# 架空の規制改革実施計画', '', '## 1.\u3000港湾分野', '', '**（実施事項）**', '', '**(1)\u3000入港手続の簡素化**', '', ...header,
      '| 1 | 入港届の電子化 | 架空省は、入港届の電子申請を原則とする。 | 令和９年度措置 | 架空省 |', '',
      '**(2)\u3000検査の合理化**', '', ...header, '| 1 | 検査の簡素化 | 架空省は、定期検査の頻度を見直す。 | 令和９年度検討 | 架空省 |', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'keikaku.md' }).map(r => r.line), [11, 17]);
  });
});

describe('an action table: each row says what is to be done, who does it and by when (implementation plans, roadmaps)', () => {
  it('takes each row as a recommendation under a field heading that is no label, titled by its longest cell, labelled by that cell\'s column', () => {
    const text = [
      '# 架空の港湾手続見直し計画', '', '## Ⅱ\u3000分野別の措置', '', '### １．入港手続', '', '入港の手続は紙が多い。', '',
      '| No. | 事項名 | 見直しの内容 | 実施時期 | 所管府省 |', '|---|---|---|---|---|',
      '| 1 | 入港届の電子化 | 架空省は、入港届の電子申請を原則とする。 | 令和９年度措置 | 架空省 |',
      '| 2 | 検査の簡素化 | 架空省は、定期検査の頻度を見直す。 | 令和９年度検討 | 架空省 |', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'keikaku.md' });
    assert.deepEqual(recs.map(r => [r.line, r.title, r.label]), [
      [11, '架空省は、入港届の電子申請を原則とする。', '見直しの内容'], [12, '架空省は、定期検査の頻度を見直す。', '見直しの内容'],
    ]);
  });

  it('reads an English roadmap\'s table the same way; a table of figures by year, or one naming no one who acts, is none', () => {
    const roadmap = [
      '# Harbour roadmap', '', '## Measures', '', '| # | Measure | Lead | Timeframe |', '|---|---|---|---|',
      '| 1 | Publish berth waiting times every month. | Port Authority | 2027 |', '| 2 | Replace the paper pilot booking forms. | Pilots Board | 2028 |', '',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(roadmap, { fileName: 'roadmap.md' })), ['Publish berth waiting times every month.', 'Replace the paper pilot booking forms.']);
    const figures = [
      '# Harbour figures', '', '## Traffic', '', '| Year | Vessels | Tonnes handled at the quays | Timeframe |', '|---|---|---|---|',
      '| 2025 | 1,204 | 3,400,000 | annual |', '| 2026 | 1,310 | 3,650,000 | annual |', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(figures, { fileName: 'figures.md' }), []);
  });
});

describe('a parliamentary committee\'s report from PDF text: `Recommendation N` over a numbered paragraph, the next numbered paragraph right under it', () => {
  it('the recommendation is its own paragraph only, not the next one the page set without a blank line', () => {
    const text = [
      'Chapter 4', 'Committee view', '4.1      The committee heard that ferry fares are a barrier for many', 'remote islands.', 'Recommendation 1',
      '4.2      The committee recommends that the Government review ferry subsidies.', '', 'Recommendation 2',
      '4.6      The committee recommends that the Department publish, each year,', 'the fares paid on each subsidised route.',
      '4.10     Cold storage at the wharf is as important as the ferry.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'committee.txt' });
    assert.deepEqual(titles(recs), ['The committee recommends that the Government review ferry subsidies.', 'The committee recommends that the Department publish, each year, the fares paid on each subsidised route.']);
  });
});

describe('a consultation paper: each numbered proposal followed by its question', () => {
  it('takes every `Proposal N:` paragraph as a recommendation, also the last one before the chapter that closes the paper; the questions are none', () => {
    const text = [
      '# 3. Our proposals', '', '## Board membership', '', '**Proposal 1:** We propose that harbour boards advertise every vacancy.', '',
      '**Question 1:** Do you agree with Proposal 1?', '', '## Transparency', '', '**Proposal 2:** We propose that boards publish their accounts each year.', '',
      '**Question 2:** Do you agree?', '', '**Proposal 3:** We propose to give the minister a power to call a public meeting.', '',
      '# 4. Next steps', '', 'We will publish a summary of the responses.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'consultation.md' });
    assert.deepEqual(recs.map(r => [r.label, r.line]), [['Proposal 1', 5], ['Proposal 2', 11], ['Proposal 3', 15]]);
  });
});

describe('a public comment on a draft plan: each `【意見】` over its `【理由】`', () => {
  const comment = [
    '「架空港湾計画（素案）」に対する意見', '', '意見１（該当箇所：素案３ページ）', '【意見】', '\u3000岸壁の点検結果を毎年公表すべきである。', '【理由】', '\u3000点検の状況が分からない。', '',
    '意見２（該当箇所：素案５ページ）', '【意見】', '\u3000利用者の声を聞く場を設けること。', '【理由】', '\u3000素案に書かれていない。', '',
  ].join('\n');

  it('takes what each opinion asks as a recommendation, not its reason', () => {
    const recs = recommendationsOf(comment, { fileName: 'iken.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [['意見', '岸壁の点検結果を毎年公表すべきである。'], ['意見', '利用者の声を聞く場を設けること。']]);
  });

  it('reads `【意見】` without a reason after it as the opinions someone voiced, no label', () => {
    const minutes = ['第３回検討会\u3000議事概要', '', '【意見】', '\u3000委員から、点検の頻度について質問があった。', '\u3000事務局は、年に一度と回答した。', ''].join('\n');
    assert.deepEqual(recommendationsOf(minutes, { fileName: 'gijiroku.txt' }).filter(r => r.label === '意見'), []);
  });
});

describe('a newsletter\'s column that leads into its asks: `Here\'s what Congress should do:`', () => {
  it('takes each item of the list after it as a recommendation', () => {
    const post = [
      '# Why the Ferry Stopped', '', 'Jane Doe · Nov 12, 2026', '', '## The fix', '', 'Here\'s what Congress should do:', '',
      '1. **Set a floor.** Require a minimum subsidy for island routes.', '2. **Shine a light.** Make operators publish their fares.', '',
      'None of this is expensive.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(post, { fileName: 'post.md' }).map(r => r.line), [9, 10]);
  });
});

describe('a brief in plain text that sets its recommendations with arrows under a label', () => {
  it('takes each `→ ` line under `KEY RECOMMENDATIONS` as a recommendation, its wrapped line with it', () => {
    const brief = [
      'KEEPING FERRIES AFLOAT', '', 'THE PROBLEM', '', 'Island ferries lose money in winter, and operators cut', 'sailings when they do.', '',
      'KEY RECOMMENDATIONS', '', '→ Pay a winter subsidy for each sailing that runs to the', '  published timetable.', '→ Let two islands share one vessel.', '',
      'ABOUT THE AUTHORS', '', 'Jane Example is a research fellow.', '',
    ].join('\n');
    const recs = recommendationsOf(brief, { fileName: 'brief.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.title]), [[10, 11, 'Pay a winter subsidy for each sailing that runs to the published timetable.'], [12, 12, 'Let two islands share one vessel.']]);
  });
});

describe('requests converted from Word by pandoc: the outline numbering become nested ordered lists', () => {
  const letter = [
    '**令和９年度 予算要望書**', '', '架空市長\u3000様', '',
    '日頃より市政にご尽力いただき、感謝申し上げます。令和９年度の予算編成に当たり、下記のとおり要望いたします。', '',
    '1.  **港湾**', '', '    1.  岸壁の補修を計画的に進めること。', '', '    2.  港の案内板を多言語にすること。', '',
    '2.  **防災**', '', '    1.  避難所に空調を整備すること。', '', '以上',
  ].join('\n');

  it('each topic in bold groups the requests numbered under it, each one a recommendation labelled by the letter\'s last sentence', () => {
    const all = flattenOutline(outlineDocument(letter, { fileName: 'yobo.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'group').map(n => n.title), ['港湾', '防災']);
    const recs = all.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => r.title), ['岸壁の補修を計画的に進めること。', '港の案内板を多言語にすること。', '避難所に空調を整備すること。']);
    assert.equal(recs[0].label, '令和９年度の予算編成に当たり、下記のとおり要望いたします。');
  });

  it('a bulleted pledge in bold over its bulleted example stays the recommendation, the example its detail', () => {
    const manifesto = ['## 経済', '', '- マニフェスト', '    - **港に特区を作る**', '        - 例）港湾の自動運転を進める', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(manifesto, { fileName: 'manifesto.md' })), ['港に特区を作る']);
  });
});

describe('a council\'s report that heads each measure it announces (a 答申 from pdftotext)', () => {
  it('each heading after `…以下の施策を講じるべきである。` and a table laid out with spaces states one recommendation, its text the reasons', () => {
    const text = [
      '第２\u3000今後の施策の方向性', '', '１\u3000基本的な考え方', '', '\u3000海域の特性を踏まえる。', '',
      '２\u3000水質の保全に向けた施策', '', '\u3000これを踏まえ、海域の特性に応じて以下の施策を講じるべきである。', '',
      '      区分          主な海域          管理の方向', '      富栄養化型    東京湾、大阪湾    負荷削減の継続', '      生物生産型    燧灘 等           栄養塩類の管理', '',
      '（１）総量削減制度の見直し', '\u3000国は、削減目標の設定方式を見直すべきである。', '',
      '（２）栄養塩類の管理', '\u3000国は、栄養塩類の管理計画の制度を広げるべきである。', '',
      '３\u3000推進体制', '', '（１）協働の仕組み', '\u3000関係者の協働を進める。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'toshin.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.title]), [[15, '（１）総量削減制度の見直し'], [18, '（２）栄養塩類の管理']]);
  });
});

describe('a governors\' request to the state converted from Word by pandoc', () => {
  const letter = [
    '**令和９年度\u3000国の施策に関する提案・要望**', '', '\u3000令和９年度の予算編成に当たり、下記のとおり要望します。', '', '記', '',
    '[]{#_Toc100000011 .anchor}**１\u3000港湾の機能強化**', '', '**【現状・課題】**', '', '港湾の岸壁は古い。', '',
    '**【提案・要望内容】**', '',
    '> （１）岸壁の耐震化を計画的に推進すること。', '>', '> （２）港湾の整備に必要な予算を確保すること。', '',
    '[]{#_Toc100000012 .anchor}**２\u3000離島航路の維持**', '', '**【現状・課題】**', '', '航路の赤字が続いている。', '',
    '**【提案・要望内容】**', '',
    '> （１）離島航路の補助を拡充すること。', '', '以上',
  ].join('\n');

  it('a bold title after a bookmark\'s empty span is read as the line\'s start: the numbered topics are the chapters', () => {
    const nodes = flattenOutline(outlineDocument(letter, { fileName: 'yobo.md' }));
    assert.deepEqual(nodes.filter(n => n.kind === 'chapter').map(n => n.title.trim()).filter(t => /^[１２]/.test(t)), ['１\u3000港湾の機能強化', '２\u3000離島航路の維持']);
  });

  it('requests set in as quoted lines are each an item of the label\'s list', () => {
    const recs = recommendationsOf(letter, { fileName: 'yobo.md' });
    assert.deepEqual(recs.map(r => [r.line, r.title]), [[15, '岸壁の耐震化を計画的に推進すること。'], [17, '港湾の整備に必要な予算を確保すること。'], [27, '離島航路の補助を拡充すること。']]);
  });
});

describe('a parliamentary committee\'s report converted from its web page by pandoc', () => {
  const report = [
    '# Port safety', '', '## 1 Introduction', '', '1.  We held an inquiry into the safety of small ports.', '',
    '## 2 Inspections', '',
    '2.  The Agency inspects each port every five years. That is not often enough. ***We are concerned that',
    '    small ports go uninspected for years.*** **We recommend that the Agency',
    '    inspect every port at least every two years. The Department should',
    '    fund the extra inspectors.**', '',
    '3.  Witnesses told us that owners **must** report accidents, and that they should do so within a week.', '',
    '4.  The data are poor.^[3](#footnote-003)^ **We recommend that the Agency publish the results of each',
    '    inspection within a month.**', '',
    '## Conclusions and recommendations', '',
    '1.  ***We are concerned that small ports go uninspected for years.*** **We recommend that the Agency',
    '    inspect every port at least every two years. The Department should fund the extra inspectors.**',
    '    (Paragraph 2)', '',
    '2.  **We recommend that the Agency publish the results of each inspection within a month.** (Paragraph 4)', '',
    '## Formal minutes', '', 'The Committee met.',
  ].join('\n');

  it('a proposal set in bold inside a numbered paragraph is a recommendation, its whole bold span one; a word in bold is emphasis', () => {
    const recs = recommendationsOf(report, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[10, 12], [16, 17]]);
    assert.equal(recs[0].title, 'We recommend that the Agency inspect every port at least every two years. The Department should fund the extra inspectors.');
  });

  it('the closing list that gathers them, each entry pointing back to its paragraph, restates them', () => {
    const nodes = flattenOutline(outlineDocument(report, { fileName: 'report.md' }));
    const gathered = nodes.filter(n => n.line > 19 && n.line < 26);
    assert.deepEqual(gathered.map(n => [n.kind, n.line]), [['item', 21], ['item', 25]]);
  });
});

describe('an inquiry report converted from PDF to Markdown: its front list repeats each recommendation word for word', () => {
  it('takes the boxed recommendations in the chapters, the front list that gathers them from several chapters for items', () => {
    const box = (n: string, title: string, text: string) => [`**RECOMMENDATION ${n}**`, '', `**${title}**`, '', text, ''];
    // The front list keeps the pages the PDF gave each entry: it says a little more than the chapters.
    const front = (n: string, title: string, text: string) => [`**Recommendation ${n}**`, `**${title}**`, '', `${text} See page 12 of the report.`, ''];
    const text = [
      '# **Harbour Pilotage**', '', '# **Overview**', '', 'Pilots guide ships.', '', '# **Findings and recommendations**', '',
      ...front('1.1', 'Publish pilot fees', 'Port authorities should publish their pilotage fees each year.'),
      ...front('2.1', 'Train more pilots', 'Governments should fund fifty new pilot places a year.'),
      ...front('2.2', 'Share training', 'Ports should share their pilot simulators.'),
      '# 1. Fees', '', 'Fees differ.', '', ...box('1.1', 'Publish pilot fees', 'Port authorities should publish their pilotage fees each year.'),
      '# 2. Training', '', 'Training is slow.', '', ...box('2.1', 'Train more pilots', 'Governments should fund fifty new pilot places a year.'),
      ...box('2.2', 'Share training', 'Ports should share their pilot simulators.'),
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    const chapterLine = text.split('\n').indexOf('# 1. Fees') + 1;
    assert.equal(recs.length, 3, recs.map(r => `${r.line} ${r.label}`).join(' | '));
    assert.ok(recs.every(r => r.line > chapterLine), recs.map(r => `${r.line} ${r.label}`).join(' | '));
  });
});

describe('a parliamentary committee\'s report converted from PDF to Markdown: each line of a bold recommendation bolded apart', () => {
  it('takes the bold lines joined so for one recommendation, its marks no part of its text', () => {
    const text = [
      '# Port safety', '', '## 2 Inspections', '', '19. The Agency told us it inspects each port every five years.', '',
      '20. **The Department should fund an inspection of every small port**', '**within two years, by April 2032. In doing so it should publish an**',
      '**assessment of what the inspections found.**', '', '21. We heard from owners.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[7, 9]]);
    assert.equal(recs[0].title, 'The Department should fund an inspection of every small port within two years, by April 2032. In doing so it should publish an assessment of what the inspections found.');
  });
});

describe('a prefecture\'s comprehensive plan saved from Word as text', () => {
  const plan = [
    '第２章\u3000政策の体系', '', '１\u3000政策体系図', '',
    '基本目標      政策                            施策',
    'Ⅰ\u3000安心      政策１\u3000健康な暮らしの実現      施策１\u3000地域医療の確保',
    '                                              施策２\u3000介護人材の確保',
    'Ⅱ\u3000未来      政策２\u3000人づくり                施策３\u3000教育の充実', '',
    '第３章\u3000施策の展開', '',
    '政策１\u3000健康な暮らしの実現', '',
    '施策１\u3000地域医療の確保', '【現状と課題】', '○\u3000医師が不足しています。', '【施策の方向】',
    '①\u3000医師の確保', '\u3000修学資金の貸与により、県内で勤務する医師を養成します。',
    '②\u3000救急医療の充実', '\u3000救命救急センターの機能を強化します。',
    '【主な取組】', '取組名              担当課', '医師確保事業        医療政策課', '',
    '施策２\u3000介護人材の確保', '【施策の方向】', '①\u3000介護の仕事の魅力を発信します。', '②\u3000介護ロボットの導入を支援します。', '',
    '政策２\u3000人づくり', '', '施策３\u3000教育の充実', '【施策の方向】',
    '①\u3000学力の向上', '\u3000少人数学級を進めます。', '②\u3000心の教育', '\u3000体験活動を広げます。',
  ].join('\n');

  it('the points numbered in circles under `【施策の方向】` are the recommendations, each with its paragraph', () => {
    const recs = recommendationsOf(plan, { fileName: 'keikaku.txt' });
    assert.deepEqual(recs.map(r => r.line), [18, 20, 28, 29, 35, 37]);
    assert.ok(recs.every(r => r.label === '施策の方向'));
  });

  it('a policy over its numbered measures groups them, and a chart\'s cells are no recommendations', () => {
    const nodes = flattenOutline(outlineDocument(plan, { fileName: 'keikaku.txt' }));
    assert.ok(nodes.filter(n => n.title.startsWith('政策')).every(n => n.kind === 'section'));
    assert.ok(!nodes.some(n => n.kind === 'recommendation' && n.line <= 8));
  });
});

describe('a letter that sets its whole report under `記` (an audit board\'s opinion to a minister)', () => {
  const report = [
    '  港湾の岸壁の点検が適切に実施されるよう意見を表示したもの', '', '                    （令和９年10月１日付け  国土交通大臣宛て）', '',
    '      標記について、法第36条の規定により、下記のとおり意見を表示する。', '', '                              記', '',
    '  1   事業の概要', '', '  (1) 点検の概要', '', '      国は、岸壁の点検に要する費用を補助している。点検は次のとおり区分されてい', '    る。',
    '      ア  定期点検：五年ごとに行う点検', '      イ  臨時点検：地震の後に行う点検', '',
    '  (2) 補助の概要', '', '      補助率は二分の一である。', '',
    '  2   検査の結果', '', '  (1) 検査の方法', '', '      本院は、12の港湾管理者の書類を調べた。', '',
    '  (2) 検査の状況', '', '      点検されていない岸壁が次のとおりあった。', '',
    '      ア  定期点検が行われていなかった岸壁  12か所', '      イ  臨時点検が行われていなかった岸壁  3か所', '',
    '  3   本院が表示する意見', '', '      国土交通省において、次のとおり意見を表示する。', '',
    '      ア  港湾管理者に対して、点検の計画を定めるよう求めること。', '      イ  点検の結果を確認する手順を定めること。',
  ].join('\n');

  it('the lists of the chapter that names what the lead-in announces are the recommendations, those of the background chapters not', () => {
    const recs = recommendationsOf(report, { fileName: 'kensa.txt' });
    assert.deepEqual(recs.map(r => r.title), ['港湾管理者に対して、点検の計画を定めるよう求めること。', '点検の結果を確認する手順を定めること。']);
  });
});

describe('a civic group\'s paper that letters its proposals (`提言A`), summed up in a table first', () => {
  const paper = [
    '# 架空港の再生に向けた政策提言', '', '## 提言の概要', '', '| 提言 | 内容 |', '|---|---|', '| 提言A | 岸壁を直す |', '| 提言B | 案内板を増やす |', '',
    '## 提言', '', '### 提言A\u3000岸壁を直す', '', '市は、老朽化した岸壁の補修を計画的に進めるべきである。', '',
    '### 提言B\u3000案内板を増やす', '', '市は、多言語の案内板を設けるべきである。', '',
  ].join('\n');

  it('takes each lettered heading as its recommendation, the letter its label; the table\'s rows, titled by their text, restate them', () => {
    const all = flattenOutline(outlineDocument(paper, { fileName: 'teigen.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.label, n.title, n.line]), [['提言A', '岸壁を直す', 12], ['提言B', '案内板を増やす', 16]]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => [n.label, n.title]), [['提言A', '岸壁を直す'], ['提言B', '案内板を増やす']]);
  });

  it('keeps a table\'s recommendation that ends with a year as its own title', () => {
    const table = ['## Recommendations', '', '| Recommendation | Timing |', '|---|---|', '| Adopt a revenue strategy by 2030 | Medium term |', ''].join('\n');
    assert.deepEqual(titles(recommendationsOf(table, { fileName: 'note.md' })), ['Adopt a revenue strategy by 2030']);
  });
});

describe('proposals framed in boxes drawn with box-drawing characters (text exported from a word processor or a PDF)', () => {
  it('takes each framed paragraph under the label as a recommendation, without the frame\'s rules and side bars', () => {
    const rule = (l: string, r: string) => `${l}${'─'.repeat(30)}${r}`;
    const text = [
      '提言書', '', '１ はじめに', ' 港は古い。', '', '２ 現状', ' 岸壁が傷んでいる。', '', '３ 提言', '', rule('┌', '┐'), '│提言１ 岸壁の補修                     │', '│ 市は、岸壁の補修費を確保すべきである。│', rule('└', '┘'), '',
      rule('┌', '┐'), '│提言２ 案内の充実                     │', '│ 市は、多言語の案内板を設けるべきである。│', rule('└', '┘'), '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'teigen.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label, r.title]), [
      [12, 13, '提言１', '岸壁の補修 市は、岸壁の補修費を確保すべきである。'], [17, 18, '提言２', '案内の充実 市は、多言語の案内板を設けるべきである。'],
    ]);
  });
});

describe('a meeting summary that lists what members said', () => {
  it('lists nothing as a recommendation in the text under `主な意見は以下のとおり。`; after a blank line the text proposes again', () => {
    const minutes = [
      '第３回 港湾審議会 議事概要', '', '（１）港湾計画の改訂について', ' 事務局から説明があった。委員からの主な意見は以下のとおり。',
      '・岸壁の耐震化を優先すべきではないか。', '・クルーズ船の受入れについて、地元の意見を聞く必要がある。', '',
      '（２）まとめ', ' 県は、計画の改訂案を年度内に示す必要がある。', '',
    ].join('\n');
    const proposals = flattenOutline(outlineDocument(minutes, { fileName: 'gijigaiyo.txt' })).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(titles(proposals), ['県は、計画の改訂案を年度内に示す必要がある。']);
  });
});

describe('a government\'s response to a committee report, in plain text', () => {
  it('each quoted `Recommendation N` over its text is a recommendation, no chapter, and ends at the recurring `Government response`', () => {
    const text = [
      'Government response to the committee report on invented harbours', '', 'November 2030', '', '', 'Introduction', '',
      'The Government welcomes the report and thanks the witnesses.', '', 'Recommendation 1', '',
      'The committee recommends that the Government fund repairs to every quay', 'in the invented harbours.', '', 'Government response', '',
      'Agreed. The Government will fund the repairs from 2031.', '', 'Recommendation 2', '', 'The committee recommends that ports publish their inspection data.', '',
      'Government response', '', 'Not agreed. Ports already publish summaries.',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'response.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['Introduction']);
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[10, 13], [19, 21]]);
  });
});

describe('a council\'s recommendation, a legal act whose clauses are set in capitals', () => {
  it('the paragraphs after `RECOMMENDS THAT MEMBER STATES:` are its recommendations, past the names of their groups, up to the next clause; the clauses make no chapters', () => {
    const text = [
      '                    COUNCIL RECOMMENDATION', '', '          on safer invented harbours', '', 'THE COUNCIL OF THE EUROPEAN UNION,', '',
      'Having regard to the proposal from the Commission,', '', 'Whereas:', '', '(1)   Harbours are old.', '', 'HAS ADOPTED THIS RECOMMENDATION:', '',
      'RECOMMENDS THAT MEMBER STATES:', '', 'Inspections', '', '1.    Inspect every quay of the invented harbours each spring and publish', '      the findings.', '',
      'Crews', '', '2.    Train harbour crews at night twice a year.', '', 'WELCOMES THE COMMISSION\'S INTENTION TO:', '',
      '3.    Report to the Council on progress within five years.', '', 'Done at Brussels.',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'council.txt' });
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')), [
      'Inspect every quay of the invented harbours each spring and publish the findings.', 'Train harbour crews at night twice a year.',
    ]);
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), []);
  });
});

describe('a United Nations report\'s closing paragraphs that lead into the points they recommend', () => {
  it('each lettered point is a recommendation, the paragraph leading into it a group, and the conclusions beside them stay items', () => {
    const text = [
      '     I. Introduction', '', '      1.  The present report responds to a resolution on harbours.', '',
      '     II. Conclusions and recommendations', '',
      '      2.  Harbours are exposed to storms, and the scale of the challenge exceeds the', '          capacities of the States most affected.', '',
      '      3.  The Secretary-General recommends that Member States:', '',
      '          (a) Integrate harbour safety into national development plans;', '',
      '          (b) Share data on storm damage through regional platforms;', '',
      '      4.  The Secretary-General encourages development partners to:', '',
      '          (a) Provide dedicated funding for harbour repairs.', '',
      '      5.  The Secretary-General will continue to follow developments closely.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [12, 14, 18]);
    assert.deepEqual(all.filter(n => n.kind === 'group').map(n => n.line), [10, 16]);
  });

  it('a numbered recommendation that proposes before it leads into its points keeps them as its details', () => {
    const text = [
      '## What councils should do', '', 'We recommend three steps:', '',
      '1.  **Open the harbour fund to owners.** Councils should let owners apply for repairs.',
      '2.  **Protect the tenants.** Owners who receive funds should not raise rents. Councils should:',
      '    *   publish a standard agreement; and', '    *   fund advice for tenants.',
      '3.  **Cover the wiring.** Programs should pay for new wiring.', '', 'Text.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'blog.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[5, 5], [6, 8], [9, 9]]);
    assert.equal(all.filter(n => n.kind === 'group').length, 0);
  });
});

describe('a committee report that lists its recommendations at the front and states each again in the body', () => {
  it('the body\'s statement is the recommendation; the front list\'s repeat is an item', () => {
    const first = '2.6 The committee recommends that the Government publish the fares paid on regional routes every quarter.';
    const second = '3.4 The committee recommends that the Government review the subsidy scheme for remote harbours by 2031.';
    const text = [
      '# Regional ferries', '', '## Recommendations', '', '**Recommendation 1**', '', first, '', '**Recommendation 2**', '', second, '',
      '## Chapter 2', '', '2.1 Fares have risen.', '', '**Recommendation 1**', '', first, '', '## Chapter 3', '', '3.1 Subsidies are old.', '', '**Recommendation 2**', '', second, '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [17, 25]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [5, 9]);
  });
});

describe('a committee report that numbers its paragraphs: a numbered label over the paragraphs numbered under it', () => {
  const report = [
    '                                  CHAPTER II', '                              HARBOUR REPAIRS', '',
    '2.1     The Committee visited twelve harbours. Most quays were built before', '        1950 and have not been repaired since.', '',
    '2.2     Recommendations', '',
    '2.2.1   The Committee recommends that the Ministry may launch a programme', '        to repair every quay older than fifty years within ten years.', '',
    '2.2.2   A repair fund for small harbours may be set up with the State', '        banks, with the following features:',
    '        (a)     grants of up to half the cost;', '        (b)     loans at low interest for the rest.', '',
    '2.2.3   The Committee recommends that harbour boards publish their', '        inspection reports every year.', '',
    '2.3     The Committee also heard from the crews, who asked for training.', '',
  ].join('\n');
  it('each paragraph numbered under the label is a recommendation, its lettered points part of it; the next paragraph ends them', () => {
    const recs = recommendationsOf(report, { fileName: 'committee.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[9, 10, 'Recommendations'], [12, 15, 'Recommendations'], [17, 18, 'Recommendations']]);
    assert.ok(recs[1].title.startsWith('A repair fund for small harbours'), 'the title is the paragraph\'s text, without its number');
  });
  it('a numbered label over a paragraph of its own level labels nothing below it', () => {
    const text = report.replace(/2\.2\.([123])/g, '2.$1');
    assert.deepEqual(recommendationsOf(text, { fileName: 'committee.txt' }).filter(r => r.label === 'Recommendations').length, 0);
  });
});

describe('recommendations made before, reviewed in this document', () => {
  it('an economic survey\'s annex of progress: the column of previous recommendations proposes nothing now', () => {
    const text = [
      '# Harbour Economic Survey', '', '## 1 Key policy insights', '', '| Main findings | Recommendations |', '| --- | --- |',
      '| Quays are old. | Repair every quay older than fifty years. |', '| Ports lack pilots. | Train twenty new pilots each year. |', '',
      '## Annex 1.A. Progress in structural reform', '', '| Recommendations in previous Surveys | Actions taken |', '| --- | --- |',
      '| Publish port charges every quarter. | Done in 2024. |', '| Merge the small harbour boards. | No action taken. |', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'survey.md' }).map(r => r.line), [7, 8]);
  });
  it('a Japanese white paper\'s section on its earlier proposals, their follow-up listed', () => {
    const text = ['# 港湾白書', '', '## 提言', '', '- 全岸壁を点検する。', '', '## 前回の提言', '', '- 港湾台帳を公開した。', '- 係船柱を補修した。', ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'hakusho.md' }).map(r => r.line), [5]);
  });
});

describe('options set out for a legislature, none chosen', () => {
  const options = (verb: string) => [
    '# Harbour Loans: Issues for Parliament', '', '## Background', '', 'The loan scheme expires next year.', '', '## Policy Options', '',
    'If Parliament chooses to act, it could consider several options.', '',
    `**Extend the scheme.** Parliament ${verb} extend the scheme for five years.`, '',
    `**Convert the loans to grants.** Parliament ${verb} replace the loans with grants for the smallest harbours.`, '',
    '**Let the scheme lapse.** Outstanding loans would be serviced as before.', '',
    '## Author Information', '', 'A. Writer, Analyst', '',
  ].join('\n');
  it('a research service\'s options, weighed with `could`: items, not recommendations', () => {
    const all = flattenOutline(outlineDocument(options('could'), { fileName: 'brief.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').length, 0);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [11, 13, 15]);
  });
  it('a brief that urges its options: they stay its recommendations', () => {
    assert.deepEqual(recommendationsOf(options('should'), { fileName: 'brief.md' }).map(r => r.line), [11, 13, 15]);
  });
});

describe('a law commission\'s report from PDF: coded recommendations in the margin among numbered paragraphs', () => {
  const foot = (n: number) => ['', `${n}       HARBOUR LAW REVIEW`, '\f'];
  const report = [
    'HARBOUR LAW REVIEW', '', 'List of recommendations', '',
    'R1      The Harbours Act 1990 should be amended to allow remote inspections of', '        every quay.',
    'R2      The Ministry of Transport should review the operation of the inspection', '        provisions five years after they come into force.', ...foot(1),
    'CHAPTER 1', 'Introduction', '', '1.1     Harbours are old and the law about them is older still, as all agree.', '',
    '1.2     Inspectors travel to each quay, which costs time and money.', ...foot(2),
    'CHAPTER 2', 'Remote inspection', '', '2.1     Submitters told us that remote inspection worked well in practice.', '',
    '        RECOMMENDATION',
    'R1      The Harbours Act 1990 should be amended to allow remote inspections of', '        every quay.', '',
    '2.2     A remote inspector cannot touch the bollards. We consider that a local', '        agent may do so where needed.', '',
    '        RECOMMENDATION',
    'R2      The Ministry of Transport should review the operation of the inspection', '        provisions five years after they come into force.', ...foot(3),
    'APPENDIX', 'Terms of reference', '', 'The Commission will review the law of harbours.', ...foot(4),
  ].join('\n');
  const recs = () => recommendationsOf(report, { fileName: 'review.txt' });
  it('the numbered paragraph after a coded recommendation is no more of its list', () => {
    assert.ok(!recs().some(r => r.title.startsWith('A remote inspector')));
  });
  it('a recommendation wrapped over the last two lines of two pages, in the front list and the body, is text, not a running footer', () => {
    assert.deepEqual(recs().map(r => [r.line, r.endLine]), [[27, 28], [34, 35]]);
    assert.ok(recs()[1].title.startsWith('The Ministry of Transport should review'));
  });
});

describe('a manifesto that sets each policy\'s present state and its direction', () => {
  it('the points under `- 方向性` are its pledges; those under `- 現状認識` are not', () => {
    const text = [
      '# 6. 港湾', '## 1. 古い岸壁を計画的に直します', '* 現状認識', '  * 岸壁の半数が築50年を超えています', '  * 点検の記録が紙で残されています',
      '* 方向性', '  * 全岸壁の点検を5年で一巡させます', '  * 点検記録を電子化し公開します', '## 2. 港の人手不足に対応します', '* 現状認識', '  * 荷役の担い手が減っています',
      '* 方向性', '  * 荷役の自動化を支援します', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'manifesto.md' });
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[7, '方向性'], [8, '方向性'], [13, '方向性']]);
  });
});

describe('a part that records what a living baseline or plan has taken back', () => {
  it('the standard\'s recommendations an evaluation rates a country against, in its compliance annex, are items', () => {
    const text = [
      '# Chapter 1. Risks and context', '', 'The harbour handles most of the trade.', '',
      '# Chapter 2. Supervision', '', '## Recommended Actions', '',
      'a)  The harbour authority should inspect every agent each year.', '',
      '# Technical Compliance Annex', '', 'This annex rates compliance with each recommendation of the standard.', '',
      '## Recommendation 1 – Assessing risks', '', 'The country was rated partially compliant in 2015.', '',
      'Criterion 1.1 – Countries should assess their risks. The country did so in 2022 (Met).',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'evaluation.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.title), ['The harbour authority should inspect every agent each year.']);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.label), ['Recommendation 1']);
  });

  it('the policies under `## Removed Policies` are items, the baseline\'s own policies stand', () => {
    const text = [
      '# Harbour Security Baseline', '', '## 1. Quay Access', '', '### Policies', '', '#### HB.1.1v1', 'Quay gates SHALL be locked at night.', '',
      '## Removed Policies', '', '#### HB.1.2v1', 'Quay gates SHALL be painted yellow.', '- _Removal date:_ March 2030', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'baseline.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [8]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [13]);
  });
  it('a Japanese plan\'s `廃止された施策`', () => {
    const text = ['# 港湾計画', '', '## 1. 点検', '', '### 施策', '', '- 全岸壁を点検する。', '', '## 2. 廃止された施策', '', '### 施策', '', '- 係船柱を黄色に塗る。', ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'keikaku.md' }).map(r => r.line), [7]);
  });
});

describe('an economic survey: a summary table of findings beside recommendations, and the chapter\'s tables in full', () => {
  const row = (finding: string, recommendation: string) => `| ${finding} | ${recommendation} |`;
  const survey = [
    '# Economic survey of an island state', '', '## Executive summary', '', 'Growth is steady.', '',
    '| MAIN FINDINGS | KEY RECOMMENDATIONS |', '|---|---|',
    row('Ferry fares are high and rising.', 'Cap ferry fares on lifeline routes.'),
    row('Harbours are old.', 'Fund the repair of harbour walls over ten years.'),
    row('Few young people train as crews.', 'Pay apprentices on ferries a living wage.'),
    row('Tourism is seasonal.', 'Spread tourist taxes over the whole year.'),
    row('Power comes from diesel.', 'Move island grids to wind power.'),
    row('Water is short in summer.', 'Build desalination plants.'), '',
    '## 1. Key policy insights', '', 'The islands depend on their ferries.', '',
    '**Recommendations on transport**', '', '| Main findings | Recommendations (key in bold) |', '|---|---|',
    row('Ferry fares have doubled in ten years and now keep visitors and workers away from the islands.', '**Cap ferry fares on lifeline routes and index them to prices.**'),
    row('Many harbour walls were built a century ago and are failing in storms that are more frequent.', 'Fund the repair of harbour walls over ten years from a dedicated budget line.'),
    row('Apprenticeships on ferries pay too little to attract young islanders to the trade.', 'Pay apprentices on ferries a living wage and fund their training at sea.'), '',
    '**Recommendations on the economy**', '', '| Main findings | Recommendations (key in bold) |', '|---|---|',
    row('Tourist numbers collapse in winter, and hotels and restaurants close for five months a year.', 'Spread tourist taxes over the whole year with lower winter rates.'),
    row('Most island power stations burn imported diesel at a high cost to households and firms.', 'Replace diesel generators on the islands with wind turbines and batteries.'),
    row('Wells run dry in summer, and water is shipped to the islands by tanker at great cost.', 'Build small desalination plants powered by renewable energy.'), '',
  ].join('\n');
  const all = flattenOutline(outlineDocument(survey, { fileName: 'survey.md' }));

  it('titles each row by the column its header names as the recommendations, not by the longest cell', () => {
    const recs = all.filter(n => n.kind === 'recommendation' && n.line > 16);
    assert.deepEqual(recs.map(n => n.title.split(' ').slice(0, 3).join(' ')), [
      'Cap ferry fares', 'Fund the repair', 'Pay apprentices on', 'Spread tourist taxes', 'Replace diesel generators', 'Build small desalination',
    ]);
  });

  it('keeps the summary\'s shorter rows as items, though it rewords some of them past finding', () => {
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [9, 10, 11, 12, 13, 14]);
  });
});

describe('a task force\'s report: recommendations numbered under lettered topics, and a summary that folds them', () => {
  const report = [
    'FERRY TASK FORCE', '', 'Final Report', '', 'EXECUTIVE SUMMARY', '', 'Island ferries are old and short of crews.', '',
    'In summary, the Task Force recommends that the Legislature:', '',
    '  *  fund the replacement of hulls older than forty years;', '  *  keep crews with a bonus;',
    '  *  cap fares on lifeline routes at the level of 2024;', '  *  make travel predictable;',
    '  *  publish timetables a year ahead for the season; and', '  *  review the ferry board every five years.', '',
    'I. BACKGROUND', '', 'The ferries carry islanders to work and school.', '',
    'II. RECOMMENDATIONS', '', 'A. Vessels', '',
    'Recommendation A.1: The Legislature should fund the replacement of hulls', 'older than forty years.', '',
    'Recommendation A.2: The Legislature should pay a crew retention bonus of', 'up to $2,000 a year.', '',
    'B. Fares and timetables', '',
    'Recommendation B.1: The Department should cap fares on lifeline routes at', 'the level of 2024, indexed to prices.', '',
    'Recommendation B.2: Operators should publish timetables a year ahead and', 'keep them for the season.', '',
    'III. CONCLUSION', '', 'The ferries can be saved.',
  ].join('\n');
  const all = flattenOutline(outlineDocument(report, { fileName: 'ferry-task-force.txt' }));

  it('takes `Recommendation A.1:` as a numbered recommendation, its label with its number', () => {
    const recs = all.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(n => n.label), ['Recommendation A.1', 'Recommendation A.2', 'Recommendation B.1', 'Recommendation B.2']);
  });

  it('keeps the summary\'s list as items: half its entries found in the body is enough before it', () => {
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [11, 12, 13, 14, 15, 16]);
  });
});

describe('a consultation\'s report of what it heard', () => {
  it('lists nothing as recommended under what participants suggested; the department\'s own commitments stay', () => {
    const text = [
      '# What we heard: ferry services', '', '## What we heard', '', '### Theme 1: Fares', '',
      'Participants suggested that the government should:', '', '- cap fares on lifeline routes', '- publish timetables a year ahead', '',
      'Many respondents called for:', '', '- a ferry for every island', '- night sailings in summer', '',
      '## Next steps', '', 'The Department will:', '', '- publish a fares review in 2027', '- meet island councils every spring', '',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'what-we-heard.md' })), ['publish a fares review in 2027', 'meet island councils every spring']);
  });
});

describe('a guideline\'s research gaps', () => {
  it('lists nothing as recommended under what future studies should find out; what services should do stays', () => {
    const text = [
      '# Cold homes guideline', '', '## 5. Implementation', '', 'To put this guideline into practice, health services should:', '',
      '1. ask older patients about cold homes;', '', '2. refer them to heating grants.', '',
      '## 6. Research gaps', '', 'The group identified priorities for research. Future studies should:', '',
      '1. measure the effect of grants on admissions;', '', '2. include people in rented homes.', '',
      'Further research is needed to:', '', '- compare insulation with heating grants', '',
    ].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'guideline.md' })), ['ask older patients about cold homes;', 'refer them to heating grants.']);
  });
});

describe('a party\'s policy book: a label line over the sub-headings that group its pledges by field', () => {
  it('labels the lists under each sub-heading, up to the next part', () => {
    const text = [
      '架空党 政策集', '', 'Ⅰ\u3000くらし', '', '【重点政策】', '○子ども医療費を無償にします。', '', '【その他の政策】', '（１）医療',
      '・救急医療の体制を強化します。', '・薬の値上がりを抑えます。', '（２）介護', '・介護職員の賃金を上げます。', '',
      'Ⅱ\u3000経済', '', '景気は回復している。', '', '（１）雇用', '・最低賃金を上げます。', '', 'Ⅲ\u3000外交', '', '平和を守る。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'policies.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [
      ['重点政策', '子ども医療費を無償にします。'], ['その他の政策', '救急医療の体制を強化します。'], ['その他の政策', '薬の値上がりを抑えます。'],
      ['その他の政策', '介護職員の賃金を上げます。'],
    ], 'the next part\'s sub-heading has no label over it');
  });
});

describe('labels said in other words: what to do, a comment form, an answer, an overview of the parts', () => {
  it('a brief\'s heading `What policymakers should do` labels the numbered asks under it', () => {
    const text = ['# Ferries', '', '## The problem', '', 'Fares have doubled.', '', '## What policymakers should do', '',
      '1. **Cap fares.** Ministers should cap fares on lifeline routes.', '2. **Publish timetables.** Operators should publish them a year ahead.', '',
      '## Conclusion', '', 'Ferries can be saved.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'brief.md' }).map(r => r.label), ['What policymakers should do', 'What policymakers should do']);
  });

  it('an inspection report\'s `Action the trust MUST take to improve` labels the actions listed under its services; a table of the notices served is none', () => {
    const text = ['# Harbour Hospital inspection report', '', '## Areas for improvement', '', '### Action the trust MUST take to improve', '',
      'This action related to two services.', '',
      '#### Emergency care', '', '- The trust must ensure that patients are assessed within 15 minutes. (Regulation 12)', '',
      '#### Maternity', '', '- The trust must ensure that emergency equipment is checked daily. (Regulation 12)', '',
      '### Action the trust SHOULD take to improve', '', '- The trust should ensure that pain is assessed promptly.', '',
      '## Requirement notices', '', '### Action we have told the provider to take', '', '| Regulation | How the regulation was not being met |', '|---|---|', '| Regulation 12 | Patients were not assessed promptly. |', ''].join('\n');
    const recs = recommendationsOf(text, { fileName: 'inspection.md' });
    assert.deepEqual(recs.map(r => [r.line, r.label]), [
      [11, 'Action the trust MUST take to improve'], [15, 'Action the trust MUST take to improve'], [19, 'Action the trust SHOULD take to improve'],
    ]);
  });

  it('a comment form\'s `意見内容：` over `理由：` labels what it asks, a request ending `…を求める。` too', () => {
    const text = ['港湾計画（案）に対する意見', '', '【意見１】', '該当箇所：第２章', '', '意見内容：', '\u3000岸壁の点検結果を毎年公表することを求める。', '',
      '理由：', '\u3000点検の結果が知られていないため。', '', '【意見２】', '該当箇所：第３章', '', '意見内容：', '\u3000離島航路の運航費の補助を計画に明記すべきである。', '',
      '理由：', '\u3000航路の維持が難しいため。'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'comment.txt' }).map(r => r.line), [7, 16]);
  });

  it('an agency\'s answers under the numbers of the recommendations are no recommendations', () => {
    const text = ['Chapter 2: Ferries', '', 'Recommendations', '', 'We recommend that the Department:', '', '2.1 Publish timetables a year ahead.', '2.2 Cap fares on lifeline routes.', '',
      'Appendix A: Agency Response', '', 'Recommendation 2.1: Agree. The Department will publish them from 2027.', '',
      'Recommendation 2.2: Partially agree. Fares will be reviewed in 2027.'].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.txt' });
    assert.deepEqual(recs.map(r => r.line), [7, 8]);
  });

  it('an audit report\'s account of the agency\'s answer under each number (`The Agency concurred …`) is no recommendation', () => {
    const text = ['Finding 1: Inspections Lag', '', 'Recommendation 1: We recommend that the Director publish inspection results.', '',
      'Recommendation 2: We recommend that the Director hire more inspectors.', '', 'Management Comments and OIG Response', '',
      'Recommendation 1: The Agency concurred and stated that it will publish results by 2027.', '',
      'Recommendation 2: The  Agency  partially  concurred. It will hire two inspectors.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'oig.txt' }).map(r => r.line), [3, 5]);
  });

  it('a plan\'s overview table that names the parts setting out its measures lists no recommendations', () => {
    const text = ['# 港湾計画', '', '## 第３章\u3000施策の展開', '', '| 基本方針 | 施策 |', '|---|---|', '| １\u3000港を守る | （１）岸壁の点検の強化 |', '| | （２）担い手の育成 |', '',
      '### 基本方針１\u3000港を守る', '', '#### （１）港湾施設における岸壁の点検の強化', '', '**＜具体的な取組＞**', '', '- 点検を毎年行います。', '',
      '#### （２）担い手の育成', '', '**＜具体的な取組＞**', '', '- 研修を開きます。', ''].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'plan.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.title), ['点検を毎年行います。', '研修を開きます。']);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [7, 8]);
  });
});

describe('a federation\'s proposals on its web page: topics over bold numbered proposals, each over its paragraph', () => {
  const text = [
    '# 港湾の維持に向けた提言', '', '## Ⅰ．現状認識', '', '岸壁は古い。', '', '## Ⅱ．具体的な提言', '',
    '以上を踏まえ、「点検の強化」「担い手の育成」の２つの柱の下、以下の施策を提言する。', '',
    '### １．点検の強化', '', '**（１）　点検記録の共有**', '', '国は、点検記録を共有する仕組みを整えるべきである。', '',
    '**（２）　点検の頻度の見直し**', '', '港湾管理者は、古い岸壁の点検を毎年行うべきである。', '',
    '### ２．担い手の育成', '', '**（１）　研修の拡充**', '', '国は、点検の研修を拡充すべきである。', '',
    '**（２）　技術者の派遣**', '', '国は、退職した技術者を小さな港に派遣する仕組みを設けるべきである。', '', '## Ⅲ．おわりに', '', '以上', '',
  ].join('\n');

  it('takes each bold proposal with its paragraph, the last of each topic too; the topics, a blank line over their first proposal, stay headings', () => {
    const recs = recommendationsOf(text, { fileName: 'teigen.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[13, 15], [17, 19], [23, 25], [27, 29]]);
    assert.ok(flattenOutline(outlineDocument(text, { fileName: 'teigen.md' })).some(n => n.kind === 'section' && n.title === '１．点検の強化'));
  });

  it('a news article\'s box `提言のポイント` lists the proposals it reports', () => {
    const article = ['# 港の維持、県が責任を', '', '## 点検の担い手が不足', '', '研究会は「県が責任を持つべきだ」と提言した。', '', '### 提言のポイント', '',
      '・港の維持の責任を県に移す', '・点検の研修を国が支える', '', '（研究会の提言から作成）'].join('\n');
    assert.deepEqual(recommendationsOf(article, { fileName: 'news.md' }).map(r => r.label), ['提言のポイント', '提言のポイント']);
  });
});

describe('a list that restates recommendations stated in full, in fewer words', () => {
  const guideline = [
    '# Guideline on harbour safety', '', '# Recommendations', '',
    '**Recommendation 1**', '', 'In ports with more than ten berths, harbour masters should inspect every quay each spring and publish the findings.', '',
    '**Recommendation 2**', '', 'In ports that handle fuel, crews should train at night at least twice a year with the local fire service.', '',
    '**Recommendation 3**', '', 'Port authorities should keep a public register of rusted bollards and repair each within six months.', '',
    '# Summary of recommendations', '',
    '  No.   Recommendation                                   Strength',
    '  ----- ------------------------------------------------ ------------',
    '  1     Harbour masters inspect every quay each spring    Strong',
    '  2     Crews train at night twice a year with fire service  Conditional',
    '  3     Public register of rusted bollards, repaired within six months  Strong', '',
    '# Research gaps', '', 'More studies are needed.', '',
  ].join('\n');
  it('a guideline\'s closing summary table: each recommendation counts once, where stated in full', () => {
    const all = flattenOutline(outlineDocument(guideline, { fileName: 'guideline.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [5, 9, 13]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [21, 22, 23], 'the rows stay in the tree as items');
  });

  it('an assessment\'s executive summary: its short list restates the areas\' recommendations, and so does the table of actions under the same heading', () => {
    const assessment = [
      '# Executive summary', '', 'The mission found a sound base and uneven provinces.', '',
      '### Top priority recommendations', '',
      '1. Adopt the harbour health regulations within a year.', '2. Fund a contingency reserve for port emergencies.', '3. Train a rapid response team in every province.', '',
      '#### Scores and priority actions', '', '|Area|Score|Priority actions|', '|---|---|---|',
      '|Legislation|3|Adopt regulations<br>Review port laws|', '|Financing|2|Contingency reserve|', '|Response|2|Provincial teams|', '',
      '# Legislation', '', '**Recommendations for priority actions**', '',
      '- Adopt the harbour health regulations within a year and publish guidance for every port authority.', '- Review the port laws for consistency with the regulations.', '',
      '# Financing', '', '**Recommendations for priority actions**', '',
      '- Fund a contingency reserve for port emergencies that the ministry can release within a day.', '',
      '# Response', '', '**Recommendations for priority actions**', '',
      '- Train a rapid response team in every province and exercise it once a year.', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(assessment, { fileName: 'assessment.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [23, 24, 30, 36]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [7, 8, 9, 15, 16, 17], 'the table\'s rows are under the restating heading: they restate too');
  });

  it('an audit\'s appendix table of its recommendations and the agency\'s answers; the site footer after the rule is no recommendation', () => {
    const audit = [
      '# Audit of the Harbour Board', '', '## Finding 1: Inspections Were Late', '', '### Recommendations', '', 'We recommend that the Board:', '',
      '1. Clear the backlog of quay inspections by June 2031 by assigning more inspectors to the busiest ports.',
      '2. Adopt a written plan that ranks quays by risk and inspects the riskiest first.',
      '3. Report the inspection results to the minister every quarter, with the quays still waiting.', '',
      '## Appendix B: Recommendation Summary', '', '| No. | Recommendation | Response |', '|---|---|---|',
      '| 1 | Clear the backlog of quay inspections by June 2031 | Agree |', '| 2 | Adopt a written plan that ranks quays by risk | Agree |',
      '| 3 | Report inspection results to the minister every quarter | Partially agree |', '', '---', '',
      '**Office of the Harbour Auditor**', '12 Quay Street, Porttown, ZZ 00000', '(555) 000-0000', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(audit, { fileName: 'audit.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [9, 10, 11]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [17, 18, 19]);
  });

  it('an audit\'s closing list restating recommendations whose sentences lead into their points; the site\'s footer after the link to the top', () => {
    const report = [
      '# Ferry Safety Audit', '', '## Findings, Recommendations, and Responses', '', '### Inspections were late', '',
      '**2.4** We found that half of the ferries had not been inspected for two years.', '',
      '**2.5 Recommendation.** The Maritime Office should', '',
      '- inspect every ferry before the summer season', '- publish the results of each inspection on its website', '- keep one register of the vessels it inspects', '',
      '**The office\'s response.** Agreed.', '', '### Crews were not trained', '',
      '**2.6 Recommendation.** The Maritime Office should require operators to train crews in evacuation twice a year.', '',
      '**2.7 Recommendation.** The Maritime Office should review', '', '- the fees that operators pay for inspections', '- the staffing of its regional offices', '',
      '## List of Recommendations', '', '| Recommendation | Response |', '|---|---|',
      '| **2.5** The Maritime Office should inspect ferries before summer and publish the results. (2.1–2.4) | Agreed. |',
      '| **2.6** The Maritime Office should require evacuation training twice a year. (2.6) | Agreed. |',
      '| **2.7** The Maritime Office should review inspection fees and regional staffing. (2.7) | Agreed. |', '',
      '[Top of page](#main)', '', '<a id="footer"></a>', '', '### About this site', '', '- [Terms](/terms.html)', '- [Privacy](/privacy.html)', '',
      '### Follow us', '', '- [Mastodon](https://example.org/@audit)',
    ].join('\n');
    const outline = outlineDocument(report, { fileName: 'audit.md' });
    const all = flattenOutline(outline);
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[9, 13], [19, 19], [21, 24]]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [30, 31, 32], 'the closing rows restate them');
    assert.deepEqual(outline.nodes.map(n => [n.kind, n.title]), [
      ['chapter', 'Findings, Recommendations, and Responses'], ['chapter', 'List of Recommendations'], ['back-matter', 'About this site'],
    ]);
    const goesOn = ['# Guide', '', '## 1. Scope', '', 'Text.', '', '[Back to top](#top)', '', '### Scope of the annex', '',
      'This part sets out in full how the annex applies to every ferry that calls at a port of the region.'].join('\n');
    assert.ok(outlineDocument(goesOn, { fileName: 'guide.md' }).nodes.every(n => n.kind !== 'back-matter'), 'a sub-heading over its text after the link goes on with the text');
  });

  it('an inspector general\'s audit from pdftotext: the agency\'s letter restates each numbered recommendation as a field over its response', () => {
    const audit = [
      'Finding 1: Inspections of Quays Were Late', '',
      'The Board did not inspect half of its quays on time.', '',
      'Recommendations, Agency Response, and Our Comments', '',
      'We recommend that the Director of the Harbour Board:', '',
      '     Recommendation 1: We recommend that the Director clear the backlog of quay',
      '     inspections by assigning inspectors to the busiest ports first.', '',
      '     Recommendation 2: We recommend that the Director adopt a written plan that',
      '     ranks quays by risk and inspects the riskiest quays first.', '',
      '     Recommendation 3: We recommend that the Director report the inspection results',
      '     to the minister every quarter, listing the quays still waiting.', '',
      'The Board concurred with Recommendations 1 and 3 and partially concurred with',
      'Recommendation 2.  Below we summarize the Board\'s response to each recommendation.', '',
      'Appendix 3: Response to Draft Report', '',
      'Recommendation 1:  Clear the backlog of quay inspections by assigning inspectors',
      '                   to the busiest ports first.',
      'Response:          Concur. Two inspectors will join the northern office and the',
      '                   backlog will be cleared in the spring.',
      'Target Date:       June 30, 2031', '',
      'Recommendation 2:  Adopt a written plan that ranks quays by risk.',
      'Response:          Partially concur. A plan will rank quays by their age.',
      'Target Date:       March 31, 2031', '',
      'Recommendation 3:  Report the inspection results to the minister every quarter.',
      'Response:          Concur. The first report will go to the minister in July.',
      'Target Date:       September 30, 2031', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(audit, { fileName: 'audit.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [9, 12, 15], 'the body\'s recommendations, not the wrapped mention of one');
    const restated = all.filter(n => n.kind === 'item');
    assert.deepEqual(restated.map(n => n.line), [23, 29, 33], 'the letter\'s entries restate them');
    assert.deepEqual(restated.map(n => n.endLine), [24, 29, 33], 'each entry ends where its response begins');
  });

  it('a report\'s short list of proposals before it argues each in full (Japanese)', () => {
    const text = [
      '# 港湾の安全に関する報告', '', '## 提言', '', '- 全岸壁の毎年点検', '- 夜間訓練の義務化', '- 錆びた係船柱の公開台帳', '',
      '## 第1章 点検', '', '### 提言', '', '- 港湾管理者は、全岸壁の点検を毎年春に行い、結果を公表すべきである。', '',
      '## 第2章 訓練', '', '### 提言', '', '- 燃料を扱う港では、消防と合同の夜間訓練の実施を義務化すべきである。', '',
      '## 第3章 設備', '', '### 提言', '', '- 錆びた係船柱の公開台帳を整備し、半年以内に補修すべきである。', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'teigen.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [13, 19, 25]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [5, 6, 7]);
  });

  const body = ['Harbour masters should inspect every quay each spring and publish the findings on the port website.', 'Crews in ports that handle fuel should train at night with the fire service.', 'Port authorities should keep a public register of rusted bollards and repair each one within six months.'];

  it('a summary that restates most in fewer words and one word for word: the body\'s statements stand, all of them', () => {
    const text = [
      '# Harbour report', '', '## Recommendations', '', ...body.map(b => `- ${b}`), '',
      '## Summary of recommendations', '', '- Inspect every quay each spring and publish the findings.', `- ${body[1]}`, '- Keep a public register of rusted bollards; repair within six months.', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [5, 6, 7]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [11, 12, 13]);
  });

  it('a list gathered word for word at the end stays as the said-twice rule leaves it: the last statement stands', () => {
    const text = ['# Harbour report', '', '## Recommendations', '', ...body.map(b => `- ${b}`), '', '## Conclusions and recommendations', '', ...body.map(b => `- ${b}`), ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.md' }).map(r => r.line), [11, 12, 13]);
  });

  it('a law reform report\'s closing summary that points each back to its paragraph: the body\'s statements stand, an entry that runs its points on too, and the summary\'s opening sentence announces only', () => {
    const text = [
      'CHAPTER 1       QUAYS', '', '1.1     Quays are old.', '',
      '          Recommendation 1: The Harbours Act should be amended to require every harbour master to', '          inspect each quay in the spring and to publish the findings.', '',
      '          Recommendation 2: The Harbours Act should be amended to provide that a quay is closed only', '          where:', '          (a) an inspector finds it unsafe; and', '          (b) the harbour master has given a week of notice.', '',
      'CHAPTER 2       CREWS', '', '2.1     Crews train.', '',
      '          Recommendation 3: The Minister should make regulations requiring crews in ports that handle', '          fuel to train at night with the fire service twice a year.', '',
      'CHAPTER 3       SUMMARY OF RECOMMENDATIONS', '', '3.1     The recommendations in this Report are as follows.', '',
      'Recommendation 1: The Harbours Act should be amended to require every harbour master to inspect each', 'quay in the spring and to publish the findings. [paragraph 1.2]', '',
      'Recommendation 2: The Harbours Act should be amended to provide that a quay is closed only where: (a)', 'an inspector finds it unsafe; and (b) the harbour master has given a week of notice. [paragraph 1.3]', '',
      'Recommendation 3: The Minister should make regulations requiring crews in ports that handle fuel to', 'train at night with the fire service twice a year. [paragraph 2.2]', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [5, 8, 17]);
    assert.deepEqual(all.filter(n => n.kind === 'item' && n.line > 20).map(n => n.line), [22, 24, 27, 30]);
  });

  it('a Japanese paper\'s summary that names its proposals by title, as the body heads them: the body\'s stand (a wide character counts twice toward a repeat\'s length)', () => {
    const text = [
      '【要旨】', '\u3000本稿の提言は次の２点である。', '', '\u3000提言１．架空港の古い岸壁の点検を毎年春に欠かさず行う', '\u3000提言２．燃料を扱う港の船員の夜間訓練を年に二度行う', '', '',
      '1．はじめに', '', '\u3000港は古い。', '', '2．提言', '', '提言１．架空港の古い岸壁の点検を毎年春に欠かさず行う', '\u3000岸壁の点検を毎年行うべきである。', '',
      '提言２．燃料を扱う港の船員の夜間訓練を年に二度行う', '\u3000夜間の訓練を行うべきである。', '', '3．おわりに', '', '\u3000以上である。',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'paper.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [14, 17]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [4, 5]);
  });

  it('distinct recommendations that share their words stay: a list is not a restatement of itself or of a few', () => {
    const text = [
      '# Harbour plan', '', '## Recommendations for ports', '',
      '- Ports should inspect every quay each spring and publish the findings.', '- Ports should inspect every crane each spring and publish the findings.',
      '- Ports should inspect every fuel line each spring and publish the findings.', '',
      '## Recommendations for crews', '', '- Crews should train at night twice a year.', '- Crews should inspect their own gear each spring.', '- Crews should report rusted bollards to the port.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'plan.md' }).map(r => r.line), [5, 6, 7, 11, 12, 13]);
  });
});

describe('a union\'s demand letter: numbered topics over the demands, an appendix numbered again', () => {
  const letter = [
    '架空運輸株式会社', '代表取締役\u3000殿', '', '架空運輸労働組合', '', '\u3000\u3000要求書', '',
    '\u3000組合は、定期大会の決定に基づき、下記のとおり要求します。',
    '\u3000会社におかれては、誠意ある回答を求めます。', '', '記', '',
    '１．賃金に関する要求', '（１）基本給を一律５，０００円引き上げること。', '（２）初任給を引き上げること。', '',
    '２．休日に関する要求', '（１）年間休日を２日増やすこと。', '（２）夏季休暇を新設すること。', '',
    '３．職場環境に関する要求', '（１）休憩室を改修すること。', '', '以\u3000上', '',
    '別紙１\u3000要求の根拠', '', '１．物価の動向', '\u3000物価は上がり続けている。', '',
    '２．組合員の声', '・生活が苦しい', '・休みが足りない', '',
  ].join('\n');
  it('the numbered topics are chapters; the numbers inside the appendix are its sections, no break of the chapters', () => {
    const nodes = flattenOutline(outlineDocument(letter, { fileName: 'yokyu.txt' }));
    const chapters = nodes.filter(n => n.kind === 'chapter').map(n => n.title);
    assert.deepEqual(chapters, ['１．賃金に関する要求', '２．休日に関する要求', '３．職場環境に関する要求', '別紙１\u3000要求の根拠']);
    assert.deepEqual(nodes.filter(n => n.kind === 'section').map(n => n.line), [28, 31]);
  });
  it('the demands under each topic are the recommendations; the appendix asks nothing', () => {
    const outline = outlineDocument(letter, { fileName: 'yokyu.txt' });
    const recs = recommendationsOf(letter, { fileName: 'yokyu.txt' });
    assert.deepEqual(recs.map(r => r.line), [14, 15, 18, 19, 22]);
    const chapter = outline.nodes.find(n => n.title.startsWith('２．'))!;
    assert.deepEqual(chapter.children.filter(n => n.kind === 'recommendation').map(r => r.line), [18, 19]);
  });
});

describe('a think tank\'s proposals extracted from PDF: each 提言 explained, then its measures under a label', () => {
  it('the label and its bullets are the proposal\'s: one recommendation from its title to its last bullet, the next proposal beside it', () => {
    const text = [
      'Ⅰ．現状', '', '\u3000港の利用は減っている。', '', 'Ⅱ．提言', '', '\u3000研究会は以下の二つの提言を行う。', '',
      '提言１\u3000港の財源を一つにまとめる', '', '\u3000港に関わる財源を、計画ごとにまとめて管理すべきである。', '',
      '【具体策】', '・補助金を計画単位の交付金に移す。', '・複数年度の協定を標準とし、経費の一部を', '\u3000保証する。', '',
      '提言２\u3000港の人材を育てる', '', '\u3000港で働く人の賃金を引き上げるべきである。', '',
      '【具体策】', '・研修の費用を助成する。', '・短時間の勤務を広げる。', '',
      'Ⅲ．おわりに', '', '\u3000港の将来を共に考えたい。',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'teigen.txt' });
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[9, 16, '提言１'], [18, 24, '提言２']]);
    assert.ok(!flattenOutline(outline).some(n => n.kind === 'section' || n.kind === 'item'), 'the label opens no section, its bullets are no items');
  });
});

describe('a business federation\'s opinion: a label chapter over topics named in nouns, each listing requests', () => {
  it('the numbered requests under each topic are the recommendations, not the topics', () => {
    const text = [
      '# 港湾事業に関する意見', '', '## Ⅰ．考え方', '', '港の事業者は厳しい状況にある。', '', '## Ⅱ．具体的要望', '',
      '### １．税制', '', '港の事業者にとって、税制は投資を左右する。', '',
      '(1) 設備投資の減税を延長すること。', '', '(2) 申告の手続を簡素化されたい。', '',
      '### ２．人材', '', '人手不足は深刻である。', '', '(1) 研修の費用を助成すること。', '', '(2) 外国人材の受入れを支援すること。', '',
      '### ３．物流', '', '物流の維持は課題である。', '', '(1) 中継拠点の整備を支援すること。', '', '(2) 道路の補修を急がれたい。', '',
      '## Ⅲ．むすび', '', '以上の要望の実現を強く願う。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'iken.md' });
    assert.deepEqual(recs.map(r => r.line), [13, 15, 21, 23, 29, 31]);
    assert.ok(recs.every(r => r.label === '具体的要望'));
  });
});

describe('a party\'s policy book extracted from PDF: parts labelling numbered and plain chapters', () => {
  it('each part labels the chapters under it, and the pledges of each chapter are the recommendations', () => {
    const text = [
      '架空未来党', '', '政策集', '', '目次', '', 'ごあいさつ\u3000\u3000\u3000\u3000\u3000\u3000２', '重点政策',
      '\u3000１\u3000港を守る\u3000\u3000\u3000\u3000\u3000\u3000３', '\u3000２\u3000島を結ぶ\u3000\u3000\u3000\u3000\u3000\u3000３',
      '分野別政策', '\u3000漁業\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000４', '\u3000観光\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000４', '',
      'ごあいさつ', '', '\u3000私たちは皆さまの声を聴いてまいりました。', '',
      '重点政策', '', '１\u3000港を守る', '', '\u3000港の老朽化が進んでいます。', '',
      '・岸壁の補修を国の負担で進めます。', '・港の管理者に補助を出します。', '',
      '２\u3000島を結ぶ', '', '・離島航路の運賃を半額にします。', '・船員の賃金を引き上げます。', '',
      '分野別政策', '', '（◎は新規、○は継続）', '', '漁業', '◎漁船の燃料費を補助します。', '○漁業者の所得を補償します。', '',
      '観光', '◎港の観光案内を充実します。', '○島の宿泊施設を支援します。',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'seisaku.txt' }));
    assert.deepEqual(nodes.filter(n => n.kind === 'chapter').map(n => n.line), [21, 28, 37, 41]);
    const recs = nodes.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[25, '重点政策'], [26, '重点政策'], [30, '重点政策'], [31, '重点政策'], [38, '分野別政策'], [39, '分野別政策'], [42, '分野別政策'], [43, '分野別政策']]);
  });
});

describe('a news analysis saved as Markdown: ◆ topics under its title', () => {
  it('the marked topics are the chapters, and the points one announces are its recommendations', () => {
    const text = [
      '- [トップ](https://example.com/)', '- [経済](https://example.com/economy/)', '',
      '# 港湾人材が不足　有識者会議が提言', '', '港の人手不足が深刻になっている。', '',
      '◆　賃金の差が壁', '', '港湾労働者の賃金は低い。', '',
      '◆　提言の柱', '', '会議が示した提言の柱は次の二つだ。', '', '①賃金を引き上げる', '②研修を充実する', '',
      '◆　財源は先送り', '', '財源の議論は避けられた。', '',
      '## 関連記事', '', '- [港の記事](https://example.com/a)',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'news.md' });
    const nodes = flattenOutline(outline);
    assert.deepEqual(nodes.filter(n => n.kind === 'chapter' && n.line < 23).map(n => n.line), [8, 12, 19]);
    const pillars = outline.nodes.flatMap(n => [n, ...n.children]).find(n => n.line === 12)!;
    assert.deepEqual(pillars.children.filter(n => n.kind === 'recommendation').map(n => n.line), [16, 17]);
  });
});

describe('a research programme\'s final report in Markdown: each 提言 a heading, its measures under a bold label', () => {
  it('the label and its bullets are the proposal\'s: one recommendation per heading, the next proposal no child of the label', () => {
    const text = [
      '# 第１章　政策提言', '', '以下の二つの提言を行う。', '',
      '## 提言１：港の計画を一つにする', '', '港の計画は部局ごとに分かれている。', '', '**具体的施策**', '',
      '・計画の記載事項に送迎の資源を加える。', '', '・計画の手引きを国が作成する。', '',
      '## 提言２：船員を育てる', '', '船員の不足は深刻である。', '', '**具体的施策**', '', '・研修の教材を公開する。', '',
      '# 第２章　今後の課題', '', '検証を続ける。',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'saishu.md' }));
    assert.deepEqual(nodes.filter(n => n.kind === 'recommendation').map(r => [r.line, r.endLine]), [[5, 13], [15, 21]]);
    assert.ok(!nodes.some(n => n.kind === 'section'));
  });
});

describe('a municipality\'s comprehensive plan converted to Markdown: 現状と課題, then 施策の方向', () => {
  it('the ① measures under `施策の方向` are recommendations, each with its paragraph; the issues above are none', () => {
    const text = [
      '# 第２章　港と暮らすまち', '', '1.  港の活性化', '', '### 現状と課題', '', '-   港の利用者が減っています。', '',
      '### 施策の方向', '', '①　港のにぎわいづくり', '', '朝市の開催を支援します。', '', '②　港の安全の確保', '',
      '岸壁の点検を計画的に進めます。', '', '| 成果指標 | 現状値 | 目標値 |', '|---|---|---|', '| 朝市の来場者 | 1,000人 | 2,000人 |',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'keikaku.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[11, 13, '施策の方向'], [15, 17, '施策の方向']]);
  });
});

describe('a front list of recommendations printed as a contents, and a panel\'s closing slide', () => {
  it('a front list whose entries lead to their pages repeats the body\'s recommendations: the body\'s stand', () => {
    const body = 'That the Government require recipients of harbour funding to publish their repair plans every year.';
    const text = [
      'LIST OF RECOMMENDATIONS', '', 'Recommendation 1', `${body} ........................ 5`, '', 'CHAPTER 1: INTRODUCTION', '', 'Harbours are old and need repair.', '',
      'CHAPTER 2: FUNDING', '', 'Funding is short.', '', 'Recommendation 1', body, '', 'CHAPTER 3: CONCLUSION', '', 'The Committee thanks the witnesses.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [14]);
  });

  it('the numbered measures on a panel\'s `今後の対応（案）` slide are its recommendations', () => {
    const text = ['# 架空港湾検討会 報告書（概要）', '', '## 現状', '', '・港は古い', '', '## 今後の対応（案）', '', '１．港の点検の目安を国が示す', '\u3000➢ 来年度中に指針を策定', '２．補修の費用を支援する', ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'gaiyo.md' }).map(r => r.line), [9, 11]);
  });
});

describe('the closing section of a staff working document that lists what comes next', () => {
  it('the bullets under `Way forward` are its commitments', () => {
    const text = ['# Harbour review', '', '## 1. Findings', '', 'Harbours are old.', '', '## 2. Way forward', '', '- The Commission will publish guidance on repairs in 2031.', '- The Commission will fund a network of harbour experts.', ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'swd.md' }).map(r => r.line), [9, 10]);
  });
});

describe('a government strategy that sets its actions in a table laid out with spaces', () => {
  const strategy = [
    'Priority 1: Homes for harbour towns',
    'We will build more homes near the harbours.',
    'What we will do',
    '  No.    Action                                         Lead             Timing',
    '  1.1    Release surplus port land in six towns         Ports Office,    2027–2029',
    '         for new homes                                  Harbour Board',
    '  1.2    Fund repairs to the sea walls that             Ports Office     2028',
    '         protect low-lying streets',
    '',
    '',
    'Harbour Homes Strategy | page 4',
    '\fPriority 1: Homes for harbour towns (continued)',
    'Case study: the old ferry depot',
    'The depot became forty flats for local crews.',
    '  "We can live where we work."',
    '  – Skipper, Harbour Ferries',
    '',
    'Harbour Homes Strategy | page 5',
    '\fPriority 2: Safer streets',
    'Text.',
  ].join('\n');

  it('`What we will do` labels the actions; each title is the action column, without the lead body and the timing', () => {
    assert.deepEqual(titles(recommendationsOf(strategy, { fileName: 'strategy.txt' })), [
      'Release surplus port land in six towns for new homes',
      'Fund repairs to the sea walls that protect low-lying streets',
    ]);
  });

  it('the page after the table is no more of its last action: the repeated heading, the case study and its quote stay out', () => {
    const last = recommendationsOf(strategy, { fileName: 'strategy.txt' }).at(-1)!;
    assert.equal(last.endLine, 8);
  });
});

describe('a research report that names the groups of its numbered recommendations in title case', () => {
  it('`Pay for Repairs, Not Only for Storms` between `2.` and `3.` names the next group, no paragraph of `2.`', () => {
    const text = [
      'CHAPTER FIVE', 'Conclusions and Recommendations', '', 'Harbours are old.', '', 'Recommendations', 'The recommendations below are addressed to states.', '',
      'Bring Training Closer to the Harbours', '1. States should fund a harbour training office in every', 'region.', '2. States should approve short courses for crane drivers.', '',
      'Pay for Repairs, Not Only for Storms', '3. Legislatures should establish repair grants for small harbours.', '', 'Text.',
    ].join('\n');
    const found = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(found.map(r => [r.line, r.endLine]), [[10, 11], [12, 12], [15, 15]]);
  });
});

describe('a federal agency\'s strategic plan that sets strategies under each objective', () => {
  it('the bullets under `#### Strategies` are its measures; the performance goals after them are not', () => {
    const text = [
      '# Harbour Agency Strategic Plan', '', '## Goal 1: Safer Harbours', '', '### Objective 1.1: Better Data', '', 'Harbours lack data.', '',
      '#### Strategies', '', '- **Strategy 1.1.1: Expand monitoring.** Deploy 40 tide sensors.', '- **Strategy 1.1.2: Share the data.** Publish one portal.', '',
      '#### Performance Goals', '', '- Sensors deployed: 40 by 2028.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'plan.md' }).map(r => r.line), [11, 12]);
  });
});


describe('an expert panel\'s interim report converted from Word, each topic\'s issues followed by the way to meet them', () => {
  const text = [
    '**１．はじめに**', '', '本会議は港湾の維持管理について検討してきた。', '',
    '**２．論点と対応の方向性**', '', '**（１）点検の担い手**', '', '**■論点**', '',
    '● 点検を担う技術者が不足している。', '', '● 点検の記録が紙で保管されている。', '',
    '**■対応の方向性**', '', '● 点検技術者の資格制度を設けるべきである。', '', '● 点検記録を電子化し、港湾管理者間で共有すべきである。', '',
    '**（別添１）委員名簿**', '', '| 氏名 | 所属 |', '|---|---|', '| 港 一郎 | 港湾大学 |', '',
    '**（別添２）開催経過**', '', '第１回 令和６年４月', '',
  ].join('\n');

  it('lists the points under `■対応の方向性` as its recommendations, not the issues under `■論点`', () => {
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'chukan.md' })), ['点検技術者の資格制度を設けるべきである。', '点検記録を電子化し、港湾管理者間で共有すべきである。']);
  });

  it('takes `（別添１）` and `（別添２）` for its appendices', () => {
    const chapters = outlineDocument(text, { fileName: 'chukan.md' }).nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(titles(chapters), ['１．はじめに', '２．論点と対応の方向性', '（別添１）委員名簿', '（別添２）開催経過']);
  });
});

describe('a government\'s basic policy extracted from PDF, its measures listed with no label over them', () => {
  const text = [
    '第１章\u3000港の現状', '', '（１）港の姿', '\u3000港の取扱量は回復している。主な指標は以下のとおりである。',
    '・\u3000取扱貨物量：３億トン（令和６年）', '・\u3000寄港船舶数：前年比＋２％', '',
    '（２）見通し', '\u3000今後の見通しは次のとおりである。', '・\u3000港湾労働者の数が減少する。', '・\u3000貨物の大型化が進行する。', '',
    '第２章\u3000強い港に向けて', '', '（１）港の強靱化', '\u3000災害に強い港をつくることが急務である。',
    '○\u3000主要な岸壁の耐震化を進めるため、改修費用に対する支援を令和８年度から', '\u3000拡充する。',
    '○\u3000港湾の事業継続計画を全ての重要港湾で策定する。',
    '○\u3000災害時の緊急物資輸送に備え、民間倉庫との協定の締結に取り組む。', '',
    '（２）港の担い手', '\u3000担い手の確保に向け、官民で取組を進める。',
    '○\u3000港湾荷役の自動化を支援する。', '○\u3000港湾労働者の平均年齢は５０歳を超えている。', '',
  ].join('\n');
  const recs = recommendationsOf(text, { fileName: 'kihon-hoshin.txt' });

  it('each item that ends in the government\'s own verb of doing, after its object, is a measure decided, labelled by its heading', () => {
    assert.deepEqual(titles(recs), [
      '主要な岸壁の耐震化を進めるため、改修費用に対する支援を令和８年度から拡充する。',
      '港湾の事業継続計画を全ての重要港湾で策定する。',
      '災害時の緊急物資輸送に備え、民間倉庫との協定の締結に取り組む。',
    ]);
    assert.equal(recs[0].label, '（１）港の強靱化');
  });

  it('not a list of figures, a forecast, nor a list one of whose items states a fact', () => {
    assert.ok(!recs.some(r => /取扱貨物量|減少する|自動化/.test(r.title)));
  });

  it('not an outlook\'s forecast of what others will do, each item naming who acts', () => {
    const outlook = ['第１章\u3000地域情勢の見通し', '', '（１）各国の動き', '\u3000各国の動きは次のように予想される。',
      '○\u3000甲国は、沿岸での演習を常態化する。', '○\u3000乙国は、港湾への投資を拡大する。', ''].join('\n');
    assert.deepEqual(recommendationsOf(outlook, { fileName: 'outlook.txt' }), []);
  });
});

describe('a leaders\' communiqué numbering every paragraph: the paragraphs that commit or call are what they agreed', () => {
  it('in English, a paragraph where we will, commit or call for is one; one that only welcomes or reaffirms is none', () => {
    const text = [
      'HARBOURS', '', '1.   We reaffirm our support for open sea lanes. We welcome the report of the',
      '     harbour ministers.', '', '2.   We note the rise in traffic. We will fund a shared register of vessels and',
      '     publish it each year.', '', '3.   We commit to halving port emissions by 2035.', '', '4.   We call for an end to the blockade of the strait.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'communique.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[6, 7], [9, 9], [11, 11]]);
  });

  it('in Japanese, a paragraph where 我々 undertake an action or call on others is one; one that only takes a stance is none', () => {
    const text = [
      '## 港湾', '', '1.  我々は、航路の安全に対する支持を再確認する。我々は、港湾大臣会合の成果を歓迎する。', '',
      '2.  我々は、船舶の登録制度を共同で整備し、毎年その状況を公表する。', '',
      '3.  我々は、海峡の封鎖を強く非難する。我々は、全ての国に対し、封鎖を直ちに解除するよう求める。', '',
      '4.  我々は、港湾の脱炭素化に向けた措置を講じていく。', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'communique.md' });
    assert.deepEqual(recs.map(r => r.line), [5, 7, 9]);
    assert.ok(recs.every(r => r.label === '我々は'));
  });
});

describe('an audit notice saved from Word as text: a lead-in over opinions set out as paragraphs, no blank line between them', () => {
  const notice = (lastParagraph: string) => [
    '第４　結論', '　請求には理由がないものと判断する。', '',
    '第５　意見', '　監査の結果は以上のとおりであるが、事務の適正な執行を確保する観点から、次のとおり意見を付す。',
    '　本件では、委託先の選定理由が記録されていなかった。市においては、選定の経緯を書面に残す手順を定めるよう要望する。',
    lastParagraph,
  ].join('\n');

  it('each paragraph that asks is an opinion of its own, labelled by the lead-in', () => {
    const recs = recommendationsOf(notice('　また、同様の契約は他の課にもあることから、全庁的な点検について検討されるよう要望する。'), { fileName: 'kansa.txt' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 6)), ['本件では、委', 'また、同様の']);
    assert.deepEqual(recs.map(r => r.line), [6, 7]);
  });

  it('under a label, a paragraph that goes on adds to the proposal before it', () => {
    const text = ['１　発注の分割', '【改善提案】', '　購買部は、分割発注を禁止する規定を設けることを求める。', '　また、既に分割された発注の事後承認を得ることを求める。', ''].join('\n');
    const recs = recommendationsOf(text, { fileName: 'naibu.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[3, 4]]);
  });

  it('not where the paragraph under the lead-in asks nothing', () => {
    const text = ['第５　意見', '　監査の結果を踏まえ、次のとおり意見を付す。', '　本件の契約は、規則に沿って締結されていた。', ''].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'kansa.txt' }), []);
  });
});

describe('a commission\'s report from Word by pandoc: a linked contents, pillars at two heading levels, flagged key recommendations', () => {
  const text = [
    '**Contents**', '', '[Executive Summary [1](#_Toc101)](#_Toc101)', '', '[Pillar 1. Harbours [5](#_Toc102)](#_Toc102)', '',
    '[Pillar 2. Crews and Training of the Harbour', '[9](#_Toc103)](#_Toc103)', '', '[Pillar 3. Funding [14](#_Toc104)](#_Toc104)', '',
    '# []{#_Toc101 .anchor}Executive Summary', '', '## Recommendations at a Glance', '',
    '-   **1.1** Survey every quay each spring.', '    *(Key Recommendation)*', '', '-   **2.1** Train the crews at night.', '',
    '# []{#_Toc102 .anchor}Pillar 1. Harbours', '', '## Background', '', 'Quays are old.', '',
    '### Recommendation 1.1: Survey every quay each spring', '', '**Key Recommendation**', '',
    'Congress should fund a survey of every quay each spring.', '', '*Implementing actions:*', '',
    '**1.1.1** The Agency should publish the survey.', '', '**1.1.2** Ports should report the faults they find.', '',
    '## []{#_Toc103 .anchor}Pillar 2. Crews and Training of the Harbour', '', '### Recommendation 2.1: Train the crews at night', '',
    'The Agency should fund night drills.', '',
    '# []{#_Toc104 .anchor}Pillar 3. Funding', '', 'Funding is short.', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'commission.md' });

  it('the contents, its page numbers linked and one entry wrapped, confirms the pillar set a level deeper as a chapter', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['Executive Summary', 'Pillar 1. Harbours', 'Pillar 2. Crews and Training of the Harbour', 'Pillar 3. Funding']);
  });

  it('a bold label under the recommendation\'s heading flags it: its actions are part of it; a label wrapped into a summary\'s item heads nothing', () => {
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[27, 37], [41, 43]]);
  });
});

describe('an advisory body\'s opinion from pdftotext: key recommendations lettered with capitals', () => {
  it('each capital-lettered point in lower case after the lead-in is a recommendation; a capital-lettered heading is none', () => {
    const text = [
      'V.     Conclusion', '', '12. The Commission therefore makes the following key recommendations:', '',
      '      A. to keep a majority of judges elected by their peers;', '',
      '      B. to replace the second round with an anti-deadlock mechanism, and to maintain the', '         public call for candidates;', '',
      '      C. to introduce a right of appeal against disciplinary decisions.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'opinion.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[5, 5], [7, 8], [10, 10]]);
  });
});

describe('a status report recalling the recommendations of an earlier meeting, named with its year', () => {
  it('under that label, the points another body recommended are none of the report\'s', () => {
    const text = [
      '## **5. Data**', '', '**Recommendations from the 2014 expert consultation**', '',
      'The expert consultation on drowning data recommended that countries:', '',
      '(a) include drowning questions in household surveys;', '', '(b) link police and health records.', '',
      'Ten years later, few countries had done so.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.md' }), []);
  });
});

describe('a parliamentary committee\'s report from pdftotext: a front list printed as a contents, each recommendation again in its chapter', () => {
  const text = [
    '                                  LIST OF RECOMMENDATIONS', '',
    'Recommendation 1', 'That the Government of Canada publish data on farm transfers every five', 'years. .................................................................. 3', '',
    'Recommendation 2', 'That the Department fund a mentoring program for new farmers that provides:', '',
    '     •   training for beginning farmers; and', '     •   grants for business plans. ................................... 5', '',
    '\f                                 CHAPTER 1: DATA', '',
    'The Committee heard that no one knows how many farms change hands. Ms. Roy of the Farm Union said', 'so plainly."4 The Farm Union, in its written brief, made the following recommendations:', '',
    '   •   that the Government buy farmland and lease it to young farmers; and', '   •   that lenders stop lending to investors.', '',
    'Recommendation 1', '', 'That the Government of Canada publish data on farm transfers every five years.', '',
    '\f                                 CHAPTER 2: NEW FARMERS', '',
    'The Committee therefore recommends:', '', 'Recommendation 2', '',
    'That the Department fund a mentoring program for new farmers that provides:', '',
    '     •   training for beginning farmers; and', '     •   grants for business plans.', '',
  ].join('\n');

  it('the chapters\' statements are the recommendations; the front list\'s entries, which lead to their pages, and a witness\'s brief quoted after a footnote\'s number are not', () => {
    const recs = recommendationsOf(text, { fileName: 'committee.txt' });
    assert.deepEqual(recs.map(r => r.line), [21, 29]);
  });
});

describe('a council members\' paper from PDF: a lead-in over numbered topics, each a title over its paragraph and its own list', () => {
  const text = [
    '　港の賃金を上げる必要がある。こうした認識の下、以下を提案する。', '', '',
    '１．価格転嫁と省力化', '', '　転嫁は進みつつあるが、省力化の遅れが収益を圧迫している。', '',
    '① 価格交渉の指針の遵守状況を調査・公表すべき。', '② 省力化投資の支援対象を拡充すべき。', '', '',
    '２．労働市場改革', '', '　転職は依然として限られている。', '', '○ リ・スキリング支援を拡充すべき。', '○ 職務給の普及を図るべき。', '', '',
    '３．今後の進め方', '', '○ 工程表に盛り込み、進捗を検証すべき。', '', '',
    '（参考）これまでの提案の実施状況', '', ' No.  提案内容                  状況', '  1   転嫁の状況を公表すべき    実施済み', '  2   給付を拡充すべき          検討中', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'shiryo.txt' });

  it('the numbered topics are chapters, not the items of the lead-in\'s list', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.line), [4, 12, 20, 25]);
  });

  it('the lists under them are the lead-in\'s proposals, though the reference table\'s title names proposals too', () => {
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'recommendation').map(n => n.line), [8, 9, 16, 17, 22]);
  });
});

describe('a party\'s proposal to the government saved from Word as text: 記, then pillars over their issues and numbered proposals', () => {
  const text = [
    '港湾交通の再生に向けた提言', '', '　本ＰＴは、港湾交通の在り方について議論を重ね、その成果を以下のとおり提言として取りまとめた。', '', '記', '',
    '１．財源の確保', '【現状と課題】', '　補助は単年度の赤字補填が中心である。', '',
    '（１）国の支援について、運行赤字の事後的な補填にとどまらず、複数年度の包括的な',
    '支援へと転換するため、新たな交付金を創設すべきである。', '　①　交付金は五年程度の期間で交付すること。', '',
    '２．担い手の確保', '【現状と課題】', '　船員が不足している。', '',
    '（１）船員の処遇改善を図るため、運賃の改定方式を見直すべきである。', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'teigen.txt' });

  it('the numbered pillars, each a title over its issues and proposals, are chapters, not the items announced', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.line), [7, 15]);
  });

  it('a numbered line that stops at a comma and goes on flush is a wrapped sentence, no section', () => {
    const wrapped = [
      '第１章\u3000財源', '', '\u3000補助は単年度の赤字補填が中心である。', '',
      '（１）国の地域交通に対する支援について、運行赤字の事後的な補填にとどまらず、', '地域が策定する交通計画に基づく複数年度の包括的な支援へと転換するため、新たな交付', '金制度を創設すべきである。', '',
      '（２）地方公共団体の負担について、特別交付税措置の拡充を図るとともに、鉄道の', '維持に要する地方負担についても、新たに措置の対象とするよう制度を見直す', 'べきである。', '',
      '第２章\u3000担い手', '', '\u3000船員が不足している。', '',
    ].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(wrapped, { fileName: 'teigen.txt' })).filter(n => n.kind === 'section'), []);
  });
});

describe('an audit report extracted from PDF: headings in the margin, the contents nesting them under the letter, a recommendation over a page break', () => {
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));
  const body = (text: string) => ' '.repeat(25) + text;
  const footer = (page: number) => body(pad(`Page ${page}`, 43) + 'GAO-31-100200 Harbor Grants');
  const text = [
    'United States Government Accountability Office', '', 'Report to Congressional Committees', '', 'HARBOR GRANTS', '',
    'Actions Needed to Improve Oversight of Dredging Awards', '', '',
    'Contents', '', '',
    pad('Letter', 91) + '1',
    body(pad('Background', 66)) + '3',
    body(pad('Grant Files Lack Evidence of Eligibility', 66)) + '5',
    body(pad('Conclusions', 66)) + '7',
    body(pad('Recommendations for Executive Action', 66)) + '8',
    body(pad('Agency Comments', 66)) + '9', '',
    pad('Appendix I', 25) + pad('Objectives, Scope, and Methodology', 66) + '10', '', '',
    '\fLetter                   441 G St. N.W.', body('Washington, DC 20548'), '',
    body('The Maritime Administration awards about $200 million a year in grants to'), body('dredge small harbors. We reviewed how it oversees these awards.'), '',
    footer(1),
    '\fBackground', body('Harbor grants pay for dredging at ports that handle less than one million'), body('tons of cargo a year. Awards are made each spring.'), '',
    footer(3),
    '\fGrant Files Lack Evidence of Eligibility', body('Of the 40 grant files we reviewed, 12 did not show that the port met the'), body('tonnage limit. Staff told us that the limit was checked by telephone.'), '',
    footer(5),
    '\fConclusions', body('Without evidence of eligibility, the agency cannot show that grants reach the'), body('small harbors the program serves.'), '',
    'Recommendations for Executive Action', body('We are making the following two recommendations to the agency:'), '',
    body('The Maritime Administrator should require grant files to document the'), body('tonnage of each port. (Recommendation 1)'), '',
    body('The Maritime Administrator should ensure that program staff verify the'), body('tonnage reported by each applicant against federal waterborne commerce'), '',
    footer(8),
    '\f' + body('statistics before an award is made. (Recommendation 2)'), '',
    'Agency Comments', body('We provided a draft of this report to the agency, which agreed with both'), body('recommendations.'), '',
    footer(9),
    '\fAppendix I               Objectives, Scope, and Methodology', body('We reviewed grant files for awards made from 2027 through 2030.'), '',
    footer(10), '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'gao.txt' });

  it('the letter, its heading run into the address beside it, is the chapter the contents list, over its sections', () => {
    const letter = outline.nodes.find(n => n.kind === 'chapter' && n.title === 'Letter');
    assert.ok(letter, 'the letter is a chapter');
    const listed = ['Background', 'Grant Files Lack Evidence of Eligibility', 'Conclusions', 'Recommendations for Executive Action', 'Agency Comments'];
    assert.deepEqual(sectionsOf(letter).filter(title => listed.includes(title)), listed);
  });

  it('a marked recommendation runs on over the page\'s footer, which its title leaves out', () => {
    const recs = recommendationsOf(text, { fileName: 'gao.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.line]), [['Recommendation 1', 47], ['Recommendation 2', 50]]);
    assert.ok(recs[1].title.endsWith('federal waterborne commerce statistics before an award is made.'), recs[1].title);
  });
});

describe('a study group\'s report saved from Word: directions announced, then marked paragraphs under each heading, the state of things and proposals alike', () => {
  const text = [
    '港湾手続のデジタル化に関する検討会', '取りまとめ', '',
    '第２章\u3000現状と課題', '', '○\u3000港湾の手続の多くは、今なお紙の書類で行われている。', '',
    '第３章\u3000今後の対応の方向性', '', '\u3000第２章で整理した課題を踏まえ、本検討会として、国及び港湾管理者が取り組むべき対応の方向性を以下に示す。', '',
    '（１）手続の電子化', '',
    '○\u3000一部の港湾では、入港届を電子で受け付け、処理時間が半分になったとの報告がある。',
    '○\u3000港湾管理者は、入出港の届出を原則として電子で受け付けるべきである。',
    '○\u3000その際、様式の統一や添付書類の削減を併せて行うことが必要である。', '',
    '【コラム】Ｂ港の取組', '\u3000担当者は「まず業務の流れを見直すべきだと考えた」と振り返る。', '',
    '（２）国による支援', '',
    '○\u3000国は、電子化に取り組む港湾管理者に対し、システムの導入経費を支援すべきである。', '',
    '第４章\u3000おわりに', '', '\u3000本検討会の議論が、港湾の将来に資することを期待する。', '',
  ].join('\n');

  it('each marked paragraph that proposes is a recommendation labelled by its heading; the state of things and a column\'s quotation are not', () => {
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'torimatome.txt' }));
    const recs = nodes.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[15, '（１）手続の電子化'], [16, '（１）手続の電子化'], [23, '（２）国による支援']]);
    assert.ok(recs[0].title.startsWith('港湾管理者は、'), 'the mark is left out of the title');
    assert.ok(nodes.some(n => n.kind === 'section' && n.title === '（１）手続の電子化'), 'the heading stays a section, the topic of its paragraphs');
    assert.ok(nodes.some(n => n.kind === 'prose-recommendation' && n.line === 19), 'the column\'s quotation stays prose');
  });
});

describe('a council working group\'s report from pdftotext: marked paragraphs under each heading, no announcement, no list of recommendations', () => {
  const text = [
    '港湾審議会 港湾手続ワーキング・グループ報告', '', 'はじめに', '', '\u3000本報告は、これまでの審議の結果を取りまとめたものである。', '',
    'Ⅰ．現状と課題', '', '○ 港湾の手続の多くは、今なお紙の書類で行われている。', '',
    'Ⅱ．港湾手続の改善', '', '（１）手続の電子化', '',
    '○ 一部の港湾では、入港届を電子で受け付け、処理時間が半分になったとの報告があ', 'る。',
    '○ 港湾管理者においては、入出港の届出を原則として電子で受け付け、その処理の状況', 'を定期的に公表することが適当であ', 'る。',
    '○ また、様式の統一や添付書類の削減を、港湾管理者の間で協力して進めることが求めら', 'れる。', '',
    '（２）国による支援', '',
    '○ 国においては、電子化に取り組む港湾管理者に対し、システムの導入経費を支援することが適当である。', '',
    'おわりに', '', '\u3000本報告が港湾の将来に資することを期待する。', '',
  ].join('\n');

  it('each marked paragraph that proposes is a recommendation labelled by its heading, read whole from its mark, its marker cut by the line break too', () => {
    const recs = recommendationsOf(text, { fileName: 'wg-report.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[17, 19, '（１）手続の電子化'], [20, 21, '（１）手続の電子化'], [25, 25, '（２）国による支援']]);
    assert.ok(recs[0].title.startsWith('港湾管理者においては、') && recs[0].title.endsWith('ことが適当である。'), recs[0].title);
  });

  it('a marker the page\'s width cut, `…ことが適当であ` over `る。`, is read whole', () => {
    assert.equal(markerAcrossBreak('公表することが適当であ', 'る。'), 1);
    assert.equal(markerAcrossBreak('進めることが求めら', 'れる。次に'), 2);
    assert.equal(markerAcrossBreak('報告があ', 'る。'), 0, 'no marker across the break');
    assert.equal(markerAcrossBreak('すべきである。', '次の文'), 0, 'a marker whole on its line is no cut one');
  });
});

describe('an ombudsman\'s investigation report from pdftotext: the remedial action it directs each official to take', () => {
  const text = [
    'Report on an investigation into the Harbour Board', '',
    '1. INTRODUCTION', '', '1.1 This report is issued under section 12 of the Ombudsman Act.', '',
    '2. THE DETERMINATION OF THE ISSUES IN RELATION TO THE EVIDENCE OBTAINED AND', 'CONCLUSIONS MADE WITH REGARD TO THE APPLICABLE LAW', '',
    '2.1 The Board should have invited tenders before it appointed the contractor.', '',
    '3. FINDINGS', '', '3.1 The Board\'s appointment of the contractor was improper.', '',
    '4. REMEDIAL ACTION', '', 'The remedial action I am taking is the following:', '',
    '4.1 The Chief Executive of the Harbour Board must:', '',
    '4.1.1 Within thirty (30) working days from the date of this report, take disciplinary action against', 'the officials who approved the appointment;', '',
    '4.1.2 Within sixty (60) working days, record the expenditure in the register of irregular expenditure.', '',
    '4.2 The Minister of Transport must:', '', '4.2.1 Within ninety (90) working days, review the Board\'s procurement policy.', '',
    '5. MONITORING', '', '5.1 The Chief Executive must submit an implementation plan within ten days.', '',
  ].join('\n');

  it('each point numbered under an official who must act is one recommendation; the official\'s line groups them', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[22, 23], [25, 25], [29, 29]]);
    assert.deepEqual(all.filter(n => n.kind === 'group').map(n => n.line), [20, 27]);
  });

  it('a chapter\'s title in capitals wrapped onto a second line in capitals is a heading', () => {
    const chapters = outlineDocument(text, { fileName: 'report.txt' }).nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(chapters.map(n => n.line), [3, 7, 12, 16, 31]);
  });
});

describe('a prison monitoring board\'s annual report from pdftotext: the questions it asks of the minister, the service and the governor', () => {
  const text = [
    'Annual Report of the Monitoring Board at HMP Harbourside', '',
    'Contents', '', '1.     Statutory role of the Board                     3', '2.     Key points                                      3', '3.     Safety                                          5', '',
    '1.     Statutory role of the Board', '', 'Under the Prison Act 1952, every prison must have an independent board.', '', 'The Board is required to:', '',
    '•    satisfy itself as to the humane and just treatment of those held in custody', '•    report annually to the Secretary of State', '',
    '2.     Key points', '',
    '2.1    Main areas for development', '', 'The Board asks the following questions, and requests a response to each of them.', '',
    'TO THE MINISTER', '',
    '1.    When will the Minister confirm funding for the replacement of the old wings at the', '     prison, which the Board has reported as unfit for purpose in each of its last', '     four annual reports?', '',
    '2.    Will the Minister review the capacity set for the prison?', '',
    'TO THE GOVERNOR', '',
    '1.    How will the Governor reduce the time that men spend locked in their cells, so that', '     every prisoner has daily access to a shower and a telephone?', '',
    '2.2    Progress since the last report', '', 'The Board saw some progress.', '',
    '3.     Safety', '', '3.1    Reception', '', 'The reception area was busy.', '',
  ].join('\n');

  it('each question it asks, wanting an answer, is a recommendation labelled by the sentence that asks them; the board\'s statutory duties are none', () => {
    const recs = recommendationsOf(text, { fileName: 'imb.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[26, 28], [30, 30], [34, 35]]);
    assert.ok(recs.every(r => r.label === 'The Board asks the following questions'), recs[0].label);
  });

  it('a numbered question wrapped over hanging lines is no chapter: the sections go on', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'imb.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'chapter').map(n => n.line), [9, 18, 41]);
    assert.deepEqual(all.filter(n => n.kind === 'section').map(n => n.line), [20, 37, 43]);
    const opening = ['1.     Statutory role of the Board', '', '3.     Key points', '3.1    Background to the report',
      '1.    When will the Minister confirm funding for the replacement of the Victorian wings at', '     HMP Eastmoore, which the Board has reported as unfit for purpose in each of its last', '     four annual reports?'].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(opening, { fileName: 'imb.txt' })).filter(n => n.kind === 'section').map(n => n.line), [4]);
  });
});

describe('a prefectural council\'s opinion to its governor from pdftotext: numbered topics over marked requests', () => {
  const text = [
    '港湾利用促進会議 意見具申', '', 'Ⅰ　現状と課題', '', '○　港湾の利用者は減り続けている。', '',
    'Ⅱ　意見', '', '　以上を踏まえ、本会議として、県が重点的に取り組むべき事項について、次のとおり意見を述べる。', '',
    '（１）港湾の利用促進',
    '○　荷主に対する助成制度について、対象となる貨物の範囲を拡大し、中小の荷主も利用しやす', '　　い制度とされたい。',
    '○　定期航路の誘致に向け、船会社への働きかけを強化すること。', '',
    '（２）人材の確保',
    '○　なお、国においては港湾労働者の処遇改善が進められているところである。',
    '○　県独自の取組として、港湾で働く若者の住まいの確保を支援し、その効果を不断に検証し見直しを行われたい。', '',
    'Ⅲ　おわりに', '', '　本意見が港湾の将来に資することを期待する。', '',
  ].join('\n');

  it('each marked request is a recommendation, its topic\'s number groups them; a note of what the state does is none', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'iken.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[12, 13], [14, 14], [18, 18]]);
    assert.deepEqual(all.filter(n => n.kind === 'group').map(n => n.line), [11, 16]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [17]);
  });
});

describe('a medical association\'s policy report from pdftotext: a label\'s first paragraph announcing the proposals, each a paragraph of its own with no blank line between', () => {
  const text = [
    '第１章　地域医療の課題', '', '１．現状', '\u3000診療所の医師は高齢化している。', '',
    '２．提言', '\u3000以上の経験と議論を踏まえ、次の二点を提言する。',
    '\u3000都道府県は地域医師会と連携し、協定を締結した医療機関が参加する実地訓練を毎年度実', '施すべきである。',
    '\u3000国は、災害医療チームの活動を法的に位置づけ、派遣に係る費用の補償を制度化すべきで', 'ある。', '',
    '３．提言', '\u3000診療所は、地域の需要を把握し、その結果を公表することを求める。', '\u3000また、病院は、その結果を踏まえて病床数を見直すことを求める。', '',
  ].join('\n');

  it('each paragraph after the announcement is one recommendation; paragraphs that do not follow one go on as one', () => {
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[8, 9], [10, 11], [14, 15]]);
    const obliged = ['４．今後の取組の方向性', '\u3000以上を踏まえ、次の取組を進めることが求められる。', '\u3000第一に、国は、相談体制を整備することが必要である。', '\u3000第二に、地方公共団体は、企業を評価すべきである。', ''].join('\n');
    assert.deepEqual(recommendationsOf(obliged, { fileName: 'report.txt' }).map(r => r.line), [3, 4], 'the paragraph that leads into them, requiring what follows, is none itself');
  });
});

describe('a monitoring body\'s country report from pdftotext: recommendations inside numbered paragraphs, a priority list citing them', () => {
  const text = [
    'RECOMMENDATIONS FOR PRIORITY IMPLEMENTATION', '',
    'The two specific recommendations for which the Commission requests priority implementation are the following:', '',
    '   1.  (§ 2) The Commission recommends that the authorities empower the equality body to bring', '       cases before the courts in its own name.', '',
    '   2.  (§ 4) The Commission recommends that the authorities set up a network of hate crime', '       liaison officers in every police district.', '',
    'I.    EQUALITY BODIES', '',
    '1.     The equality body has no power to go to court. The Commission was told that its', '       staff fell by a fifth in 2023.', '',
    '2.     Victims rarely take cases alone. The Commission recom-', '       mends that the authorities empower the equality body to bring cases before the', '       courts in its own name and to intervene as a third party.', '',
    'II.    HATE CRIME', '',
    '3.     Hate crime is under-reported, as the national survey showed.', '',
    '4.     The police recorded 112 hate crimes in 2023, and NGOs many more.7 The Commission', '       recommends that the authorities set up, in every police district, a network of hate', '       crime liaison officers trained to support victims.', '',
  ].join('\n');

  it('each numbered paragraph whose later sentence recommends is one, the verb hyphenated by the page or after a footnote\'s number; the priority list citing them restates them', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [16, 24]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [5, 8]);
  });
});

describe('a tribunal\'s report converted by pandoc: each recommendation in a div of its Word style', () => {
  it('a numbered paragraph in which the tribunal recommends is one, outside any label too; the div\'s fences are no text', () => {
    const text = [
      '# 7 Prejudice', '', '## 7.5 The urupā', '', 'The claimants asked that it be returned urgently.', '',
      '::: {custom-style="Recommendation"}', '4.  We recommend that the Crown return the urupā and the surrounding', '    12 acres to the claimants.', ':::', '',
      'We will retain leave for the parties to return to the Tribunal.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.title]), [[8, 9, 'We recommend that the Crown return the urupā and the surrounding 12 acres to the claimants.']]);
  });
});

describe('a city auditor\'s report from pdftotext: a flat contents ranked by case, each finding\'s recommendations opening a page, the summary\'s list in short', () => {
  const foot = (n: number) => ['', `Office of the City Auditor ${n}`];
  const text = [
    'Audit of the Harbour Office\'s Inspection of Piers', 'Contents',
    'EXECUTIVE SUMMARY ..................................... 1', 'Audit Recommendations ................................. 1',
    'INTRODUCTION .......................................... 2', 'Background ............................................ 2',
    'FINDINGS .............................................. 3', 'Piers Were Not Inspected .............................. 3', 'Recommendations ....................................... 4',
    'Repairs Were Late ..................................... 4', 'Recommendations ....................................... 5',
    'Records Were Incomplete ............................... 5', 'Recommendations ....................................... 5',
    'EXECUTIVE SUMMARY', 'The Harbour Office is responsible for the city\'s 80 piers.', 'Audit Recommendations',
    'To address these issues, we made six recommendations, including that the Office:',
    '• Inspect every pier each month.', '• Repair unsafe piers within the time allowed.', '• Keep complete inspection records.', ...foot(1),
    '\fINTRODUCTION', 'Background', 'The Office inspects piers under its rules.', ...foot(2),
    '\fFINDINGS', 'Piers Were Not Inspected', 'Of the 40 piers sampled, 12 were not inspected in one or more months.', ...foot(3),
    '\fRecommendations', 'The Office should:', '1. Develop a procedure for supervisors to review, at the end of each month, which piers were not inspected.',
    '2. Configure its system to alert the chief inspector when a pier has not been inspected for 30 days.', '',
    'Repairs Were Late', 'Of 300 repairs, 120 were completed after the deadline.', ...foot(4),
    '\fRecommendations', 'The Office should:', '3. Establish written escalation procedures for repairs that remain open past the deadline.',
    '4. Track the time taken by contractors to complete each repair and report it monthly.', '',
    'Records Were Incomplete', 'Inspection records lacked the inspector\'s name in 30 cases.', 'Recommendations', 'The Office should:',
    '5. Require that every inspection record name the inspector and the date of the visit.', '6. Reconcile the system\'s records against the paper forms each quarter.', ...foot(5),
  ].join('\n');

  it('the capitals are the chapters, the others their sections; each finding\'s `Recommendations` heads its list though it opens a page; the summary\'s list restates them', () => {
    const outline = outlineDocument(text, { fileName: 'audit.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['INTRODUCTION', 'FINDINGS']);
    const all = flattenOutline(outline);
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.label), Array(6).fill('Recommendations'));
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [18, 19, 20]);
  });
});

describe('a parliamentary committee\'s report from pdftotext: front pages in Roman, parts centred in the contents, each recommendation numbered under its paragraph', () => {
  const text = [
    '                                    CONTENTS', '', '                                                                 PAGE', '',
    '     COMPOSITION OF THE COMMITTEE                                 (iii)', '', '     INTRODUCTION                                                 (v)', '',
    '                                   REPORT', '', '                                   PART I', '',
    '     CHAPTER I      HARBOUR FINANCES                              1', '', '     CHAPTER II     PIER SAFETY                                   4', '',
    '     CHAPTER III    DREDGING                                      6', '', '',
    '                                 CHAPTER I', '', '                              HARBOUR FINANCES', '',
    '1.1   The Ministry told the Committee that the budget was cut by a third.', '',
    '                Observations/Recommendations of the Committee', '',
    '1.2   The Committee note that the budget was cut by a third at the revised stage. The Committee,', 'therefore, recommend that the Ministry assess its needs realistically before it asks for funds.',
    '                                                            (Recommendation No. 1)', '',
    '                                 CHAPTER II', '', '                                PIER SAFETY', '',
    '2.1   The Committee desire that the Ministry inspect every pier each year and report the results.',
    '                                                            (Recommendation No. 2)', '',
    '                                 CHAPTER III', '', '                                  DREDGING', '', '3.1   Dredging costs rose.', '',
  ].join('\n');

  it('the contents are found under their Roman front pages, its centred part no part of the first chapter; each paragraph numbered as a recommendation is one', () => {
    const outline = outlineDocument(text, { fileName: 'report.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.line), [20, 32, 39]);
    const recs = flattenOutline(outline).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[28, 'Recommendation No. 1'], [36, 'Recommendation No. 2']]);
    assert.ok(findTocBlock(new Lines(text))?.titles.includes('CHAPTER I      HARBOUR FINANCES'), 'the centred part\'s name is no part of the entry under it');
  });
});

describe('an association\'s proposal from its web page: the outline of its parts before them', () => {
  it('a list naming the document\'s parts (`3. 提言：…`) under the sentence that says so makes no recommendation; the part itself does', () => {
    const text = [
      '# 港湾の再生に向けた提言', '', '本提言の構成は次のとおりである。', '',
      '1. 現状認識：港湾の利用の推移', '2. 提言：港湾管理者自らが取り組む三つの改革', '', '## 1. 現状認識', '', '港湾の利用は減っている。', '',
      '## 2. 提言', '', '- 点検の体制を見直す。', '- 料金を改める。', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'teigen.md' }).map(r => r.line), [14, 15]);
  });
});

describe('a party\'s proposal saved from Word with its line breaks: pillars stating their issues, then numbered proposals with their points', () => {
  const text = [
    '港湾の再生に関する提言', '', '\u3000本委員会は、関係者からのヒアリングを重ね、以下のとおり提言として取りまとめた。', '', '記', '',
    '１．港湾施設の維持', '【現状と課題】', '\u3000港湾施設の多くは老朽化が進み、点検の人員も不足している。', '\u3000・点検を担う技術職員は１０年で２割減少した', '',
    '（１）国の港湾施設に対する支援について、老朽化の事後的な補修にとどまらず、予防', '保全に向けた計画的な投資へと転換するため、新たな補助制度を創設すべきである。',
    '\u3000①\u3000補助は、港湾計画に位置付けられた事業を対象とすること。', '\u3000②\u3000小規模な港湾の管理者には、都道府県による支援を位置付けること。', '',
    '（２）港湾の管理者と民間事業者が施設の保有と運営を分担する方式の導入を促進する', 'ため、施設を保有する地方公共団体に対する財政支援と税制上の措置を講じ', 'ること。', '',
    '２．担い手の確保', '【現状と課題】', '\u3000港湾で働く人材の不足が深刻化している。', '',
    '（１）港湾労働者の処遇を改善するため、料金に人件費の上昇を反映できる仕組みを整えるべきである。', '',
    '（２）荷役機械の免許の取得に要する費用への支援を拡充すること。', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'teigen.txt' });

  it('each numbered proposal is a recommendation of its pillar, its points inside it, and no wrapped line is a section', () => {
    const recs = recommendationsOf(text, { fileName: 'teigen.txt' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 8)), ['国の港湾施設に対', '港湾の管理者と民', '港湾労働者の処遇', '荷役機械の免許の']);
    assert.equal(recs[0].endLine, 15, 'the first proposal holds its points');
    assert.equal(recs[1].endLine, 19, 'the second runs to the line its sentence ends on');
    assert.deepEqual(flattenOutline(outline).filter(n => n.kind === 'section'), []);
  });

  it('not a list of findings written as nouns (`…こと。` alone), nor proposals a sentence says another body set out', () => {
    const findings = ['第２章\u3000課題', '', '（１）申請に要する期間が長く、事業化の判断が遅れること。', '', '（２）国と地方で様式が異なり、事業者の負担が大きいこと。', ''].join('\n');
    assert.deepEqual(recommendationsOf(findings, { fileName: 'kadai.txt' }), []);
    const others = ['第２章\u3000経緯', '', '\u3000前回の検討会の取りまとめでは、以下の方向性が示された。', '', '（１）補助制度を見直すべきである。', '', '（２）人材の育成を支援すること。', ''].join('\n');
    assert.deepEqual(recommendationsOf(others, { fileName: 'keii.txt' }), []);
  });

  it('nor numbered titles over indented paragraphs, an evaluation\'s lessons, whose sentences propose', () => {
    const lessons = ['（1）用地の事前確認の徹底', '  用地の取得の見通しを審査の段階で確認しておくことが望ましい。',
      '（2）経営改善支援の一体化', '  計画の段階から経営改善を支援すべきである。', ''].join('\n');
    assert.equal(readDecidedMeasures(new Lines(lessons), 0).proposed, false);
    const proposals = lessons.replace(/\n {2}/g, '');
    assert.equal(readDecidedMeasures(new Lines(proposals), 0).proposed, true, 'the same sentences on the items\' own lines propose');
  });
});

describe('an outline of tax measures extracted from PDF: numbered measures with their points and notes, then matters to study', () => {
  const text = [
    '第二　具体的内容', '', '一　個人の税', '', '１　控除の見直し', '',
    '(1) 勤労控除について、次の見直しを行う。', '    ① 控除の額を50万円（現行：45万円）に引き上げる。', '    ② 所得要件を500万円以下とする。',
    '    （注）上記の改正は、令和12年分以後について適用する。',
    '(2) 学資控除の対象に、専門学校の授業料を加える。',
    '(3) 寄附金控除の適用期限を、令和14年３月31日まで３年延長する。', '    （注）地方税も同様とする。', '',
    '第三　検討事項', '',
    '１　扶養控除の在り方について、家計の実態を踏まえ、検討する。', '',
    '２　資産課税について、世代間の公平の観点から、令和13年度改正において結論を得る。', '',
  ].join('\n');
  const recs = recommendationsOf(text, { fileName: 'taiko.txt' });

  it('each numbered measure is one recommendation, its points and notes inside it, and so is each matter to study', () => {
    assert.deepEqual(recs.map(r => r.title.slice(0, 8)), ['勤労控除について', '学資控除の対象に', '寄附金控除の適用', '扶養控除の在り方', '資産課税について']);
    assert.equal(recs[0].endLine, 10, 'the first measure holds its points and its note');
  });

  it('not a list of measures where one item states a fact, nor a list someone else is said to envisage', () => {
    const facts = ['第１章　現状', '', '(1) 控除の利用者は増加している。', '(2) 制度の見直しを行う。', ''].join('\n');
    assert.deepEqual(recommendationsOf(facts, { fileName: 'genjo.txt' }), []);
    const envisaged = ['参考　事業者の報告（抜粋）', '', '　事業の終了後は、事業者としては以下を想定している。', '', '（１）実証を開始する。', '', '（２）国際会議を開催する。', ''].join('\n');
    assert.deepEqual(recommendationsOf(envisaged, { fileName: 'hokoku.txt' }), []);
  });
});

describe('a municipal plan extracted from PDF: goals, policies numbered under them, each policy\'s main measures', () => {
  const text = [
    '港町市総合計画\u3000基本計画', '', '基本目標１\u3000安心して暮らせるまち', '',
    '基本施策１－１\u3000防災力の強化', '', '【現状と課題】', '・\u3000豪雨災害が増えています。', '',
    '【主な取組】', '①\u3000防災訓練の充実', '\u3000\u3000地域ごとの訓練を年２回実施します。', '②\u3000避難所の環境整備', '\u3000\u3000避難所に倉庫を整備します。', '',
    '基本施策１－２\u3000交通安全の推進', '', '【現状と課題】', '・\u3000高齢者の事故が増えています。', '',
    '基本目標２\u3000活力あるまち', '', '基本施策２－１\u3000産業の振興', '', '【主な取組】', '①\u3000創業支援', '\u3000\u3000創業者に補助金を交付します。', '',
  ].join('\n');
  const outline = outlineDocument(text, { fileName: 'keikaku.txt' });

  it('the goals are chapters and `基本施策１－２` a section of goal 1, never a bracketed part after a list', () => {
    const chapters = outline.nodes.filter(n => n.kind === 'chapter');
    assert.deepEqual(titles(chapters), ['基本目標１\u3000安心して暮らせるまち', '基本目標２\u3000活力あるまち']);
    assert.ok(flattenOutline(outline).some(n => n.kind === 'section' && n.title === '基本施策１－２\u3000交通安全の推進'));
  });

  it('each measure keeps a space between its title and the shorter explanation under it', () => {
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'keikaku.txt' })), [
      '防災訓練の充実 地域ごとの訓練を年２回実施します。', '避難所の環境整備 避難所に倉庫を整備します。', '創業支援 創業者に補助金を交付します。',
    ]);
  });
});

describe('a committee report extracted from PDF that states a recommendation at a page\'s foot and again in its closing list', () => {
  const text = [
  'House of Commons', 'Transport Committee', '', 'Rural Bus Services', '', 'Third Report of Session 2025–26', '',
  'Contents', '', 'Summary                                                    3', '1 Introduction                                             5',
  '2 Funding                                                  7', '3 Accessibility                                           10', 'Conclusions and recommendations                            13', '',
  '\f', 'Summary', '', 'Rural buses are in decline. We make several recommendations.', '',
  '\f', '1 Introduction', '', '1. Rural bus services have fallen by a third since 2010. We held an inquiry into the', 'causes.', '',
  '2. We received 60 written submissions and heard from 12 witnesses.', '',
  '\f', '2 Funding', '', 'Short-term grants', '', '3. Most funding for rural buses comes through short-term grants, which', 'makes planning difficult.', '',
  '4. The Department should replace short-term grants with a five-year settlement for', 'every local transport authority. (Paragraph 4)', '',
  '\f', '3 Accessibility', '', '5. Many rural stops lack shelters and accessible information.', '',
  '6. The Government should fund accessible stops on every rural route by 2030.', '',
  '\f', 'Conclusions and recommendations', '', 'Funding', '',
  '1.   The Department should replace short-term grants with a five-year settlement for', '     every local transport authority. (Paragraph 4)', '',
  'Accessibility', '',
  '2.   The Government should fund accessible stops on every rural route by 2030.', '     (Paragraph 6)', '',
  '\f', 'Formal minutes', '', 'Wednesday 4 March 2026', '',
  ].join('\n');

  it('the sentence at both pages\' feet is text, no running footer: the closing list keeps it', () => {
    const recs = recommendationsOf(text, { fileName: 'committee.txt' });
    assert.deepEqual(recs.map(r => r.line), [52, 57]);
    assert.ok(recs[1].title.startsWith('The Government should fund accessible stops'));
  });
});

describe('an inquiry report extracted with its layout kept, its recommendations boxed under a numbered label', () => {
  const text = [
  'Harbour Productivity Inquiry', 'Inquiry Report — Overview', '', '\f', 'Contents', '', '1  About this inquiry ........ 3', '2  Port costs ........ 5', '3  Reform directions ........ 8', '',
  '\f', '1     About this inquiry', '', 'The Commission was asked to examine harbour productivity. It received 80 submissions.', '',
  '\f', '2     Port costs', '', 'Port charges have risen faster than inflation.', '',
  '   ┌──────────────────────────────────────────────────────────────┐', '   │ FINDING 2.1  Charges have outpaced costs                     │',
  '   │ Port charges rose 40 per cent in real terms over a decade.   │', '   └──────────────────────────────────────────────────────────────┘', '',
  '   RECOMMENDATION 2.1      PUBLISH PORT CHARGES', '', '   State governments should require port operators to publish all', '   charges in one place by 2027.', '',
  '\f', '3     Reform directions', '', 'Reform can lower costs for exporters.', '',
  '   RECOMMENDATION 3.1      INDEPENDENT PRICE MONITORING', '', '   The Australian Government should task the competition regulator with', '   monitoring harbour prices.', '',
  '   RECOMMENDATION 3.2      LONG-TERM LEASES', '', '   States should offer long-term leases only with access undertakings.', '',
  '   FINDING 3.1', '   Long-term leases raised prices where access was not regulated.', '',
  ].join('\n');

  it('`RECOMMENDATION 2.1` set apart from its title by a wide gap is a numbered recommendation, its text under it; a finding is none', () => {
    const recs = recommendationsOf(text, { fileName: 'inquiry.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.title]), [
      ['RECOMMENDATION 2.1', 'PUBLISH PORT CHARGES'], ['RECOMMENDATION 3.1', 'INDEPENDENT PRICE MONITORING'], ['RECOMMENDATION 3.2', 'LONG-TERM LEASES'],
    ]);
  });

  it('one space after the number is a sentence about a recommendation, no label', () => {
    assert.deepEqual(recommendationsOf('# Response\n\nRecommendation 3 was accepted by the Government in full.\n', { fileName: 'r.md' }), []);
  });
});

describe('a proposal in running text that the page wrapped onto the lines below (English text extracted from PDF)', () => {
  const text = [
    '1  Introduction', '', 'The harbour has grown.', '',
    '2  Port costs', '',
    'Charges have risen faster than inflation, and State governments should require operators to publish all',
    'charges on one page (see harbour.example.org/charges) by 2027. Fees rose again last year.', '',
  ].join('\n');

  it('takes the sentence to its full stop on the next line, not a point inside an address, and nothing after it', () => {
    const proposals = flattenOutline(outlineDocument(text, { fileName: 'report.txt' })).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(proposals.map(p => [p.line, p.endLine, p.title]), [[7, 8,
      'Charges have risen faster than inflation, and State governments should require operators to publish all charges on one page (see harbour.example.org/charges) by 2027.']]);
    assert.equal(text.slice(proposals[0].start, proposals[0].end).endsWith('by 2027.'), true);
  });

  it('takes the sentence from where it began on the line above, shorter than its own by the word that did not fit', () => {
    const report = [
      '# Follow-on work', '',
      'There was discussion at the workshop about where future work',
      'should be performed.  The group agreed that some work could be done',
      'more immediately within the harbour boards.', '',
    ].join('\n');
    const proposals = flattenOutline(outlineDocument(report, { fileName: 'report.md' })).filter(n => n.kind === 'prose-recommendation');
    assert.deepEqual(proposals.map(p => [p.line, p.title]), [[3, 'There was discussion at the workshop about where future work should be performed.']]);
  });
});

describe('a state auditor\'s report saved from the web, lettering what it recommends after its lead-in', () => {
  it('`a. Schedule …` under `We recommend that the Department:` are the recommendations; a lower-case letter and a point are no item', () => {
    const text = ['# Harbour Inspections', '', '## Finding 1: Inspections are late', '', 'Half were late.', '', 'We recommend that the Department:', '',
      'a. Schedule inspections a year ahead.', 'b. Track late inspections monthly.', '', '## Agency Response', '', 'Agreed.'].join('\n');
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'audit.md' })), ['Schedule inspections a year ahead.', 'Track late inspections monthly.']);
    assert.equal(matchListItem('a. m. the port opens'), undefined);
  });
});

describe('a guideline converted from Word whose headings are bold lines, each recommendation under a bold number', () => {
  it('`**Recommendation 1**` over its text is a recommendation of the bold chapter above it, no chapter itself', () => {
    const text = ['**GUIDELINE ON HARBOUR HEALTH**', '', '**Executive summary**', '', 'Workers face heat.', '', '**Recommendations**', '',
      '**Recommendation 1**', '', 'Employers should provide shade at every quay.', '', '*Strong recommendation, moderate certainty of evidence*', '',
      '**Recommendation 2**', '', 'Workers should have water at all times.', '', '**Abbreviations**', '', 'WHO World Health Organization'].join('\n');
    const outline = outlineDocument(text, { fileName: 'guideline.md' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Executive summary', 'Recommendations', 'Abbreviations']);
    assert.deepEqual(recommendationsOf(text, { fileName: 'guideline.md' }).map(r => r.label), ['Recommendation 1', 'Recommendation 2']);
  });
});

describe('a select committee\'s report printed to text, its contents naming the parts before the first chapter', () => {
  it('`We recommend that the Government:` in the front part is read as a lead-in: its bullets are the recommendations', () => {
    const text = [
      'Inquiry into harbour ferries', '', 'Report of the Transport Committee', '',
      'Contents', 'Recommendations                                   3', 'Introduction                                      4',
      'Ferry services today                              5', '', '',
      // The report's title runs above each page's first heading.
      'Inquiry into harbour ferries', 'Recommendations', 'The Transport Committee has held an inquiry into harbour ferries, and recommends that the',
      'House take note of its report.', 'We recommend that the Government:',
      '•    fund new ferry berths on the basis of the passengers they serve and their distance from',
      '     the nearest bridge', '•    publish timetables for every public ferry route.', '', '',
      'Introduction', 'We held hearings in three towns during the spring.', '',
      'Ferry services today', 'Services have fallen since 2010. We recommend that the Government fund new berths.', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'committee-report.txt' });
    assert.deepEqual(outline.nodes.map(n => n.kind), ['toc', 'chapter', 'chapter', 'chapter'], 'the front part that makes the recommendations is a chapter');
    assert.deepEqual(titles(outline.nodes[1].children), [
      'fund new ferry berths on the basis of the passengers they serve and their distance from the nearest bridge',
      'publish timetables for every public ferry route.',
    ]);
    assert.deepEqual(outline.nodes[1].children.map(n => n.kind), ['recommendation', 'recommendation']);
  });
});

describe('an audit office\'s special report printed to text, its paragraphs numbered in the margin', () => {
  const report = [
    'Conclusions and recommendations',
    '41      We conclude that the fund has repaired many quays, but that its effect on safety',
    'cannot be shown.',
    '42      We make the following recommendations.',
    'Recommendation 1 – Direct funding to the quays in worst repair',
    'The Commission should:',
    '(a) ask managing authorities to rank quays by their condition when they select projects;',
    '(b) help small ports to prepare their applications.',
    'Target implementation date: end of 2031',
    '43      Recommendation 1 follows the practice of two member states.',
    'Recommendation 2 – Measure the effect on safety',
    'The Commission should define indicators of accidents at renovated quays and require projects',
    'to report on them.',
    'Target implementation date: mid-2032',
    '44      This report was adopted by the Chamber at its meeting of 3 March 2031, in the presence',
    'of all its members.',
    '45      Recommendation 3 – which the Court made in 2027 – has been carried out.',
  ].join('\n');

  it('`Recommendation 1 – Title` is a recommendation titled by its line, spanning its points and its date; the next numbered paragraph is not its own', () => {
    const recs = recommendationsOf(report, { fileName: 'special-report.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line, r.endLine]), [
      ['Recommendation 1', 'Direct funding to the quays in worst repair', 5, 9],
      ['Recommendation 2', 'Measure the effect on safety', 11, 14],
    ]);
  });
});

describe('numbered labels parted from their titles by a dash', () => {
  it('`提言１ ― …`, `提言２ — …` and `Recommendation 4 - …`: the title without its dash', () => {
    const text = ['第２章 提言', '', '提言１ ― 港湾の維持を国が支える', '　国は、岸壁の補修を支援すべきである。', '', '提言２ — 乗組員を育てる', '　国は、研修を設けるべきである。', '',
      'Recommendation 4 - Train the crews', 'The ministry should train them.'].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'teigen.txt' }).map(r => [r.label, r.title]), [
      ['提言１', '港湾の維持を国が支える'], ['提言２', '乗組員を育てる'], ['Recommendation 4', 'Train the crews'],
    ]);
  });
});

describe('a prefectural council\'s report (答申) printed to text, announcing its measures in a chapter\'s opening paragraph', () => {
  const toshin = (opening: string) => [
    '第１ 現状', '', '  港湾の利用者は減少している。', '',
    '第２ 具体的方策', '', opening, '',
    '１ 施設の維持', '',
    '（１）岸壁の計画的な補修', '  県は、岸壁の点検結果に基づき、補修の計画を策定し、必要な経費を支援すべきで', 'ある。',
    '  ① 老朽化の著しい岸壁から順に補修する。', '  ② 点検の結果を毎年公表する。', '',
    '（２）防災拠点の整備', '  県及び市町村は、主要な港に防災拠点を整備すべきである。', '',
    '２ 人材の確保', '',
    '（１）技術者の育成', '  県は、港湾の技術者を育てる研修を設け、受講の費用を支援すべきである。', '',
    '第３ おわりに', '', '  本審議会は引き続き検討する。',
  ].join('\n');

  it('each （１） measure under the announcement is one recommendation, spanning its paragraph and its ① specifics', () => {
    const text = toshin('  第１の現状を踏まえ、県が取り組むべき具体的方策として、次の事項を提言する。');
    const all = flattenOutline(outlineDocument(text, { fileName: 'toshin.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.label, n.title, n.line, n.endLine]), [
      ['（１）', '（１）岸壁の計画的な補修', 11, 15],
      ['（２）', '（２）防災拠点の整備', 17, 18],
      ['（１）', '（１）技術者の育成', 22, 23],
    ]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [14, 15], 'the specifics are the measure\'s details');
    assert.deepEqual(all.filter(n => n.kind === 'section').map(n => n.title), ['１ 施設の維持', '２ 人材の確保']);
  });

  it('a council\'s opinion to the governor whose announcement proposes itself (`…次の方策に取り組むべきである。`), each measure\'s paragraph `…こと。`', () => {
    const text = [
      '第１\u3000現状と課題', '', '\u3000相談の窓口が分かれている。', '', '第２\u3000具体的な方策', '',
      '\u3000課題に対応するため、県は、市町と連携し、次の方策に取り組むべきである。', '',
      '１\u3000相談支援体制の構築', '', '（１）\u3000移行支援', '\u3000県は、市町に対し、伴走型の支援を行うこと。', '',
      '（２）\u3000人材の養成', '\u3000県は、研修を体系的に実施すること。その際、次の点に留意すること。', '\u3000ア\u3000既存の専門職と連携すること。', '\u3000イ\u3000役割分担を明確にすること。', '',
      '２\u3000担い手の確保', '', '（１）\u3000福祉人材の確保', '\u3000県は、介護の仕事の魅力を発信すべきである。', '',
      'おわりに', '', '\u3000本審議会は引き続き検討する。',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'gushin.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.title, n.line]), [['（１）\u3000移行支援', 11], ['（２）\u3000人材の養成', 14], ['（１）\u3000福祉人材の確保', 21]]);
    assert.ok(!all.some(n => n.line === 7), 'the announcement is no proposal of its own');
  });

  it('without the announcement the numbered headings stay sections', () => {
    const text = toshin('  第１の現状を踏まえ、県が取り組むべき方向を以下に述べる。');
    const all = flattenOutline(outlineDocument(text, { fileName: 'toshin.txt' }));
    assert.ok(all.filter(n => n.kind === 'section').some(n => n.title === '（２）防災拠点の整備'));
    assert.ok(!all.some(n => n.kind === 'recommendation' && n.title.startsWith('（')));
  });
});

describe('a national audit office\'s summary printed to text, paragraphs numbered and points lettered in the margin', () => {
  it('`4     The Department should:` over `a     …`, `b     …`: the paragraph groups its points, each a recommendation', () => {
    const text = [
      'Summary', '', 'Key findings', '', '1     The Department spent £2.1 billion on harbour repairs between 2020 and 2024.', '2     Repairs were not targeted at the quays in worst condition.',
      '', 'Conclusion on value for money', '', '3     We conclude that the programme has not yet shown value for money.', '', 'Recommendations',
      '', '4     The Department should:', '', 'a     set out by March 2026 how it will measure the condition of quays;', '', 'b     publish an annual report of repairs made, with their cost; and',
      '', 'c     work with harbour authorities to agree a single register of quays.', '', 'Part One', '', 'The programme', '', '1.1   The programme began in 2020.',
      '', '1.2   It ended in 2024.', '', 'Part Two', '', 'Repairs', '', '2.1   Repairs were slow.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'value-for-money.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.title]), [
      [16, 'set out by March 2026 how it will measure the condition of quays;'],
      [18, 'publish an annual report of repairs made, with their cost; and'],
      [20, 'work with harbour authorities to agree a single register of quays.'],
    ]);
    assert.deepEqual(all.filter(n => n.kind === 'group').map(n => n.title), ['The Department should:']);
    assert.deepEqual(all.filter(n => n.kind === 'chapter').map(n => n.title), ['Summary', 'Part One The programme', 'Part Two Repairs']);
  });

  it('converted to Markdown from PDF: one space after each letter, the points grouped by who acts, pages broken by `-----` over running headers, the last point leading into its dashes', () => {
    const page = (n: number) => ['', '-----', '', n % 2 ? `Harbour repairs Summary **${n}**` : `**${n}** Summary Harbour repairs`, ''];
    const text = [
      '# Harbour repairs', '', '## Summary', '', 'The programme began in 2020.', ...page(2), 'It ended in 2024.', ...page(3), 'Repairs were slow.', ...page(4),
      'Costs rose.', ...page(5), '### Recommendations', '',
      'The Department should:', '', 'a set out by March 2026 how it will measure the condition of', 'quays;', '',
      'b publish an annual report of repairs made, with their cost; and', '',
      'The harbour authorities should:', '', 'c agree a single register of quays, so that', ...page(6), 'repairs can be ranked; and', '',
      'd agree how the register will be kept, with:', '', '- a named keeper for each harbour;', '- a yearly check.', ...page(7),
      '## Part One — The programme', '', '1.1 The programme began in 2020.',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'value-for-money.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine, n.title]), [
      [33, 34, 'set out by March 2026 how it will measure the condition of quays;'],
      [36, 36, 'publish an annual report of repairs made, with their cost; and'],
      [40, 46, 'agree a single register of quays, so that repairs can be ranked; and'],
      [48, 51, 'agree how the register will be kept, with:'],
    ]);
  });

  it('extracted without its layout: no blank lines, the summary numbering its paragraphs, `a The Department should …` after the lead-in; the summary is where they are made', () => {
    const text = [
      'Contents', 'Summary 4', 'Part One', 'The programme 9', 'Part Two', 'Repairs 12', '',
      'Summary', 'Introduction', '1 The programme began in 2020 and repaired', 'ninety quays by 2024.',
      '2 Repairs were slow and costs rose.', 'Recommendations', '3 To improve the value for money of the programme:',
      'a The Department should set out by March 2026 how it will measure the condition of',
      'quays, and by when.', 'b The Department should publish an annual report of repairs made.',
      'c The Department should agree a single register of quays with the harbour', 'authorities.',
      '', 'Part One', 'The programme', '1.1 The programme began in 2020.', '1.2 A department official said that a register should come first.',
      '', 'Part Two', 'Repairs', '2.1 Repairs were slow.',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'value-for-money.txt' });
    const all = flattenOutline(outline);
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[15, 16], [17, 17], [18, 19]]);
    assert.equal(outline.nodes.find(n => n.title === 'Summary')?.kind, 'chapter', 'the summary makes them: it is no front matter');
  });
});

describe('a parliamentary committee\'s report printed to text, each recommendation a numbered label over its margin-numbered paragraph', () => {
  it('`Recommendation 1` heads its first numbered paragraph only; the next one goes on with the text', () => {
    const text = [
      'Chapter 3', 'Harbour safety', '', '3.40    Witnesses told the committee that inspections were late.', '',
      '3.41    The committee is concerned that no register of quays exists.', '',
      'Recommendation 1', '3.42    The committee recommends that the Government establish a', 'national register of quays by the end of 2031.', '',
      '3.43    The committee also heard that crews lacked training.', '',
      'Recommendation 2', '3.44    The committee recommends that the Department fund', 'crew training in regional ports.', '',
      'Chapter 4', 'Conclusion', '', '4.1     The committee thanks all who gave evidence.', '', 'Chapter 5', 'Other matters', '', '5.1     None.',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'committee.txt' });
    assert.deepEqual(recs.map(r => [r.label, r.title, r.line, r.endLine]), [
      ['Recommendation 1', 'The committee recommends that the Government establish a national register of quays by the end of 2031.', 8, 10],
      ['Recommendation 2', 'The committee recommends that the Department fund crew training in regional ports.', 14, 16],
    ]);
  });
});

describe('a private members\' paper extracted from PDF: `○` proposals with `・` points at the same column', () => {
  it('the points detail the proposal above them: one recommendation each, up to the next `○`', () => {
    const text = [
      '３．具体的な提案', '', '（１）\u3000港湾の更新', '○ 古い岸壁の点検を毎年行い、結果を公表すべき。', '',
      '○ 業種別の点検計画を策定すべき。その際、以下の点に留意すべき。', '・燃料を扱う港から順に点検すること。', '・点検の結果を地域に説明すること。', '',
      '（２）　船員の育成', '○ 船員の夜間訓練を拡充すべき。', '・消防との合同訓練の推進', '', '４．今後の進め方', '', '○ 骨太の方針に盛り込む。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'paper.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[4, 4], [6, 8], [11, 12]]);
  });
});

describe('a party\'s proposals converted from Word by pandoc: `（３）` that leads into `①②③` at its own column', () => {
  it('`（３）…について、次の方針で取り組むこと。` over its points: one recommendation that they detail', () => {
    const text = [
      '**港湾交通の再構築に向けた提言**', '', '政府においては、下記の事項に取り組むよう申し入れる。', '', '記', '', '**１．基本的考え方**', '', '港は地域の足である。', '', '予算編成に当たっては、本提言の内容を反映させることを求める。', '', '**２．財源と支援**', '', '（１）\u3000交通の予算を確保すること。', '', '（２）\u3000市町村の交通担当職員を支援すること。', '',
      '（３）\u3000港湾の連絡船について、次の方針で取り組むこと。', '', '①\u3000協議会を活用すること。', '', '②\u3000施設の整備を支援すること。', '',
      '（４）\u3000独自の財源の事例を整理すること。', '', '**３．推進体制**', '', '（１）\u3000本部を置くこと。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'proposal.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[15, 15], [17, 17], [19, 23], [25, 25], [29, 29]]);
  });
});

describe('a think tank\'s post saved from the web: recommendations as paragraphs led in bold', () => {
  it('one that leads into dashes (`… should include:`) keeps them as its details; the next bold lead is the next recommendation', () => {
    const text = [
      '# Harbour retrofit', '', '## What policymakers should do', '', 'We make three recommendations.', '',
      '**Expand the pilot.** The department should widen it to 20 harbours by 2028.', '',
      '**Fund it for five years.** The Treasury should settle the funding for five years. The settlement should include:', '',
      '- a budget for each harbour;', '- a break clause linked to published measures.', '',
      '**Measure what matters.** The department should publish the costs each quarter.', '', '## Related reading', '', '- [Another post](https://example.org/post)',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'post.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[7, 7], [9, 12], [14, 14]]);
  });
});

describe('a study group\'s summary extracted from PDF without layout: numbered measures over `ア`, `イ` points at their column', () => {
  it('the last measure keeps its points as every one before it did, though no next number follows', () => {
    const text = [
      '３\u3000今後の取組の方向性', '\u3000国は、次の取組を進めるべきである。', '（１）港湾の管理体制の再構築', 'ア\u3000管理の引受けの手続を示す。', 'イ\u3000費用負担の考え方を示す。',
      '（２）点検体制の確立', 'ア\u3000応援体制を定める。', 'イ\u3000遠隔監視を推進する。', '（３）地域ぐるみの保全', 'ア\u3000住民の参画を推進する。', 'イ\u3000情報発信を強化する。',
      '', '第４\u3000今後の検討に向けて', '\u3000更に検討を深める。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'summary.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[3, 5], [6, 8], [9, 11]]);
  });
});

describe('an audit office\'s special report printed to text without its layout: a cover note, a summary and its conclusions before each recommendation', () => {
  const report = [
    'Harbour safety in the Union', '', 'About the report',
    'We examined whether the harbour fund made ports safer.', '',
    'We recommend that the Commission target the fund at the riskiest quays, check the repairs it', 'pays for and publish the savings they achieved.', '',
    'Contents', '', 'Paragraph', '', 'Executive summary I - III', '', 'Introduction 01 - 04', '', 'Observations 05 - 12', '',
    'Conclusions and recommendations 13 - 16', '', '',
    'Executive summary', '', 'I Ports handle most of the goods of the Union.', '', 'III We recommend that the Commission:', '',
    '• target the fund at the riskiest quays;', '• check the repairs the fund pays for;', '• publish each year the energy savings the repairs achieved.', '',
    'Introduction', '', '01 The fund was set up in 2029.', '',
    'Observations', '', '05 Calls were first come, first served, and few ports said which quays should be repaired first.', '',
    'Conclusions and recommendations', '',
    '13 Overall, the fund helped repair many quays.', '',
    '14 Few programmes said which quays should come first, and calls favoured the best prepared.', '',
    'Recommendation 1 – Target the fund at the riskiest quays', 'The Commission should rank quays by their risk before each call.', 'Timeframe: by 2031', '',
    '15 No port measured the effect of its repairs.', '',
    'Recommendation 2 – Check the repairs the fund pays for', 'The Commission should require an inspection after every repair.', 'Timeframe: by 2032', '',
    'Recommendation 3 – Publish the energy savings the repairs achieved', 'The Commission should publish, each year, the savings each repair achieved.', 'Timeframe: by 2033',
  ].join('\n');
  const outline = outlineDocument(report, { fileName: 'special-report.txt' });
  const all = flattenOutline(outline);

  it('counts each recommendation where it is made in full: the cover\'s sentence and the summary\'s bullets say it again in short', () => {
    assert.deepEqual(titles(all.filter(n => n.kind === 'recommendation')), [
      'Target the fund at the riskiest quays', 'Check the repairs the fund pays for', 'Publish the energy savings the repairs achieved',
    ]);
    assert.ok(all.some(n => n.kind === 'item' && n.title.startsWith('We recommend that the Commission target')), 'the cover\'s sentence is still shown where it is');
  });

  it('a conclusion that says what should have been done, before the numbered recommendations, is a proposal in the text', () => {
    assert.deepEqual(all.filter(n => n.kind === 'prose-recommendation' && n.title.startsWith('14')).length, 1);
  });
});

describe('a legal act that recommends, converted from its web page by pandoc: the points after its formula, grouped under bold headings', () => {
  const act = [
    '**COMMISSION RECOMMENDATION of 3 March 2031 on the safety of ferry ports**', '',
    'THE EUROPEAN COMMISSION,', '', 'Whereas:', '',
    '\\(1\\) Ports should be safe for passengers and crews.', '', '\\(2\\) Member States should share what they learn.', '',
    'HAS ADOPTED THIS RECOMMENDATION:', '',
    '**SUBJECT MATTER AND DEFINITIONS**', '',
    '1\\. This Recommendation sets out measures to make ferry ports safer.', '',
    '2\\. For the purposes of this Recommendation, the following definitions apply:', '',
    '\\(a\\) \'quay\' means a platform where ships moor;', '', '\\(b\\) \'crew\' means the persons working on board.', '',
    '**INSPECTIONS**', '',
    '3\\. Member States should inspect every quay before each summer season.', '',
    '4\\. Member States should ensure that inspections:', '',
    '\\(a\\) follow a common checklist;', '', '\\(b\\) are published within a month.', '',
    '**COOPERATION**', '',
    '5\\. Member States are encouraged to exchange inspectors.', '',
    'Done at Brussels, 3 March 2031.', '',
    '**ANNEX**', '', '**Checklist for a quay inspection**', '',
    '1\\. Bollards and fenders', '', '2\\. Lighting and ladders', '', '3\\. Fire equipment',
  ].join('\n');
  const outline = outlineDocument(act, { fileName: 'recommendation.md' });
  const all = flattenOutline(outline);

  it('each point that recommends is one, its lettered points its own; the subject matter, the definitions, the recitals and the annex recommend nothing', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.title, n.line, n.endLine]), [
      ['Member States should inspect every quay before each summer season.', 25, 25],
      ['Member States should ensure that inspections:', 27, 31],
      ['Member States are encouraged to exchange inspectors.', 35, 35],
    ]);
    assert.ok(all.filter(n => n.kind === 'recommendation').every(n => n.label === 'HAS ADOPTED THIS RECOMMENDATION'));
  });

  it('reads a number pandoc escaped at a line\'s start as the number it is, every offset kept', () => {
    const point = all.find(n => n.line === 25)!;
    assert.equal(act.slice(point.start, point.start + 'Member States'.length), 'Member States');
  });
});

describe('a society\'s practice guideline converted from PDF by pymupdf4llm: each clinical question answered by `推奨：…`', () => {
  const guideline = [
    '# **架空港湾作業者の健康支援ガイドライン 2031**', '',
    '## **発刊にあたって**', '', '本学会は港湾で働く人の健康を支えるため、この指針をまとめた。', '',
    '## **目　次**', '', '発刊にあたって ………………………… i', '', '推奨一覧 ………………………… ii', '', 'はじめに ………………………… 1', '',
    '1. 本ガイドラインの目的 ………………………… 1', '', '2. 作成方法 ………………………… 2', '', '第 1 章　評価 ………………………… 3', '',
    '第 2 章　支援 ………………………… 5', '', '第 3 章　体制 ………………………… 7', '', 'おわりに ………………………… 9', '', '付録　文献検索式 ………………………… 10', '',
    '## **推奨一覧**', '',
    '|CQ|推奨|強さ|', '|---|---|---|',
    '|CQ1-1|夜勤の多い作業者に、簡易尺度による睡眠の評価を行うことを提案する。|2|',
    '|CQ1-2|熱中症の既往がある作業者の評価では、作業環境を併せて評価することを推奨する。|1|',
    '|CQ2-1|港湾の作業者に、休憩所での水分補給の機会を設けることを提案する。|2|', '',
    '## **はじめに**', '',
    '# **1. 本ガイドラインの目的**', '', '港湾で働く人の健康を守るための指針を示す。', '',
    '# **2. 作成方法**', '', '委員会で文献を検討し、推奨を決めた。委員は利益相反を申告すべきである。', '',
    '## **第 1 章　評価**', '',
    '**CQ1-1　夜勤の多い作業者に睡眠の評価を行うことは推奨されるか？**', '',
    '推奨：港湾の作業現場において、夜勤の多い作業者を対象に、簡易尺度を用いた睡眠の質の評価を定期的に行う',
    '', 'ことを提案する。', '', '（推奨の強さ：2，エビデンスの確実性：C）', '',
    '**解説**', '', '睡眠の質は事故の危険と関わる。評価は簡便であるべきである。', '',
    '**CQ1-2　熱中症の既往がある作業者の評価はどうあるべきか？**', '',
    '推奨：熱中症の既往がある作業者の評価では、気温や湿度などの作業環境を併せて評価することを推奨する。（推奨の強さ：1，エビデンスの確実性：B）', '',
    '# **第 2 章　支援**', '',
    '**CQ2-1　休憩所での水分補給の機会を設けることは推奨されるか？**', '',
    '推奨：港湾の作業者に対して、休憩所での水分補給の機会を作業の合間ごとに設けることを提案する。（推奨の強さ：2，エビデンスの確実性：C）', '',
    '## **第 3 章　体制**', '', '事業者と健診機関の連携の在り方を述べる。', '',
    '## **おわりに**', '', '本指針は三年ごとに見直す。', '',
    '## **付録　文献検索式**', '', '#1 harbour[tiab] OR port[tiab]',
  ].join('\n');
  const outline = outlineDocument(guideline, { fileName: 'guideline.md' });
  const all = flattenOutline(outline);

  it('each `推奨：` is one recommendation, its sentence read on past the blank line the converter set inside it (a past illness, `既往`, in its text is no label\'s word); the table of them in front restates them', () => {
    const recs = all.filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(n => [n.line, n.label]), [[51, '推奨'], [63, '推奨'], [69, '推奨']]);
    assert.ok(recs[0].title.endsWith('ことを提案する。'), recs[0].title);
    assert.equal(all.filter(n => n.kind === 'item').length, 3);
  });

  it('the numbered headings after `はじめに`, set as high as the named chapters, are its sections', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => [n.title, n.children.filter(c => c.kind === 'section').map(c => c.title)]), [
      ['発刊にあたって', []], ['推奨一覧', []], ['はじめに', ['1. 本ガイドラインの目的', '2. 作成方法']], ['第 1 章\u3000評価', []], ['第 2 章\u3000支援', []], ['第 3 章\u3000体制', []], ['おわりに', []], ['付録\u3000文献検索式', []],
    ]);
  });
});

describe('a research service\'s report converted from its web page by pandoc: a linked contents, others\' recommendations reviewed', () => {
  const report = [
    '# Harbour Safety: Federal Roles and Options', '', '## Summary {#summary}', '', 'Congress may consider several options.', '',
    '## Contents {#contents}', '',
    '-   [Introduction](#introduction)', '-   [Background](#background)', '    -   [Trends in Accidents](#trends-in-accidents)',
    '    -   [Defining Harbour', '        Risk](#defining-harbour-risk)', '-   [Recommendations of Oversight and Advisory', '    Bodies](#recommendations-of-oversight-and-advisory-bodies)',
    '    -   [Government Accountability Office](#government-accountability-office)', '    -   [Advisory Panels](#advisory-panels)',
    '-   [Issues for Congress](#issues-for-congress)', '',
    '## Introduction {#introduction}', '', 'Harbours handle most freight.', '',
    '## Background {#background}', '', '### Trends in Accidents {#trends-in-accidents}', '', 'Accidents rose after 2020.', '',
    '### Defining Harbour Risk {#defining-harbour-risk}', '', 'Risk has several definitions.', '',
    '## Recommendations of Oversight and Advisory Bodies {#recommendations-of-oversight-and-advisory-bodies}', '',
    'This section summarizes what other entities recommended.', '',
    '### Government Accountability Office {#government-accountability-office}', '',
    'In a 2030 report, GAO found that inspections were fragmented.[^3] GAO made the following', 'recommendations, among others:', '',
    '> The Secretary of Transportation should publish inspection data for every', '> port. (Recommendation 1)', '>',
    '> The Commandant should review the fees that operators pay. (Recommendation 2)', '',
    '### Advisory Panels {#advisory-panels}', '', 'A panel reviewed the rules in 2029 and found them outdated.', '',
    '## Issues for Congress {#issues-for-congress}', '', 'Congress could extend the program, or let it lapse.', '',
    '[^3]: GAO, Harbour Safety, 2030.',
  ].join('\n');
  const outline = outlineDocument(report, { fileName: 'crs.md' });
  const all = flattenOutline(outline);

  it('the contents set its sections\' entries deeper, wrapped inside their links: the sub-headings are sections', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), [
      'Summary', 'Introduction', 'Background', 'Recommendations of Oversight and Advisory Bodies', 'Issues for Congress',
    ]);
  });

  it('what GAO recommended, quoted under the sentence that reports it, and a part named for others\' recommendations are no recommendations of the report', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.title), []);
  });
});

describe('a regulatory reform council\'s report printed with its layout: the measures a table laid out with spaces, page by page', () => {
  const row = (no: string, name: string, content: string) => `  ${no}     ${name}            ${content}                    令和32年度措置          国土交通省`;
  const page = (n: number) => ['', '', `                                          - ${n} -`, '', `\f                                                      架空港湾改革答申（令和32年５月）`, '', ''];
  const header = '  No.   事項名                   改革の内容                                                   実施時期                    所管府省';
  const report = [
    '                              架空港湾改革答申', '', '', '                                   目    次', '',
    'Ⅰ 総論 ……………………………………………… 1', 'Ⅱ 分野別実施事項 ……………………………… 1', 'Ⅲ 今後の推進体制 ……………………………… 3', '', '',
    'Ⅰ 総論', '', '  港の手続は多く、見直すべきである。', '',
    'Ⅱ 分野別実施事項', '', '1. 港湾分野', '', '  (1) 基本的考え方', '', '  港の手続を見直す。', '', '  (2) 実施事項', '', header,
    row('1', '岸壁使用の届出の', '岸壁の使用届出について、オンラインで'), '        電子化                  完結できるようにする。', '',
    row('2', '入港料の算定方法の', '入港料の算定方法について、船舶の'), '        見直し                  大きさに応じた区分を見直す。',
    ...page(2), header, '',
    row('3', '荷役機械の検査の', '荷役機械の定期検査について、遠隔での'), '        合理化                  確認を可能とする。', '',
    ...page(3),
    '2. 漁港分野', '', '  (1) 基本的考え方', '', '  漁港の手続を見直す。', '', '  (2) 実施事項', '', header, row('1', '漁港の占用許可の', '漁港の占用許可について、更新手続を'), '        簡素化                  簡素にする。', '',
    'Ⅲ 今後の推進体制', '', '  本会議は、実施状況を毎年度確認する。',
  ].join('\n');

  it('a row last on its page, before the page number, is a row of the table, no footnote: every row is a recommendation, titled by its first cell', () => {
    const recs = recommendationsOf(report, { fileName: 'toshin.txt' });
    assert.deepEqual(recs.map(n => [n.line, n.title]), [
      [26, '岸壁使用の届出の電子化'], [29, '入港料の算定方法の見直し'], [40, '荷役機械の検査の合理化'], [59, '漁港の占用許可の簡素化'],
    ], 'the header the next page repeats is no part of the row before it');
  });
});

describe('a Senate committee\'s report printed with its layout: a list of recommendations in front, a party\'s additional comments after the chapters', () => {
  // Four paragraphs, a page break after the second: each chapter runs over pages, as a report's do.
  const paragraphs = (chapter: number, from: number) => [0, 1, 2, 3].flatMap(k => [
    `${k === 2 ? '\f' : ''}${chapter}.${from + k}      Witnesses described the state of the quays in their region and the cost of`,
    '         repairing them after each storm, and the delays they had met.', '', ...(k === 1 ? [`                                              ${chapter * 2}`, ''] : [])]);
  const report = [
    '                    Harbour safety in the regions', '', 'Contents', 'List of recommendations ........................................ ix',
    'Chapter 1—Introduction ........................................ 1', 'Chapter 2—Quays and their repair ........................................ 3',
    'Chapter 3—Crews and training ........................................ 7',
    'Additional comments from the Harbour Party ........................................ 9', 'Appendix 1—Submissions ........................................ 11', '',
    '                                              vii', '',
    '\fList of recommendations', 'Recommendation 1                                                                                 5',
    '2.12     The committee recommends that the Government extend the Quay Repair Program for a',
    '         further four years and that future funding rounds:',
    '         (a) prioritise quays that failed in two or more storms;', '         (b) publish the list of funded quays.', '',
    '\fChapter 1', 'Introduction', '1.1      The Senate referred the inquiry to the committee on 3 May.', '',
    '1.2      The committee received forty submissions and held two hearings.', '', ...paragraphs(1, 3),
    '\fChapter 2', 'Quays and their repair', '2.1      Many quays are old, and the storms of the last years damaged most of them.', '', ...paragraphs(2, 2),
    '                                        Recommendation 1',
    '2.12     The committee recommends that the Government extend the Quay Repair Program for a',
    '         further four years and that future funding rounds:',
    '         (a) prioritise quays that failed in two or more storms;', '         (b) publish the list of funded quays.', '',
    '\fChapter 3', 'Crews and training', '3.1      Crews train once a year, in daylight.', '',
    '3.2      Witnesses told the committee that night drills are rare.', '', ...paragraphs(3, 3),
    'Senator A. Example', 'Chair',
    '\fAdditional comments from the Harbour Party',
    '1.1      The Harbour Party supports the recommendations of the committee.',
    '                                        Recommendation 1',
    '1.2      That the Government buy two new tugs for every region.', '',
    '\fAppendix 1', 'Submissions', '1    Port Authority',
  ].join('\n');
  const outline = outlineDocument(report, { fileName: 'senate.txt' });
  const all = flattenOutline(outline);

  it('the committee\'s recommendation is one, its lettered points its own, in the front list and in the body alike; the party\'s are items of its own part', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.endLine]), [[58, 62]]);
    const party = outline.nodes.find(n => n.title === 'Additional comments from the Harbour Party');
    assert.equal(party?.kind, 'chapter');
    assert.deepEqual(flattenOutline({ format: outline.format, nodes: [party!] }).filter(n => n.kind === 'item').map(n => n.line), [88]);
  });
});

describe('a state auditor\'s report printed with its layout: findings set in under `Audit Results` in the contents, the agency\'s letter answering each recommendation', () => {
  const dots = (title: string, page: number) => `${title} ${'.'.repeat(Math.max(4, 70 - title.length))}   ${page}`;
  const report = [
    '                         Harbour Fees: Collections Lag', '', 'Contents', '',
    dots('Introduction', 1), '', dots('Audit Results', 2), '', dots('    Finding 1: Fees Were Not Collected', 2), '',
    dots('    Finding 2: Fee Data Are Not Reliable', 3), '', dots('Appendix A: Department Response', 4), '',
    '\fIntroduction', '', 'The Harbour Department collects fees from ships that call at its ports.', '',
    'Audit Results', '', 'The Department has not made fee collection a priority.', '',
    'Finding 1: Fees Were Not Collected', '', 'Of $3 million in fees billed, the Department collected $1 million.', '',
    'Recommendations', '',
    '1.1    The Department should adopt a written collections strategy with annual targets for',
    '       each port.', '',
    '1.2    The Department should refer unpaid fees older than a year to the state collector.', '',
    'Finding 2: Fee Data Are Not Reliable', '', 'Balances in the billing system did not match the ledger.', '',
    'Recommendations', '',
    '2.1    The Department should reconcile billing balances to the ledger every month.', '',
    '\fAppendix A: Department Response', '', 'Dear Auditor:', '', 'Our response to each recommendation follows.', '',
    'Recommendation 1.1',
    '    The Department should adopt a written collections strategy with annual targets for',
    '    each port.', '', '    Department Response: Agree. Target date: June 30, 2033.', '',
    'Recommendation 1.2',
    '    The Department should refer unpaid fees older than a year to the state collector.', '',
    '    Department Response: Partially agree. Target date: June 30, 2033.', '',
    'Recommendation 2.1',
    '    The Department should reconcile billing balances to the ledger every month.', '',
    '    Department Response: Agree. Target date: December 31, 2033.',
  ].join('\n');
  const outline = outlineDocument(report, { fileName: 'audit.txt' });
  const all = flattenOutline(outline);

  it('the numbered findings the contents set in under an unnumbered entry are its sections', () => {
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => [n.title, n.children.filter(c => c.kind === 'section').map(c => c.title)]), [
      ['Introduction', []], ['Audit Results', ['Finding 1: Fees Were Not Collected', 'Finding 2: Fee Data Are Not Reliable']], ['Appendix A: Department Response', ['Dear Auditor:']],
    ]);
  });

  it('each recommendation counts where the report makes it; the letter\'s copy, answered, is an item', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [29, 32, 40]);
    assert.equal(all.filter(n => n.kind === 'item').length, 3);
  });
});

describe('a law reform body\'s consultation paper printed with its layout: provisional proposals and consultation questions boxed among numbered paragraphs', () => {
  const paper = [
    '                         Private Quays: A Consultation Paper', '', 'Contents', '',
    'Chapter 1: Introduction ........................................ 1', 'Chapter 2: A register of quays ........................................ 3',
    'Chapter 3: Paying for repairs ........................................ 6', 'Summary of provisional proposals and consultation questions ........ 9', '',
    '\fChapter 1: Introduction', '', '1.1      The Government asked us to review the law on private quays.', '',
    '1.2      Owners of private quays are often unknown, and the law says little about repairs.', '',
    '\fChapter 2: A register of quays', '', '2.1      No one knows who owns many quays.', '',
    '         Provisional proposal 1.', '',
    '2.2      We provisionally propose that each harbour authority should keep a register of private',
    '         quays in its area, open to the public free of charge.', '',
    '         Consultation Question 1.', '',
    '2.3      What should the register record? Should owners be under a duty to supply it?', '',
    '\fChapter 3: Paying for repairs', '', '3.1      Repairs are left undone where no owner is liable.', '',
    '         Provisional proposal 2.', '',
    '3.2      We provisionally propose that every owner with a right to use a private quay should be',
    '         liable to contribute a fair share of the cost of repairing it.', '',
    '\fSummary of provisional proposals and consultation questions', '',
    'Provisional proposal 1.    We provisionally propose that each harbour authority should keep a register of',
    '                           private quays in its area, open to the public free of charge. [paragraph 2.2]', '',
    'Consultation Question 1.   What should the register record? Should owners be under a duty to supply it?',
    '                           [paragraph 2.3]', '',
    'Provisional proposal 2.    We provisionally propose that every owner with a right to use a private quay',
    '                           should be liable to contribute a fair share of the cost of repairing it.', '                           [paragraph 3.2]',
  ].join('\n');
  const all = flattenOutline(outlineDocument(paper, { fileName: 'consultation.txt' }));

  it('each provisional proposal is a recommendation where the paper makes it; the questions ask, and the summary restates', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.label]), [[20, 'Provisional proposal 1'], [33, 'Provisional proposal 2']]);
  });

  it('closed by a point, a numbered label right under a line of text ends that line\'s sentence', () => {
    const text = ['# Status of earlier recommendations', '', 'We closed this one because it was superseded. See our 2031 report on quays,',
      'Recommendation 2.', '', 'The Director should publish the plans for every quay in the region.'].join('\n');
    assert.deepEqual(flattenOutline(outlineDocument(text, { fileName: 'status.md' })).filter(n => n.label?.startsWith('Recommendation')), []);
  });
});

describe('a Commons committee\'s report converted from its web page by pandoc: the list of recommendations linked to their pages, a party\'s opinion after the appendices', () => {
  const report = [
    '# KEEPING QUAYS WORKING', '', '## LIST OF RECOMMENDATIONS', '', 'As a result of their deliberations committee members recommend the following:', '',
    '### Recommendation 1', '', 'That the Government assess the condition of every public quay by 2032 and publish the results. [\\[page', '9\\]](#Rec1)', '',
    '### Recommendation 2', '', 'That the Government fund a ten-year program of repairs to the quays in the worst condition. [\\[page', '12\\]](#Rec2)', '',
    '# KEEPING QUAYS WORKING', '', '## INTRODUCTION', '', 'The committee studied the public quays.', '',
    '## THE CONDITION OF QUAYS', '', 'Many quays are old. The committee therefore recommends:', '',
    '**Recommendation 1**', '', 'That the Government assess the condition of every public quay by 2032 and publish the results.', '',
    '**Recommendation 2**', '', 'That the Government fund a ten-year program of repairs to the quays in the worst condition.', '',
    '## APPENDIX A LIST OF WITNESSES', '', '| Organizations and Individuals | Date |', '|---|---|', '| Harbour Authority of the North | 2031/05/03 |', '',
    '## APPENDIX B LIST OF BRIEFS', '', 'Harbour Authority of the North', '',
    '## REQUEST FOR GOVERNMENT RESPONSE', '', 'The committee requests that the Government table a comprehensive response to this report.', '',
    '## SUPPLEMENTARY OPINION OF THE HARBOUR PARTY', '', 'We support the report. We make the following additional recommendations:', '',
    '**Recommendation 1**', '', 'That the Government buy two tugs for every region.',
  ].join('\n');
  const all = flattenOutline(outlineDocument(report, { fileName: 'report.md' }));

  it('the front list\'s entries, linked back to their pages, restate the body\'s; the party\'s opinion recommends for itself', () => {
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [27, 31]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [7, 12, 53]);
  });
});

describe('a newspaper\'s analysis saved from its web page: another body\'s proposals reported, the article proposing nothing', () => {
  const article = [
    '# 港の使用料、自治体でまちまち', '', '2031年11月2日 5時00分', '', '## 広がる独自の減免', '', '港の使用料を独自に減らす自治体が増えている。', '',
    '## 「地域差」指摘する検討会の提言', '', '国の検討会は10月末、報告書を公表した。', '', '報告書はまず、現状の課題として次の3点を挙げた。', '',
    '1. 自治体によって使用料に年間最大で約7万円の差が生じている', '2. 未納への対応が職員の負担になっている', '3. 修繕費の上昇分を使用料に転嫁できずにいる', '',
    'その上で、提言の柱として以下を盛り込んだ。', '',
    '> **提言の骨子（検討会報告書より）**', '>', '> 1. 使用料の軽減は、国の責任において段階的に進めるべきである', '> 2. 減免の対象は、まず漁業者とすることが望ましい', '',
    '## 専門家はどう見るか', '', '「財源の議論が先だ」と港湾政策に詳しい教授は話す。',
  ].join('\n');

  it('the issues a sentence says it lists, and a box of proposals quoted from their source, are no recommendations of the article', () => {
    assert.deepEqual(recommendationsOf(article, { fileName: 'news.md' }).map(n => n.title), []);
  });
});

describe('a city\'s strategy converted from Word by pandoc: a line break inside a measure written as a backslash', () => {
  it('the measure ends as its sentence does, and the list of measures the city takes stands', () => {
    const strategy = [
      '# 第２章　基本目標', '', '## （１）移住・定住の促進', '', '移住に関する相談から暮らしまでを切れ目なく支援します。', '', '**【具体的な事業】**', '',
      '・移住相談窓口において、オンラインを含めた相談対応を行い、住まいの情報を提供します。', '',
      '・移住者に対し移住支援金を交付するとともに、空き家の改修費用を支援します。\\', '（拡充：子どもを帯同する世帯への加算額を引き上げます。）', '',
      '・市内企業の就職説明会を東京圏で開催し、就職を支援します。', '',
      '## （２）関係人口の創出', '', '本市とのつながりを深めます。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(strategy, { fileName: 'strategy.md' }).map(n => n.line), [9, 11, 14]);
  });
});

describe('a development bank\'s policy note: a chapter of recommendations set out in a table, directions and risks', () => {
  const table = [
    '| Recommendation | Responsible agency | Timeframe |', '|---|---|---|',
    '| Remove the tax exemptions on harbour fuel | Ministry of Finance | Short term |',
    '| Publish a register of port concessions each year | Port Authority | Short term |',
    '| Set a ceiling on dredging subsidies in the budget framework | Ministry of Finance | Medium term |',
  ];
  const text = [
    '# Executive Summary', '', 'The ports lose money and their debts grow.', '', '**Summary of key recommendations**', '',
    '-   Cut the fuel exemptions of the harbours.', '', '-   Make the concessions public in a yearly register.', '',
    '-   Cap what the budget spends on dredging.', '', '# 1. Introduction', '', 'This note reviews the finances of the ports.', '',
    '# 2. Policy Recommendations', '', 'The analysis points to an adjustment of the ports\' budgets. The recommendations below are organized',
    'by area, and their timing should follow the season.', '', '## 2.1 Reform matrix', '', ...table, '',
    '## 2.2 Strategic directions', '', 'Beyond these actions, the team recommends broader directions.', '',
    '**Strengthen the port authority.** The government should give it a board of its own.', '',
    '**Train the harbour masters.** The ministry should fund a course each year.', '',
    '## 2.3 Sequencing and implementation risks', '', 'The exemptions should go first. The main risks to implementation are:', '',
    '1.  opposition from the shipping lines;', '', '2.  a rise in the price of fuel; and', '', '3.  elections in the coming year.', '',
    '# References', '', 'Port statistics, 2030.',
  ].join('\n');
  const outline = () => flattenOutline(outlineDocument(text, { fileName: 'note.md' }));

  it('the table\'s rows and the bold directions are the recommendations, the sub-headings over them sections', () => {
    const nodes = outline();
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'recommendation')).map(t => t.slice(0, 30)), [
      'Remove the tax exemptions on h', 'Publish a register of port con', 'Set a ceiling on dredging subs',
      'Strengthen the port authority.', 'Train the harbour masters. The',
    ]);
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'section' && n.title.startsWith('2.'))), ['2.1 Reform matrix', '2.2 Strategic directions', '2.3 Sequencing and implementation risks']);
  });

  it('the paragraph introducing the recommendations, the risks listed after them and the summary\'s list are none', () => {
    const nodes = outline();
    const kindOf = (start: string) => nodes.find(n => n.title.startsWith(start))?.kind;
    assert.notEqual(kindOf('The analysis points'), 'recommendation');
    assert.equal(kindOf('opposition from the shipping lines'), 'item');
    assert.equal(kindOf('Cut the fuel exemptions'), 'item');
  });
});

describe('a board\'s evaluation report: the experts it heard listed under a chapter of their opinions', () => {
  it('the names of the people a sentence counts are items, not recommendations', () => {
    const text = [
      '第３章　有識者の意見', '', '　点検・評価の結果について、次の２名の有識者から意見を聴取しました。', '',
      '・山川　一郎　氏（港大学教授）', '・海野　花子　氏（元小学校長）', '',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'tenken.txt' }));
    assert.deepEqual(nodes.filter(n => n.title.includes('氏')).map(n => n.kind), ['item', 'item']);
  });
});

describe('a labour confederation\'s demands saved from its web page', () => {
  const text = [
    '# 2030年度 政策・制度 要求と提言', '', '架空労働組合総連合会', '', '## はじめに', '', '本書は分野ごとに要求を示す。重点課題は次の2点である。', '',
    '- 賃上げの定着', '- 安全網の再構築', '', '## Ⅰ. 雇用政策', '', '**【現状と課題】**', '', '失業給付の水準が低いことが課題である。', '',
    '**【要求内容】**', '', '（1）雇用保険の給付率を引き上げる。', '', '- 給付日数を延長すること。', '', '（2）職業訓練の給付を拡充する。', '',
    '（3）雇用調整助成金の特例を整備する。', '', '- 発動の要件を事前に定めること。', '', '## Ⅱ. 教育政策', '', '**【要求内容】**', '',
    '◆ 35人学級を中学校にも拡大する。（継続）', '', '◆ 奨学金の返還を支援する。', '', '## 参考 前期の取り組み経過', '',
    '（1）最低賃金：目安が引き上げられた。', '', '（2）雇用保険：適用が拡大された。',
  ].join('\n');

  it('the numbered and marked items under `【要求内容】` are the demands, each with its points', () => {
    const recs = recommendationsOf(text, { fileName: 'yokyu.md' });
    assert.deepEqual(titles(recs), [
      '雇用保険の給付率を引き上げる。', '職業訓練の給付を拡充する。', '雇用調整助成金の特例を整備する。', '35人学級を中学校にも拡大する。（継続）', '奨学金の返還を支援する。',
    ]);
    assert.deepEqual(recs.map(r => r.label), ['要求内容', '要求内容', '要求内容', '要求内容', '要求内容']);
    assert.equal(recs[2].endLine, 28, 'the last demand keeps its point');
  });
});

describe('a council staff report exported to Markdown', () => {
  const text = [
    '**STAFF REPORT**\\', '**ACTION REQUIRED**', '', '**Report to:** Harbour Committee', '', '**From:** General Manager, Port Services', '',
    '**Date:** March 3, 2030', '', '**Wards:** All', '', '# RECOMMENDATIONS', '', 'It is recommended that City Council:', '',
    '1.  Approve the new standards for clearing the quays.', '', '2.  Authorize the General Manager to tender the dredging contract.', '',
    '# BACKGROUND', '', 'The quays were last reviewed in 2025.',
  ].join('\n');

  it('the header\'s fields in bold under the report\'s kind are no recommendations; the numbered motion is', () => {
    assert.deepEqual(titles(recommendationsOf(text, { fileName: 'report.md' })), ['Approve the new standards for clearing the quays.', 'Authorize the General Manager to tender the dredging contract.']);
  });
});

describe('a consultation response converted from Word: each question in bold over the answer', () => {
  const text = [
    '# Responses to consultation questions', '', '**Question 1: Do you agree that the revised standards should continue to', 'be food-based rather than nutrient-based?**', '',
    'Yes. Food-based standards are easier for cooks to apply.', '', 'We recommend that the Department publishes statutory portion size', 'guidance for each key stage.', '',
    '# Contact details', '', 'Policy team, Institute of Harbour Cooks.',
  ].join('\n');

  it('the question it answers, wrapped over two lines, proposes nothing; its recommendation is one', () => {
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'response.md' }));
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'recommendation' || n.kind === 'prose-recommendation')), ['We recommend that the Department publishes statutory portion size guidance for each key stage.']);
  });
});

describe('a board of education\'s review of its own work, converted from PDF to Markdown', () => {
  const text = [
    '# **第２章　施策の点検・評価**', '', '### **施策１　港の学習の充実**', '', '**【施策の概要】**', '', '港について学ぶ機会を増やします。', '',
    '|施策番号|主な取組|指標|目標値|実績値|達成<br>状況|', '|---|---|---|---|---|---|', '|1-(1)|港の見学会|参加者数|100人|120人|A|', '|1-(2)|港の副読本|配布校数|20校|18校|B|', '',
    '**【成果】**', '', '・見学会の参加者は目標を上回りました。', '', '**【課題】**', '', '副読本が一部の学校に届いていません。', '',
    '# **第３章　学識経験者の意見**', '', '**１　副読本を全校に届けること（施策１）**', '', '副読本が届かない学校をなくすべきである。', '',
    '**２　見学会の効果を測ること（施策１）**', '', '見学の前後で児童の理解を調べることが望ましい。',
  ].join('\n');

  it('the measures it reviews, their table of results and what they achieved are no recommendations; the experts\' opinions are', () => {
    const recs = recommendationsOf(text, { fileName: 'review.md' });
    assert.ok(!recs.some(r => /港の(?:学習|見学会|副読本)$|参加者は/.test(r.title)), titles(recs).join(' / '));
    assert.ok(recs.length > 0 && recs.every(r => r.label === '学識経験者の意見'), titles(recs).join(' / '));
  });
});

describe('a prisons inspectorate\'s report printed from PDF', () => {
  const text = [
    'Report on an inspection of HMP Harbourside', '', 'Contents', '', 'Section 1      Key concerns and recommendations              3',
    'Section 2      Safety                                          5', 'Section 3      Progress on recommendations from the last inspection  9', '',
    'Section 1     Key concerns and recommendations', '',
    '1.1    Key concern: Prisoners spent too long locked in their cells.', '', '       Recommendation: All prisoners should be unlocked for a reasonable period each', '       day.', '',
    '1.2    Key concern: Drugs were widely available.', '', '       Recommendation: Leaders should deliver a drug strategy that combines supply', '       reduction with treatment.', '',
    'Section 2     Safety', '', '2.1    Reception was calm and staff were kind to new arrivals.', '',
    'Section 3     Progress on recommendations from the last inspection', '', 'Recommendations', '',
    'Prisoners should have at least eight hours out of their cells each weekday.', 'Not achieved', '',
  ].join('\n');

  it('the recommendations are the text\'s own, not a part numbered in the contents nor those it follows up from the last inspection', () => {
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 30)), ['All prisoners should be unlocke', 'Leaders should deliver a drug s'].map(t => t.slice(0, 30)));
  });

  it('nor those an annex of progress against them sets in a table laid out with spaces', () => {
    const annexed = [
      ...text.split('\n').slice(0, 20), 'Annex C: Progress against recommendations from our 2020 report', '',
      '   Recommendation (2020)                                 Progress found in 2025', '',
      '   Recommendation 1                                      Partially achieved', '   By March 2021, governors should make sure that        Two of eight prisons', '   every prisoner has a key worker.                      have one.',
    ].join('\n');
    const recs = recommendationsOf(annexed, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 30)), ['All prisoners should be unlocke', 'Leaders should deliver a drug s'].map(t => t.slice(0, 30)));
  });
});

describe('a city\'s audit committee report saved from Word as text', () => {
  const text = [
    '令和１２年度定期監査の結果に関する報告', '', '第１\u3000監査の概要', '\u3000港湾部の財務事務を対象とした。', '', '第２\u3000監査の結果', '１\u3000港湾部',
    '（１）港湾管理課', '【指摘事項】', '１\u3000使用料の減免について', '\u3000減免の理由が記録されていなかった。', '\u3000減免の理由を記録されたい。', '',
    '【注意事項】', '・検査調書に検査年月日が記載されていないものがあった。', '・入札結果の公表が遅れていたものがあった。', '',
    '第３\u3000意見', '\u3000今回の監査の結果を踏まえ、次のとおり意見を述べる。', '１\u3000内部統制の向上について', '\u3000複数の職員による確認を徹底されたい。', '',
    '２\u3000職員の育成について', '\u3000経験に応じた研修を計画的に実施されたい。',
  ].join('\n');

  it('the corrections it asks and its opinions on the whole are the recommendations, its minor notes none', () => {
    const recs = recommendationsOf(text);
    assert.deepEqual(recs.map(r => r.title.slice(0, 8)), ['使用料の減免につ', '内部統制の向上に', '職員の育成につい']);
  });
});

describe('a parliamentary committee\'s report saved from its web page: a list of recommendations linked to the body', () => {
  const text = [
    '## LIST OF RECOMMENDATIONS', '', '**Recommendation 1**', '', 'That the Government publish a national data set on harbour ferry routes and', 'ridership each year. [… page 9](#Rec1)', '',
    '**Recommendation 2**', '', 'That the Minister convene the provinces to harmonize the rules for harbour ferry', 'operators. [… page 11](#Rec2)', '',
    '## 1. THE STATE OF HARBOUR FERRIES', '', 'Witnesses told the committee that data were scarce.', '', '**Recommendation 1**', '',
    '**That the Government publish a national data set on harbour ferry routes and', 'ridership each year.**', '', 'Witnesses also spoke of the rules.', '',
    '**Recommendation 2**', '', '**That the Minister convene the provinces to harmonize the rules for harbour ferry', 'operators.**',
  ].join('\n');

  it('each recommendation counts once, in the body: the front list that links each to its page, unbolded, restates it', () => {
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => r.line), [17, 24]);
    assert.equal(recs[0].title, 'That the Government publish a national data set on harbour ferry routes and ridership each year.', 'read as the reader sees it, without its bold marks');
  });
});

describe('a council\'s report that follows up its earlier proposals, and sums up its own in front', () => {
  const text = [
    '架空審議会 報告', '', '要\u3000旨', '', '【提言の概要】', '・港を守る', '・人を育てる', '・情報を開く', '',
    '第１\u3000前回の提言の実施状況', '', '【提言】', '１\u3000国は岸壁を点検すること。（実施済み）', '２\u3000国は技術者を確保すること。（一部実施）', '',
    '第２\u3000今回の提言', '', '【提言】', '１\u3000国は老朽化した岸壁を計画的に補修し、その進捗を毎年公表すべきである。',
    '２\u3000国は港湾技術者の育成と確保に大学と連携して取り組むべきである。', '３\u3000国は港湾の点検結果を利用者に分かりやすく公開すべきである。',
  ].join('\n');

  it('the proposals followed up and the front summary\'s list are items; this report\'s proposals are the recommendations', () => {
    const nodes = flattenOutline(outlineDocument(text));
    assert.deepEqual(nodes.filter(n => n.kind === 'recommendation').map(r => r.line), [19, 20, 21]);
    assert.deepEqual(nodes.filter(n => n.kind === 'item').map(r => r.line), [6, 7, 8, 13, 14]);
  });
});

describe('a university task force\'s report converted from Word: coded recommendations grouped by theme', () => {
  const text = [
    '# Findings', '', 'Waits for counselling are long.', '', '# Recommendations', '', 'The recommendations are grouped in two themes.', '',
    '### Theme 1: Access to Care', '', 'Students need a simpler way in.', '',
    '**R1.** The University should establish a single front door for support.', '', '*Lead:* Student Life. *Timeline:* Short term.', '',
    '**R2.** The University should increase counselling capacity.', '', '### Theme 2: Academic Policies', '', 'Some policies cause distress.', '',
    '**R3.** The University should let students self-declare a short absence.', '', '# Implementation', '', 'A group will track progress.',
  ].join('\n');

  it('the coded paragraphs are the recommendations, the themes over them sections', () => {
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 3)), ['R1.', 'R2.', 'R3.']);
  });
});

describe('an industry association\'s voluntary guideline on its web page', () => {
  const text = [
    '## 第3章\u3000会員企業が取り組むべき事項', '', '### 1\u3000相談体制の整備', '', '**【求められる取組】**', '',
    '・相談窓口を定め、従業員に周知することが求められる。', '', '・相談者のプライバシーを保護することが求められる。', '',
    '**【望ましい取組】**', '', '・外部の専門機関を活用した相談窓口を設けることが望ましい。', '',
    '> **【参考事例】A社**', '> ・夜間の当番電話を設けている。', '', '## 第4章\u3000見直し', '', '当協会は、３年ごとに見直す。',
  ].join('\n');

  it('what members are to do and what they had best do are its recommendations, a member\'s example none', () => {
    const recs = recommendationsOf(text, { fileName: 'guideline.md' });
    assert.deepEqual(recs.map(r => r.label), ['求められる取組', '求められる取組', '望ましい取組']);
  });
});

describe('a government council\'s private members\' paper extracted from PDF without its layout', () => {
  const text = [
    '港湾の持続的な発展に向けて', '', '令和12年10月1日', '港 太郎', '湾 花子', '',
    '人口減少が進む中、港湾の競争力を高めることが鍵を握る。こうした認識の下、以下の取組を提案する。', '',
    '1. 現状認識', '・港湾の取扱貨物量は前年比２％減と、減少幅が拡大。', '・岸壁の老朽化が進み、補修費が増加している。', '',
    '2. 港湾の競争力の強化', '港湾の競争力を高めることが不可欠。政府は以下の取組を進めるべき。',
    '・老朽化した岸壁の補修を計画的に進めるべき。', '・港湾の手続のデジタル化を加速すべき。', '',
    '3. 港湾人材の確保', '・港湾技術者の育成を大学と連携して進めるべき。',
  ].join('\n');

  it('its numbered parts, the situation first, are its chapters and the bullets of the later ones its proposals', () => {
    const nodes = flattenOutline(outlineDocument(text));
    assert.deepEqual(titles(nodes.filter(n => n.kind === 'chapter')), ['1. 現状認識', '2. 港湾の競争力の強化', '3. 港湾人材の確保']);
    assert.equal(nodes.filter(n => n.kind === 'recommendation').length, 3);
  });
});

describe('a ministry\'s public review of its spending programmes, saved from Word as text', () => {
  const text = [
    '行政事業レビュー 公開プロセス 取りまとめ結果', '', 'はじめに', '\u3000本書は公開プロセスの結果を取りまとめたものである。', '',
    '事業１\u3000港湾施設整備事業', '【論点】', '(1)\t施設の稼働状況はどうか。', '(2)\t予算規模は適正か。', '【評価結果】', '事業内容の一部改善',
    '【取りまとめコメント】', '1.\t施設の稼働状況を全数調査すべきである。', '2.\t予算規模を執行実績に合わせて見直すべきである。', '',
    '事業２\u3000港湾人材育成事業', '【取りまとめコメント】', '1.\t研修の効果を検証し、公表すべきである。', '',
    '（参考１）外部有識者名簿', '氏名\t所属', '港\u3000太郎\t港湾大学', '', '（参考２）評価の区分', '1.\t廃止：必要性が認められないもの', '2.\t現状通り：継続が適当なもの',
  ].join('\n');

  it('the panel\'s summary comments are the recommendations; the points at issue and the appended notes are none', () => {
    const nodes = flattenOutline(outlineDocument(text));
    assert.deepEqual(nodes.filter(n => n.kind === 'recommendation').map(r => r.title.slice(0, 8)), ['施設の稼働状況を', '予算規模を執行実', '研修の効果を検証']);
    assert.ok(nodes.some(n => n.kind === 'chapter' && n.title.startsWith('（参考２）')));
  });
});

describe('a governor\'s opinion on an environmental impact assessment, saved from Word as text', () => {
  const text = [
    '別紙', '', '（仮称）丘陵風力発電事業に係る環境影響評価準備書に対する知事意見', '',
    '\u3000本事業は、事業者が丘陵地に風力発電所を設置するものである。',
    '\u3000以上のことから、評価書の作成に当たっての環境の保全の見地からの意見は、次のとおりである。', '',
    '１\u3000総括的事項',
    '（１）\u3000配置計画を再検討し、重大な環境影響を回避すること。',
    '（２）\u3000地域住民に対し、丁寧な説明を行うこと。', '',
    '２\u3000個別的事項', '（１）騒音',
    'ア\u3000騒音の予測に当たっては、気象条件による変動を考慮すること。',
    'イ\u3000稼働後に事後調査を実施すること。', '',
    '（２）景観', '主要な眺望点からの眺望について、風力発電機の配置を見直すこと。', '',
    '（３）動物', 'ア\u3000希少猛禽類の調査を継続すること。', 'イ\u3000渡り鳥の移動経路を調査すること。', '',
    '備考', '１\u3000本意見において「住居等」とは、住居、学校及び病院をいう。', '２\u3000本意見における地名は、準備書の記載による。', '',
  ].join('\n');

  it('each item of its two standard parts is one recommendation, and a topic\'s lone paragraph beside topics with lists too; its remarks are none', () => {
    const recs = recommendationsOf(text, { fileName: 'iken.txt' });
    assert.deepEqual(recs.map(r => r.line), [9, 10, 14, 15, 18, 21, 22]);
    assert.deepEqual([...new Set(recs.map(r => r.label))], ['総括的事項', '個別的事項']);
  });
});

describe('a prefecture\'s external evaluation of its programmes converted to Markdown from PDF', () => {
  const text = [
    '## **第２章\u3000事業別の評価結果**', '', '#### **事業１\u3000港湾利用促進事業**', '', '**１\u3000事業の現状**', '', '利用者は減っている。', '',
    '**２\u3000評価**', '', '成果が把握されていない。', '', '**３\u3000意見・提言**', '',
    '①\u3000成果指標を、利用者数から定着率に見直されたい。', '', '②\u3000市町村との役割分担を明確にすること。', '',
    '#### **事業２\u3000漁業担い手育成事業**', '', '**１\u3000事業の現状**', '', '研修生は増えている。', '', '**２\u3000意見・提言**', '',
    '①\u3000研修後の定着状況を追跡調査すること。', '',
    '## **第３章\u3000総評**', '', '以上を踏まえ、今後の事業評価の運用について、委員会として次のとおり提言す', 'る。', '',
    '**（１）成果指標の見直し**', '', '全ての事業について、成果を示す指標を設定すること。', '',
    '**（２）終期の設定**', '', '新規事業には原則として終期を設定すること。',
  ].join('\n');

  it('a numbered part in bold named by a label over its list (`**３\u3000意見・提言**` over `①`) holds recommendations', () => {
    const recs = recommendationsOf(text, { fileName: 'hyoka.md' });
    assert.deepEqual(recs.filter(r => r.label === '意見・提言').map(r => r.line), [15, 17, 27]);
  });

  it('a lead-in whose verb the page wrapped (`…次のとおり提言す` over `る。`) leads into the bold parts after it', () => {
    const recs = recommendationsOf(text, { fileName: 'hyoka.md' });
    assert.deepEqual(recs.filter(r => r.label !== '意見・提言').map(r => r.title), ['成果指標の見直し', '終期の設定']);
  });
});

describe('a citizens\' network\'s proposals on its web page, quoting other bodies\' papers under headings that name them', () => {
  const text = [
    '## 提言', '', '### 提言１\u3000日本語教室を全ての市町村に', '', '国は、日本語教室の設置を支援すべきである。', '',
    '## 要望をめぐる動き（参考）', '', '以下、主なものを抜粋して紹介します。', '',
    '### 県多文化共生懇話会「これからの施策のあり方について（報告）」（2023年3月）より', '',
    '> **提言４**\u3000県は、就学状況調査の手引きを作成すべきである。', '>', '> **提言５**\u3000県立高校の選抜の特別措置を見直すべきである。',
  ].join('\n');

  it('the numbered proposals quoted under a heading that names their source (`…「…」（2023年3月）より`) are that body\'s, not the network\'s', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'teigen.md' }).map(r => r.label), ['提言１']);
  });
});

describe('an economic survey printed to text with its layout: findings at the left, recommendations as bullets at the right', () => {
  const pad = (left: string, right: string, at = 40) => `${left}${' '.repeat(Math.max(3, at - left.length))}${right}`;
  const text = [
    '第1章\u3000評価と提言', '', '\u3000金利の上昇は地域の銀行に影響し得る。', '',
    '金融政策に関する主な調査結果と提言', pad('主な調査結果', '提言（主要な提言は太字）'),
    pad('物価上昇率は目標を上回っている。', '• 政策金利を段階的に引き上'), pad('', 'げる。'), '',
    pad('銀行は国債を多く保有しており、', '• 金利リスクを注意深く監視'), pad('影響には不確実性がある。', 'する。'), '',
    '人材の確保', '', pad('人手不足が続いている。', '• 職業訓練を拡充する。'), '', '',
    '\u3000財政の持続可能性を確保することが課題である。',
  ].join('\n');

  it('each bullet of the right column is one recommendation, its wrapped lines joined; the findings beside them and the text after the table are none', () => {
    const recs = recommendationsOf(text, { fileName: 'survey.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.title, r.label]), [
      [7, 8, '政策金利を段階的に引き上げる。', '提言'], [10, 11, '金利リスクを注意深く監視する。', '提言'], [15, 15, '職業訓練を拡充する。', '提言'],
    ]);
  });
});

describe('a climate committee\'s progress report converted to Markdown: its own table of recommendations beside other bodies\' and last year\'s', () => {
  const text = [
    '# 1 Overview', '', '### 1.3 Delivery of our 2024 recommendations', '', 'Last year we made 41 recommendations.', '',
    '|Recommendation ID|Recommendation (2024 report)|Department|Assessment|', '|---|---|---|---|',
    '|R2024-001|Publish a delivery plan.|Cabinet Office|Delivered|', '|R2024-002|Apply a net zero test to spending.|HM Treasury|Not delivered|', '',
    '# 2 Industry', '', '### 2.2 Policy assessment', '', 'Carbon capture has reached financial close.', '', '**Box 2.1 Recommendations of the Industrial Taskforce (2024)**', '',
    'The Taskforce, an industry-led body, made three recommendations to Government:', '',
    '1. Introduce a product standard for low-carbon steel.', '', '2. Guarantee grid connection dates.', '', '3. Publish a hydrogen roadmap.', '',
    '### Recommendations', '', '|Recommendation ID|Recommendation|Department|Timing|', '|---|---|---|---|',
    '|R2025-020|Set a date for the steel standard.|DBT|2026|', '|R2025-021|Fund the connection of industrial sites.|DESNZ|2027|',
  ].join('\n');

  it('only the rows of its own table are recommendations: not last year\'s it reports the delivery of, nor those another body made', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'progress.md' }).map(r => r.line), [32, 33]);
  });
});

describe('a healthcare safety investigation report printed to text: each safety recommendation a label with its id over its paragraph', () => {
  const text = [
    '3. Analysis and findings', '', '   Finding F/2024/02', '   There is no national service specification for the review of alerts.', '',
    '   Safety recommendation R/2024/031', '   The Branch recommends that the national body develops a service specification for the', '   remote monitoring of implanted devices.', '',
    'The investigation found that arrangements varied between services.', '',
    '   Safety recommendation R/2024/032', '   The Branch recommends that the regulator publishes guidance on alert thresholds.', '',
    '4. Summary', '', 'The report makes two safety recommendations.',
  ].join('\n');

  it('the label and its id (`Safety recommendation R/2024/031`) head the paragraph under it, one recommendation each', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.txt' }).map(r => [r.line, r.label]), [[6, 'Safety recommendation R/2024/031'], [12, 'Safety recommendation R/2024/032']]);
  });
});

describe('a parliamentary committee\'s report converted from Word by pandoc: each recommendation boxed as a grid table', () => {
  const box = (n: number, words: string[]) => [
    '+-----------------------------------------------------+', `| **Recommendation ${n}**`.padEnd(54) + '|', '|'.padEnd(54) + '|',
    ...words.map(w => `| ${w}`.padEnd(54) + '|'), '+-----------------------------------------------------+',
  ];
  const text = [
    '# Chapter 3 - Rural Services', '', 'Witnesses told the Committee that services are thin.', '',
    ...box(1, ['The Committee recommends that the Department adopt a', 'minimum rural service standard.']), '',
    'The Committee notes the evidence of the operators.', '',
    ...box(2, ['The Committee recommends that the Authority publish', 'performance data each year.']), '',
    '# Chapter 4 - Conclusions', '', 'The Committee will review progress.',
  ].join('\n');

  it('the box is one recommendation, labelled by its number, titled by its text', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.md' }).map(r => [r.line, r.endLine, r.label, r.title]), [
      [5, 10, 'Recommendation 1', 'The Committee recommends that the Department adopt a minimum rural service standard.'],
      [14, 19, 'Recommendation 2', 'The Committee recommends that the Authority publish performance data each year.'],
    ]);
  });
});

describe('a caucus\'s budget request to its mayor saved from Word as text', () => {
  const text = [
    '令和８年度予算編成に対する要望書', '', '目\u3000次', '前文\t1', '重点要望\t2', '部局別要望\t3', '\u3000総務部関係\t3', '\u3000福祉部関係\t3', '結び\t4', '',
    '前文', '\u3000当会派は、下記のとおり要望する。', '', '記', '',
    '重点要望', '', '１．物価高騰対策の実施', '\u3000低所得世帯への給付を行うこと。', '', '２．子ども医療費助成の拡大', '\u3000高校生年代まで無償とすること。', '',
    '３．防災対策の強化', '\u3000避難所の環境を改善すること。', '', '４．学校の空調の整備', '\u3000体育館に空調を整備すること。', '',
    '５．地域交通の再構築', '\u3000デマンド交通を導入すること。', '',
    '部局別要望', '', '【総務部関係】', '１．職員の処遇改善を進めること。', '２．女性委員の割合を高めること。', '',
    '【福祉部関係】', '１．民生委員の負担を軽減すること。', '',
    '結び', '\u3000以上、誠意ある回答を求める。',
  ].join('\n');

  it('the contents\' entries are the chapters, not the priority requests numbered inside one of them', () => {
    assert.deepEqual(titles(flattenOutline(outlineDocument(text, { fileName: 'yobo.txt' })).filter(n => n.kind === 'chapter')), ['前文', '重点要望', '部局別要望', '結び']);
  });

  it('each priority request and each department\'s item is a request', () => {
    const recs = recommendationsOf(text, { fileName: 'yobo.txt' });
    assert.deepEqual(recs.map(r => r.label), ['重点要望', '重点要望', '重点要望', '重点要望', '重点要望', '部局別要望', '部局別要望', '部局別要望']);
  });
});

describe('an audit committee\'s reasoning, numbered items that point on to its opinion', () => {
  it('takes no lead-in from `…この点については、第３で意見を述べる。` before the next item `（３）…` of the same list', () => {
    const text = [
      '第２\u3000判断', '', '（１）経費の計上について', '\u3000飲食費は補助対象経費とは認められない。', '',
      '（２）発注について', '\u3000違法又は不当であるとまではいえない。', '\u3000もっとも、この点については、第３で意見を述べる。', '',
      '（３）市の損害について', '\u3000市は損害を被っていると認められる。', '', '（４）再発防止について', '\u3000体制を整える必要があると認められる。', '',
      '第３\u3000意見', '\u3000相見積りを求めるよう要望する。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'kekka.txt' });
    assert.deepEqual(recommendationsOf(text, { fileName: 'kekka.txt' }).map(r => r.line), []);
    assert.deepEqual(sectionsOf(outline.nodes[0]), ['（１）経費の計上について', '（２）発注について', '（３）市の損害について', '（４）再発防止について']);
  });
});

describe('an international organisation\'s council recommendation printed from PDF: recitals, then Roman-numbered operative paragraphs', () => {
  const text = [
    'Background Information', '',
    '1.      The Recommendation was developed by the Committee on Water Policy.', '',
    '       Recommendation of the Council on Coastal Wetlands', '', '       THE COUNCIL,', '',
    '       HAVING REGARD to Article 5 b) of the Convention;', '',
    '       CONSIDERING that public authorities should take account of wetlands when allocating',
    '       land, and that local decisions have cumulative effects;', '',
    '       NOTING the diversity of institutional arrangements among Adherents, and the distribution of',
    '       competences among levels of government;', '',
    '       On the proposal of the Committee on Water Policy:', '',
    '       I.   AGREES that the following definitions are used:', '',
    '            –  "Wetlands" refers to land saturated with water.', '',
    '       II.  RECOMMENDS that Adherents establish a framework for the stewardship of coastal',
    '            wetlands. To this effect, Adherents should:', '',
    '            a)  recognise wetlands as a resource of public interest in legislation;',
    '            b)  designate a lead authority.', '',
    '       III. RECOMMENDS that Adherents build an evidence base on coastal wetlands. To this effect,',
    '            Adherents should:', '',
    '            a)  map wetlands at a common scale; and',
    '            b)  publish the maps as open data.', '',
    '       IV.  INVITES the Secretary-General to disseminate this Recommendation.', '',
    '       V.   INVITES non-Adherents to take due account of, and adhere to, this',
    '            Recommendation.', '',
  ].join('\n');

  it('takes each operative paragraph that recommends, its list the means to it, and no recital nor closing paragraph about the instrument', () => {
    const outline = outlineDocument(text, { fileName: 'council.txt' });
    const found = flattenOutline(outline).filter(n => n.kind === 'recommendation' || n.kind === 'prose-recommendation');
    assert.deepEqual(found.map(n => [n.kind, n.line, n.label]), [['recommendation', 23, 'RECOMMENDS'], ['recommendation', 29, 'RECOMMENDS']]);
    assert.equal(found[0].endLine, 27);
    assert.equal(flattenOutline(outline).filter(n => n.kind === 'section').length, 0);
  });
});

describe('a society\'s proposals stated one by one, then gathered in a table at the chapter\'s end', () => {
  it('counts each where it is stated in full, the table\'s rows as items', () => {
    const text = [
      '# 第４章\u3000提言', '',
      '**【提言１】地域の救急医療機関は、受入れを分担する協定を締結すべきである**', '',
      '二次医療圏ごとに、救急医療機関と消防本部が受入れの分担を定めた協定を締結し、毎年見直すべきである。', '',
      '**【提言２】消防機関と医療機関は、共通のトリアージ基準を策定すべきである**', '',
      '救急隊と医療機関が共有する高齢者向けの病院前トリアージ基準を、学会が案として示すべきである。', '',
      '**【提言３】国は、転院搬送を制度として位置づけるべきである**', '',
      '急性期の治療を終えた患者の転院搬送を制度として位置づけ、その費用の負担を明確にすべきである。', '',
      '以上の３つの提言について、主な実施主体と目標時期を表４−１に整理した。', '',
      '|提言|主な実施主体|目標時期|', '|---|---|---|',
      '|１\u3000受入れを分担する協定の締結|都道府県、医療機関、消防本部|2026年度|',
      '|２\u3000共通のトリアージ基準の策定|本学会、消防機関|2025年度|',
      '|３\u3000転院搬送の制度化|国、都道府県|2026年度|', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'teigen.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [3, 7, 11]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [19, 20, 21]);
  });
});

describe('a commission\'s calls to action exported to Markdown, numbered through the page', () => {
  it('takes each numbered call whole, its points its own, whether the number is plain, bold or escaped', () => {
    const text = [
      '## Legacy', '', '### Child welfare', '',
      '1.  We call upon the federal, provincial and territorial governments to', '    reduce the number of children in care by:', '',
      '    i. Funding prevention services at the rate now spent on placements.',
      '    ii. Requiring accredited training for every caseworker.', '',
      '2.  We call upon the federal government, in collaboration with the', '    provinces and territories of the country, to publish every year the', '    figures on children entering and leaving care.', '',
      '## Reconciliation', '', '### Governments', '',
      '**31.** We call upon all levels of government to give the Declaration the', 'force of law within five years.', '',
      '32\\. We call upon the federal government to report to Parliament on its', 'plan each year.', '',
      '[Back to top](#main-content)', '',
    ].join('\n');
    const found = recommendationsOf(text, { fileName: 'calls.md' });
    assert.deepEqual(found.map(r => [r.line, r.endLine]), [[5, 9], [11, 13], [19, 20], [22, 23]]);
    assert.ok(found.every(r => r.title.startsWith('We call upon')), found.map(r => r.title).join(' | '));
  });
});

describe('a law reform commission\'s final report printed with its layout: recommendations numbered by chapter with an en dash', () => {
  it('takes `Recommendation 5–3` boxed in its chapter, its text beside the label', () => {
    const text = [
      '5. Cost-Sharing and Maintenance', '',
      '5.1       Owners rarely agree on who pays for repairs.', '',
      '      Recommendation 5–1           The model legislation should impose a duty on each',
      '      owner to contribute to the cost of maintaining shared infrastructure.', '',
      '5.2       The duty would apply whatever the title says.', '',
      '      Recommendation 5–2           Costs should be apportioned according to the relative',
      '      use of the infrastructure by each lot.', '',
    ].join('\n');
    const found = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(found.map(r => [r.line, r.label]), [[5, 'Recommendation 5–1'], [10, 'Recommendation 5–2']]);
    assert.ok(found[0].title.startsWith('The model legislation should'), found[0].title);
  });
});

describe('a final report quoting the single recommendation another body made', () => {
  it('takes no `Recommendation 9.3` under `…, the Productivity Commission made the following recommendation:`', () => {
    const text = [
      '2. Background', '',
      '2.6       The issue has been considered before. In its 2019 report on rural land use,',
      'the Productivity Commission made the following recommendation:', '',
      '          Recommendation 9.3',
      '          State governments should review the law of easements to allow positive',
      '          obligations for the upkeep of shared roads.', '',
      '2.7       The Commission agrees with the thrust of that recommendation.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.txt' }).map(r => r.line), []);
  });
});

describe('a municipal audit committee\'s regular audit report: its opinion on each department after the findings', () => {
  it('takes the paragraph under `【意見】` that ends by asking, not one that only observes', () => {
    const text = [
      '令和６年度定期監査の結果に関する報告', '',
      '第１\u3000監査の概要', '１\u3000監査の対象', '\u3000市の全部局を対象とした。', '２\u3000監査の方法', '\u3000関係書類を抽出により調査した。', '',
      '第２\u3000監査の結果', '１\u3000財務部', '（１）納税課（実地監査日\u3000令和６年９月３日）', '【指摘事項】', '１\u3000執行停止に係る事務について', '\u3000財産調査の記録がない案件があった。適正な事務処理を行うこと。', '',
      '【意見】', '\u3000収入未済額は依然として多額に上っている。徴収体制の強化等により、一層の縮減に努められたい。', '',
      '２\u3000教育部', '（１）学校教育課（実地監査日\u3000令和６年１０月１日）', '【意見】', '\u3000公会計化の導入について、費用対効果を含めて具体的に検討するよう要望する。', '',
      '（２）生涯学習課（実地監査日\u3000令和６年１０月８日）', '【意見】', '\u3000施設の利用率は前年度を上回っており、おおむね適正に事務が行われていた。', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'kansa.txt' }).map(r => [r.line, r.label]), [[13, '指摘事項'], [17, '意見'], [22, '意見']]);
  });
});

describe('an audit office\'s value-for-money summary from pdftotext: lettered recommendations under two numbered paragraphs', () => {
  it('takes the letters under the second paragraph that leads into them as the list going on', () => {
    const text = [
      'Summary', '', '1 The harbour board runs twelve ports.', '', 'Recommendations', '23 The board and the department should:', '',
      'a by March 2032, produce a costed plan for dredging;', '', 'b agree targets for the time ships wait; and', '', 'c publish the results every year.', '',
      '24 The pilots\' association, working with the board, should:', '', 'd model the effect of larger ships on demand; and', '', 'e review the training of new pilots.', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.txt' }).map(r => r.line), [8, 10, 12, 16, 18]);
  });
});

describe('a think tank\'s report saved from its web page: numbered recommendations led in bold, some over a paragraph, some run in', () => {
  const text = [
    '# Harbour Cables', '', '## Recommendations for Policymakers', '', '### Near-Term Actions', '',
    '**1. Designate a single official.**', '', 'The Council should designate an official.', '',
    '**2. Lower the barriers.** The agency should treat small ports as eligible.', '',
    '**3. Establish a sharing arrangement.**', '', 'The Coast Guard should offer a mechanism.', '', 'Such an arrangement should include:', '',
    '- regular briefings;', '- a contact point; and', '- joint exercises.', '',
    '**4. Fund hardening assessments.** The Department should commission assessments.', '',
    '**5. Build island capacity.**', '', 'The Department should expand training.', '', 'Specific steps could include:', '',
    '1. funding a law model;', '2. expanding a fellowship; and', '3. supporting a response team.', '', '## Conclusion', '', 'Cables matter.',
  ].join('\n');
  const recs = recommendationsOf(text, { fileName: 'report.md' });

  it('takes every numbered item, the bullets under one item\'s paragraph no end of the list', () => {
    assert.deepEqual(recs.map(r => r.line), [7, 11, 13, 23, 25]);
    assert.equal(recs[2].endLine, 21, 'the third item holds its paragraph, its lead-in and its bullets');
  });

  it('gives the last item its paragraph and the points it leads into, numbered again from one', () => {
    assert.deepEqual([recs[4].line, recs[4].endLine], [25, 33]);
  });
});

describe('an association\'s recommendation paper from pdftotext: its numbered proposals listed flat in the contents beside the chapters', () => {
  it('takes each `提言N：…` under the last chapter for its recommendation, no chapter after it, though a page opens with it', () => {
    const text = [
      '目 次', '', 'はじめに ........ 1', 'Ⅰ．現状 ........ 2', 'Ⅱ．提言 ........ 4', '提言１：港の点検を義務化せよ ........ 4', '提言２：技術者を育成せよ ........ 5', '提言３：財源を確保せよ ........ 6', 'おわりに ........ 7', '',
      'はじめに', '　港の老朽化が進んでいる。', '', 'Ⅰ．現状', '　多くの港が古い。', '', 'Ⅱ．提言', '',
      '提言１：港の点検を義務化せよ', '　国は、すべての港の点検を義務付けるべきである。', '', '- 5 -', '',
      '\f提言２：技術者を育成せよ', '　国は、技術者の育成を支援すべきである。', '', '- 6 -', '',
      '\f提言３：財源を確保せよ', '　国は、点検の財源を確保すべきである。', '', 'おわりに', '　港の将来は今の判断にかかっている。', '',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'teigen.txt' });
    assert.deepEqual(outline.nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['はじめに', 'Ⅰ．現状', 'Ⅱ．提言', 'おわりに']);
    assert.deepEqual(recommendationsOf(text, { fileName: 'teigen.txt' }).map(r => r.label), ['提言１', '提言２', '提言３']);
  });
});

describe('an academy\'s recommendation paper from pdftotext (提言): numbered topics under the label chapter, each over the paragraph that proposes it', () => {
  const text = [
    '目\u3000次', '１ はじめに ・・・・・・・・ 1', '２ 現状 ・・・・・・・・ 2', ' (1) 港の老朽化 ・・・・・・ 2', ' (2) 人材の不足 ・・・・・・ 3', '３ 提言 ・・・・・・・・ 4', ' (1) 点検の義務化 ・・・・・・ 4', ' (2) 人材の育成 ・・・・・・ 4', ' (3) 財源の確保 ・・・・・・ 5', '',
    '１ はじめに', '\u3000本分科会は港の維持について審議した。', '',
    '２ 現状', '(1) 港の老朽化', '\u3000多くの港が建設から五十年を超えた。', '', '(2) 人材の不足', '\u3000点検を担う技術者が足りない。', '',
    '３ 提言', '\u3000以上を踏まえ、本分科会は以下のとおり提言する。', '',
    '(1) 点検の義務化', '\u3000国は、すべての港湾施設について五年ごとの点検を義務付けるべきである。その際、', '点検の結果を公表すべきである。', '',
    '(2) 人材の育成', '\u3000国及び港湾管理者は、点検を担う技術者を育成するため、次の措置を講ずるべきである。', '① 大学に港湾工学の講座を設けること。', '② 技術者の資格制度を整えること。', '',
    '(3) 財源の確保', '\u3000国は、点検と修繕に充てる安定した財源を確保すべきである。', '',
    '＜参考資料＞公開シンポジウム', '１．主 催：港湾分科会', '２．日 時：令和６年２月10日（土）13：00～17：00', '３．場 所：講堂', '',
  ].join('\n');

  it('takes each topic for a recommendation where a paragraph argues in several sentences, the points one topic details itself in no recommendations of their own', () => {
    const recs = recommendationsOf(text, { fileName: 'teigen.txt' });
    assert.deepEqual(recs.map(r => r.line), [24, 28, 33]);
  });

  it('reads the contents\' entries set one space further in as sections, no chapters', () => {
    assert.deepEqual(outlineDocument(text, { fileName: 'teigen.txt' }).nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['１ はじめに', '２ 現状', '３ 提言', '＜参考資料＞公開シンポジウム']);
  });
});

describe('a prefecture\'s comprehensive external audit (包括外部監査) from pdftotext: findings and opinions titled in brackets', () => {
  const text = [
    '第１\u3000外部監査の概要', '１．報告書の記載について', '\u3000監査の結果を次のとおり【指摘】と【意見】に区分して記載している。',
    '【指摘】…法令、条例、規則、要綱等に違反している事項、又は違反とまではいえないも', 'のの適正性を欠くと判断される事項であり、是正又は改善を求めるもの',
    '【意見】…【指摘】には該当しないものの、組織及び運営の合理化に資するため、改善を', '検討することが望ましいと判断される事項', '',
    '第２\u3000監査の結果', '１．補助金の交付要綱', '\u3000要綱を閲覧したところ、次の状況が認められた。', '【指摘】様式の改正漏れについて',
    '\u3000改正前の様式が残っていた。速やかに改正されたい。', '【意見】終期の設定について', '\u3000終期を定めることが望ましい。', '',
    '【参考】他県における取組', '\u3000他県では見直し基準を公表している例がある。', '',
    '第３\u3000総括', '\u3000補助金の事務は概ね適正であった。',
  ].join('\n');

  it('takes each `【指摘】…について` and `【意見】…について` for a recommendation, not the legend that says what the marks stand for', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'kansa.txt' }).map(r => [r.line, r.label, r.title]), [[12, '指摘', '様式の改正漏れについて'], [14, '意見', '終期の設定について']]);
  });

  it('keeps a reference box between two chapters inside the first, no chapter of its own', () => {
    assert.deepEqual(outlineDocument(text, { fileName: 'kansa.txt' }).nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['第１\u3000外部監査の概要', '第２\u3000監査の結果', '第３\u3000総括']);
  });
});

describe('an EU agency\'s thematic report converted to Markdown: opinions boxed by chapter, restated in a front summary', () => {
  it('takes each `**XYZ opinion 1.1**` over its text in its chapter, and the front summary\'s shorter ones as items', () => {
    const text = [
      '# **Key findings and XYZ opinions**', '', '## Access to courts', '',
      '**XYZ opinion 1.1**', '', 'EU Member States should give remote hearings a clear basis in law.', '',
      '**XYZ opinion 1.2**', '', 'EU Member States should publish data on remote hearings.', '',
      '# **1** **Access to courts**', '', 'Courts held more hearings by video link after 2020 than before.', '',
      '**XYZ opinion 1.1**', '',
      'EU Member States should ensure that the use of remote hearings in criminal, civil and administrative',
      'proceedings has a clear basis in national law, which sets out the criteria and the safeguards that apply.', '',
      '**XYZ opinion 1.2**', '',
      'EU Member States should collect and publish data, by type of proceedings and by court, on the number',
      'of hearings held fully or partly by video link and on requests to attend in person.', '',
    ].join('\n');
    const all = flattenOutline(outlineDocument(text, { fileName: 'report.md' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => [n.line, n.label]), [[17, 'XYZ opinion 1.1'], [22, 'XYZ opinion 1.2']]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [5, 9]);
  });
});

describe('a parliamentary research commission\'s final report: topics under its proposals chapter, each proposal worded as a request', () => {
  const text = [
    '第１ 調査の経過', '', '１．調査の方法', '', '（１）参考人からの意見聴取', '    本調査会は、３年間にわたり参考人から意見を聴取した。', '',
    '（２）委員間の自由討議', '    委員間で自由討議を行った。', '', '２．調査の経過', '    調査の経過は資料のとおりである。', '',
    '第２ 提言', '',
    '    本調査会は、調査を踏まえ、以下のとおり提言する。政府においては、その実現に', '  向けて積極的に取り組むことを求める。', '',
    '１．地域交通の維持', '',
    '（１）公共交通を地域の社会基盤として位置付けること', '    地域公共交通は、住民の通院、買物、通学等の日常生活を支える社会基盤である。政府は、', '  その確保に対する国の責務を明確にすべきである。', '',
    '（２）路線単位の補填から交通網全体への支援へ転換すること', '    国の支援は、個々の路線の欠損を事後的に補填する仕組みが中心となっている。政府は、', '  地域の交通網全体を対象とする包括的な支援制度へ段階的に移行すべきである。', '',
    '２．担い手の確保', '',
    '（１）運転者の処遇を改善すること', '    政府は、運賃の設定に賃金の引上げを反映させるべきである。', '',
    '（２）自動運転の制度を整備すること', '    政府は、次の事項について早急に結論を得て、法制度を整備すべきである。',
    '    ① 事故の責任の所在', '    ② 遠隔監視を行う者の配置基準', '',
    '３．共生社会の実現', '',
    '（１）移動の保障を責務として明確にすること', '    政府は、移動の保障を国の責務として位置付けるべきである。', '',
    '（２）交通と福祉の連携を進めること', '    政府は、福祉車両と公共交通の共同利用を促進すべきである。', '',
    '第３ 各会派の意見', '',
    '    最終報告書の取りまとめに当たり、各会派から意見表明が行われた。その概要は次の', '  とおりである。', '',
    '  【公正党】', '    免許返納後の移動手段の確保が急務である。次の二点を求める。',
    '      １．返納者に対する運賃割引の全国展開', '      ２．移動支援ボランティアの育成', '',
  ].join('\n');

  it('takes each request-worded sub-heading as one recommendation, its points its own, and no party\'s view', () => {
    const all = flattenOutline(outlineDocument(text, { fileName: 'houkoku.txt' }));
    assert.deepEqual(all.filter(n => n.kind === 'recommendation').map(n => n.line), [21, 25, 31, 34, 41, 44]);
    assert.deepEqual(all.filter(n => n.kind === 'item').map(n => n.line), [36, 37]);
  });
});

describe('a review board\'s reply saved as text from Word: its reasoning points on to its closing remarks to the agency', () => {
  it('takes each item under `付言` and none of the reasoning that says `後記第６のとおり付言する。`', () => {
    const text = [
      '第５\u3000審査会の判断', '１\u3000理由の提示について',
      '\u3000通知書の記載は十分なものとはいい難い。しかしながら，この点については後記第６のとおり付言する。',
      '（２）審査請求人は，諮問までに１年以上を要したことを問題としている。',
      '（３）審査請求人のその他の主張は，いずれも判断を左右するものではない。', '',
      '第６\u3000付言', '\u3000本件の処理に関し，諮問庁に対し，以下のとおり付言する。',
      '（１）理由の提示について', '\u3000処分庁においては，不開示とする部分ごとに理由を具体的に記載すべきである。',
      '（２）諮問までの期間について', '\u3000諮問庁においては，速やかに諮問を行うよう強く求める。', '',
      '第７\u3000答申を行った委員', '\u3000委員長\u3000山田\u3000太郎', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'toushin.txt' }).map(r => r.line), [9, 11]);
  });
});

describe('a parents\' federation\'s requests to a board of education saved as text from Word, last year\'s answers reprinted after them', () => {
  it('takes this year\'s requests, not the closing words nor last year\'s requests answered', () => {
    const text = [
      '目次', 'はじめに\t1', '要望事項\t1', '\u3000１．児童生徒の安全確保について\t1', '\u3000２．学校施設の改善について\t2', 'おわりに\t2', '参考\u3000令和５年度要望に対する教育委員会の回答\t3', '',
      'はじめに', '\u3000本会は、会員の声を基に要望を取りまとめました。', '',
      '要望事項', '',
      '１．\t児童生徒の安全確保について', '（１）通学路の危険箇所の対策内容を一覧にして公表していただきたい。', '（２）見守り活動に必要な物品を支給していただきたい。', '',
      '２．\t学校施設の改善について', '（１）体育館に空調設備を計画的に設置していただきたい。', '（２）トイレの洋式化を早期に完了していただきたい。', '',
      'おわりに', '', '以上、本年度の要望事項を申し上げました。教育委員会におかれましては、特段のご配慮を賜りますようお願い申し上げます。', '',
      '参考\u3000令和５年度要望に対する教育委員会の回答', '',
      '【要望１】通学路の安全対策について', '（１）ガードレールの設置を計画的に実施していただきたい。', '［回答］緊急性の高い箇所から順次対策を進めてまいります。（学校教育課）', '',
      '【要望２】学校施設の暑さ対策について', '（１）体育館への空調設備の設置を検討していただきたい。', '［回答］令和６年度に調査を実施いたします。（教育施設課）', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'youbou.txt' }).map(r => r.line), [15, 16, 19, 20]);
  });

  it('ends the requests that a label over the chapters heads at the closing chapter, whose words ask for nothing new', () => {
    const text = [
      'はじめに', '\u3000本会は、会員の声を基に要望を取りまとめました。', '', '要望事項', '',
      '１．\t児童生徒の安全確保について', '（１）通学路の危険箇所の対策内容を一覧にして公表していただきたい。', '（２）見守り活動に必要な物品を支給していただきたい。', '',
      '２．\t学校施設の改善について', '（１）体育館に空調設備を計画的に設置していただきたい。', '（２）ＰＴＡ活動の見直しを支援するため、教育委員会として次の取組を行っていただきたい。',
      '①学校とＰＴＡの役割分担に関する指針を示すこと。', '②入会が任意であることを説明する文例を示すこと。', '',
      'おわりに', '', '以上、本年度の要望事項を申し上げました。', '本会としても、保護者と教職員が対話を重ね、より良い学校をともにつくっていくべきであると考えております。', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'youbou.txt' }).map(r => r.line), [7, 8, 11, 12]);
  });
});

describe('a technical assistance report printed with its layout: a box captioned by the label and its topic', () => {
  it('takes the numbered items in `Box 1. Recommendations: Field Offices`, not the caption', () => {
    const text = [
      'B. Field Office Network', '',
      '8.      Many small offices lack reliable connectivity, and staff revert to manual receipting.', '',
      '                     Box 1. Recommendations: Field Offices and Headquarters', '',
      '    1.4   Merge the 14 field offices into eight full-service offices over 18 months, converting',
      '          the remaining six into taxpayer service points.',
      '    1.5   Strengthen the headquarters by creating a Procedures and Methods Unit of at least',
      '          eight staff.', '',
      '9.      The mission discussed these proposals with the Commissioner General.', '',
    ].join('\n');
    const found = recommendationsOf(text, { fileName: 'ta.txt' });
    assert.deepEqual(found.map(r => [r.line, r.label]), [[7, 'Recommendations'], [9, 'Recommendations']]);
  });
});

describe('a request paper of an association of local governments, saved from Word as text: its requests among the background, item by item', () => {
  const text = [
    '令和９年１月１０日', '', '総務大臣\u3000様', '', '湾岸自治体協議会', '', '令和９年度港湾財源の確保に関する提言', '',
    '１\u3000港湾財源の確保について', '',
    '〇\u3000港湾施設の老朽化は急速に進んでいる。', '',
    '〇\u3000港湾の維持管理に必要な財源を確実に措置すること。', '',
    '〇\u3000物価の上昇が管理に与える影響について、次の点を踏まえ、交付金の算定に反映すること。',
    '\u3000・\u3000資材価格の上昇分', '\u3000・\u3000人件費の増加分', '',
    '２\u3000岸壁の耐震化について', '',
    '（１）耐震化の現状', '',
    '〇\u3000耐震化の進捗が地域により大きく異なること。', '',
    '〇\u3000耐震化事業の補助率を引き上げること。', '',
    '〇\u3000審議会は、次のように答申している。', '\u3000「第一\u3000港湾管理者は、', '\u3000\u3000一\u3000耐震化の計画を定めるものとすること。', '',
    '〇\u3000事業期間の延長を行うこと。', '',
  ].join('\n');

  it('takes each item that ends asking as a recommendation under its topic, with the points set under it; not the background, a fact set out as a noun, nor a quoted council\'s text', () => {
    const recs = recommendationsOf(text, { fileName: 'teigen.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine]), [[13, 13], [15, 17], [25, 25], [31, 31]]);
    assert.ok(recs.every(r => r.label === '提言'));
  });

  it('ends a request at its full stop before a page break, not on the next page\'s heading', () => {
    const lines = new Lines(['〇\u3000事業期間の延長を行うこと。', '', '\f', '【参考資料】'].join('\n'));
    assert.equal(paragraphEnd(lines, 0, i => i === 1 || i === 2), 0);
  });

  it('reads such items as proposals only where the title names the paper a request', () => {
    const untitled = text.replace('に関する提言', 'の状況');
    assert.deepEqual(recommendationsOf(untitled, { fileName: 'teigen.txt' }), []);
  });

  it('leaves a chapter whose requests a label\'s block already read as that block read them', () => {
    const labelled = text.replace('１\u3000港湾財源の確保について\n', '１\u3000港湾財源の確保について\n\n【要望事項】\n');
    const recs = recommendationsOf(labelled, { fileName: 'teigen.txt' }).filter(r => r.line < 20);
    assert.deepEqual(recs.map(r => r.label), ['要望事項', '要望事項', '要望事項']);
  });
});

describe('a city\'s disaster-response review converted from Word by pandoc: its measures in grid tables whose header names the column', () => {
  it('takes each row of a grid table headed `| 番号 | 改善策 | 担当課 |` as a recommendation, titled by that column, its wrapped lines joined', () => {
    const text = [
      '# 第４章　分野別の検証', '', '## １　初動対応', '',
      '+------+--------------------------+----------+', '| 番号 | 改善策                   | 担当課   |', '+======+==========================+==========+',
      '| １   | 警戒本部を自動的に設置す | 危機管理 |', '|      | る。                     |          |', '+------+--------------------------+----------+',
      '| ２   | 参集体制を見直す。       | 人事課   |', '+------+--------------------------+----------+', '',
      '## ２　課題の整理', '', '+------+--------------------------+', '| 番号 | 課題                     |', '+======+==========================+',
      '| １   | 参集が遅れた。           |', '+------+--------------------------+', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'kensho.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label, r.title]), [[8, 9, '改善策', '警戒本部を自動的に設置する。'], [11, 11, '改善策', '参集体制を見直す。']]);
  });
});

describe('a standards agency\'s guidance converted by pymupdf4llm: recommended practices titled in bold beside their ids', () => {
  it('takes each `**XX-N: Title.**` paragraph whose statement says shall or should, in lower case, as a recommendation labelled by its id and keyword', () => {
    const text = [
      '## **4. Recommended Practices**', '',
      '**LG-1: Establish a logging policy.** Organizations shall maintain a logging policy.', '',
      '**LG-2: Use structured formats.** Components should emit structured records.', '',
      '**LG-3: Logging in context.** Logs are one source among several.', '',
      '**Q1: Which sources matter most?** Respondents are invited to comment.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'guide.md' });
    assert.deepEqual(recs.map(r => [r.line, r.label, r.title]), [
      [3, 'LG-1 shall', 'Establish a logging policy. Organizations shall maintain a logging policy.'],
      [5, 'LG-2 should', 'Use structured formats. Components should emit structured records.'],
    ]);
  });
});

describe('an international standard setter\'s consultative document: numbered principles in bold over their statements', () => {
  const principles = [
    '## **3. Proposed principles**', '',
    '**Principle 1: Risk appetite**', 'A bank\'s board should approve a risk appetite for deposit outflows.', '',
    '12. The Committee expects the statement to be quantitative.', '',
    '**Principle 2: Accountability**', 'Senior management should assign clear responsibility.', '',
    '**Q1.** Do respondents agree with the principles?', '',
  ];

  it('takes each principle with its statement as a recommendation, not the explanatory paragraph or the question', () => {
    const recs = recommendationsOf(principles.join('\n'), { fileName: 'consultation.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[3, 4, 'Principle 1'], [8, 9, 'Principle 2']]);
  });

  it('reads principles that guide a report making its own numbered recommendations as items', () => {
    const report = [...principles, '## **4. Recommendations**', '', '**Recommendation 4–1: Register interests**', 'The register should record every interest.', ''].join('\n');
    const recs = recommendationsOf(report, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 4–1']);
  });
});

describe('a prefecture\'s child-death review printed from PDF: its recommendations grouped by addressee in a summary, and a national report\'s attached', () => {
  const text = [
    '第１\u3000報告書の概要', '',
    '１\u3000提言の概要', '\u3000本部会は、次の３項目を提言する。', '',
    '\u3000【市町村に対する提言】', '\u3000\u3000提言１\u3000転居時の引継ぎの徹底', '',
    '\u3000【県に対する提言】', '\u3000\u3000提言２\u3000専門性の向上', '\u3000\u3000提言３\u3000過去の検証報告書の提言の実施状況の点検', '',
    '第２\u3000検証の概要', '',
    '１\u3000検証の方法', '\u3000次の関係者から聴取した。', '\u3000\u3000・\u3000児童相談所', '\u3000\u3000・\u3000市こども家庭課', '',
    '第３\u3000参考資料', '',
    '１\u3000国の報告における地方公共団体への提言（抜粋）', '\u3000\u3000(1)\u3000支援体制を構築すること', '\u3000\u3000(2)\u3000情報を引き継ぐこと', '',
  ].join('\n');

  it('reads a numbered label whose text names recommendations made before as one of this report\'s, and a label line over numbered labels as no part over the chapters', () => {
    const recs = recommendationsOf(text, { fileName: 'kensho.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[7, '提言１'], [10, '提言２'], [11, '提言３']]);
    assert.deepEqual(titles(outlineDocument(text, { fileName: 'kensho.txt' }).nodes.filter(n => n.kind === 'chapter')), ['第１\u3000報告書の概要', '第２\u3000検証の概要', '第３\u3000参考資料']);
  });
});

describe('a select committee\'s call for evidence, appended to its report', () => {
  it('reads the questions it welcomes responses to as no recommendations, though the paragraph invited contributions first', () => {
    const text = [
      'Appendix 3: CALL FOR EVIDENCE', '',
      'The Committee is conducting an inquiry into flood resilience. The Committee invites written contributions by 19 July. The',
      'Committee would welcome responses to the following questions:', '',
      '1.   What support should be available to households?', '',
      '2.   Is the funding formula fair?', '',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.txt' }), []);
  });
});

describe('a supreme audit institution\'s performance audit printed from PDF: its summary says in other words what its chapters box', () => {
  it('reads the executive summary\'s list as restating the chapters\' numbered recommendations, as many as it', () => {
    const text = [
      'Executive Summary', '', 'What do we recommend?', '', 'The State Government should:', '',
      '  •   prepare the irrigation plans on a water budget;', '  •   release funds on assessed demand;', '  •   verify every installation on the ground.', '',
      'Chapter 1 Planning', '', '1.1  The plans were late.', '',
      '     Recommendation 1', '     The Department should revise the District Irrigation Plans using a water budget.', '',
      '     Recommendation 2', '     The Department should release funds only against assessed demand.', '',
      'Chapter 2 Implementation', '', '2.1  Installations were not checked.', '',
      '     Recommendation 3', '     The Department should make geo-tagged verification mandatory.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'audit.txt' });
    assert.deepEqual(recs.map(r => r.label), ['Recommendation 1', 'Recommendation 2', 'Recommendation 3']);
  });
});

describe('a national law commission\'s report exported to Markdown: its paragraphs numbered by chapter in bold', () => {
  it('takes each `**6.2** The Commission recommends that …` paragraph as a recommendation, not one that declines to recommend', () => {
    const text = [
      '## Chapter VI – Conclusions and Recommendations', '',
      '**6.1** On the basis of the foregoing discussion, the Commission has arrived at the following conclusions.', '',
      '**6.2** The Commission recommends that Order V be amended to recognise service by e-mail.', '',
      '**6.3** The Commission is of the view that no amendment to Order IX is necessary.', '',
      '**6.4** It is recommended that a national e-service portal be established.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.md' });
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[5, 'The Commission recommends'], [9, 'It is recommended']]);
  });
});

describe('a central bank policy committee\'s record printed from PDF: its recommendations numbered by year and quarter', () => {
  it('takes `Recommendation 26/Q1/3: The FPC recommends that …` under the record\'s past-tense lead-in as the committee\'s own', () => {
    const text = [
      '28. The Committee judged that the flow limit remained important. The', 'Committee made the following Recommendation:', '',
      'Recommendation 26/Q1/3: The FPC recommends that the PRA and the FCA consult on amending the', 'implementation of the flow limit.', '',
      '29. The Committee noted that this change would not alter the calibration.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'record.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[4, 5, 'Recommendation 26/Q1/3']]);
  });
});

describe('a chamber of commerce\'s request paper exported from its website: the addressee tagged after each request', () => {
  it('takes `…こと。【県】` as a request, and an item that states the situation first with the request paragraph under it as one', () => {
    const text = [
      '# 令和７年度 国・県に対する要望書を提出しました', '', '**令和７年度 国・県に対する要望書**', '',
      '### １．産業振興', '',
      '（１）【現状】融資の返済が本格化しており、相談件数が増加している。', '', '借換えに対応した融資期間の延長を図ること。【県】', '',
      '（２）伴走型支援の予算を安定的に確保すること。【国】', '',
      '### ２．交通', '',
      '（１）県道の４車線化の早期完成を図ること。【県】', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'yobo.md' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[7, 9, '要望'], [11, 11, '要望'], [15, 15, '要望']]);
  });
});

describe('a country\'s health system review printed from PDF: its closing chapter\'s lists under sub-headings, another commission\'s box', () => {
  it('takes only the list under `Key recommendations` as the chapter\'s recommendations, not the achievements nor the boxed recommendations of another commission', () => {
    const text = [
      '6. The hospital sector', '', 'The Government appointed a commission in 2021.', '',
      'Box 6.1 Recommendations of the Hospital Network Commission (2021)', '1. Designate 12 regional hospitals.', '2. Transfer ownership to the state.', '',
      '8. Conclusions and policy recommendations', '', 'The system has improved, but gaps remain across the provinces and the', 'workforce is ageing.', '',
      'Key achievements', '• near-universal population coverage;', '• nationwide electronic prescribing.', '',
      'Key recommendations', 'Based on the analysis in this review, the authors make the following', 'recommendations to the Government:', '',
      '• Increase public spending on health by 2028.', '• Adopt a workforce retention strategy.', '',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'review.txt' });
    assert.deepEqual(recs.map(r => r.title), ['Increase public spending on health by 2028.', 'Adopt a workforce retention strategy.']);
  });
});

describe('a Japanese report that runs each proposal in after a bracketed label, and a legend of its labels', () => {
  it('takes `【提言】\u3000国は、…べきである。` as a recommendation under any heading, but not a legend that explains each label', () => {
    const text = [
      '第１章\u3000港湾', '', '\u3000本章の記載内容は次のとおりである。', '\u3000【現状と課題】\u3000港湾の現状と課題を記載している。', '\u3000【提言】\u3000\u3000\u3000\u3000課題の解決に向けた提言を記載している。', '',
      '１\u3000分析', '', '\u3000【提言】\u3000国は、港湾の耐震化を急ぐべきである。', '', '\u3000【提言】\u3000県は、岸壁の点検を毎年行うべきである。', '',
      '第２章\u3000おわりに', '', '\u3000以上。',
    ].join('\n');
    const recs = recommendationsOf(text, { fileName: 'report.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.label, r.title]), [[9, '提言', '国は、港湾の耐震化を急ぐべきである。'], [11, '提言', '県は、岸壁の点検を毎年行うべきである。']]);
  });
});

describe('a local plan that names the department in charge of each measure (resilience plans, comprehensive plans converted from PDF)', () => {
  const plan = (measures: string[]) => [
    '# 架空市国土強靱化地域計画', '', '## 第１章\u3000基本的な考え方', '', '本計画は、市の強靱化の指針である。', '',
    '## 第２章\u3000推進方針', '', '**1-1\u3000住宅の倒壊による死傷者の発生**', '',
    '【脆弱性評価】市内の住宅の耐震化率は８割にとどまっている。', '', ...measures, '',
    '|重要業績指標|現状値|目標値|', '|---|---|---|', '|住宅の耐震化率|80％|95％|', '', '## 第３章\u3000計画の推進', '', '毎年度、進捗を確認する。',
  ].join('\n');

  it('takes each measure titled with its department, with its points, for one recommendation labelled by the department; a measure listed again is none', () => {
    const text = plan([
      '**（１）住宅の耐震化の促進【建築指導課】**', '', '・耐震診断への補助を周知する。', '', '・耐震シェルターの設置を支援する。', '',
      '**（２）避難路の整備【道路課・危機管理課】**', '', '・高台への避難路を整備する。', '',
      '**（３）避難所の運営【危機管理課】（再掲）**', '', '・避難所の運営訓練を行う。', '', '**（４）緊急輸送道路の整備（再掲）【道路課】**', '', '・道路を整備する。', '',
      '**（５）公園の確保【都市計画課】**', '', '・延焼を防ぐ公園を確保する。',
    ]);
    const recs = recommendationsOf(text, { fileName: 'plan.md' });
    assert.deepEqual(recs.map(r => [r.label, r.line, r.endLine]), [['建築指導課', 13, 17], ['道路課・危機管理課', 19, 21], ['都市計画課', 31, 33]]);
    assert.ok(recs[0].title.startsWith('住宅の耐震化の促進【建築指導課】') && recs[0].title.includes('耐震シェルター'), 'the title with its points');
  });

  it('takes each listed measure with its department in parentheses at the line\'s end, the lines set under it its own (a plan printed to text)', () => {
    const listed = [
      '第４章\u3000施策の展開', '', '（１）こどもの権利の普及', '', '\u3000【主な事業】', '',
      '\u3000● こどもの権利の啓発                                  （こども政策課）', '\u3000\u3000\u3000リーフレットを配布します。', '',
      '\u3000● 【新規】（仮称）こども条例の検討                     （こども政策課）', '\u3000\u3000\u3000条例の制定を検討します。', '',
      '\u3000● 教職員への研修                         （学校教育課／こども育成課）', '\u3000\u3000\u3000研修を年２回行います。', '',
      '第５章\u3000計画の推進', '', '\u3000毎年度、進捗を点検します。',
    ].join('\n');
    const recs = recommendationsOf(listed, { fileName: 'keikaku.txt' });
    assert.deepEqual(recs.map(r => [r.line, r.endLine, r.label]), [[7, 8, 'こども政策課'], [10, 11, 'こども政策課'], [13, 14, '学校教育課／こども育成課']]);
  });

  it('takes nothing where fewer measures name a department, nor a bracket that names no department', () => {
    const two = plan(['**（１）住宅の耐震化の促進【建築指導課】**', '', '・耐震診断への補助を周知する。', '', '**（２）避難路の整備【道路課】**', '', '・避難路を整備する。']);
    assert.deepEqual(recommendationsOf(two, { fileName: 'plan.md' }), []);
    const topics = plan(['**（１）住宅の耐震化【重点】**', '', '・補助を周知する。', '', '**（２）避難路【新規】**', '', '・整備する。', '', '**（３）公園【拡充】**', '', '・確保する。']);
    assert.deepEqual(recommendationsOf(topics, { fileName: 'plan.md' }), []);
  });
});

describe('a law reform commission\'s report printed to text: recommendations set apart in the margin, gathered again at the end', () => {
  const page = (n: number) => ['', `${' '.repeat(60)}${n}`, '\fReport: Access to Land', ''];
  const text = [
    'CHAPTER 1   INTRODUCTION', '', 'A.        Background', '',
    '1.01      The Commission was asked to review the law on access to land for', '          walkers and the duties of those who own it.', '',
    '1.02      This Report sets out its conclusions.', ...page(1),
    'CHAPTER 2   THE DUTY OF OCCUPIERS', '', 'A.        The Categories of Entrant', '',
    '2.01      The Act sorts entrants into three categories, and the courts have', '          applied them without much difficulty.', '',
    '2.02           The Commission recommends that the three categories of entrant', '               be retained. [2.1]', '',
    'B.        The Standard of Care', '',
    '2.03      Submissions were divided on the standard of care owed to walkers.', '',
    '2.04           The Commission recommends that the standard of care owed to', '               walkers be set out in the Act in plain terms, so that an', '               occupier knows what is expected. [2.2]', ...page(2),
    'C.        Structures', '', '2.05      Stiles and footbridges attract a higher duty.', '',
    '2.06           The Commission recommends that the body that maintains a stile', '               owe the duty to maintain it instead of the occupier. [2.3]', ...page(3),
    'CHAPTER 3   SUMMARY OF RECOMMENDATIONS', '',
    '3.01      The Commission recommends that the three categories of entrant be', '          retained.', '          [paragraph 2.02]', '',
    '3.02      The Commission recommends that the standard of care owed to walkers', '          be set out in the Act in plain terms, so that an occupier knows what', '          is expected.', '          [paragraph 2.04]', '',
    '3.03      The Commission recommends that the body that maintains a stile owe', '          the duty to maintain it instead of the occupier.', '          [paragraph 2.06]',
  ].join('\n');
  const outline = () => outlineDocument(text, { fileName: 'report.txt' });

  it('takes each paragraph set further in than the others that opens with the Commission recommending, its number in brackets at its end, as a recommendation', () => {
    const recs = flattenOutline(outline()).filter(n => n.kind === 'recommendation');
    assert.deepEqual(recs.map(r => [r.line, r.label]), [[20, 'The Commission recommends'], [27, 'The Commission recommends'], [38, 'The Commission recommends']]);
  });

  it('ends a recommendation at its bracketed number, so the heading after the page break stands', () => {
    const chapter = outline().nodes.find(n => n.title.startsWith('CHAPTER 2'))!;
    assert.deepEqual(chapter.children.filter(n => n.kind === 'section').map(n => n.title.replace(/\s+/g, ' ')), ['A. The Categories of Entrant', 'B. The Standard of Care', 'C. Structures']);
  });

  it('reads the closing summary, each entry pointing to its paragraph in square brackets, as restating', () => {
    const summary = outline().nodes.find(n => n.title.includes('SUMMARY OF RECOMMENDATIONS'))!;
    assert.deepEqual(summary.children.map(n => n.kind), ['item', 'item', 'item']);
  });
});

describe('a state comptroller\'s audit printed to text: each finding\'s recommendations on a page of their own, the agency\'s letter quoting them', () => {
  const page = (n: number) => ['', `${' '.repeat(70)}${n}`, `\f${' '.repeat(60)}Report 2030-S-1`, ''];
  const text = [
    'Contents', '', 'Background                                         2', '', 'Audit Findings and Recommendations                 3', '',
    '    Ferry Inspections                              3', '', '    Recommendations                                4', '',
    '    Ferry Records                                  4', '', '    Recommendations                                5', '',
    'Agency Comments                                    6', ...page(1),
    'Background', '', 'The Department inspects ferries every year.', ...page(2),
    'Audit Findings and Recommendations', '', 'Ferry Inspections', '', 'Inspections were often late.', ...page(3),
    'Recommendations', '', '1. Set a deadline for each inspection and report on it monthly to the', '   Main Office.', '',
    '2. Train inspectors in the new checklist.', '', 'Ferry Records', '', 'Records were incomplete.', ...page(4),
    'Recommendations', '', '3. Keep every inspection record in the central system.', ...page(5),
    'Agency Comments', '', 'Dear Director:', '', 'The Department\'s responses to the recommendations follow.', '',
    'Recommendation 1', 'Set a deadline for each inspection . . .', '', 'Response: The Department agrees.', '',
    'Recommendation 2', 'Train inspectors in the new checklist . . .', '', 'Response: The Department agrees.', '',
    'Recommendation 3', 'Keep every inspection record . . .', '', 'Response: The Department agrees in part.',
  ].join('\n');

  it('reads `Recommendations` that pages open with as the label the contents list again and again, no running header', () => {
    const recs = recommendationsOf(text, { fileName: 'audit.txt' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 30)), ['Set a deadline for each inspec', 'Train inspectors in the new ch', 'Keep every inspection record i']);
  });

  it('reads the letter\'s excerpts, each cut off with an ellipsis over the agency\'s answer, as restating', () => {
    const letter = flattenOutline(outlineDocument(text, { fileName: 'audit.txt' })).filter(n => n.label?.startsWith('Recommendation '));
    assert.deepEqual(letter.map(n => n.kind), ['item', 'item', 'item']);
  });
});

describe('an auditor-general\'s table of recommendations converted from PDF, cut by a page break', () => {
  const text = [
    '# **Summary**', '', 'The ferries are subsidised.', '', '2 | Ferry Services | Auditor-General\'s Report', '', '-----', '',
    '# **Recommendations**', '', '|Issue|Agency|Recommendation|Agency response|', '|---|---|---|---|',
    '|**Issue: the ferry model is out of date**|Department of Transport|We recommend that the Department of Transport:||',
    '|||1. updates its ferry demand model every year using actual passenger counts|Accepted|',
    '|||2. targets its subsidies at the routes at risk, including:<br>• higher payments for remote routes<br>• priority for school services|Accepted in principle|',
    '|||3. tracks for at least 3 years whether the crews it trained remain employed in the ferry',
    '', '3 | Ferry Services | Auditor-General\'s Report', '', '-----', '',
    '|Col1|Col2|Col3|Col4|', '|---|---|---|---|', '|||sector, using existing payroll data|Accepted|',
    '||Department of Ports|We recommend that the Department of Ports:||', '|||4. shares its berth data with the Department of Transport every 6 months|Accepted|',
    '', '4 | Ferry Services | Auditor-General\'s Report', '', '-----', '', '# **1. Audit context**', '', 'Ferries carry commuters.',
  ].join('\n');

  it('takes each numbered row once: the lead-in rows over them none, the bullets of a row that leads into them its points, the row the page break cut whole', () => {
    const recs = recommendationsOf(text, { fileName: 'audit.md' });
    assert.deepEqual(recs.map(r => r.title.slice(0, 20)), ['updates its ferry de', 'targets its subsidie', 'tracks for at least ', 'shares its berth dat']);
    assert.ok(recs[1].title.includes('priority for school services') && recs[2].title.endsWith('using existing payroll data'), 'the points and the rest of the cut row');
    assert.deepEqual([recs[2].line, recs[2].endLine], [16, 24]);
  });
});

describe('an intergovernmental policy paper\'s closing chapter of what governments could consider', () => {
  it('takes `Policy considerations` for a label over its numbered paragraphs, each led by what governments could consider', () => {
    const text = [
      '# 4. Evidence', '', '30. Few users move their data.', '', '# 5. Policy considerations', '', '### 5.1. Making portability usable', '',
      '38. **Governments could consider requiring continuous portability where switching costs are high.** It helps entrants.', '',
      '39. **Governments could consider embedding portability in the user journey.** Tools should be easy to find.', '', '# References', '', 'OECD (2021).',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'paper.md' }).map(r => [r.line, r.label]), [[9, 'Policy considerations'], [11, 'Policy considerations']]);
  });
});

describe('a school\'s evaluation report converted by mammoth, its measures numbered with escaped parentheses in bold', () => {
  it('reads `__\\(1\\)\u3000…__` as the numbered measure it is, under the sentence that leads into them', () => {
    const text = [
      '__４\u3000学校関係者評価委員会の意見__', '', '委員会は授業改善を評価した。', '',
      '__５\u3000次年度に向けた改善方策__', '', '評価委員会の意見を踏まえ、次年度は次の改善方策に重点的に取り組む。', '',
      '__\\(1\\)\u3000家庭学習の習慣化__', '', '各教科の課題の量を学年ごとに調整する。', '',
      '__\\(2\\)\u3000授業改善の推進__', '', '授業公開を年３回に拡充する。', '',
      '__\\(3\\)\u3000業務改善__', '', '会議を削減する。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'hyouka.md' }).map(r => r.line), [9, 13, 17]);
  });
});

describe('an auditor\'s testimony that tables the agency\'s actions on its earlier recommendations', () => {
  it('takes the rows under `Agency Actions on Prior Recommendations` for items, no recommendation of this text', () => {
    const text = [
      '## Background', '', 'The agency funds repairs.', '', '## Agency Actions on Prior Recommendations', '', 'We made 31 recommendations in earlier reports.', '',
      '|Report|Recommendation|Status and agency actions|', '|---|---|---|',
      '|GAO-20-503|The Administrator should document barriers to recovery.|Open.|', '|GAO-22-104|The Administrator should assess staff turnover.|Open.|', '',
      '## Related Products', '', 'Disaster Recovery. GAO-24-100.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'testimony.md' }), []);
    assert.deepEqual(flattenOutline(outlineDocument(text, { fileName: 'testimony.md' })).filter(n => n.kind === 'item').map(n => n.line), [11, 12]);
  });
});

describe('a law reform body\'s consultation paper from pdftotext that puts its proposals as numbered questions', () => {
  it('takes each `Consultation Question N.` that proposes for a recommendation; one that only asks heads none', () => {
    const text = [
      'Chapter 1: Introduction', '', '1.1 This paper is about harbour pilots.', '',
      'Chapter 2: Pilotage', '', '2.1 Pilots guide ships into port.', '', 'Consultation Question 1.',
      '2.2 We provisionally propose that every harbour should publish its pilotage fees.', '', 'Do consultees agree?', '',
      'Consultation Question 2.', '2.3 We invite consultees\' views on how long a pilot\'s licence should last.', '',
      'Chapter 3: Conclusion', '', '3.1 We look forward to the responses.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'paper.txt' }).map(r => [r.line, r.label]), [[9, 'Consultation Question 1']]);
  });
});

describe('a committee report from pdftotext: numbered recommendations in the chapters, gathered again at the end with the paragraph of each', () => {
  it('takes each numbered recommendation in its chapter; the closing list whose entries end citing their paragraph restates them', () => {
    const text = [
      'Contents', 'Chapter 1: Introduction ........ 1', 'Chapter 2: Pilotage ........ 3', 'Chapter 3: Summary of recommendations ........ 6', '',
      'Chapter 1: Introduction', '', '1.1 This report is about harbour pilots.', '',
      'Chapter 2: Pilotage', '', '2.1 Pilots guide ships into port.', '', 'Recommendation 1.',
      '2.2 We recommend that every harbour should publish its pilotage fees each year.', '',
      'Recommendation 2.', '2.3 We recommend that pilots should be licensed by one national body.', '',
      'Chapter 3: Summary of recommendations', '', 'Recommendation 1.', '3.1 We recommend that every harbour should publish its pilotage fees each year.', '',
      'Paragraph 2.2', '', 'Recommendation 2.', '3.2 We recommend that pilots should be licensed by one national body.', '',
      'Paragraph 2.3', '',
    ].join('\n');
    const nodes = flattenOutline(outlineDocument(text, { fileName: 'report.txt' }));
    assert.deepEqual(nodes.filter(n => n.kind === 'recommendation').map(n => [n.line, n.label]), [[14, 'Recommendation 1'], [17, 'Recommendation 2']]);
  });
});

describe('an inspector general\'s audit report converted from PDF to Markdown: the agency\'s answer to each recommendation under its label', () => {
  it('takes the recommendations where the finding states them; a label over the answer\'s field names the one answered', () => {
    const text = [
      '# **Audit of Harbour Grants**', '', '## **Finding 1: The Agency Did Not Check Costs**', '', 'The agency paid unsupported costs.', '',
      '**Recommendations**', '', '**Recommendation 1:** We recommend that the Administrator review the questioned costs.', '',
      '**Recommendation 2:** We recommend that the Administrator train the project officers.', '',
      '**Management Comments and OIG Response**', '', '**Recommendation 1**', '', '_Management Comments_', '', 'Management agreed.', '', '_OIG Response_', '', 'The actions resolve it.', '',
      '**Recommendation 2**', '', '_Management Comments_', '', 'Management agreed.', '',
      '## **Appendix A: Scope**', '', 'We audited grants.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.md' }).map(r => r.line), [9, 11]);
  });

  it('takes the closing summary table for a restatement, though the agency\'s letter appended after it answers each again', () => {
    const text = [
      '# **Audit of Harbour Grants**', '', '## **Finding 1: The Agency Did Not Check Costs**', '', 'The agency paid unsupported costs.', '',
      '**Recommendation 1:** We recommend that the Administrator direct the Office of Grants to review the questioned costs of each port.', '',
      '**Recommendation 2:** We recommend that the Administrator direct the Office of Grants to train every project officer on grant costs.', '',
      '## **Finding 2: Reports Were Late**', '', 'Reports came late.', '',
      '**Recommendation 3:** We recommend that the Administrator direct the Office of Grants to follow up every late quarterly report.', '',
      '## **Summary of Recommendations**', '', '|No.|Recommendation|Status|', '|---|---|---|',
      '|1|Review the questioned costs of each port.|Resolved|', '|2|Train every project officer on grant costs.|Resolved|', '|3|Follow up every late quarterly report.|Open|', '',
      '# **Appendix B: Management Comments**', '', '**MEMORANDUM**', '', 'Thank you for the draft report.', '',
      '**Recommendation 1:** Review the questioned costs of each port and recover what is unsupported.', '', '**Agency Response:** The agency agrees. It will review them.', '',
      '**Recommendation 2:** Train every project officer on grant costs and on the checklist.', '', '**Agency Response:** The agency agrees. Training starts in May.', '',
      '**Recommendation 3:** Follow up every late quarterly report within a month.', '', '**Agency Response:** The agency agrees.',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.md' }).map(r => r.line), [7, 9, 15]);
  });
});

describe('a transport safety board\'s accident report from pdftotext: new recommendations, then earlier ones reiterated', () => {
  it('takes the new recommendations only; those issued before and reiterated or reclassified are items', () => {
    const text = [
      '4 Recommendations', '4.1 New Recommendations', 'As a result of this investigation, the Board makes the following new safety recommendations.', '',
      'To the Harbour Administration:', '1. Require pilots to report near misses. (M-31-001)', '2. Publish the reports each year. (M-31-002)', '',
      '4.2 Previously Issued Recommendations Reiterated in This Report', 'The Board reiterates the following safety recommendation.', '',
      'To the Harbour Administration:', 'Require tugs to carry a second radio. (M-29-014)', '',
      '4.3 Previously Issued Recommendation Classified in This Report', '',
      'To the Coast Guard:', 'Inspect the pilot ladders of every ship. (M-29-015)', '', 'BY THE BOARD',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'report.txt' }).map(r => r.line), [5, 7]);
  });
});

describe('a local plan converted from PDF: the city\'s measures, what residents and businesses can do, each field\'s indicators', () => {
  const text = [
    '# 第4章\u3000施策の展開', '', '本章では、基本目標ごとに施策を示します。', '', '- 10 -', '', '-----', '', '第4章\u3000施策の展開', '',
    '## **基本目標1\u3000省エネのまち**', '', '### 施策の方向1-1\u3000省エネの推進', '',
    '**【市の取組】**', '● 家庭向けの省エネ診断を実施します。', '● 公共施設の照明をLED化します。', '',
    '**【市民の取組】**', '・ 省エネ家電を選びます。', '', '**【事業者の取組】**', '・ 空調の設定温度を見直します。', '', '', '- 11 -', '', '-----', '',
    '第4章\u3000施策の展開', '', '## **基本目標2\u3000資源が循環するまち**', '',
    '|成果指標|現状値（令和5年度）|目標値（令和16年度）|', '|---|---|---|', '|リサイクル率|21.4％|28％|', '|最終処分量|2,140t|1,700t|', '',
    '### 施策の方向2-1\u3000ごみの削減', '', '**【市の取組】**', '● フードドライブを実施します。', '', '**【事業者の取組】**', '・ 簡易包装に取り組みます。', '', '- 12 -', '', '-----', '', '第4章\u3000施策の展開',
  ].join('\n');

  it('passes over a table of indicators and targets set under the label, its measures after it', () => {
    const labelled = ['## 施策の方向1-1\u3000省エネの推進', '', '【主な取組】', '', '|成果指標|現状値|目標値|', '|---|---|---|', '|LED化率|40％|100％|', '',
      '● 公共施設の照明をLED化します。', '● 省エネ診断を実施します。'].join('\n');
    assert.deepEqual(recommendationsOf(labelled, { fileName: 'keikaku.md' }).map(r => r.line), [9, 10]);
  });

  it('takes the city\'s measures only: not the residents\' or the businesses\' part, nor the indicators\' rows', () => {
    assert.deepEqual(recommendationsOf(text, { fileName: 'keikaku.md' }).map(r => r.line), [16, 17, 42]);
  });
});

describe('a traffic safety plan converted by pandoc: the measures it means to take under its statutory heading', () => {
  it('takes each numbered measure under `講じようとする施策`, its lettered points its own', () => {
    const text = [
      '## 第１章\u3000道路交通の安全', '', '### 第１節\u3000道路交通事故のない社会を目指して', '', '　死者数を減らす。', '',
      '### 第２節\u3000講じようとする施策', '', '　次の２つの柱により交通安全対策を推進する。', '', '**１\u3000道路交通環境の整備**', '',
      '**（１）歩行空間の整備**', '', 'ア\u3000生活道路の対策', '', '　区域規制を進める。', '', '**（２）信号機の整備**', '', 'ア\u3000信号機の更新', '', '　老朽化した信号機を更新する。', '',
      '**２\u3000交通安全思想の普及**', '', '**（１）高齢者への教育**', '', '　参加型の講習を行う。',
      '', '## 第２章\u3000鉄道交通の安全', '', '　鉄道の安全を確保する。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'keikaku.md' }).map(r => [r.line, r.label]), [[13, '講じようとする施策'], [19, '講じようとする施策'], [27, '講じようとする施策']]);
  });
});

describe('a think tank\'s report saved from its website: the page\'s sharing links above the text, what needs to happen at its end', () => {
  it('reads `Share this page:` over the text as the site\'s, no back matter, and takes the numbered points under `What needs to happen?`', () => {
    const text = [
      '# Building neighbourhood health', '', '11 March 2030', '', 'Share this page:', '', '* [Share on LinkedIn](https://example.org/share)', '',
      '## Key messages', '', 'Care closer to home needs steady money.', '', '## Introduction', '', 'Text.', '', '## What needs to happen?', '',
      '### National bodies', '', '1. **Set national outcome measures.** They should count as much as hospital targets.',
      '2. **Commit to multi-year funding.** Budgets should rise each year.', '', '### Providers', '', '3. **Open up records to the whole team.** Access should be shared.', '',
      '## Conclusion', '', 'The shift can happen.', '', '## References', '', '1. A source.', '', 'Share this page:', '', '* [Share on LinkedIn](https://example.org/share)',
    ].join('\n');
    const outline = outlineDocument(text, { fileName: 'report.md' });
    assert.deepEqual(titles(outline.nodes.filter(n => n.kind === 'chapter')), ['Key messages', 'Introduction', 'What needs to happen?', 'Conclusion', 'References']);
    assert.deepEqual(titles(flattenOutline(outline).filter(n => n.kind === 'recommendation')).map(t => t.slice(0, 24)),
      ['Set national outcome mea', 'Commit to multi-year fun', 'Open up records to the w']);
  });
});

describe('an agricultural committee\'s opinion to its mayor (意見書（建議）) printed from PDF', () => {
  it('takes each point that asks under a sentence asking for the points below, and under background that asks nothing', () => {
    const text = [
      '\u3000\u3000\u3000\u3000令和９年度農業施策に関する意見書（建議）', '', '\u3000本委員会は、次のとおり建議する。', '', 'Ⅰ\u3000重点事項', '',
      '１\u3000農地の集約化の推進', '\u3000\u3000受け手の定まらない農地が多い。次の事項について取り組まれたい。',
      '\u3000\u3000○\u3000話し合いの場の運営経費を確保されたい。', '\u3000\u3000○\u3000区画の拡大に対する補助制度を創設されたい。', '',
      'Ⅱ\u3000個別事項', '', '（１）担い手の確保', '\u3000\u3000認定農業者の４割が６５歳以上である。',
      '\u3000\u3000①\u3000経営相談の研修会を定期的に開催すること。', '\u3000\u3000②\u3000家族経営協定の締結を推進すること。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'kengi.txt' }).map(r => r.line), [9, 10, 16, 17]);
  });
});

describe('an investigation committee\'s report whose paragraph proposes the measures it counts, then says more', () => {
  it('reads the paragraph as leading into the measures below it', () => {
    const text = [
      '# 第４\u3000再発防止策', '', '委員会は、次の３項目の再発防止策を提言する。これらの対策は、全ての所属において実施されるべきである。', '',
      '**１\u3000複数人による確認**', '', '① 現金の確認は、担当者以外の職員が行うこと。', '',
      '**２\u3000管理監督者による確認**', '', '① 管理監督者は、月１回、現金の実査を行うこと。', '',
      '**３\u3000研修の実施**', '', '① 全職員に公金の取扱いの研修を行うこと。', '', '# 第５\u3000おわりに', '', '以上である。',
    ].join('\n');
    assert.deepEqual(recommendationsOf(text, { fileName: 'houkoku.md' }).map(r => r.line), [7, 11, 15]);
  });
});
