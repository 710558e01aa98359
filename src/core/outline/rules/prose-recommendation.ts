import { isDigit, isSpace } from './line-start';

// The markers of a proposal, Japanese and English. No case-insensitive flag and no lookbehind:
// both slow the scan down by half. Over a whole text, the two scan faster apart than as one
// expression (about twice); within a line that has a marker, one expression finds them in order.
// `…を推奨します` and `…が推奨される`: how guidelines and guidebooks recommend. `…することが適当である`,
// `…することが望ましい。`: how councils' reports (答申) and guidelines propose (not `望ましいのではないか`, which asks).
// `…を講ずることが必要である。`: how a council's report (建議, 報告) states a measure it requires.
const JAPANESE_MARKERS = /べき(?:である|だ|。)|必要がある|求められる|てはどうか|望まれる|推奨(?:する|します|される|されます)|ことが(?:適当|必要)である|ことが望ましい(?=[。、]|と考え|$)/g;
/**
 * `recommended` proposes in the passive (`it is recommended that`); `we recommended that …`,
 * `the inspector recommended …` report a recommendation made before, often another report's.
 */
const ENGLISH_MARKERS = /\b(?:[Ss]hould|[Mm]ust|[Rr]ecommends?|(?<=\b(?:is|are|be)\s)recommended|[Oo]ught to)\b/g;
const MARKERS = new RegExp(`${JAPANESE_MARKERS.source}|${ENGLISH_MARKERS.source}`, 'g');
/**
 * The English words alone, without the word boundaries and the lookbehind: a text is scanned for
 * them about five times faster, and the few places found are then confirmed by ENGLISH_AT.
 */
const ENGLISH_WORDS = /[Ss]hould|[Mm]ust|[Rr]ecommend|[Oo]ught to/g;
const ENGLISH_AT = new RegExp(ENGLISH_MARKERS.source, 'y');

const ANY_MARKER = new RegExp(MARKERS.source);

/**
 * How many characters of `next` a Japanese marker that the line break cut runs into (`…ことが適当であ`
 * over `る。`, `…求めら` over `れる。`, as text from PDF wraps a page's width mid-word), or 0.
 */
export function markerAcrossBreak(line: string, next: string): number {
  const tail = line.slice(-MARKER_TAIL);
  const head = next.slice(0, MARKER_TAIL);
  JAPANESE_MARKERS.lastIndex = 0;
  for (let m = JAPANESE_MARKERS.exec(tail + head); m; m = JAPANESE_MARKERS.exec(tail + head)) {
    const end = m.index + m[0].length;
    if (m.index < tail.length && end > tail.length) return end - tail.length;
  }
  return 0;
}

/** Whether a line ending with this character may have cut a Japanese marker (see MARKER_CHARACTERS). */
export function mayEndInMarker(code: number): boolean {
  return MARKER_CHARACTERS.has(code);
}

/** The characters the Japanese markers are written with (past ASCII): a line ending otherwise cuts none. */
const MARKER_CHARACTERS = new Set([...JAPANESE_MARKERS.source].map(c => c.charCodeAt(0)).filter(code => code > 0x7f));

/** The longest Japanese marker is this long: a break cuts it within as much on either side. */
const MARKER_TAIL = 8;

/** Whether a text holds any proposal marker (…べきである, should, must, recommend). */
export function hasProposalMarker(text: string): boolean {
  return ANY_MARKER.test(text);
}

/**
 * Whether a paragraph ends as a request letter's or a petition's request does (`…を延長すること。`,
 * `…を講じられたい。`, `…していただきたい。`, `…公表することを求める。`, `…検討するよう要望する。`, not a lead-in's `次の取組を求める。`):
 * in running text such endings say little, but under a label of requests (`【要望内容】`, `要望事項`, a comment's `意見内容：`) they
 * are what is asked.
 */
export function endsAsRequest(paragraph: string): boolean {
  return REQUEST_END.test(paragraph);
}
/**
 * Whether a Japanese sentence ends proposing (`…新たな交付金制度を創設すべきである。`, `…支援を講じることが必要である。`):
 * its last predicate is the proposal, not a clause inside it.
 */
export function endsProposing(sentence: string): boolean {
  return PROPOSING_END.test(sentence);
}
/** Whether a Japanese paragraph ends asking (`…されたい。`, `…すること。`) or proposing (`…すべきである。`). */
export function endsAsking(paragraph: string): boolean {
  return endsAsRequest(paragraph) || endsProposing(paragraph);
}
const PROPOSING_END = new RegExp(`(?:${JAPANESE_MARKERS.source})。?\\s*$`);
const REQUEST_END = /(?:こと(?:を(?:強く)?(?:求める|要望する|要請する))?|よう(?:強く)?(?:求める|要望する|要請する)|[さらわ]れたい|いただきたい|頂きたい|願いたい)[。．]\s*$/;

/** Sentences that propose something in running prose: …すべきである, …必要がある, should, must. */
export function findProseRecommendations(paragraph: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(paragraph); m; m = MARKERS.exec(paragraph)) {
    if (insideLink(paragraph, m.index, m.index + m[0].length) || notAsserted(paragraph, m.index + m[0].length) || remarksOrDenies(paragraph, m.index, m[0])) continue;
    const start = sentenceStart(paragraph, m.index);
    // `Should the attacker obtain the keys, …`: a sentence that opens with the word supposes; it proposes nothing.
    if (m.index === start && paragraph.startsWith('Should ', m.index)) continue;
    // `CONSIDERING that public authorities should …`: a recital of a legal instrument's preamble states its grounds.
    RECITAL.lastIndex = start;
    if (RECITAL.test(paragraph)) continue;
    // `… Challenges Must Be Addressed`: a capital inside a sentence is a cited title's, no proposal.
    if (m.index > start && isLatinCapital(paragraph.charCodeAt(m.index))) continue;
    // `The Committee recommended that the Government should …`, `It said that councils should …`:
    // what someone said before, as a briefing reports it; the text proposes nothing of its own.
    if (m.index > start && REPORTED_CLAUSE.test(paragraph.slice(start, m.index))) continue;
    // `This paper seeks views on how harbours should be run`: a question the text names, not one it answers.
    if (m.index > start && EMBEDDED_QUESTION.test(paragraph.slice(Math.max(start, m.index - EMBEDDED_QUESTION_REACH), m.index))) continue;
    const end = sentenceEnd(paragraph, m.index + m[0].length);
    if (found.length && found[found.length - 1].end >= end) continue; // the same sentence again
    MARKERS.lastIndex = end;
    // A question (`Should the network come first?`, `…すべきか？`) asks; it proposes nothing.
    if (isQuestionMark(paragraph.charCodeAt(end - 1))) continue;
    // A sentence that runs on to a colon (`…, the Committee recommends:`) leads into what follows; it proposes nothing itself.
    if (LEADS_IN.test(paragraph.slice(start, end))) continue;
    found.push({ start, end });
  }
  return found;
}

/**
 * A marker that is part of an address (`…/why-you-should-consider/`, `should_act.html`): joined
 * to the characters of a URL or file name on either side, or in a word that holds `://`.
 */
function insideLink(text: string, start: number, end: number): boolean {
  if (LINK_CHARS.has(text.charCodeAt(start - 1)) || LINK_CHARS.has(text.charCodeAt(end))) return true;
  // Most paragraphs hold no address at all: the word is not walked back over then.
  const first = text.indexOf('://');
  if (first < 0 || first + 3 > start) return false;
  let from = start;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  const scheme = text.indexOf('://', from);
  return scheme >= 0 && scheme + 3 <= start;
}

/**
 * `…必要があるとは思わない`, `…求められるのか。`: a Japanese marker quoted to be denied, or asked
 * about (minutes, questions in an assembly), proposes nothing; nor does one that closes someone's
 * words the text reports (`「…振り向けるべきだ」と指摘する`, as news analyses quote experts, `「…すべき
 * である」との意見があった`, as minutes sum up what was said); nor does one that modifies the noun
 * after it (`従う必要があるライセンス条件`, `品質向上が求められる背景`): it describes, it asks for nothing.
 */
function notAsserted(text: string, end: number): boolean {
  return DENIED_OR_ASKED.test(text.slice(end, end + 3)) || modifiesNoun(text.charCodeAt(end));
}

const DENIED_OR_ASKED = /^(?:とは|のか|か[。？?、]|か$|[」』]と)/;

/** A kanji or katakana right after a Japanese predicate: the noun it modifies. */
function modifiesNoun(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30a1 && code <= 0x30fa);
}

/**
 * `It should be noted that …`: a writer's aside, not a proposal; `We do not recommend …`, `we
 * make no recommendations`: a recommendation denied (a negation after the word, `should not`,
 * still proposes).
 */
function remarksOrDenies(text: string, at: number, marker: string): boolean {
  const first = marker.charCodeAt(0);
  if (first === 0x53 || first === 0x73 /* S s */) return ASIDE.test(text.slice(at + marker.length, at + marker.length + ASIDE_REACH));
  if (first !== 0x52 && first !== 0x72 /* R r */) return false;
  return DENIED_BEFORE.test(text.slice(Math.max(0, at - DENIAL_REACH), at));
}

/**
 * The words that open a recital, in the capitals of an international organisation's instruments
 * (`HAVING REGARD to`, `RECOGNISING that`), or a recital as legislatures write it (`Whereas …`).
 */
const RECITAL = /\s*(?:CONSIDERING|RECOGNI[SZ]ING|NOTING|RECALLING|HAVING REGARD|BEARING IN MIND|WHEREAS|Whereas)\b/y;

/** A past reporting verb and the `that` of its clause, before the marker in the same sentence. */
const REPORTED_CLAUSE = /\b(?:said|recommended|argued|stated|suggested|concluded|proposed|warned|told\s+\w+)\b[^.;:!?]*\bthat\b[^.;:!?]*$/;

/** A question word a few words before the marker, no punctuation between: `how those harbours should`, `whether the board must`. */
const EMBEDDED_QUESTION = /\b(?:how|whether|what|which|where|when|why)\s+(?:[\w'’-]+\s+){0,5}$/i;
const EMBEDDED_QUESTION_REACH = 60;

const ASIDE = /^\s+(?:also\s+)?be\s+(?:noted|emphasi[sz]ed|stressed|mentioned|borne in mind|pointed out|recalled|remembered|added)\b/;
const ASIDE_REACH = 30;
const DENIED_BEFORE = /\b(?:not|never|no)\b[^.;:!?]*$|n't\b[^.;:!?]*$/;
const DENIAL_REACH = 30;

const LINK_CHARS = new Set([...'/-_.=?#&%+'].map(c => c.charCodeAt(0)));

/**
 * Finds the next proposal marker in a whole text, so that lines without one are passed over
 * without running the expression on each of them: one scan of the text instead of one per line.
 */
export class ProseMarkerCursor {
  private readonly japanese: MarkerScan;
  private readonly english: MarkerScan;

  constructor(text: string) {
    this.japanese = new MarkerScan(text, JAPANESE_MARKERS);
    this.english = new MarkerScan(text, ENGLISH_WORDS, ENGLISH_AT);
  }

  /** True when a marker starts in [start, end); calls must come with ascending starts. */
  hasMarker(start: number, end: number): boolean {
    return this.japanese.hasMarker(start, end) || this.english.hasMarker(start, end);
  }
}

class MarkerScan {
  /** Where the first match at or after the last scan's start ends (a match lies within one line). */
  private nextEnd = 0;

  /** `confirm`, sticky, checks each place that `markers` found, when the scan is a looser one. */
  constructor(private readonly text: string, private readonly markers: RegExp, private readonly confirm?: RegExp) {}

  hasMarker(start: number, end: number): boolean {
    if (this.nextEnd <= start) this.nextEnd = this.confirm ? this.nextConfirmed(start) : this.next(start);
    return this.nextEnd <= end;
  }

  private next(from: number): number {
    // `test` leaves no match object behind: the end of the match is all the cursor needs.
    this.markers.lastIndex = from;
    return this.markers.test(this.text) ? this.markers.lastIndex : Infinity;
  }

  private nextConfirmed(from: number): number {
    const confirm = this.confirm!;
    this.markers.lastIndex = from;
    for (let m = this.markers.exec(this.text); m; m = this.markers.exec(this.text)) {
      confirm.lastIndex = m.index;
      if (confirm.test(this.text)) return confirm.lastIndex;
    }
    return Infinity;
  }
}

/** 。．.!?！？ (a comparison each: a set lookup per character costs more, on every sentence read). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff0e || code === 0x2e || code === 0x21 || code === 0x3f || code === 0xff01 || code === 0xff1f;
}

const HASH = 0x23;
const HEADING_MARKS = /^#{1,6}\s+/;

/**
 * A stop inside a number or a reference to a numbered part (`3.5 percent`, `2.1節`, `５．で後述する`)
 * ends no sentence: a digit before it and no space after it. A stop after a word (`…である．次に`)
 * still ends one, as Japanese academic prose writes it without a space. An ASCII stop ends an
 * English sentence only before a space or the end: one joined to what follows is an address's or
 * a file's (`www.gov.uk/…`), one before a comma an abbreviation's (`e.g.,`), and one before a
 * word in lower case too (`e.g. the port`, `etc.) that`); a bracket it closes goes with it.
 */
function endsSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!isSentenceEnd(code)) return false;
  if (code !== 0x2e && code !== 0xff0e) return true;
  const next = text.charCodeAt(at + 1);
  if (code === 0x2e && (next === 0x29 || next === 0x5d)) return !isLowerCaseWordAfter(text, at + 2);
  if (code === 0x2e && at + 1 < text.length && !isSpace(next)) return !isAsciiWordOrPunctuation(next) && !isDigit(text.charCodeAt(at - 1));
  const inNumber = isDigit(text.charCodeAt(at - 1)) && at + 1 < text.length && !isSpace(next);
  return !inNumber && !(code === 0x2e && isLowerCaseWordAfter(text, at + 1));
}

/**
 * A letter, a digit, an address's slash or a comma, colon or semicolon: what an ASCII stop inside
 * a token or after an abbreviation (`e.g.,`) is followed by.
 */
function isAsciiWordOrPunctuation(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || isDigit(code) || code === 0x2f || code === 0x2c || code === 0x3a || code === 0x3b;
}

/** Whether the first word after the spaces at `from` starts in lower case. */
function isLowerCaseWordAfter(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  const code = text.charCodeAt(i);
  return code >= 0x61 && code <= 0x7a;
}

function sentenceStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !endsSentence(text, i - 1)) i--;
  while (i < from && (isSpace(text.charCodeAt(i)) || isClosingBracket(text.charCodeAt(i)))) i++;
  // `# …`: a line of text that a converter marked as a heading starts after its marks.
  if (text.charCodeAt(i) === HASH) {
    const marks = HEADING_MARKS.exec(text.slice(i, from));
    if (marks) i += marks[0].length;
  }
  // `**We recommend that …**`: the sentence starts inside its emphasis, whose close stays after its stop.
  while (i < from && isEmphasisMark(text.charCodeAt(i))) i++;
  return i;
}

function isClosingBracket(code: number): boolean {
  return code === 0x29 || code === 0x5d;
}

function isLatinCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isEmphasisMark(code: number): boolean {
  return code === 0x2a /* * */ || code === 0x5f; /* _ */
}

const LEADS_IN = /[:：]\s*$/;

/** `?` or `？`: a sentence that ends so asks. */
export function isQuestionMark(code: number): boolean {
  return code === 0x3f /* ? */ || code === 0xff1f; /* ？ */
}

function sentenceEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !endsSentence(text, i)) i++;
  return Math.min(text.length, i + 1);
}
