import type { Lines } from './lines';
import { CLOSING_LINES, isClosingNavigation } from './rules/back-matter';
import { joinWrapped } from './rules/join-wrapped';
import { isPlainHeading } from './rules/plain-heading';
import { isPageNumber } from './rules/noise';
import { IDEOGRAPHIC_FULL_STOP, IDEOGRAPHIC_SPACE } from './rules/line-start';
import { matchListItem } from './rules/list-item';

/** The next visible line's text after line i, if any. */
export function nextVisibleText(lines: Lines, i: number): string | undefined {
  const next = nextVisibleLine(lines, i);
  return next === undefined ? undefined : lines.text(next);
}

/** The first line after line i that is not blank. */
export function nextVisibleLine(lines: Lines, i: number): number | undefined {
  for (let j = i + 1; j < lines.count; j++) if (lines.firstCode(j) >= 0) return j;
  return undefined;
}

/** Whether line i is blank, or outside the text. */
export function isBlankLine(lines: Lines, i: number): boolean {
  return i < 0 || i >= lines.count || lines.firstCode(i) < 0;
}

/** The last line before line i that is not blank. */
export function previousVisibleLine(lines: Lines, i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines.firstCode(j) >= 0) return j;
  return undefined;
}

/**
 * Whether the block of lines after line i (to the next blank line, a few lines at most) holds a
 * sentence's end or opens with a bullet: the text a heading stands over. A cover's lines (a date
 * over the title, a title wrapped over its byline) stand over more such lines, never over text.
 */
export function textFollows(lines: Lines, i: number): boolean {
  const next = nextVisibleLine(lines, i);
  if (next === undefined) return false;
  if (BULLET_START.test(lines.text(next))) return true;
  for (let j = next; j < lines.count && j < next + PARAGRAPH_REACH && lines.firstCode(j) >= 0; j++) if (SENTENCE_END.test(lines.text(j))) return true;
  return false;
}
const BULLET_START = /^\s*[•・\-*–o]\s/;
/** A sentence's end, perhaps with a footnote's number after it (`… is short.1`), or a clause's (`Calls on the Commission …;`, as a resolution ends each of its paragraphs). */
const SENTENCE_END = /[。．.!?！？:：;；」”"')）][0-9]{0,2}\s*$/;
/** A paragraph ends its first sentence within this many lines. */
const PARAGRAPH_REACH = 8;

/** Lines `first` to `last`, joined as a PDF or an editor wrapped them; those `skip` tells (a page's furniture) left out. */
export function joinedLines(lines: Lines, first: number, last: number, skip?: (i: number) => boolean): string {
  let text = lines.text(first).trim();
  for (let j = first + 1; j <= last; j++) if (!skip?.(j)) text = joinWrapped(text, lines.text(j).trim());
  return text;
}

/** The first line of the paragraph that line i is in: back to a blank line, at most `reach` lines. */
export function paragraphStart(lines: Lines, i: number, reach: number): number {
  let first = i;
  while (first > 0 && i - first < reach && lines.firstCode(first - 1) >= 0) first--;
  return first;
}

/** The last line of the paragraph that line i is in: on to a blank line or the text's end. */
export function paragraphEnd(lines: Lines, i: number): number {
  let last = i;
  while (last + 1 < lines.count && lines.firstCode(last + 1) >= 0) last++;
  return last;
}

/**
 * The last line of the list item line i opens: on to a blank line or the next item (`○\u3000…` under
 * `○\u3000…` with no blank line between, as text from PDF sets a council's marked paragraphs).
 */
export function itemParagraphEnd(lines: Lines, i: number): number {
  let last = i;
  while (last + 1 < lines.count && lines.firstCode(last + 1) >= 0 && matchListItem(lines.text(last + 1)) === undefined) last++;
  return last;
}

/**
 * The last line of the Japanese paragraph line i opens, at most `reach` lines on: where a sentence
 * ends at a line's end and the next line opens another paragraph with an ideographic space or is
 * blank (a Word document saved as text puts no blank line between its paragraphs).
 */
export function japaneseParagraphEnd(lines: Lines, i: number, reach: number): number {
  let last = i;
  while (last - i < reach && last + 1 < lines.count && lines.firstCode(last + 1) >= 0 && !(lines.lastCode(last) === IDEOGRAPHIC_FULL_STOP && lines.text(last + 1).charCodeAt(0) === IDEOGRAPHIC_SPACE)) last++;
  return last;
}

/** A short line that is no sentence, with blank lines around it and a paragraph after: a title of running text. */
export function standsAloneAsTitle(lines: Lines, i: number, text: string): boolean {
  const blankBefore = i === 0 || lines.firstCode(i - 1) < 0;
  const blankAfter = i + 1 >= lines.count || lines.firstCode(i + 1) < 0;
  return blankBefore && blankAfter && isPlainHeading(text, nextVisibleText(lines, i));
}

/** The visible lines up to `reach` lines before and after line i. */
export function visibleTextsAround(lines: Lines, i: number, reach: number): string[] {
  const texts: string[] = [];
  for (let j = Math.max(0, i - reach); j < Math.min(lines.count, i + reach + 1); j++) {
    if (j !== i && lines.firstCode(j) >= 0) texts.push(lines.text(j));
  }
  return texts;
}

/** The first line that is not blank, or -1. */
export function firstVisibleLine(lines: Lines): number {
  for (let i = 0; i < lines.count; i++) if (lines.firstCode(i) >= 0) return i;
  return -1;
}

/** How many lines a document's opening block (its title, kind, date, authors) runs to at most. */
const OPENING_BLOCK_LINES = 4;

/** Line i is in the lines that open the document, before its first blank line: its title block. */
export function inOpeningBlock(lines: Lines, i: number): boolean {
  const first = firstVisibleLine(lines);
  if (first < 0 || i < first || i - first >= OPENING_BLOCK_LINES) return false;
  for (let j = first + 1; j <= i; j++) if (lines.firstCode(j) < 0) return false;
  return true;
}

/** A web page's closing navigation at line i: looked for only among its last few lines. */
export function closesPage(lines: Lines, i: number, text: string): boolean {
  const after: string[] = [];
  for (let j = i + 1; j < lines.count; j++) {
    if (lines.firstCode(j) < 0) continue;
    if (after.length === CLOSING_LINES) return false;
    after.push(lines.text(j));
  }
  return isClosingNavigation(text, after);
}

/**
 * A title whose next line is its page number alone (`References` over `40`): an entry of a
 * contents that text from a PDF lays out one field to a line, not the heading it lists.
 */
export function listsPage(lines: Lines, i: number): boolean {
  const next = nextVisibleLine(lines, i);
  return next !== undefined && isPageNumber(lines.text(next).trim());
}

/**
 * A line of a table that text extracted with its layout kept (pdftotext -layout) sets in columns:
 * cells parted by a gap of spaces on the line or on the next (`Fiscal policy` over
 * `Reduce the deficit …     The deficit widened …`), or a cell's text wrapped down its column, set
 * in as far as the line over it. A title has no gaps inside and a paragraph, not a table, under it.
 */
export function isLaidOutTableLine(lines: Lines, i: number): boolean {
  if (COLUMN_GAP.test(lines.text(i).trim()) || isTabbedTableRow(lines, i)) return true;
  const next = nextVisibleText(lines, i);
  if (next !== undefined && COLUMN_GAP.test(next.trim())) return true;
  const indent = indentWidth(lines.text(i));
  return indent > 0 && i > 0 && lines.firstCode(i - 1) >= 0 && indentWidth(lines.text(i - 1)) === indent;
}

/** Two cells of a row: words three spaces apart or more. */
const COLUMN_GAP = /\S {3,}\S/;
/**
 * A row of a table in a document saved as text from a word processor (Word's "save as text"), which
 * parts the cells by tabs, a row to a line: a tabbed line next to another. A heading may have a tab
 * after its number, but alone.
 */
export function isTabbedTableRow(lines: Lines, i: number): boolean {
  return isTabbedRow(lines, i) && (isTabbedRow(lines, i - 1) || isTabbedRow(lines, i + 1));
}

/** Two cells of a row parted by a tab, perhaps over an empty cell. */
const TAB_GAP = /\S *\t[ \t]*\S/;

function isTabbedRow(lines: Lines, i: number): boolean {
  return !isBlankLine(lines, i) && holdsTab(lines, i) && TAB_GAP.test(lines.text(i));
}

/** Whether line i holds a tab, read in place: most lines hold none, and are not copied. */
export function holdsTab(lines: Lines, i: number): boolean {
  const source = lines.source;
  for (let at = lines.start(i), end = lines.end(i); at < end; at++) if (source.charCodeAt(at) === TAB) return true;
  return false;
}

const TAB = 9;

function indentWidth(text: string): number {
  return text.length - text.trimStart().length;
}

/** How many times each short line standing alone between blank lines is written in the text (a recurring part's name). */
export function countLinesStandingAlone(lines: Lines): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 1; i + 1 < lines.count; i++) {
    if (lines.firstCode(i) < 0 || lines.firstCode(i - 1) >= 0 || lines.firstCode(i + 1) >= 0) continue;
    const text = lines.text(i).trim();
    if (text.length <= LONGEST_STANDING_ALONE) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/** Longer than this, a line standing alone is a paragraph of one line, not counted. */
const LONGEST_STANDING_ALONE = 60;
