import type { Lines } from './lines';
import type { MarkedRecommendation } from './marked-paragraphs';
import { COLUMN_GAP, columnGap } from './rules/aligned-columns';
import { joinWrapped } from './rules/join-wrapped';
import { isSpace } from './rules/line-start';

/**
 * `主な調査結果        提言（主要な提言は太字）` (`MAIN FINDINGS        RECOMMENDATIONS`) over rows that
 * set a finding at the left and the recommendations it leads to as bullets at the right (`• …`):
 * the table an economic survey closes each chapter with, as text extracted with its layout keeps
 * it. Each bullet of the right column is one recommendation, its lines the right column's text up
 * to the next bullet; the findings beside them are none. The table ends at the first row, after a
 * blank line, with nothing in the right column. `namesLabel` tells a header cell named after a
 * label; `isFurniture` the running headers and footers a page break sets inside the table.
 */
export function findColumnRecommendations(lines: Lines, namesLabel: (cell: string) => boolean, isFurniture: (i: number) => boolean): MarkedRecommendation[] {
  const found: MarkedRecommendation[] = [];
  for (let i = 0; i < lines.count; i++) {
    const column = labelColumn(lines, i, namesLabel);
    if (column === undefined) continue;
    i = readRows(lines, i + 1, column.at, column.label, isFurniture, found);
  }
  return found;
}

/** The header's right cell, named after a label, and the page column it starts at; undefined for any other line. */
function labelColumn(lines: Lines, i: number, namesLabel: (cell: string) => boolean): { at: number; label: string } | undefined {
  const first = lines.firstCode(i);
  // A header is short and starts at the margin; most lines are passed over by a native search for a column gap.
  if (first < 0 || isSpace(lines.source.charCodeAt(lines.start(i))) || lines.end(i) - lines.start(i) > LONGEST_HEADER) return undefined;
  const text = lines.text(i);
  if (!text.includes(GAP)) return undefined;
  const gap = columnGap(text);
  if (!gap || gap.end === 0 || columnGap(text.slice(gap.next)) !== undefined) return undefined;
  const left = text.slice(0, gap.end).trim();
  const right = text.slice(gap.next).trim();
  // Two cells of words (no link or list of a contents), the right one far enough right to be a column of its own.
  if (!CELL_START.test(left) || !CELL_START.test(right) || namesLabel(left) || !namesLabel(right)) return undefined;
  // Where the right cell starts, in characters: text extracted with its layout pads its columns
  // with spaces by characters, whatever their width on the page.
  const at = gap.next;
  if (at < LEAST_RIGHT_COLUMN || !bulletNext(lines, i + 1, at, () => false)) return undefined;
  return { at, label: right.replace(BRACKETED_REMARK, '').trim() };
}

/** Reads the table's rows from line `from`, adding each bullet of the right column to `found`; returns the last line read. */
function readRows(lines: Lines, from: number, at: number, label: string, isFurniture: (i: number) => boolean, found: MarkedRecommendation[]): number {
  let open: MarkedRecommendation | undefined;
  let afterBlank = false;
  let last = from - 1;
  for (let j = from; j < lines.count; j++) {
    if (lines.firstCode(j) < 0) {
      afterBlank = true;
      continue;
    }
    if (isFurniture(j)) continue;
    const cell = rightCell(lines.text(j), at);
    if (cell === undefined) {
      // A group's name alone between rows (`高齢者の就業`) goes on with the table; other text after a blank line ends it.
      if (afterBlank && !bulletNext(lines, j + 1, at, isFurniture)) break;
      continue;
    }
    afterBlank = false;
    last = j;
    const bullet = BULLET.exec(cell.text);
    if (bullet) {
      const start = lines.start(j) + cell.offset + bullet[0].length;
      open = { first: j, last: j, start, end: lines.start(j) + cell.offset + cell.text.length, title: cell.text.slice(bullet[0].length), label };
      found.push(open);
    } else if (open) {
      open.title = joinWrapped(open.title, cell.text);
      open.last = j;
      open.end = lines.start(j) + cell.offset + cell.text.length;
    }
  }
  return last;
}

/** Whether the next line from `from` with text in the right column holds a bullet there, past a group's name or two. */
function bulletNext(lines: Lines, from: number, at: number, isFurniture: (i: number) => boolean): boolean {
  for (let j = from, read = 0; j < lines.count && read < MOST_GROUP_LINES; j++) {
    if (lines.firstCode(j) < 0 || isFurniture(j)) continue;
    const cell = rightCell(lines.text(j), at);
    if (cell) return BULLET.test(cell.text);
    read++;
  }
  return false;
}

/** A group's name between rows runs over this many lines at most. */
const MOST_GROUP_LINES = 2;

/** The text of the line from its first word at or past the right column (a little left of it: a page's columns wander) that follows a gap, and its offset in the line. */
function rightCell(text: string, at: number): { text: string; offset: number } | undefined {
  let spaces = 0;
  for (let k = 0; k < text.length; k++) {
    if (text.charCodeAt(k) === SPACE) {
      spaces++;
      continue;
    }
    if (k >= at - COLUMN_SLACK && (spaces >= COLUMN_GAP || spaces === k)) return { text: text.slice(k).trimEnd(), offset: k };
    spaces = 0;
  }
  return undefined;
}

const SPACE = 0x20;
/** How far left of the header's column a row's right cell may start. */
const COLUMN_SLACK = 4;
/** A table's header line is no longer than this (in characters). */
const LONGEST_HEADER = 120;
/** The spaces that part two columns, searched for natively before a line is read further. */
const GAP = ' '.repeat(COLUMN_GAP);
const BULLET = /^[•●○・▪■◆]\s*/;
/** A cell of the header starts with a letter, kana or kanji: a link, a list's marker or markup is no header of a table. */
const CELL_START = /^\p{L}/u;
/** The right column starts this far from the margin at least (in characters). */
const LEAST_RIGHT_COLUMN = 20;
/** `（主要な提言は太字）`, `(key recommendations in bold)`: how a column is set, not what it holds. */
export const BRACKETED_REMARK = /\s*[(（][^)）]*[)）]\s*$/;
