import { withoutSpanAttributes } from './span-attributes';
import { escapePattern } from './escape-pattern';
import { CodeSet, codesOf, firstVisibleCode, visibleLength } from './line-start';
import { withoutEmphasis } from './join-wrapped';
import { NUMBER_WORDS } from './numerals';
import { ADDRESSED_LABELS, BRACKETED_NUMBERED_LABELS, ISSUE_LABELS, NUMBERED_ONLY_LABELS, onlyAsks, QUALIFIABLE_LABELS, RECOMMENDATION_LABELS, SELF_NAMES_JAPANESE, SELF_REFERENCES, WHAT_TO_DO, ACTION_TO_TAKE } from './recommendation-labels';

export interface LabelMatch {
  /** The label as the text writes it, markup and numbering taken off (`提言 2`, `Key Recommendations …`). */
  label: string;
  /**
   * The text after a numbered label (`提言１：港湾を強化する`, `Recommendation 3: Fund …`): the
   * line is then a recommendation itself, not the heading of a block.
   */
  rest?: string;
  /** The label is run into a paragraph in bold (`3.9 **Recommendation.** The …`), which may carry the paragraph's number. */
  runIn?: boolean;
  /** The text after the label is a title set apart by a dash (`Recommendation 1 – Target …`): the lines under it are its body, none of its title. */
  titled?: boolean;
  /** The label is in brackets, its text run in after it (`【提言】\u3000国は、…`). */
  bracketed?: boolean;
}

/** Markup, marks and numbering a label line can start with (Markdown, Word exports, PDFs). */
const DECORATION_STARTS = '>#_*【[［〔＜<《〈「(（◆■◇□▼▶●0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第';
/** What the words that number a title start with (see NUMBERING: Appendix, Annex, Section, Part, Chapter, Box). */
const NUMBERING_WORD_STARTS = 'AaSsPpCcBb';
/**
 * `Recommendation 2.1: Agree. The Division will …`, `Recommendation 4 – Accepted in part`: an
 * agency's or a government's answer to a recommendation, under its number (an audit's response
 * letter, a government response), no recommendation itself.
 */
const ANSWER_WORDS = 'agree[ds]?|disagree[ds]?|partially\\s+(?:agree[ds]?|accepted)|concur[s]?|do(?:es)?\\s+not\\s+concur|non-?concur|accept(?:ed)?|not\\s+accepted|reject(?:ed)?|noted|support(?:ed)?|not\\s+supported|agreed\\s+in\\s+principle';
const ANSWER = new RegExp(`^(?:${ANSWER_WORDS})\\b(?:\\s+in\\s+(?:part|principle|full))?\\s*[.,;:–—-]`, 'i');
/** `Partially accepted` alone on its line under `Recommendation 1: …`: the verdict of an answer, the answer's text below it. */
const VERDICT = new RegExp(`^(?:${ANSWER_WORDS})(?:\\s+in\\s+(?:part|principle|full))?\\.?$`, 'i');

/** Whether a line is only an answer's verdict on a recommendation (`Accepted`, `Partially accepted`, `Not accepted`). */
export function isVerdict(text: string): boolean {
  return VERDICT.test(text.trim());
}
/**
 * `Recommendation 1: The NPS concurred and stated that …`: an audit report's account of the
 * agency's answer to each recommendation (after `Management Comments and OIG Response`), no
 * recommendation itself.
 */
const REPORTED_ANSWER = /^the\s+\S+(?:\s+\S+){0,4}?\s+(?:partially\s+)?(?:concurred|non-?concurred|agreed|disagreed|accepted|rejected|did\s+not\s+(?:concur|agree))\b/i;

/** `## What policymakers should do`, `### Action the trust MUST take to improve`: a heading that says what someone is to do labels the asks under it. */
const WHAT_TO_DO_TITLE = new RegExp(`^(?:#{1,6}\\s+)?[*_]{0,2}(?:${WHAT_TO_DO}|${ACTION_TO_TAKE})\\??[*_]{0,2}:?$`, 'i');
/** A heading longer than this is a sentence, unless it is a numbered label followed by its text. */
const MAX_LABEL_LENGTH = 80;
/** How far into a long line its numbered label must start: after markup and an HTML heading's tag. */
const LABEL_REACH = 160;
/** Words that single out proposals among others (`Key Actions`, `Our Pledges`): any English label may follow them. */
/**
 * `Recommendations in previous Surveys`, `Prior recommendations`, `前回提言`, `これまでの提言`: a
 * review of recommendations made before (an economic survey's annex of progress, an audit's
 * status of earlier recommendations) labels no proposal of this document.
 */
const MADE_BEFORE = /\b(?:previous|past|prior|earlier|former)\b|前回|過去|従前|これまで|既往/i;

/**
 * `Recommendation of the Council on the Stewardship of …`, `Council Recommendation of 8 May 2024 on …`:
 * the title of a legal instrument named a recommendation, as international organisations head the
 * text they adopt; its preamble and operative paragraphs follow (see operative-paragraph.ts), no list.
 */
const INSTRUMENT_TITLE = /^(?:Council |Commission )?Recommendation of\b.{1,60}?\bon\b/;

/**
 * `提言の骨子（有識者会議報告書より）`, `Key recommendations (from the panel's report)`, `…への提言（抜粋）`: a
 * label that names the source it is quoted from, or says it is an excerpt, as a news article boxes
 * another body's proposals and a review attaches a national report's; no label of its own.
 */
const QUOTED_FROM = /[（(][^（）()]{0,40}(?:より|から|抜粋|引用)[)）]$|\((?:from|source:|excerpts? from)\s[^()]{1,60}\)$/i;

/** The label's part of a line, before the colon that runs its text in (`推奨：熱中症の既往がある人には…`: the text's words are no label's). */
function beforeColon(text: string): string {
  const colon = text.search(/[:：]/);
  return colon < 0 ? text : text.slice(0, colon);
}
/**
 * `国際人権基準及び国際機関の勧告`, `国連の勧告`, `諸外国の提言`, `Findings and Recommendations of
 * Oversight and Advisory Bodies`: what international, oversight or other bodies recommended, as a
 * written opinion or a research service's report reviews before it argues its own (or none); no
 * label of its own. So are those of a body named with its year (`Recommendations from the 2014 expert
 * consultation`, `Recommendations of the Hospital Network Commission (2021)`), an earlier meeting's or
 * report's a status report recalls, or a box a review sets another commission's in.
 */
const MADE_ABROAD = /(?:国際機関|国際連合|国連|諸外国|各国|海外)[^、。]{0,16}の(?:勧告|提言|提案)|\brecommendations\s+(?:of|from|by|made\s+by)\s+(?:the\s+)?(?:other|external|outside|oversight|advisory|international|(?:19|20)[0-9]{2}\b|[^()]{3,80}\((?:19|20)[0-9]{2}\)$)/i;
/**
 * `FRA opinion 2.3`, `Opinion 4`: an opinion numbered by chapter, alone on its line (in bold) over
 * its text, as an EU agency's thematic report boxes what it advises; the agency's acronym may lead.
 * Numbered only: `Opinion` alone names what was said.
 */
const NUMBERED_OPINION = /^(?:[A-Z]{2,8}\s+)?[Oo]pinion\s+[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}$/;
/**
 * `【指摘】交付要綱の改正漏れについて`, `【意見】成果指標の設定について`: a finding's correction or an
 * opinion titled in brackets without a number, as a comprehensive external audit (包括外部監査) sets
 * each over its paragraph. A title, no sentence: `【意見】委員から…質問があった。` reports what was
 * said, and the legend that says what the marks stand for (`【指摘】…法令等に違反している事項`) names none.
 */
const TITLED_FINDING = new RegExp(`^[【［〔](${BRACKETED_NUMBERED_LABELS.join('|')})[】］〕]\\s*(?![…‥＝=])(\\S.*[^。.])$`);

/** `Provisional proposal 3.`: the point that closes a numbered label is no part of its number. */
const POINT_AFTER_NUMBER = /([0-9０-９])\.$/;
// `provisional`: a law reform body's consultation paper puts its proposals provisionally (`Provisional proposal 3.`).
// `Other recommendations` after `Priority recommendations`, as an election observation mission ranks its closing list.
const ENGLISH_QUALIFIER_WORDS = ['key', 'main', 'safety', 'major', 'principal', 'specific', 'proposed', 'possible', 'suggested', 'concrete', 'priority', 'other', 'further', 'additional', 'policy', 'our', 'final', 'summary of', 'critical', 'urgent', 'immediate', 'required', 'provisional',
  // A police conduct watchdog's `Learning recommendation 1:` to a force, beside the learning it shares
  'learning'];
const ENGLISH_QUALIFIERS = `(?:(?:${ENGLISH_QUALIFIER_WORDS.join('|')})\\s+)*`;
/** `私たちの政策`, `わたしたちの提言`: a manifesto's or a group's own, as `Our Policies` is in English. */
const JAPANESE_OWNERS = '(?:(?:私たち|わたしたち|私達|我々|われわれ)の)?';
const JAPANESE_OWNER_STARTS = '私わ我';
const ENGLISH_TAIL = '(?:\\s+(?:for|from|to|of|on|regarding|concerning|by|in|and)\\s+.{1,60})?';
/** `Reforms needed in the first 100 days`, `Actions required`: any English label, said to be needed, and when. */
const NEEDED_TAIL = '(?:\\s+(?:needed|required)(?:\\s+.{1,60})?)?';
/** `提言のポイント`, `提言の概要`, `提案骨子`: the gist of the proposals, as news and summaries box them. */
const JAPANESE_GIST = '(?:の?(?:ポイント|概要|要旨|骨子))?';
const JAPANESE_ADDRESSED_TO = '.{1,32}?(?:への|に対する|に向けた|に向けての|のための|の)';
const JAPANESE_ADDRESS = '(?:.{1,32}?(?:への|に対する|に向けた|に向けての|の|的な?|な|と|及び|および|・))?';
/**
 * `Findings and Recommendations`, `Conclusions, Lessons and Recommendations`, `Conclusions and/or
 * recommendations` (the review reports of international bodies): a chapter that ends with the proposals.
 */
const ENGLISH_JOINED = '(?:[a-z][a-z ,]{1,40}?\\s(?:and|and/or|&)\\s)?';
/**
 * `Economic Recommendations`, `Workforce Recommendations`: a submission's recommendations grouped by
 * topic under headings of one or two words. Words that point back to other recommendations or count
 * them (`Previous recommendations`, `Several recommendations`) name no block of its own.
 */
const ENGLISH_TOPIC = '(?:(?!(?:the|these|those|such|other|previous|prior|past|earlier|several|many|some|all|any|no|two|three|implementing|implemented|open|closed|outstanding)\\s)[a-z][a-z-]{2,}\\s){1,2}';
/** `One` … `Twenty` after a label (`Recommendation One: …`), as briefs number a few in words; matched folded. */
const SPELLED_NUMBER = NUMBER_WORDS.join('|');
/**
 * `3`, `4.2`, `2-1`, `5a` (commission reports number recommendations by chapter, or add a letter),
 * `S-1`, `R2`, `ES-3` (a letter for the summary or the part that holds them, as academies'
 * and inquiries' reports number them; matched folded, in lower case), `A.1` (a task force's
 * recommendations numbered under its lettered topics), `R/2024/031` (a safety investigator's, its
 * letter, year and number), `26/Q1/1` (a central bank's policy committee's, year, quarter and number),
 * `5–3` (a law reform commission's, chapter and number parted by an en dash).
 */
const NUMBER = `(?:(?:[a-z]{1,2}[.-]?)?[0-9]{1,3}(?:[.–-][0-9]{1,3}){0,2}[a-z]?|[a-z]{1,2}/[0-9]{2,4}/[0-9]{1,4}|[0-9]{2,4}/q[1-4]/[0-9]{1,2}|[①-⑳]|(?:${SPELLED_NUMBER})\\b)`;
/** Japanese labels are numbered in kanji and Roman numerals too (`提言三`, `提言Ⅱ`, which folding makes `ii`). */
const JAPANESE_NUMBER = `(?:${NUMBER}|[一二三四五六七八九十]{1,3}|[ivx]{1,5})`;
/**
 * … and lettered (`提言A`, as a civic group's paper names a few proposals); a letter in
 * parentheses is a lettered tail instead (see LETTERED_TAIL).
 */
const JAPANESE_LETTER = '[a-h](?![a-z])';
/**
 * `政策概要 (a) 研究費の充実`, `Recommendations (b) Housing`: a label lettered among several
 * of its kind, with the subject of its block after it (manifestos split a chapter's policies so).
 * The block's items are the recommendations; the letter and subject belong to the label, which
 * holds no sentence's end.
 */
const LETTERED_TAIL = '\\s*\\([a-h]\\)(?:\\s*[^\\s。！？!?][^。！？!?]{0,59})?';
/**
 * A sentence break inside, or a page number at the end (a contents entry). A single capital before
 * its point abbreviates a name (`U.S. Government`, `E.U. members`) and breaks nothing.
 */
const SENTENCE_OR_PAGE = /(?<!\b[A-Z])\.\s|。\s|\s[0-9]{1,3}$/;
/**
 * `CISA Actions`, `DHS Actions`: a directive's or a plan's section of what the named agency will do
 * itself, beside the actions it requires of others. Only an acronym names the actor: `Climate
 * Actions` is a topic.
 */
const ACTOR_ACTIONS = /^([A-Z]{2,6})(?:['’]s)?\s+Actions$/;
const ACTIONS = 'Actions';
// Compiled once (a regular expression literal is a new object each time it is evaluated), and
// before the default table below is compiled at load.
const HTML_TAGS = /<[^>]*>/g;
const QUOTE_MARKS = /^(?:>\s*)+/;
const HEADING_MARKS = /^#{1,6}\s+/;
const CLOSING_HASHES = /\s+#+$/;
const EMPHASIS_ENDS = /^[*_]+|[*_]+$/g;
const SECTION_MARK = /^[◆■◇□▼▶●]\s*/;
const LEADING_EMPHASIS = /^(?:\*\*|__)/;
const WHITE_SPACE_RUNS = /\s+/g;

/**
 * Recognises the labels of recommendation blocks, those of the table and a project's own. Each
 * instance compiles its expressions once; `mayStart` rules out most lines by their first character.
 */
export class RecommendationLabels {
  private readonly starts: CodeSet;
  private readonly exact: RegExp;
  private readonly qualified: RegExp;
  /** `問題点の改善に向けた方策`: a label that names proposals only with what they are for (see ADDRESSED_LABELS). */
  private readonly addressed: RegExp;
  private readonly numbered: RegExp;
  /** `Recommendation: Set a standard …`, `提言：目標を定める`: a label, a colon and the recommendation on one line. */
  private readonly inline: RegExp;
  /** `【提言】\u3000国は、…べきである。`: a Japanese label in brackets and the recommendation run in after it. */
  private readonly bracketedInline: RegExp;
  /**
   * `RECOMMENDATION 2.1      PUBLISH PORT CHARGES`: a numbered label set apart from its title by a
   * wide gap, not a colon, as inquiry reports box their recommendations and text extracted with its
   * layout keeps them. One space would be a sentence (`Recommendation 3 was accepted …`).
   */
  private readonly laidOut: RegExp;
  /**
   * `Recommendation 1 – Target support at …`: a numbered label set apart from its title by a dash,
   * as European and international audit reports head theirs; the title starts in a capital (not
   * `Recommendation 3 – which we made in 2020 – was …`, a sentence).
   */
  private readonly dashed: RegExp;
  /** Any label's words as written, in three cases: a line without one is passed over at once. */
  private readonly stems: RegExp;
  /** What a folded numbered label starts with: an opening bracket or a label's first character. */
  private readonly numberedStarts: CodeSet;
  /** A singular English label, numbered or not, set in bold before its text (see matchBoldLead). */
  private readonly boldLead: RegExp;

  constructor(extra: readonly string[] = []) {
    const all = [...RECOMMENDATION_LABELS, ...extra.map(l => l.trim()).filter(Boolean)];
    const alternatives = (labels: readonly string[]) => labels.map(l => escapePattern(fold(l))).sort((a, b) => b.length - a.length).join('|');
    const english = QUALIFIABLE_LABELS.filter(isLatin);
    const japanese = QUALIFIABLE_LABELS.filter(l => !isLatin(l));
    // `Provisional proposal 3.`: a numbered label alone may close with a point, as a boxed one is set.
    this.exact = new RegExp(`^(?:${ENGLISH_QUALIFIERS}(?:${alternatives(all.filter(isLatin))})${NEEDED_TAIL}|${JAPANESE_OWNERS}(?:${alternatives(all)}))(?:\\s*${JAPANESE_NUMBER}\\.?|${LETTERED_TAIL})?$`);
    this.qualified = new RegExp(`^(?:${ENGLISH_JOINED}${ENGLISH_QUALIFIERS}(?:${alternatives(english)})${ENGLISH_TAIL}|${ENGLISH_TOPIC}recommendations|${JAPANESE_ADDRESS}(?:${alternatives(japanese)})${JAPANESE_GIST})$`);
    this.addressed = new RegExp(`^${JAPANESE_ADDRESSED_TO}(?:${alternatives(ADDRESSED_LABELS)})$`);
    // `Recommendation 3: …` needs its colon; `提言２ …` (an ideographic space), `【提言３】…` and `＜提言３＞…` may go without one.
    const latin = alternatives(all.filter(isLatin));
    const numberedLatin = alternatives([...all.filter(isLatin), ...NUMBERED_ONLY_LABELS]);
    const other = alternatives(all.filter(l => !isLatin(l)));
    // `提言（１）…` numbers the label in parentheses (folding makes them ASCII). A point followed by a
    // digit is inside the number (`Action 1.1`, a label alone), not the end of the label.
    this.numbered = new RegExp(`^(?:(?:${numberedLatin})\\s*(?:${NUMBER}|${LATIN_LABEL_LETTER})\\s*[:.](?![0-9])|[${NUMBERED_BRACKETS}]?(?:${other})\\s*(?:(?:${JAPANESE_NUMBER}|${JAPANESE_LETTER})(?:[${NUMBER_CLOSERS}]|\\s*[:.、](?![0-9])|\\s)|\\(${JAPANESE_NUMBER}\\))|[${NUMBERED_BRACKETS}](?:${alternatives(BRACKETED_NUMBERED_LABELS)})\\s*${JAPANESE_NUMBER}[${NUMBER_CLOSERS}])\\s*(\\S.*)$`);
    this.laidOut = new RegExp(`^(?:${numberedLatin})\\s?${NUMBER}\\s{2,}(?=\\S)`, 'i');
    this.dashed = new RegExp(`^(?:${numberedLatin})\\s?${NUMBER}\\s+[–—-]\\s+`, 'i');
    // `Policy recommendation: By 2024, …`: an English label may be qualified here too.
    // `Proposal (Recommended Action): …`: a consultation response names its label's kind in parentheses.
    this.inline = new RegExp(`^(?:${ENGLISH_QUALIFIERS}(?:${latin})(?:\\s*\\([^()]{1,40}\\))?|${other})\\s*[:：]\\s*\\S`);
    this.bracketedInline = new RegExp(`^[【［](${other})[】］]\\s*(\\S.*)$`);
    const singular = alternatives([...all.filter(isLatin), ...NUMBERED_ONLY_LABELS].filter(l => !l.endsWith('s')));
    this.boldLead = new RegExp(`^(?:${ENGLISH_QUALIFIERS}(?:${singular}))(?:\\s*${NUMBER})?(?:\\s+\\S.*)?$`);
    const words = [...all, ...NUMBERED_ONLY_LABELS, ...BRACKETED_NUMBERED_LABELS, ...ADDRESSED_LABELS];
    this.numberedStarts = new CodeSet(NUMBERED_BRACKETS + words.map(l => fold(l)[0]).join(''));
    const firsts = words.flatMap(l => [l[0], l[0].toUpperCase(), l[0].toLowerCase()]);
    const qualifierFirsts = ENGLISH_QUALIFIER_WORDS.flatMap(w => [w[0], w[0].toUpperCase()]);
    this.starts = new CodeSet(DECORATION_STARTS + firsts.join('') + qualifierFirsts.join('') + JAPANESE_OWNER_STARTS + NUMBERING_WORD_STARTS);
    // As written, in lower, upper and sentence case (`Proposed solutions`): the cases titles come in.
    const cases = (l: string) => [l, l.toLowerCase(), l.toUpperCase(), l[0].toUpperCase() + l.slice(1).toLowerCase()];
    this.stems = new RegExp(shortestStems(words.flatMap(l => (isLatin(l) ? cases(l) : [l]))).map(escapePattern).join('|'));
  }

  /** True when a line starting with this character may state a label. */
  mayStart(code: number): boolean {
    return this.starts.has(code);
  }

  /** The label a line states (a bold line, a list item's text), if it is one. */
  match(text: string, first = firstVisibleCode(text)): LabelMatch | undefined {
    return this.mayStart(first) ? this.matchTitle(text) : undefined;
  }

  /**
   * The label a heading's title states: any first character (`本研究会の提言`), the heading is known.
   * The last answer is kept: the outline asks twice about some lines (for an open block, then for a label).
   */
  matchTitle(text: string): LabelMatch | undefined {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastMatch = this.matchTitleAfresh(text);
    }
    return this.lastMatch;
  }

  private lastText: string | undefined;
  private lastMatch: LabelMatch | undefined;

  private matchTitleAfresh(text: string): LabelMatch | undefined {
    // Longer than a label, a line is one only as a numbered label with its text (`提言１：…`),
    // whose label comes first.
    const long = visibleLength(text) > MAX_LABEL_LENGTH;
    if (!long && WHAT_TO_DO_TITLE.test(text.trim())) return { label: bareTitle(text) };
    if (!long && NUMBERED_OPINION.test(withoutEmphasis(text.trim()))) return { label: withoutEmphasis(text.trim()) };
    if (!(long ? this.mayOpenNumbered(text) : this.stems.test(text))) return undefined;
    const bare = bareTitle(text);
    if (!bare || MADE_ABROAD.test(bare) || QUOTED_FROM.test(bare) || INSTRUMENT_TITLE.test(bare)) return undefined;
    const folded = fold(bare);
    const split = this.numbered.test(folded) || this.laidOut.test(bare) ? splitNumbered(bare) : undefined;
    // `提言８\u3000過去の検証報告書の提言の点検`: a numbered label's own words say whether it was made before, not its text's.
    if (MADE_BEFORE.test(split?.rest !== undefined ? split.label : beforeColon(bare))) return undefined;
    const graded = folded.endsWith(')') ? GRADING.exec(folded) : null;
    const ungraded = graded ? bare.slice(0, bare.length - graded[0].length) : '';
    if (graded && endsWithNumber(ungraded) && this.exact.test(folded.slice(0, graded.index))) return { label: ungraded };
    // `Consultation Question 1.   What should the register record?`: a question that only asks labels nothing.
    if (split) return split.rest !== undefined && (ANSWER.test(split.rest) || REPORTED_ANSWER.test(split.rest) || onlyAsks(split.label, split.rest)) ? undefined : split;
    const dashed = this.dashed.exec(bare);
    if (dashed && startsInCapital(bare.slice(dashed[0].length))) return { label: bare.slice(0, dashed[0].length).replace(DASH_AFTER, ''), rest: bare.slice(dashed[0].length).trim(), titled: true };
    const boldLead = this.matchBoldLead(text);
    if (boldLead) return boldLead;
    // In lower case, `recommendations: (1) …` is a line wrapped inside a paragraph.
    if (!startsInLowerCase(bare) && this.inline.test(folded)) return splitInline(bare);
    const bracketed = this.bracketedInline.exec(bare) ?? TITLED_FINDING.exec(bare);
    if (bracketed) return { label: bracketed[1], rest: bracketed[2], bracketed: true };
    if (long || startsInLowerCase(bare)) return undefined;
    if (this.exact.test(folded)) return { label: bare.replace(POINT_AFTER_NUMBER, '$1') };
    // `Long-Term Recommendations (Phase 2)`, `Recommendations (2024–26)`: a period, a phase or an
    // audience in parentheses after a label that names proposals whatever qualifies it (not
    // `Immediate Actions (0-3 months)`, a group of a plan's actions).
    // Folded, a full-width parenthesis (`提言（2026年度）`) is one too.
    const unqualified = folded.endsWith(')') ? folded.replace(TRAILING_PARENTHESIS, '') : folded;
    if (unqualified !== folded && unqualified && this.qualified.test(unqualified)) return { label: bare };
    // A draft's label (`具体的な方策（案）`, `Recommendations (draft)`), as panels circulate their papers.
    const draft = DRAFT_MARK.exec(folded);
    if (draft && draft.index > 0 && this.exact.test(folded.slice(0, draft.index))) return { label: bare };
    // `提言 ── 誰に何を求めるか`, `Recommendations — what we ask`: a label with a subtitle after a dash.
    const dash = SUBTITLE_DASH.exec(bare);
    if (dash && dash.index > 0 && this.exact.test(fold(bare.slice(0, dash.index)))) return { label: bare };
    // A qualified label holds no sentence break and does not end with a page number (a contents entry).
    return !SENTENCE_OR_PAGE.test(bare) && (this.qualified.test(folded) || this.addressed.test(folded)) ? { label: bare } : undefined;
  }

  /**
   * `**Recommendation 3.1 Independent review of …**`, `**Recommendation 2** The board should …`,
   * `3.9 **Recommendation.** The Department should …`, `**3.9 Recommendation.** The Department …`:
   * a singular label set in bold, numbered and titled inside the bold or followed by its text, as
   * inquiry reports box theirs and auditors' reports run them into a numbered paragraph (its number
   * in the bold or before it). The bold stands for the colon a plain line needs;
   * what follows it starts as a title or a sentence does, in a capital.
   */
  private matchBoldLead(text: string): LabelMatch | undefined {
    const bold = BOLD_LEAD.exec(text);
    if (!bold) return undefined;
    const inner = bold[2].trim().replace(RUN_IN_STOP, '').replace(PARAGRAPH_NUMBER_IN_BOLD, '');
    const folded = fold(inner);
    if (!this.boldLead.test(folded)) return undefined;
    if (endsWithNumber(inner) || this.exact.test(folded)) {
      const after = bold[3].trim();
      return startsInCapital(after) ? { label: inner, rest: after, runIn: true } : undefined;
    }
    const titled = splitNumbered(inner);
    return titled && endsWithNumber(titled.label) && startsInCapital(titled.rest ?? '') ? titled : undefined;
  }

  /**
   * Whether a long line may open with a numbered label. Most are sentences that start otherwise:
   * they are passed over by their first characters, unfolded, before their opening is searched
   * for a label's words (a paragraph is not searched beyond it), which reads many more.
   */
  private mayOpenNumbered(text: string): boolean {
    const bare = bareTitle(text);
    return bare !== '' && this.mayStartNumbered(bare) && this.stems.test(text.slice(0, LABEL_REACH));
  }

  /**
   * Whether the folded title may start as a numbered label does. A first character that folding
   * leaves alone stays first unless a combining mark follows it (and joins it into another).
   */
  private mayStartNumbered(bare: string): boolean {
    const first = bare.charCodeAt(0);
    const second = bare.length > 1 ? bare.charCodeAt(1) : SPACE;
    if (!isFoldStable(first) || (second !== SPACE && !isFoldStable(second))) return true;
    return this.numberedStarts.has(first);
  }
}

/**
 * `Recommendation 2 (conditional recommendation, low-certainty evidence)`, `Recommendation 4 (Grade B)`:
 * guidelines (WHO's, clinical and public health ones graded by GRADE) give each recommendation's
 * strength and the certainty of its evidence in parentheses after its number; the text follows.
 */
const GRADING = /\s*\((?=[^()]*(?:recommendation|evidence|certainty|grade|推奨|エビデンス|確実性))[^()]{1,80}\)$/;

/** A parenthesis at the end of a title, and the space before it. */
const TRAILING_PARENTHESIS = /\s*\([^()]{1,40}\)$/;
const DRAFT_MARK = /\s*\((?:案|素案|原案|たたき台|draft)\)$/;

/** Brackets a numbered Japanese label may be in: `【提言３】…`, `＜提言３＞…`, `（提言３）…` (a council's report). */
const NUMBERED_BRACKETS = '【[〔＜〈《<(（';
/** … and the brackets that close such a number (a folded `）` is `)`). */
const NUMBER_CLOSERS = '】\\]〕＞〉》>)';
const SPACE = 0x20;

/** The labels that hold no other label: a text holding any label holds one of them. */
function shortestStems(labels: string[]): string[] {
  const unique = [...new Set(labels)];
  return unique.filter(l => !unique.some(other => other !== l && l.includes(other)));
}

const ISSUE_TITLE = new RegExp(`^(?:${ISSUE_LABELS.map(escapePattern).join('|')})`);
const ISSUE_STEMS = new RegExp(ISSUE_LABELS.map(escapePattern).join('|'));
/** Longer than this, a line is a sentence about issues, not their label. */
const MAX_ISSUE_LABEL = 40;

const ABOUT_DOCUMENT = new RegExp(`^(?:(?:${SELF_NAMES_JAPANESE.map(escapePattern).join('|')})(?:の|について|に関して)|about\\s+(?:${SELF_REFERENCES.map(escapePattern).join('|')})\\b)`, 'i');

/** `本提言の文責・主体`, `About this report`: a section about the document itself (see SELF_NAMES_JAPANESE). */
export function isAboutDocument(title: string): boolean {
  return ABOUT_DOCUMENT.test(bareTitle(title));
}

/**
 * `Annex B: Terms of Reference`, `開催要綱`: the mandate a review or a panel was given (`The Review will:`
 * over what it is to examine), which sets its tasks and proposes nothing; so does a monitoring body's
 * `Statutory role of the IMB` (`The Board is required to:` over what the law has it do).
 */
export function isMandateTitle(title: string): boolean {
  return MANDATE_TITLE.test(title);
}
const MANDATE_TITLE = /\bterms\s+of\s+reference\b|\bremit\b|\bstatutory\s+(?:role|duties|functions)\b|開催要綱|設置要綱|開催要領|設置要領|付託事項/i;

/**
 * `課題①`, `__課題・提案の分類結果__`, `## Issues`: a title that introduces issues (see ISSUE_LABELS),
 * or residents' own part in a local plan (RESIDENTS_PART): what stands under it proposes nothing.
 */
export function isIssueTitle(text: string): boolean {
  if (visibleLength(text) > MAX_ISSUE_LABEL || SENTENCE_SUBJECT.test(text)) return false;
  if (ISSUE_STEMS.test(text)) return ISSUE_TITLE.test(bareTitle(text));
  return text.includes('の取') && RESIDENTS_PART.test(bareTitle(text));
}

/**
 * `（１）県民一人ひとりの取組`, `市民の取り組み`, `【事業者の取組】`: a local government's plan lists what
 * residents and businesses can do themselves beside its own measures (`（２）県の取組`): hopes of
 * others, no measure of the plan.
 */
const RESIDENTS_PART = /^(?:県民|市民|町民|村民|区民|都民|府民|道民|住民|事業者)(?:一人ひとり|一人一人|ひとりひとり)?の取り?組み?$/;

/** `課題Ｄで構築されたデータベースは、…`: a sentence's subject, set off by its particle and a comma (a paragraph's line that starts with a project's name), no title. */
const SENTENCE_SUBJECT = /[はがも]、/;

/**
 * `報告書はまず、現状の課題として次の3点を挙げた。`: a sentence that says the list below it holds issues
 * (課題, 問題点, 論点), as an article or a report sums up another body's findings: its items propose nothing.
 */
export function announcesIssues(text: string): boolean {
  return ANNOUNCED_ISSUES.test(text);
}

const ANNOUNCED_ISSUES = /(?:課題|問題点|論点)(?:として|は|を)、?[^。]{0,16}?(?:次|以下|下記)の[^。]{0,12}[。：:]\s*$/;

/**
 * A line that opens with a bold run (`**…**` or `__…__`), after a quote's marks (a box) or a
 * paragraph's number (`3.9`), and the text after it.
 */
const BOLD_LEAD = /^\s*(?:>\s*)*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?\s+)?(\*\*|__)([^*_]{2,120}?)\1\s*(.*)$/;
/** A paragraph's number set in bold with the label it runs into (`**1.14 Recommendation.**`). */
const PARAGRAPH_NUMBER_IN_BOLD = /^[0-9]{1,3}(?:\.[0-9]{1,3})+\.?\s+/;
/** The stop a run-in label closes with inside its bold: `**Recommendation.**`, `**Recommendation:**`. */
const RUN_IN_STOP = /\s*[.:]$/;

function startsInCapital(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x41 && first <= 0x5a;
}

/** A title does not start in lower case; a line of wrapped prose does. */
function startsInLowerCase(bare: string): boolean {
  const first = bare.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a;
}

/** How a label's number is written: a digit, a circled number, a kanji or Roman numeral, or a word. */
const LABEL_DIGIT = '[0-9０-９①-⑳一二三四五六七八九十Ⅰ-Ⅻ]';
/** A capital letter right after a Japanese label (`提言A`, `提言Ｂ`): its letter is its number. */
const JAPANESE_LABEL_LETTER = '(?<=[\\u3040-\\u9fff])[A-HＡ-Ｈ]';
/**
 * `Action A: Contact every customer …`: an English label lettered after a space, as a competition
 * authority letters the actions it expects of businesses beside its numbered recommendations.
 */
const LATIN_LABEL_LETTER = '(?<=[a-z]\\s)[a-h](?![a-z0-9]|[.-][0-9])';
const NUMBERED_LABEL = new RegExp(`^[【[［〔(（]?(.*?(?:${LABEL_DIGIT}(?:[.．\\-－–][0-9０-９]+)*[a-zA-Z]?|${JAPANESE_LABEL_LETTER}|${LATIN_LABEL_LETTER}|\\b(?:${SPELLED_NUMBER})))(?:[】\\]］〕)）]|\\s*[:：.．、―—]|\\s+[–－-]\\s|\\s)\\s*(\\S.*)$`, 'i');
/** A label that ends with its number: `Action 4`, `提言３`, `勧告⑤`, `Recommendation Two`. */
const ENDS_WITH_NUMBER = new RegExp(`(?:${LABEL_DIGIT}[a-zA-Z]?|${JAPANESE_LABEL_LETTER}|\\b(?:${SPELLED_NUMBER}))$`, 'i');

/**
 * A numbered label's word without its number (`施策１` → `施策`, `Recommendation  3` →
 * `Recommendation`): two schemes of labels differ in it, and one list's entries share it.
 */
export function labelWord(label: string): string {
  return label.replace(ENDS_WITH_CAPITAL_LETTER, '').replace(LABEL_NUMBER, '');
}

const LABEL_NUMBER = /[\s\d０-９.．\-－]+$/;

/** Whether a label as written ends with its number (`Action 4`, `提言３`): it labels one recommendation. */
export function endsWithNumber(label: string): boolean {
  return ENDS_WITH_NUMBER.test(label) || ENDS_WITH_CAPITAL_LETTER.test(label);
}

/** `Action A`: a capital, so that `Plan a` ends with no letter of a label's. */
const ENDS_WITH_CAPITAL_LETTER = /(?<=[A-Za-z]\s)[A-H]$/;

/** The dash and the white space around it after a numbered label (see dashed). */
const DASH_AFTER = /\s+[–—-]\s+$/;

/** `提言（１）地域の…` -> label `提言（１）`, rest `地域の…`. */
const PAREN_NUMBERED_LABEL = /^([^(（]{1,12}[(（][0-9０-９一二三四五六七八九十]{1,3}[)）])\s*(\S.*)$/;

/** `提言１：港湾を強化する` -> label `提言１`, rest `港湾を強化する` (on the text as written, not folded). */
function splitNumbered(bare: string): LabelMatch | undefined {
  const m = PAREN_NUMBERED_LABEL.exec(bare) ?? NUMBERED_LABEL.exec(bare);
  return m ? { label: m[1].trim(), rest: m[2].trim() } : undefined;
}

/** `Recommendation: Set a standard` -> label `Recommendation`, rest `Set a standard`. */
function splitInline(bare: string): LabelMatch | undefined {
  const colon = bare.search(/[:：]/);
  const rest = bare.slice(colon + 1).trim();
  return colon > 0 && rest ? { label: bare.slice(0, colon).trim(), rest } : undefined;
}

/** Compiled tables by a project's additions: a document is outlined at every edit. */
const compiled = new Map<string, RecommendationLabels>();
const MOST_TABLES_KEPT = 16;

/** The labels of the table and a project's additions, compiled once. */
export function recommendationLabels(extra: readonly string[] = []): RecommendationLabels {
  const key = extra.join('\n');
  let labels = compiled.get(key);
  if (!labels) {
    if (compiled.size >= MOST_TABLES_KEPT) compiled.clear();
    labels = new RecommendationLabels(extra);
    compiled.set(key, labels);
  }
  return labels;
}

/** The default table without a project's additions, for callers that have no options. */
const DEFAULT_LABELS = recommendationLabels();

/** 提言, 【提言】, 政策提言, Recommendations, `4.4.3.  Actions`: a heading that opens a recommendation block. */
export function isRecommendationHeading(title: string, first = firstVisibleCode(title)): boolean {
  const match = DEFAULT_LABELS.match(title, first);
  return match !== undefined && match.rest === undefined;
}

/**
 * A line's title without what decorates it: HTML anchors, Markdown heading marks and emphasis,
 * section marks, enclosing brackets, leading numbering (`1.`, `4.4.3.`, `（２）`, `①`,
 * `Appendix B.`) and a trailing colon.
 */
export function bareTitle(text: string): string {
  // Each expression runs only when the character it looks for is there: most titles are plain.
  let t = text.trim();
  if (t.charCodeAt(0) === 0x3e /* > */) t = t.replace(QUOTE_MARKS, ''); // a Markdown quote: a callout box
  if (t.includes('<')) t = t.replace(HTML_TAGS, '');
  t = withoutSpanAttributes(t);
  if (t.includes('#')) t = t.replace(HEADING_MARKS, '').replace(CLOSING_HASHES, '');
  if (t.includes('*') || t.includes('_')) t = withoutEmphasis(t).replace(EMPHASIS_ENDS, '');
  t = t.trim();
  t = t.replace(SECTION_MARK, '');
  t = t.replace(NUMBERING, '');
  if (FINDING_CODE.test(t)) t = t.replace(FINDING_CODE, '');
  if (NUMBER_WORD.test(t)) t = t.replace(NUMBER_WORD, '$1 ');
  t = t.trim();
  if (COLONS.has(t.charCodeAt(t.length - 1))) t = t.slice(0, -1).trim();
  const close = CLOSING_BRACKETS.get(t.charCodeAt(0));
  if (close !== undefined && t.charCodeAt(t.length - 1) === close) t = t.slice(1, -1).trim();
  return t;
}

/** `Appendix B.`, `Box 1.1.` (a report's boxed summary), `4.4.3.`, `１）`, `（２）`, `【３】`, `①`, `IV.`, `A.`, `第１`(a written opinion's) before a title. */
const NUMBERING = /^(?:(?:Appendix|Annex|Section|Part|Chapter|Box)\s+(?:[0-9A-Z]{1,3}(?:\.[0-9]{1,3})*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=[.:]?\s))[.:]?\s+|第\s*[0-9０-９〇一二三四五六七八九十百]{1,4}\s*[章節部編]\s*|第?[〇一二三四五六七八九十]{1,3}(?:[、．.]\s*|[ \u3000]+)|第[0-9０-９]{1,3}(?:[、．.]\s*|[ \u3000]+)|[0-9０-９]{1,2}[-－‐][0-9０-９]{1,2}\s+|[【〔［][0-9０-９]{1,2}[】〕］]\s*|[\u2160-\u216b][.．、]?\s*|(?:[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*[.．)）]?|[(（][0-9０-９]{1,3}[)）]|[①-⑳]|[IVX]{1,4}\.|[A-Z]\.)(?:\s+|(?=\D)))/i;

/** `Recommendation no. 1`, `Recommendation No 3`: a label's number after the word for it, as audit offices write theirs. */
const NUMBER_WORD = /^([A-Za-z]+)\s+[Nn]o\.?\s*(?=[0-9])/;

/**
 * `R1        Recommendation: …`, `S2        Suggestion: …`: the code a peer review mission's report
 * sets in the margin of each finding, a wide gap before its text.
 */
export const FINDING_CODE = /^[A-Z]{1,3}[0-9]{1,3}\s{2,}(?=\S)/;

/**
 * A title that carries its own number (`4.4.3.  Actions`, `Appendix C.  Recommendations of the Panel`):
 * whether it is a heading is for the numbering of the whole document to say, not for its words.
 */
export function isNumberedTitle(text: string): boolean {
  const title = text.trim().replace(HEADING_MARKS, '').replace(LEADING_EMPHASIS, '');
  // A box is numbered as a caption is, outside the headings' numbering: its label stands.
  return NUMBERING.test(title) && !BOX_CAPTION.test(title);
}

const BOX_CAPTION = /^Box\s+[0-9]/i;

const COLONS = codesOf(':：');
/** The dash before a subtitle: `──`, `――`, an em or en dash, `--` (spaced or not). */
const SUBTITLE_DASH = /\s*(?:[─―]{1,2}|[—–]|--)\s*/;

/** Each opening bracket's closing one, by code: a title's first character is no object key to look up. */
const CLOSING_BRACKETS = new Map(['【】', '[]', '［］', '〔〕', '＜＞', '<>', '《》', '〈〉', '「」', '()', '（）'].map(pair => [pair.charCodeAt(0), pair.charCodeAt(1)]));

/** Case and width folded, runs of white space made one space: `ＫＥＹ  Recommendations` -> `key recommendations`. */
function fold(text: string): string {
  return isFolded(text) ? text : text.normalize('NFKC').toLowerCase().replace(WHITE_SPACE_RUNS, ' ').trim();
}

/**
 * Whether folding leaves the text as it is: lower-case ASCII, kana, kanji and the common Japanese
 * punctuation, with single spaces between words. Most titles are, and reading them costs less
 * than normalising, lowering and replacing.
 */
function isFolded(text: string): boolean {
  let afterSpace = true; // a space at the start would be trimmed
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isFoldStable(code)) {
      afterSpace = false;
    } else {
      return false;
    }
  }
  return !afterSpace || text.length === 0;
}

/**
 * Characters that NFKC and lower-casing leave alone and that compose with no neighbour of this
 * set: visible ASCII but capitals, kana, the unified kanji, 、。々 and the brackets 〈〉《》「」『』【】.
 */
function isFoldStable(code: number): boolean {
  if (code < 0x80) return code > 0x20 && code < 0x7f && (code < 0x41 || code > 0x5a);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fc)
    || code === 0x3001 || code === 0x3002 || code === 0x3005 || (code >= 0x3008 && code <= 0x3011);
}


function isLatin(text: string): boolean {
  return /^[\x20-\x7e]+$/.test(text);
}

/**
 * The actor a heading names as the doer of its actions (`CISA Actions` names `CISA`), with the
 * heading's bare title: a label only where the text under it has the actor undertake them.
 */
export function actorOfActions(title: string): { label: string; actor: string } | undefined {
  if (!title.includes(ACTIONS)) return undefined; // most headings are ruled out before their markup is stripped
  const bare = bareTitle(title);
  const actor = bare ? ACTOR_ACTIONS.exec(bare) : null;
  return actor ? { label: bare, actor: actor[1] } : undefined;
}
