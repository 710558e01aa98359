import type { Line } from './lines';
import { isTocEntry, isTocHeading, tocTitle } from './rules/toc';

export interface TocBlock {
  /** Index of the first and last line of the block (the 目次 heading included). */
  first: number;
  last: number;
  /** Entry titles, a wrapped entry joined with the line before it. */
  titles: string[];
}

/** The first run of at least three table-of-contents entries, gaps of at most two lines. */
export function findTocBlock(lines: Line[]): TocBlock | undefined {
  const entries = lines.map((l, i) => (isTocEntry(l.text) ? i : -1)).filter(i => i >= 0);
  let runStart = 0;
  for (let k = 1; k <= entries.length; k++) {
    if (k < entries.length && entries[k] - entries[k - 1] <= 3) continue;
    if (k - runStart >= 3) return block(lines, entries.slice(runStart, k));
    runStart = k;
  }
  return undefined;
}

function block(lines: Line[], entryIndexes: number[]): TocBlock {
  let first = entryIndexes[0];
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    if (isTocHeading(lines[i].text)) first = i;
  }
  const last = entryIndexes[entryIndexes.length - 1];
  const titles: string[] = [];
  let pending = '';
  for (let i = first; i <= last; i++) {
    const text = lines[i].text.trim();
    if (!text || isTocHeading(text)) continue;
    if (isTocEntry(lines[i].text)) {
      titles.push(pending + tocTitle(text));
      pending = '';
    } else {
      pending += text; // an entry wrapped before its page number
    }
  }
  return { first, last, titles };
}
