import type { Lines } from './lines';
import { isLinkedTocEntry, isSpacedTocEntry, isTocEntry, isTocHeading, tocTitle } from './rules/toc';
import { indentOf } from './rules/list-item';
import { isDigit } from './rules/line-start';

export interface TocBlock {
  /** Index of the first and last line of the block (the 目次 heading included). */
  first: number;
  last: number;
  /** Entry titles, a wrapped entry joined with the line before it. */
  titles: string[];
  /** Titles the contents lists under an entry, as bullets: sections, not chapters. */
  nestedTitles?: string[];
  /** Where the titles stand again in the text, when reading the contents found them already. */
  titleLines?: ReadonlyMap<number, string>;
  /** The entries were written as Markdown headings (see heading-contents.ts): a converter set styled lines as headings. */
  writtenAsHeadings?: boolean;
}

/**
 * The first run of at least three table-of-contents entries, with at most two lines of text
 * between entries (a part's name without a page number). Blank lines do not count: text
 * extracted from a PDF often puts one after every line.
 */
export function findTocBlock(lines: Lines): TocBlock | undefined {
  // One pass that stops at the first run found: the contents come early, the body is long.
  let run: number[] = [];
  let between = 0;
  // Under a contents heading, a page number set apart by spaces alone is an entry's too (see isSpacedTocEntry).
  let headed = false;
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) continue;
    // An entry ends with its page number (in bold, with the marks): other lines are passed over without their text.
    const last = lines.lastCode(i);
    if (((isDigit(last) || last === ASTERISK) && (isTocEntry(lines.text(i)) || (headed && isSpacedTocEntry(lines.text(i))))) || (last === CLOSE_PAREN && isLinkedTocEntry(lines.text(i)))) {
      run.push(i);
      between = 0;
    } else if (run.length && ++between > MOST_LINES_BETWEEN_ENTRIES) {
      if (run.length >= 3) return block(lines, run, headed);
      run = [];
      between = 0;
      headed = false;
    } else if (!run.length) {
      // Most lines are longer than a contents heading: they are passed over without their text.
      headed = lines.end(i) - lines.start(i) <= LONGEST_TOC_HEADING && isTocHeading(lines.text(i));
    }
  }
  return run.length >= 3 ? block(lines, run, headed) : undefined;
}

const MOST_LINES_BETWEEN_ENTRIES = 2;
/** `**Table of Contents**` with an indent: no contents heading is longer. */
const LONGEST_TOC_HEADING = 40;
/** An entry set in bold ends with its closing marks (`**Summary ..... 3**`). */
const ASTERISK = 0x2a;
/** A linked entry ends with its link's closing parenthesis (see isLinkedTocEntry). */
const CLOSE_PAREN = 0x29;

function block(lines: Lines, entryIndexes: number[], headed: boolean): TocBlock {
  let first = entryIndexes[0];
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    if (isTocHeading(lines.text(i))) first = i;
  }
  const last = entryIndexes[entryIndexes.length - 1];
  const titles: string[] = [];
  const indents: number[] = [];
  let pending = '';
  let pendingIndent = 0;
  for (let i = first; i <= last; i++) {
    const line = lines.text(i);
    const text = line.trim();
    if (!text || isTocHeading(text)) continue;
    const indent = pending ? pendingIndent : indentOf(line);
    if (isTocEntry(line) || (headed && isSpacedTocEntry(line)) || isLinkedTocEntry(line)) {
      titles.push(pending + tocTitle(text));
      indents.push(indent);
      pending = '';
    } else {
      if (!pending) pendingIndent = indent;
      pending += text; // an entry wrapped before its page number
    }
  }
  const nestedTitles = indentedTitles(titles, indents);
  return nestedTitles.length ? { first, last, titles, nestedTitles } : { first, last, titles };
}

/**
 * The entries set in deeper than the contents' first, as a contents laid out for print (and its
 * text extracted with the layout kept) sets sections under their chapter: `  提言１ …` under `Ⅱ．提言`.
 */
function indentedTitles(titles: readonly string[], indents: readonly number[]): string[] {
  if (!indents.length) return [];
  const outer = indents[0];
  if (indents.some(indent => indent < outer)) return [];
  return titles.filter((_, k) => indents[k] >= outer + LEAST_NESTING_INDENT);
}

/** How much deeper than the first entry a nested entry is set: two spaces (or one ideographic space). */
const LEAST_NESTING_INDENT = 2;

