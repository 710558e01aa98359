import type { Lines } from '../lines';

/**
 * Page furniture of paginated plain text (RFC-style drafts, text printed from PDFs): the form
 * feed, the `[Page 12]` footer, and the running header and footer that repeat at every page
 * break. They are recognised by repeating next to page breaks, never by their words, and the
 * blank lines around them are furniture too, so that a list item cut by a page break goes on.
 */
export function findPageFurniture(lines: Lines): Uint8Array | undefined {
  const formFeeds = lines.source.indexOf('\f') >= 0;
  const breaks: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    // A form feed is white space: a line holding only one reads as blank.
    if (lines.firstCode(i) < 0 && !formFeeds) continue;
    const markable = mayEndPageMark(lines.lastCode(i));
    if (!formFeeds && !markable) continue;
    const text = lines.text(i);
    if ((formFeeds && text.includes('\f')) || (markable && PAGE_MARK.test(text))) breaks.push(i);
  }
  if (breaks.length < MIN_PAGES) return undefined;

  const furniture = new Uint8Array(lines.count);
  // A line near two marks of one page break (its footer and its form feed) counts once.
  const nearBreak = new Map<string, Set<number>>();
  for (const at of breaks) {
    furniture[at] = 1;
    for (const i of visibleNeighbours(lines, at)) {
      const key = repeatKey(lines.text(i));
      const seen = nearBreak.get(key);
      if (seen) seen.add(i);
      else nearBreak.set(key, new Set([i]));
    }
  }
  for (const [key, at] of nearBreak) {
    if (key && at.size >= MIN_PAGES) for (const i of at) furniture[i] = 1;
  }
  absorbBlankLines(lines, furniture);
  return furniture;
}

/** Pages before a repeated line counts as a running header or footer. */
const MIN_PAGES = 3;
/** How many visible lines on each side of a page break can be a header or footer. */
const REACH = 2;
/** `[Page 12]`, `Page 3 of 9`, and `- 12 -` as Japanese reports printed from PDFs number their pages (`－１２－`). */
const PAGE_MARK = /\[\s*Page\s+\d+\s*\]\s*$|^\s*Page\s+\d+(\s+of\s+\d+)?\s*$|^\s*[-–－]\s*[0-9０-９]+\s*[-–－]\s*$/;

/** A page mark ends with `]`, a digit or a dash: other lines are passed over without their text. */
function mayEndPageMark(code: number): boolean {
  return code === 0x5d || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2013 || code === 0xff0d || (code >= 0xff10 && code <= 0xff19);
}

/** The line with its numbers (page, date) masked and its spacing folded: repeats share a key. */
function repeatKey(text: string): string {
  return text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The visible lines up to REACH before and after line `at`. */
function visibleNeighbours(lines: Lines, at: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let i = at + step; i >= 0 && i < lines.count && seen < REACH; i += step) {
      if (lines.firstCode(i) < 0) continue;
      found.push(i);
      seen++;
    }
  }
  return found;
}

function absorbBlankLines(lines: Lines, furniture: Uint8Array): void {
  for (let i = 0; i < lines.count; i++) {
    if (furniture[i] !== 1) continue;
    for (let j = i - 1; j >= 0 && lines.firstCode(j) < 0 && furniture[j] === 0; j--) furniture[j] = 2;
    for (let j = i + 1; j < lines.count && lines.firstCode(j) < 0; j++) furniture[j] = 2;
  }
}
