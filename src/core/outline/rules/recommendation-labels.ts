/**
 * Labels that introduce a block of recommendations, as headings, bold lines or a list item's
 * text. The table is data: a label is matched whole, after its markup, brackets, numbering and a
 * trailing colon are taken off, and case and width do not matter. A project adds its own labels
 * through `OutlineOptions.recommendationLabels`.
 */
export const RECOMMENDATION_LABELS: readonly string[] = [
  // Japanese think-tank reports, councils' and associations' papers, government white papers
  '提言', '政策提言', '提言事項', '主な提言', '提案', '政策提案', '改善提案', '勧告', '要望', '要望事項',
  // What a request letter or an association's tax request lists under its heading (`要望項目`, `【要望内容】`)
  '要望項目', '要望内容', '提言内容', '提案事項',
  // Petitions and written opinions to an assembly (`請願事項` over the numbered requests)
  '請願事項',
  // A bar association's or a federation's written opinion (意見書): `第１\u3000意見の趣旨` over what it asks,
  // `第２\u3000意見の理由` over its reasons
  '意見の趣旨', '提言の趣旨',
  // … and an ombudsperson's recommendation or a request set out the same way (`第１\u3000勧告の趣旨` over
  // its numbered `…すること。`, `第２\u3000勧告の理由`)
  '勧告の趣旨', '要望の趣旨',
  // An administrative evaluation's recommendations to a ministry, after its `【調査結果】` (`【所見】` over
  // `したがって、○○省は、…必要がある。`)
  '所見',
  // A governor's or a minister's opinion on an environmental impact assessment (環境影響評価準備書に対する知事意見),
  // its items (`…すること。`) under its two standard parts, `１\u3000総括的事項` and `２\u3000個別的事項`
  '総括的事項', '個別的事項',
  // An audit committee's report (監査委員の定期監査結果) over the corrections it asks of each department
  // (`【指摘事項】` over `１\u3000…について` and its text; its `【注意事項】` are minor notes, see ISSUE_LABELS)
  '指摘事項',
  // A ministry's public review of its spending programmes (行政事業レビュー), whose panel's summary comments
  // say what each programme is to change (`【取りまとめコメント】` after `【論点】` and `【評価結果】`)
  '取りまとめコメント', 'とりまとめコメント',
  // A council's recommendation to ministers under its founding law (建議), each item numbered (`建議事項１\u3000…`)
  '建議', '建議事項',
  // An external review or an accreditation of a university or an agency, after what it found good
  // (`【優れた点】`, then `【改善を要する点】` over what the body is to improve; `改善勧告`, `是正勧告` in an accreditation)
  '改善を要する点', '改善すべき点', '改善勧告', '是正勧告',
  // … a hospital accreditation's requests after its ratings (`改善要望事項`), and a welfare service's
  // third-party evaluation after what it rates highly (`◇改善を求められる点`)
  '改善要望事項', '改善要望', '改善を求められる点', '改善が求められる点',
  // A board of education's yearly review of its own work (点検・評価), which the law has it submit to
  // outside experts: their opinions are what it is asked to act on (`第３章\u3000学識経験者の意見`)
  '学識経験者の意見', '学識経験者からの意見', '有識者の意見', '外部評価委員の意見',
  // What a labour union or a confederation demands of the government and employers (`【要求内容】`,
  // `【重点要求】` after `【現状と課題】`, each field's numbered demands under it)
  '要求', '要求内容', '要求事項', '要求項目', '重点要求', '主な要求',
  // … and what a caucus of a local assembly asks of its mayor for next year's budget (予算要望書): its
  // priority requests, then its requests by department (`【総務部関係】` over `１．…すること`)
  '重点要望', '部局別要望',
  // What a governors' association or a local assembly asks of the state (`要請事項`). Not qualified:
  // `時代の要請` is no label.
  '要請', '要請事項',
  // … and its proposals and requests in one (`【提案・要望事項】`, as governors' and mayors' associations head them)
  '提案・要望', '提案・要望事項', '要望・提案', '要望・提案事項',
  // … and what a prefecture's requests to the state set under each theme, after its present state
  // (`【現状・課題】` then `【提案・要望内容】` over the numbered requests)
  '提案内容', '提案・要望内容', '要望・提案内容',
  // What a regulatory reform council's report or an implementation plan sets out to be done, each
  // reform a row of its table (`（２）実施事項`)
  '実施事項',
  // What a review board (情報公開・個人情報保護審査会, 行政不服審査会) adds to its reply for the agency to
  // heed beyond the case (`第６\u3000付言`, `以下のとおり付言する。`)
  '付言',
  // Proposed measures, as minutes and action tables head them ("proposed actions")
  '改善案', '対策案', '施策案', '取組案', '取り組み案',
  // An industry association's voluntary guideline, which sets under each topic what its members are to do
  // and what they had best do (`【求められる取組】`, `【望ましい取組】`)
  '求められる取組', '望ましい取組', '求められる対応', '望ましい対応',
  // Councils' reports (答申) and government plans that set out the measures they propose or take
  '方策', '具体的方策', '具体的な方策', '改善方策', '具体的な施策', '主な取組', '具体的な取組',
  // … and a labour policy council's report on revising a law, its measures under one chapter
  // (`第３\u3000具体的な措置の内容` over `１\u3000…`, `（１）…` each ending `…ことが適当である。`)
  '具体的な措置', '具体的な措置の内容', '講ずべき措置', '講ずべき措置の内容',
  // … and a municipality's comprehensive plan (総合計画), which sets each policy's measures under `施策の方向`
  // after `現状と課題`
  '施策の方向', '施策の方向性',
  // … and a local government's plan that sets, under each field, what residents can do and then its
  // own measures (`（１）県民一人ひとりの取組` over the residents' part, `（２）県の取組` over the plan's)
  ...['県', '市', '町', '村', '区', '都', '道', '府', '市町村', '行政', '国'].flatMap(body => [`${body}の取組`, `${body}の取り組み`]),
  // … and the measures a report says the government should take (`講ずべき施策`, `具体的な対応策`, a plan's `取組内容`)
  '講ずべき施策', '具体的な対応策', '取組内容',
  // … and a traffic safety plan, which the law has set out the measures it means to take in each
  // field under one heading (`第２節\u3000講じようとする施策`, over the pillars and their measures)
  '講じようとする施策',
  // … and the measures a council's report or a study group's paper sets after the issues (`（１）現状と課題`
  // over `（２）今後の方策`; a closing chapter `今後の取組の方向性`)
  '今後の方策', '今後の取組', '今後の取り組み', '今後の取組の方向性', '今後の取組方針',
  // … and the closing slide of a panel's summary, often a draft (`今後の対応（案）`)
  '今後の対応', '今後の対応方針',
  // Playbooks, guidelines and reports that set the way to solve each issue under it (課題 → 解決方針)
  '解決方針', '対応方針', '改善方針',
  // … and an expert panel's or a council's report that follows each point at issue (`■論点`) with the way it
  // means to meet it (`■対応の方向性`), and a manifesto's direction for each policy after its
  // present state (`- 現状認識` then `- 方向性` over what it will do)
  '対応の方向性', '対応の方向', '取組の方向性', '方向性',
  // … and what a fiscal council's report (建議) proposes in each field after its `（１）現状と課題`
  // (see LABELS_BELOW_CHAPTERS)
  '改革の方向性',
  // … and a national council's report on each field, after its `（１）現状と課題` (`（２）改革の具体的方向`
  // over `①\u3000…` titles, each over its paragraph)
  '改革の具体的方向', '具体的方向', '具体的な方向', '具体的方向性',
  // Civic groups' and local proposals that close each pillar with the actions they ask for
  'アクション', '具体的なアクション',
  // A clinical or practice guideline's answer to each clinical question (`推奨：…することを提案する。（推奨の強さ：2，…）`)
  '推奨',
  // Party manifestos and election pledges (a policy book's parts: `重点政策`, then `分野別政策` by field, or `その他の政策`)
  '政策', '政策概要', '重点政策', '主要政策', '主な政策', '分野別政策', 'その他の政策', '施策', '主な施策', '重点施策', '主要施策', '具体的施策', '具体策', '改善策', '対応策', '解決策',
  'マニフェスト', '公約', '政権公約',
  // A manifesto's plain word for its pledges (`私たちの約束`, `お約束`)
  '約束', 'お約束',
  // English reports of auditors, agencies, workshops and think tanks
  'Recommendations', 'Recommendation', 'Key Recommendations', 'Policy Recommendations', 'Main Recommendations',
  'Summary of Recommendations', 'Table of Recommendations', 'List of Recommendations', 'Recommended Actions', 'Proposed Actions', 'Suggested Actions', 'Possible Actions',
  'Proposed Solutions', 'Recommended Solutions',
  // Briefs and government strategies that set out the options they put to policymakers, and an
  // intergovernmental policy paper's closing chapter of what governments could consider
  'Policy Options', 'Policy Opportunities', 'Policy Considerations',
  'Actions', 'Action Items', 'Policies', 'Policy Proposals', 'Proposals',
  // Consultation responses and submissions that follow each point with the change they ask for
  'Proposal', 'Proposed Action', 'Recommended Action',
  // A law reform body's consultation paper, which boxes the proposals it puts to consultees as numbered
  // questions (`Consultation Question 12.` over `3.10 We provisionally propose that … Do consultees agree?`;
  // see PROPOSING_ONLY_LABELS)
  'Consultation Question',
  // Action plans and strategies that number each action in its own heading (`Action 4`)
  'Action',
  // Open-government action plans, manifestos and peer reviews that list what a government undertakes
  'Commitments', 'Pledges', 'Reforms',
  // An international peer review mission's findings: beside each `Recommendation:`, the lesser
  // `Suggestion:` it makes of the regulator (its `Good practice:` praises, and proposes nothing)
  'Suggestion', 'Suggestions',
  // … and the closing section of a staff working document or a strategy that lists what comes next
  'Way forward', 'The way forward', 'Next steps',
  // … and what a government strategy commits to under each priority, in its own voice
  'What we will do', 'What we\'ll do', 'What we’ll do',
  // An international financial institution's staff report, whose closing appraisal gives the staff's view
  // and advice in numbered paragraphs (`STAFF APPRAISAL`): those that advise are its recommendations
  'Staff Appraisal',
  // … and the strategies a federal agency's strategic plan sets under each objective (`#### Strategies`)
  'Strategies', 'Key Strategies',
  // What a charity's or an association's briefing asks of government (`Our Asks`, `Key Asks`, `Policy Asks`)
  'Asks',
  // An ombudsman's or a public protector's report of an investigation: what it directs each official to do
  // to remedy what it found (`8. REMEDIAL ACTION` over `8.1 The Municipal Manager … must:` and its `8.1.1 …`)
  'Remedial Action', 'Remedial Actions',
  // … and what a civil rights investigation's findings report says a police department must do to end
  // the violations it found (`V. RECOMMENDED REMEDIAL MEASURES` over lettered areas and their bullets)
  'Remedial Measures', 'Recommended Remedial Measures',
  // Standards and baselines that list what each body must do (guardrails, security controls)
  'Mandatory Requirements',
  // Security and risk guidance that lists the measures against each risk
  'Mitigations', 'Mitigation Strategies', 'Countermeasures', '対策', '緩和策', '緩和戦略', '軽減策',
];

/**
 * Labels that head a list only below a chapter: `（２）改革の方向性` over a field's proposals; as a
 * chapter's title (`第３章\u3000改革の方向性`, a council's general direction before the concrete
 * measures of its second part), they name what the chapter discusses.
 */
export const LABELS_BELOW_CHAPTERS: readonly string[] = ['改革の方向性', '改革の具体的方向'];

/**
 * Labels that head a recommendation only where the paragraph under them proposes (`We provisionally
 * propose that …`): a consultation paper's question that only asks (`What should the register
 * record?`), as papers that number their provisional proposals apart ask theirs, heads none.
 */
const PROPOSING_ONLY_LABELS: readonly string[] = ['Consultation Question'];

/** Whether a label of PROPOSING_ONLY_LABELS (`Consultation Question 2`) heads a text that puts no proposal. */
export function onlyAsks(label: string, text: string): boolean {
  const folded = label.toLowerCase();
  return PROPOSING_ONLY_LABELS.some(word => folded.startsWith(word.toLowerCase())) && !PUTS_PROPOSAL.test(text);
}

/** `We provisionally propose that …`, `We recommend that …`: a text that puts a proposal. */
const PUTS_PROPOSAL = /\b(?:propose|recommend)s?\b/i;

/**
 * Words that label a recommendation only with its number (`Commitment 2: We will …`, as
 * open-government action plans and white papers number what they commit to; `Pledge 4: …`, as
 * manifestos do; `Principle 3: Granular monitoring` over its statement, as an international standard
 * setter proposes principles for consultation, see guiding-principles.ts for the principles that guide
 * a report's recommendations). Alone, the word names a topic (`Leadership Commitment`), no label.
 */
export const NUMBERED_ONLY_LABELS: readonly string[] = ['Commitment', 'Pledge', 'Principle'];

/**
 * Words that label a recommendation only numbered in brackets (`【指摘１】…`, `（意見２）…`), as an
 * external audit of a local government (包括外部監査, 監査委員の報告) heads the corrections it demands
 * and the improvements it asks for. Alone or unbracketed (`意見１` in a summary of public comments),
 * the word names what someone said, no label.
 */
export const BRACKETED_NUMBERED_LABELS: readonly string[] = ['指摘', '指摘事項', '意見'];

/**
 * Label nouns that a heading may qualify in English ("Recommendations for Executive Action",
 * "Key Recommendations from Operator Feedback") or address in Japanese ("政府への提言",
 * "本研究会の提言"): they name proposals whatever they are qualified by, where a label such as
 * "Policies" or "政策" qualified becomes a description ("Policies of the new government").
 */
/**
 * `what Congress should do`, `What policymakers must do now`: what someone is to do, announced, as
 * columns, newsletters and briefs head or lead into their asks (an expression: the actor varies),
 * and as an inspection report heads what the school is to do (`What does the school need to do to improve?`);
 * and `What needs to happen?`, as a think tank heads its recommendations, grouped by who is to act.
 */
export const WHAT_TO_DO = `(?:what\\s+(?:[\\w'’-]+\\s+){1,5}(?:should|must|can|ought\\s+to|needs?\\s+to|has\\s+to|have\\s+to)\\s+do(?:\\s+(?:now|next|instead|about\\s+it|better|to\\s+improve))?|what\\s+(?:needs\\s+to|should|must|has\\s+to)\\s+happen(?:\\s+(?:now|next))?)`;

/**
 * `Action the trust MUST take to improve`, `Actions the council should take`: what an inspectorate
 * requires or advises of the body it inspected, under which it lists each action.
 */
export const ACTION_TO_TAKE = `actions?\\s+(?:[\\w'’-]+\\s+){1,5}(?:must|should|needs?\\s+to)\\s+take(?:\\s+to\\s+improve)?`;

export const QUALIFIABLE_LABELS: readonly string[] = [
  '提言', '政策提言', '提案', '政策提案', '改善提案', '勧告', '要望', '緩和策', '緩和戦略', '軽減策',
  'Recommendations', 'Recommendation', 'Recommended Actions', 'Proposals', 'Proposed Actions', 'Commitments', 'Pledges',
  'Mitigations', 'Mitigation Strategies', 'Countermeasures',
];

/**
 * Japanese labels that name proposals when they say what the measures are for (`（2）問題点の改善に
 * 向けた方策`, `…のための方策`, over the measures a university's self-evaluation or a council's
 * report plans); qualified only by a period (`具体的な方策（2026年度）`) they may head a plan's own.
 */
export const ADDRESSED_LABELS: readonly string[] = [
  '方策',
  // … and a consumer affairs centre's advice to consumers after its tests (`消費者へのアドバイス` over
  // `（１）…しましょう`), beside its requests to businesses and the government
  'アドバイス',
];

/**
 * Labels that introduce issues, problems and the state of things rather than proposals: what
 * follows them states a need (…必要がある, must) without proposing. A title that starts with one
 * (`課題①`, `現状認識・課題分析`, `Issues and Challenges`) holds prose recommendations back until the
 * next heading or recommendation label.
 */
export const ISSUE_LABELS: readonly string[] = [
  '課題', '問題', '問題点', '現状', '論点', '背景', '主要論点', '主な論点', '主要課題', '主な課題',
  'Issues', 'Challenges', 'Problems', 'Problem Statement', 'Background', 'Current State',
  // What an evaluation or an assessment sums up as found, set before what it recommends (`Key Findings`
  // then `Recommended Actions` under each chapter's first section). Not `Findings` alone: a report's
  // chapter of that name may go on to recommend.
  'Key Findings', 'Main Findings',
  // What an audit committee notes for a department to heed after the corrections it asks (`【注意事項】`),
  // minor matters it asks nothing of
  '注意事項',
];

/**
 * Verbs that make a sentence the lead-in of a list of recommendations when it ends by opening
 * the list ("the panel recommends that the ministry:", "We recommend the following:",
 * "政府に以下を提言する。"): the items of the list are the recommendations. English entries are
 * matched as whole words in the lead-in's last sentence, Japanese ones where the sentence ends.
 */
export const RECOMMENDING_VERBS: readonly string[] = [
  // English commission, think-tank and workshop reports, policy briefs
  'recommend', 'recommends', 'we propose', 'we suggest', 'urge', 'urges', 'call on', 'calls on', 'call upon', 'calls upon',
  // … and as a state auditor's annual report, written in the past, gives under each observation what
  // it recommended to the agency's management (`We recommended that Management:` over lettered points)
  'we recommended',
  // … and as an intergovernmental report's author puts the rest of its recommendations (`The Secretary-General
  // encourages development partners to:`); not `encourage`, which policies do to markets
  'encourages',
  // … and as a council's conclusions and an assembly's resolutions ask their addressees (`INVITES THE
  // COMMISSION TO:`, `Requests the Secretary-General to:`)
  'invites', 'requests',
  // Open letters and submissions that ask for what they list (`In the longer term, we ask that the Government:`)
  'we ask', 'we also ask',
  // Japanese councils' and associations' papers
  '提言する', '提言します', '提案する', '提案します', '求める', '求めます',
  // … and in the past, as a report sums up what it proposed (`改善の方法として、以下を提案した。`)
  '提言した', '提案した',
  // … and their humble forms, as petitions and citizens' proposals write them
  '提言いたします', '提案いたします', '要望する', '要望します', '要望いたします', '請願する', '請願します', '請願いたします',
  // A board of audit's report, which puts its opinion or its demand to a ministry (`次のとおり意見を表示する。`)
  '意見を表示する', '処置を要求する',
  // … and a municipality's audit committee, which states its opinion on the whole after its findings
  // (`次のとおり意見を述べる。`), or attaches it to a resident audit's result (`次のとおり意見を付す。`)
  '意見を述べる', '意見を付す', '意見を付する',
  // … and a review board's remarks to the agency beyond its reply (`以下のとおり付言する。`)
  '付言する',
  // … and a council's recommendation to ministers (`以下の事項について建議する。`), and an authority's formal
  // recommendation to the Diet and the cabinet (`次の事項を実現するため、…を改正することを勧告する。`)
  '建議する', '建議します', '勧告する', '勧告します',
  // Government guidelines and guidebooks (`以下のポイントを考慮して設計することを推奨します。`)
  '推奨する', '推奨します', '推奨いたします',
  // A business association's members, declaring what they themselves will do beside what they
  // propose (`以下の行動を実践することをここに宣言する。`)
  '宣言する', '宣言します',
];

/**
 * How a government's action plan, a strategy or a manifesto leads into the list of what it
 * commits to ("To open its data, the Government will:", "We will:", "The ministry commits to
 * the following:"): the items are its commitments, counted as its proposals are. Matched as whole
 * words where the lead-in's last sentence ends, before the colon.
 */
export const COMMITTING_ENDINGS: readonly string[] = [
  'will', 'will also', 'will further', 'commits to', 'commit to', 'is committed to', 'are committed to', 'pledges to', 'pledge to',
];

/**
 * How a standard, a guideline or a baseline leads into the list of what it requires ("Agencies
 * must:", "Government services will be expected to:", "Providers shall:"): the items are its
 * requirements, counted as a baseline's SHALL policies are. Matched as the committing endings are.
 */
export const OBLIGING_ENDINGS: readonly string[] = [
  'must', 'shall', 'should', 'is expected to', 'are expected to', 'will be expected to', 'is required to', 'are required to',
  'will be required to',
];

/**
 * How a Japanese guideline, specification or standard ends the sentence that obliges the reader
 * to what it lists below (`…下記の要件を盛り込む必要がある。`, `…以下の事項を遵守するものとする。`):
 * matched where the sentence ends, and only when it points at the list (以下の・下記の・次の…).
 */
export const OBLIGING_JAPANESE_ENDINGS: readonly string[] = [
  '必要がある', '必要があります', 'ものとする', 'ものとします', 'なければならない', 'なければなりません', 'こととする', 'こととします',
  '必要である', '必要です',
  // … and how a council's report or a cabinet decision commits to the measures it lists (`政府は、下記の取組を推進する。`)
  '推進する', '進める', '講じる', '講ずる', '実施する', '取り組む',
  // … and how a supplementary resolution of an assembly asks the government to act on the points below
  // (`政府は、…次の諸点について適切な措置を講ずべきである。`)
  'べきである',
  // … and what an evaluation committee asks of those beyond its addressee (`関係者に対して次のことを期待する。`)
  '期待する', '期待します', '期待したい',
];

/**
 * How a government's decision or plan ends each measure it lists as its own (`○\u3000…支援を拡充する。`,
 * `・…体制を整える。`), after an object (`…を`) or with an aim (`…に取り組む`): the plain verbs of doing,
 * beside any verbal noun with する (`強化する`, `整備する`). A forecast (`…が減少する。`) has no object.
 */
export const DECIDED_MEASURE_VERBS: readonly string[] = [
  '図る', '進める', '講じる', '講ずる', '行う', '整える', '設ける', '見直す', '取りまとめる', '促す', '広げる', '高める',
  '目指す', '推し進める', 'ようにする',
  // … and as a party's policy collection pledges them (`…仕組みをつくる`, `…を支える`, `…を引き上げる`)
  'つくる', '支える', '守る', '引き上げる', '届ける', '増やす', '減らす', 'なくす',
  // … and how it pledges to change what is (`…予算を改める`, `…負担を軽くする`)
  '改める', '軽くする',
  // … and how an outline of tax or regulatory measures decides them (`…要件を０歳以上とする。`,
  // `…範囲に、…ものを加える。`)
  'とする', '加える',
];
/** … and the undertaking to decide by a date, which needs no object before it (`…令和10年度改正において結論を得る。`). */
export const DECIDED_CONCLUSION = '結論を得(?:る|ます)';
/** … and the verbs that take an aim, not an object (`…の未然防止に取り組む。`). */
export const DECIDED_AIM_VERBS: readonly string[] = ['取り組む', '努める'];
/** The same in the polite form, as a party's policy collection pledges them to voters (`…を整えます。`). */
export const DECIDED_MEASURE_VERBS_POLITE: readonly string[] = [
  '図ります', '進めます', '講じます', '行います', '整えます', '設けます', '見直します', '取りまとめます', '促します', '広げます', '高めます',
  '目指します', 'めざします', '推し進めます', 'ようにします',
  'つくります', '支えます', '守ります', '引き上げます', '届けます', '増やします', '減らします', 'なくします',
  '改めます', '軽くします',
];
export const DECIDED_AIM_VERBS_POLITE: readonly string[] = ['取り組みます', '努めます'];

/**
 * How a Japanese letter closes the sentence that asks for what it lists below (`下記のとおり要望
 * いたしますので、特段のご配慮をお願い申し上げます。`): matched where the sentence ends, and only when
 * the sentence names the matters below as its request (see requestsBelow).
 */
export const REQUEST_ENDINGS: readonly string[] = ['お願い申し上げます', 'お願いいたします', 'お願い致します', 'お願いします'];

/**
 * Subjects that make a committing or obliging lead-in a reader's guide to the document itself ("This report
 * will:", "The next sections will:"), not a commitment of its author.
 */
export const SELF_REFERENCES: readonly string[] = [
  'this report', 'this paper', 'this document', 'this chapter', 'this section', 'this study', 'this review', 'this guide',
  'this brief', 'this note', 'the following sections', 'the next sections', 'the remainder',
];

/**
 * How a document names itself at the head of a section about it (`本提言の目的`, `本報告書について`,
 * `About this report`): such a section says who wrote it, for whom and why, and proposes nothing,
 * even under a title that labels the whole text. English ones are SELF_REFERENCES after `About`.
 */
export const SELF_NAMES_JAPANESE: readonly string[] = [
  '本提言', '本提案', '本報告書', '本報告', '本書', '本稿', '本レポート', '本ガイドライン', '本計画', '本資料', '本冊子',
  'この提言', 'この報告書', 'この資料',
];

/**
 * Verbs that open the operative paragraphs of a resolution or of a council's conclusions
 * (`1. Calls upon Member States to …`, `3. Urges …`): a numbered paragraph opening with one is a
 * recommendation, the verb its label. Decisions about the body's own work (`Decides`) are not.
 */
export const OPERATIVE_VERBS: readonly string[] = [
  'Recommends', 'Urges', 'Calls upon', 'Calls on', 'Encourages', 'Invites', 'Requests', 'Appeals to',
  'Strongly urges', 'Strongly encourages', 'Further urges', 'Further encourages', 'Further requests', 'Also urges',
  'Also encourages', 'Also requests',
  // … and as a parliament's resolutions ask (`25. Asks the Commission to …`, `40. Calls for a dedicated budget line …`)
  'Asks', 'Also asks', 'Calls for',
];

