import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { joinWrapped } from './rules/join-wrapped';
import { ANY_MARKER, BRACKET_BEFORE, MarkerWordScan, markerLabel } from './rules/recommendation-marker';
import { hasProposalMarker } from './rules/prose-recommendation';
import { toAsciiDigits } from './rules/numerals';

/** How far before a marker's word its opening bracket may be (white space between). */
const MARKER_LOOKBEHIND = 8;
const SPACE_OR_STOP = /[\s。．.]/;

/** A recommendation written as a paragraph (or a run of sentences) that ends with its marker. */
export interface MarkedRecommendation {
  /** 0-based first and last line. */
  first: number;
  last: number;
  /** UTF-16 offsets of the text before the marker. */
  start: number;
  end: number;
  title: string;
  label: string;
}

/**
 * Every `… (Recommendation N)` of a text, in order. The marker closes what it numbers: the text
 * from the paragraph's start, or from the marker before it in the same paragraph, up to it.
 * A paragraph whose text goes on after its last marker cites recommendations in running prose
 * (a progress report's "…a Harbour Office (Recommendation 1.3), while…"): none of its markers
 * counts. One scan of the whole text; a text without any marker word costs one search.
 * Markers that do not number in order cite: see withoutCitations. A paragraph runs on over a page's
 * footer and header where its sentence had not ended (`…including reconciliation of loan records`,
 * the footer, `and communication with affected borrowers. (Recommendation 5)`); their lines are left out.
 */
export function findMarkedRecommendations(lines: Lines, isFurniture: (i: number) => boolean = () => false): MarkedRecommendation[] {
  const source = lines.source;
  const found: MarkedRecommendation[] = [];
  const words = new MarkerWordScan(source);
  const ending: ParagraphEnding = { last: -1, closes: false };
  for (let word = words.find(); word; word = words.find()) {
    const bracket = BRACKET_BEFORE.exec(source.slice(Math.max(0, word.index - MARKER_LOOKBEHIND), word.index));
    if (!bracket) continue;
    const markerStart = word.index - bracket[0].length;
    const markerEnd = word.index + word[0].length;
    const markerLine = lineOf(lines, markerStart);
    if (!endsParagraph(lines, markerEnd, markerLine, ending)) continue;
    const previous = found[found.length - 1];
    const first = paragraphStart(lines, markerLine, isFurniture);
    const sameParagraph = previous && previous.last >= first;
    const start = sameParagraph ? afterMarker(source, previous.end) : lines.start(first);
    const title = joinLines(lines, start, markerStart, isFurniture);
    if (!title) continue;
    const label = markerLabel(source.slice(markerStart, markerEnd));
    found.push({ first: lineOf(lines, start), last: lineOf(lines, markerEnd - 1), start, end: markerEnd, title, label });
  }
  return withoutCitations(found);
}

/**
 * A report that makes its recommendations as marked paragraphs numbers them in order, each once
 * (an audit's `…should ensure … (Recommendation 1)` … `(Recommendation 9)`). A brief or a viewpoint
 * that lists its recommendations first closes the paragraphs of its analysis with the one each
 * finding supports (`…lower prices (Recommendation 3).`, then `(Recommendation 1)`): numbers out of
 * order or repeated. Where a marker's numbers do not rise, only a paragraph that itself proposes
 * (should, べき) is kept; the others cite. Each marker word is counted apart, so a bilingual text's
 * `Recommendation 1…` and `提言１…` each rise on their own.
 */
function withoutCitations(found: MarkedRecommendation[]): MarkedRecommendation[] {
  const numbers = found.map(marked => markerNumber(marked.label));
  const citing = new Set<string>();
  const last = new Map<string, number[]>();
  for (const number of numbers) {
    if (!number) continue;
    const before = last.get(number.word);
    if (before && !rises(before, number.parts)) citing.add(number.word);
    last.set(number.word, number.parts);
  }
  if (!citing.size) return found;
  return found.filter((marked, k) => {
    const number = numbers[k];
    return !number || !citing.has(number.word) || hasProposalMarker(marked.title);
  });
}

/** A marker label's word and number (`Recommendation 4.2` → `Recommendation`, [4, 2]); none for a safety id (`M-26-07`). */
function markerNumber(label: string): { word: string; parts: number[] } | undefined {
  const m = MARKER_NUMBER.exec(label);
  if (!m) return undefined;
  return { word: m[1].trim(), parts: toAsciiDigits(m[2]).split(/[.．\-－]/).map(Number) };
}
const MARKER_NUMBER = /^([^0-9０-９\-－]+?)\s*([0-9０-９]+(?:[.．\-－][0-9０-９]+)*)[a-z]?$/;

/** Whether a dotted number comes after another (4.2 after 4.1 and after 3). */
function rises(before: number[], after: number[]): boolean {
  for (let k = 0; k < Math.min(before.length, after.length); k++) if (after[k] !== before[k]) return after[k] > before[k];
  return after.length > before.length;
}

/**
 * `… have consequences. GRECO therefore recommends (i) that a code of conduct be adopted …`: a
 * monitoring body that numbers its recommendations through its report (the Council of Europe's
 * evaluation reports) makes each inside a paragraph of its analysis, the number in brackets
 * after its verb. The sentence, from its start to its stop, is the recommendation, labelled by
 * its number.
 */
export function findNumberedRecommending(lines: Lines): MarkedRecommendation[] {
  const source = lines.source;
  const found: MarkedRecommendation[] = [];
  // A search for the word passes over a text faster than the expression's scan; it is tried where the word stands.
  for (let at = source.indexOf(VERB); at >= 0; at = source.indexOf(VERB, at + VERB.length)) {
    NUMBERED_VERB.lastIndex = at;
    const m = at > 0 && /\w/.test(source[at - 1]) ? null : NUMBERED_VERB.exec(source);
    if (!m) continue;
    const start = sentenceStartBefore(source, at);
    const end = sentenceEndAfter(source, at + m[0].length);
    found.push({ first: lineOf(lines, start), last: lineOf(lines, end - 1), start, end, title: joinLines(lines, start, end), label: `Recommendation ${m[1]}` });
    at = end;
  }
  return found;
}

const VERB = 'recommend';
/** `recommends (iv) that`, `recommends (12) that`, read where the verb stands. */
const NUMBERED_VERB = /recommends?\s+\(([ivxlc]{1,7}|[0-9]{1,3})\)\s+that\b/y;
/** A stop, then white space: a sentence ends (a margin number's point too, `55.    GRECO …`). Read in place, as the text is walked back. */
const STOP_THEN_SPACE = /[.!?]\s/y;

function stopThenSpaceAt(source: string, at: number): boolean {
  if (at < 0) return false;
  STOP_THEN_SPACE.lastIndex = at;
  return STOP_THEN_SPACE.test(source);
}
/** `No. R (2000) 10`, `Art. 5`, `e.g. the …`: a point that ends an abbreviation, no sentence. */
const ABBREVIATION = /(?:^|\s|\()(?:No|Nos|Art|Arts|para|paras|e\.g|i\.e|cf|Mr|Ms|Dr|St)$/i;

/** Where the sentence holding `at` starts: after the last stop before it, or at its paragraph's start. */
function sentenceStartBefore(source: string, at: number): number {
  let i = at;
  while (i > 0 && !(source[i - 1] === '\n' && source[i - 2] === '\n') && !(stopThenSpaceAt(source, i - 2) && !ABBREVIATION.test(source.slice(Math.max(0, i - 8), i - 2)))) i--;
  while (i < at && /\s/.test(source[i])) i++;
  return i;
}

/** Where the sentence going on at `from` ends: after its stop, or at its paragraph's end. */
function sentenceEndAfter(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\n' && source[i + 1] === '\n') return i;
    if ((source[i] === '.' || source[i] === '!' || source[i] === '?') && (i + 1 === source.length || /\s/.test(source[i + 1])) && !ABBREVIATION.test(source.slice(Math.max(0, i - 6), i))) return i + 1;
  }
  return source.length;
}

/**
 * Whether the paragraph holding a marker on line `line` ends with a marker: nothing but white
 * space and stops after its last one. Read once per paragraph (`seen` keeps the answer for the
 * paragraph's lines), so a paragraph of many markers costs one pass.
 */
function endsParagraph(lines: Lines, end: number, line: number, seen: ParagraphEnding): boolean {
  if (line <= seen.last) return seen.closes;
  const last = paragraphEnd(lines, line);
  const rest = lines.source.slice(end, lines.start(last) + lines.text(last).length);
  let tail = 0;
  ANY_MARKER.lastIndex = 0;
  for (let m = ANY_MARKER.exec(rest); m; m = ANY_MARKER.exec(rest)) tail = m.index + m[0].length;
  seen.last = last;
  seen.closes = TAIL_OF_CLOSING.test(rest.slice(tail));
  return seen.closes;
}

/** The last line of the paragraph read last, and whether it ends with a marker. */
interface ParagraphEnding {
  last: number;
  closes: boolean;
}

const TAIL_OF_CLOSING = /^[\s。．.]*$/;

/** The first line of the paragraph holding line i: blank lines and Markdown headings bound it, and page furniture after a finished sentence. */
function paragraphStart(lines: Lines, i: number, isFurniture: (i: number) => boolean): number {
  let first = i;
  for (;;) {
    while (first > 0 && insideParagraph(lines, first - 1) && !isFurniture(first - 1)) first--;
    let before = first - 1;
    while (before >= 0 && isFurniture(before)) before--;
    if (before === first - 1 || before < 0 || !insideParagraph(lines, before) || SENTENCE_STOPS.has(lines.lastCode(before))) return first;
    first = before;
  }
}

const SENTENCE_STOPS = new Set([...'.。．!?:'].map(c => c.charCodeAt(0)));

/** The last line of the paragraph holding line i, bound as paragraphStart's. */
function paragraphEnd(lines: Lines, i: number): number {
  let last = i;
  while (last + 1 < lines.count && insideParagraph(lines, last + 1)) last++;
  return last;
}

/** A line with text that is no Markdown heading. */
export function insideParagraph(lines: Lines, i: number): boolean {
  return lines.firstCode(i) >= 0 && lines.firstCode(i) !== 0x23 /* # */;
}

/** Where the text after a marker starts (white space and the sentence's closing stop skipped). */
function afterMarker(source: string, end: number): number {
  let i = end;
  while (i < source.length && SPACE_OR_STOP.test(source[i])) i++;
  return i;
}

/** The text of [start, end) with its hard-wrapped lines joined, the page furniture between them left out. */
function joinLines(lines: Lines, start: number, end: number, isFurniture: (i: number) => boolean = () => false): string {
  let title = '';
  let line = lineOf(lines, start);
  for (const part of lines.source.slice(start, end).split('\n')) {
    if (!isFurniture(line++)) title = joinWrapped(title, part.trim());
  }
  return title.trim();
}

function lineOf(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.start(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const NONE: readonly OutlineNode[] = [];

/** Hands out the marked recommendations in line order, as the outline walks the lines. */
export class MarkedCursor {
  private next = 0;

  constructor(private readonly marked: MarkedRecommendation[]) {}

  /**
   * The recommendations that start at line i (and those of the same paragraph after them), as
   * nodes; an empty list for most lines. Those that started on lines another rule consumed are
   * dropped.
   */
  take(i: number, lines: Lines): readonly OutlineNode[] {
    while (this.next < this.marked.length && this.marked[this.next].first < i) this.next++;
    if (this.next === this.marked.length || this.marked[this.next].first > i) return NONE; // most lines: no list made
    const nodes: OutlineNode[] = [];
    let last = i;
    while (this.next < this.marked.length && this.marked[this.next].first <= last) {
      const m = this.marked[this.next++];
      const node = createNode('recommendation', m.title, lines, m.first, m.last);
      node.start = m.start;
      // It ends with its marker: the next recommendation of the paragraph may start on the same line.
      node.end = m.end;
      node.label = m.label;
      nodes.push(node);
      last = m.last;
    }
    return nodes;
  }
}
