import type { Lines } from '../lines';
import { joinedLines, paragraphStart } from '../line-context';

/**
 * What others said, reported: no proposal of the document's own. Minutes and summaries of hearings
 * list what members said under a line that announces it (`委員からの主な意見は以下のとおり。`);
 * a consultation's report lists what it heard (`Participants suggested that the government should:`).
 */

/**
 * Whether line i stands under a line that announces what was said, with no blank line between
 * (`委員からの主な意見は以下のとおり。` right over `・岸壁の耐震化を優先すべきではないか。`).
 */
export function reportsOpinionsAbove(lines: Lines, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - MOST_REPORTED_LINES; j--) {
    if (lines.firstCode(j) < 0) return false;
    if (OPINIONS_BELOW.test(lines.text(j))) return true;
  }
  return false;
}

/**
 * `Response from the Government`, `Management response`: a line alone, centred as a heading, over
 * what the addressee answered to the recommendations before it (audit reports set one after each set).
 */
export function namesResponse(line: string): boolean {
  return RESPONSE_TITLE.test(line.trim()) || RESPONSE_RUN_IN.test(line.trim());
}

const RESPONSE_TITLE = /^(?:response\s+(?:from|of)\s+the\s+\w+|(?:the\s+)?(?:government|management|agency|department|entity|council)(?:['’]s)?\s+response)$/i;
/** `**Response from Harrowmere Police:** Accepted. …`: the response run in under each recommendation, as a watchdog's learning report sets them. */
const RESPONSE_RUN_IN = /^(?:\*\*|__)(?:joint\s+)?response\s+(?:from|of)\s+[^:*_]{2,80}:(?:\*\*|__)/i;

/**
 * Whether a paragraph ends saying that what follows is what was said (`…から、それぞれ以下の意見が
 * あった。`): a council's report sets its members' views after its measures.
 */
export function announcesOpinions(paragraph: string): boolean {
  return OPINIONS_BELOW.test(paragraph);
}

/** Whether a paragraph's last line ends as one that announces what was said (see OPINIONS_BELOW): most lines are passed over so, unjoined. */
export function mayAnnounceOpinions(line: string): boolean {
  return ANNOUNCING_END.test(line);
}

const ANNOUNCING_END = /(?:とおり|通り|あった|出された|寄せられた)(?:である|です)?[。：:]\s*$/;

/**
 * `主な意見は以下のとおり。`, `次のような意見があった。`: a line that says the lines under it are what was
 * said (`各会派から意見表明が行われた。その概要は次のとおりである。`, as a parliamentary commission's report
 * closes with the parties' views); or one that names whose views they are, in brackets (`【労働者代表委員の意見】`,
 * `〔使用者側の意見〕`), as a tripartite council's report sets each side's apart from its measures.
 */
const OPINIONS_BELOW = /意見[^。]{0,12}(?:行われた|述べられた|あった)。その(?:概要|要旨)は(?:以下|次)の(?:とおり|通り)(?:である|です)?[。：:]?\s*$|(?:意見|発言|質問|指摘)(?:等)?(?:は|が)?、?(?:以下|次|下記)の(?:とおり|通り)(?:である|です)?[。：:]?\s*$|(?:以下|次)の(?:ような)?(?:意見|発言|質問|指摘)(?:等)?が(?:あった|出された|寄せられた)[。：:]?\s*$|^[\s\u3000]*[【〔［(（][^】〕］)）]{0,20}(?:代表委員|側)(?:から)?の(?:主な)?意見[】〕］)）]\s*$/;
/** Lines of reported opinions read back for the line that announces them. */
const MOST_REPORTED_LINES = 12;

/**
 * `Participants suggested that the government should:`, `Many respondents called for:`: a sentence
 * that reports what those consulted said (a "What We Heard" report, a summary of submissions or of
 * a hearing's witnesses), not what the document recommends.
 */
export function reportsViews(sentence: string): boolean {
  return REPORTED_VIEWS.test(sentence);
}

const REPORTED_VIEWS = /^(?:(?:many|some|most|several|other|a\s+few|a\s+number\s+of|the)\s+(?:of\s+the\s+)?)?(?:participants|respondents|stakeholders|witnesses|submitters|submissions|attendees|commenters|interviewees|contributors|those\s+consulted)\b[^.:;]{0,60}?\b(?:suggested|recommended|proposed|said|argued|asked|called|urged|wanted|felt|told|noted|emphasi[sz]ed|stressed)\b/i;

/**
 * Whether the numbered labels from line i up stand under a sentence that reports another body's
 * recommendations (`検討会は、その報告書において、次の四つの提言を示している。`, `The review made the
 * following recommendations:`), as a written opinion or a report quotes a ministry's study group
 * or an earlier review before it argues its own: they are that body's, no proposal of the text's.
 * `isLabel` tells the label lines of the run, read back over blank lines to the sentence.
 */
export function quotesRecommendationsAbove(lines: Lines, i: number, isLabel: (j: number) => boolean): boolean {
  // Set as a quotation (`> **Recommendation 7**` and its text), the run is read back from the
  // line before the quotation, whatever the quotation holds.
  const from = quotationStart(lines, i);
  for (let j = from - 1; j >= 0 && j >= from - MOST_QUOTED_LINES; j--) {
    if (lines.firstCode(j) < 0 || isLabel(j)) continue;
    // The paragraph's last lines, joined: a page wraps the sentence that leads in.
    const text = joinedLines(lines, paragraphStart(lines, j, WRAPPED_LINES), j).replace(FOOTNOTE_REFERENCE, '');
    // `A 2022 National Academies study … concluded:` over `> Recommendation 4-1: …`: another's words, quoted.
    return reportsRecommendations(text) || CITES_SOURCE.test(lastSentenceOf(text)) || EXTRACT_FROM.test(text) || (lines.firstCode(from) === GREATER_THAN && QUOTED_WORDS.test(lastSentenceOf(text)));
  }
  return false;
}

/** `Extract from the Committee's 2021 report, Standards in Local Government`: a caption over what it quotes. */
const EXTRACT_FROM = /^(?:extracts?|excerpts?)\s+from\b/i;

/** `… concluded:`, `… wrote that:`: a sentence in the past that leads into the words it quotes. */
const QUOTED_WORDS = /\b(?:concluded|found|stated|wrote|said|observed|noted|recommended|advised|reported|declared)(?:\s+that)?\s*:$/;

/**
 * `### 県多文化共生推進懇話会「…のあり方について（報告）」（2023年3月）より` over `> **提言４**\u3000…`: a
 * heading or a line that names the paper a quotation is taken from (`…より`, `…から抜粋`), as a
 * network's proposals quote other bodies' before or after their own.
 */
const CITES_SOURCE = /[」』](?:[（(][^）)]{1,20}[）)])?(?:より|から)(?:抜粋)?[）)]?$/;

/**
 * Whether the last sentence of a paragraph reports the recommendations another body made (see
 * quotesRecommendationsAbove); in Japanese, any of its sentences that points at them below
 * (`…は、次の５つの提言を市長に提出しました。` before what the body did with them).
 */
export function reportsRecommendations(paragraph: string): boolean {
  const last = lastSentenceOf(paragraph);
  if (REPORTED_RECOMMENDATIONS_EN.test(last) || REPORTED_RECOMMENDING_EN.test(last) || MADE_THE_FOLLOWING.test(last)) return true;
  return paragraph.includes('。') ? paragraph.split(SENTENCE_AFTER_STOP).some(sentence => REPORTED_RECOMMENDATIONS_JA.test(sentence.trim())) : REPORTED_RECOMMENDATIONS_JA.test(last);
}

/**
 * The paragraph's last sentence: the one that leads into what follows it. A stop may have a closing
 * quotation mark and a footnote's number after it, as text from PDFs keeps them (`…farmland."12 The …`).
 */
function lastSentenceOf(paragraph: string): string {
  let start = paragraph.lastIndexOf('。', paragraph.length - 2) + 1;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(paragraph); m; m = SENTENCE_BREAK.exec(paragraph)) if (m.index + m[0].length < paragraph.length - 1) start = Math.max(start, m.index + m[0].length);
  return paragraph.slice(start).trim();
}

const SENTENCE_BREAK = /[.!?]["”’]?(?:[0-9]{1,3})?\s+/g;

/** `fragmented.[^22] GAO made …`: a footnote's reference after a stop, which would hide where the next sentence starts. */
const FOOTNOTE_REFERENCE = /\[\^[^\]]{1,8}\]/g;

/** A sentence that leads in is wrapped over this many lines at most, before the one it ends on. */
const WRAPPED_LINES = 3;

/** The first line of the Markdown quotation that holds line i (`>` lines, blank or not), or i itself outside one. */
function quotationStart(lines: Lines, i: number): number {
  if (lines.firstCode(i) !== GREATER_THAN) return i;
  let first = i;
  while (first > 0 && lines.firstCode(first - 1) === GREATER_THAN) first--;
  return first;
}

const GREATER_THAN = 0x3e;

/**
 * `「…基本方針2024」では、…として、以下の方針が掲げられた。` over `- …を推進する。`: a list that a sentence
 * says another body set out (passive, done: 掲げられた, 示された, 盛り込まれた) is that body's, quoted
 * before the text weighs it, though each item reads as a measure decided. So is a list it says
 * someone envisages (`…としては以下を想定している。`, an excerpt of a programme officer's plans).
 * Line i is the list's first.
 */
export function listsOthersMeasures(lines: Lines, i: number): boolean {
  const sentence = sentenceAbove(lines, i);
  return sentence !== undefined && (SET_OUT_BY_OTHERS.test(sentence) || ENVISAGED.test(sentence));
}

/** The last sentence of the paragraph above line i (its lines joined, as a page wraps it), where the paragraph ends one. */
export function sentenceAbove(lines: Lines, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && lines.firstCode(j) < 0) j--;
  if (j < 0 || !SENTENCE_CLOSE.has(lines.lastCode(j))) return undefined;
  const text = joinedLines(lines, paragraphStart(lines, j, WRAPPED_LINES), j);
  return text.slice(text.lastIndexOf('。', text.length - 2) + 1).trim();
}

const ENVISAGED = /(?:以下|次|下記)(?:の[^。]{0,12}?)?を想定して(?:いる|いた|おり|います)[。：:]$/;
const SET_OUT_BY_OTHERS = /(?:以下|次|下記)の[^。]{0,12}?(?:が|は)?(?:掲げられ|示され|盛り込まれ|明記され|打ち出され|挙げられ|決定され)(?:た|ている|ていた)[。：:]$/;

/**
 * `当社は、…以下の緊急対策を公表している。` over `①…`, `②…`: a list that a sentence says a named body
 * published, took or decided (a company's own measures, quoted by the committee that investigates it;
 * a ministry's plan, by the council that weighs it) is that body's, however each item reads. Not
 * the text's own voice (`本報告書は、以下の提言を示す。`, `当委員会は、…`). Line i is the list's first.
 */
export function listsMeasuresTaken(lines: Lines, i: number): boolean {
  const sentence = sentenceAbove(lines, i);
  return sentence !== undefined && MEASURES_TAKEN.test(sentence);
}

/** A full stop or a colon, ideographic or not: what ends the sentence over a list. */
const SENTENCE_CLOSE = new Set([0x3002, 0xff1a, 0x3a]);
const MEASURES_TAKEN = /^(?!本|当委員会|当会|我々|私たち)[^。、]{1,30}?は、[^。]*(?:以下|次|下記)の[^。]{0,12}?(?:対策|措置|施策|取組|取り組み|方針|計画)を(?:公表|発表|実施|策定|決定|講じ|打ち出)(?:し)?(?:ている|ていた|た)。$/;

/** The labels of a quoted run and the blank lines between them, read back to the sentence over them. */
const MOST_QUOTED_LINES = 24;
/** `…は、…次の四つの提言を示している。`: a named body (not the text itself) that made, presented or published them. */
const REPORTED_RECOMMENDATIONS_JA = /^(?!本|当|我々|われわれ|私たち|わたしたち)[^。]{1,40}?は、[^。]*(?:次|以下|下記)の[^。]{0,10}?(?:提言|勧告|提案)(?:を)?(?:[^。、]{1,10}?に)?(?:示し|行っ|出し|提出し|取りまとめ|まとめ|公表し|発表し)(?:ている|ていた|た|ています|ていました|ました)(?:\[\^[^\]]{1,8}\])?[。：:]$/;
/**
 * `The Commission … voted 6–0 to recommend that the City Council:`, `The advisory board recommended
 * that the Department:`: a named body that recommended, in the past, what the list then quotes (a
 * staff report setting out a commission's advice before its own). Not the text's own body (`The
 * Committee recommends that:`), nor its own past (`We recommended`). So is a motion in minutes
 * (`Commissioner Ito moved, seconded by …, to recommend that the City Council:`), which a member moved.
 */
const REPORTED_RECOMMENDING_EN = /^(?:(?:[Ii]n|[Oo]n|[Bb]y|[Aa]t)\s+[^,]{1,40}?,?\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?![Rr]eport\b|[Cc]ommittee\b|[Pp]anel\b)[^.:]{1,160}?\s+(?:recommended|urged|(?:voted|agreed|resolved|decided)\b[^.:]{0,40}?\bto\s+recommend)\s+(?:that\s+)?[^.:]*[:：]$|\bmoved\b(?:,[^.:]{1,80},)?\s+to\s+recommend\b[^.:]*[:：]$/;
/** Where a Japanese paragraph's next sentence starts: after each full stop. */
const SENTENCE_AFTER_STOP = /(?<=。)/;
/**
 * `The review made the following recommendations:`, `In 2015 the Senate committee, in its report on
 * the scheme, made the following recommendations:`, `GAO made the following recommendations, among
 * others:`, `The first evaluation (2017) made the following priority recommendations in this area:`,
 * `… the Productivity Commission made the following recommendation:`, past tense: another's, not the report's own (`We recommend:`).
 */
const REPORTED_RECOMMENDATIONS_EN = /^(?:(?:[Ii]n|[Oo]n|[Bb]y)\s+[^,]{1,40}?,?\s+)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?![Rr]eport\b|[Cc]ommittee\b|[Pp]anel\b)[^.:]{1,140}?|[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,4})\s+(?:made|set\s+out|put\s+forward|issued|published)\s+(?:the\s+following|\w+)\s+(?:priority\s+|key\s+|main\s+)?[Rr]ecommendations?[^.]*[:：]$/;

/**
 * `In its 2020 inspection of custody …, His Majesty’s Inspectorate … (HMICFRS) made the following
 * recommendation, which is relevant to our findings:`: another body, named at any length, that made
 * them (not `We made …`, the text's own).
 */
const MADE_THE_FOLLOWING = /^(?!(?:We|I|Our)\b)[^.:]{1,240}?\s+made\s+the\s+following\s+(?:\w+\s+)?recommendations?\b[^.]*[:：]$/;

/**
 * `No.\t御意見の概要\t御意見に対する考え方`, `| Comment | Response |`: the header of a table of the
 * comments a consultation received and the authority's answers (a public comment procedure's
 * result). Its rows are the public's views, however they propose; the answers say what was done.
 */
export function isCommentTableHeader(text: string): boolean {
  if (text.length > LONGEST_COMMENT_HEADER || (!text.includes('\t') && !text.trimStart().startsWith('|'))) return false;
  const cells = text.split(CELL_SEPARATOR).map(cell => cell.trim()).filter(Boolean);
  return cells.length >= 2 && cells.some(cell => COMMENT_COLUMN.test(cell)) && cells.some(cell => ANSWER_COLUMN.test(cell));
}

const LONGEST_COMMENT_HEADER = 120;
const CELL_SEPARATOR = /\t|\|/;
const COMMENT_COLUMN = /^(?:(?:御|ご|提出された)?意見(?:の(?:概要|要旨|内容))?|(?:summary of )?(?:comments?|submissions?|views?)(?: received)?)$/i;
const ANSWER_COLUMN = /考え方|回答|対応|response|answer/i;
