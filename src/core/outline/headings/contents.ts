import type { Lines } from '../lines';

/**
 * Titles listed with page numbers (`Findings and Next Steps … 37`), as a contents page reads once a
 * converter has dropped its leaders and tabs; an entry wrapped over lines is joined. Used only to
 * confirm headings found in the body, never to make them.
 */
export function findPageListedTitles(lines: Lines): string[] {
  const entries: { line: number; title: string }[] = [];
  let pending = '';
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) {
      pending = '';
      continue;
    }
    const text = lines.text(i).trim();
    const m = isDigit(lines.lastCode(i)) ? PAGE_LISTED.exec(text) : null;
    if (m) {
      entries.push({ line: i, title: `${pending}${m[1]}` });
      pending = '';
    } else {
      pending = text.length <= LONGEST_ENTRY_LINE ? `${pending}${text} ` : '';
    }
  }
  // An entry stands among others: a lone sentence ending with a number is not a contents page.
  return entries.filter((_, k) => neighbours(entries, k) >= 2).map(e => e.title);
}

/** The title, then its page number after white space or a leader of dots (`Findings . 12`, `Findings …… 12`, `Findings .12`). */
const PAGE_LISTED = /^([^#|>].*?\S)(?:[ \t]+\.?|[ \t]*[.…·]{2,})[ \t]*[0-9]{1,3}$/;
const LONGEST_ENTRY_LINE = 100;
/** How many lines apart entries of one contents page lie at most. */
const ENTRY_REACH = 6;

function neighbours(entries: { line: number }[], k: number): number {
  let count = 0;
  for (let j = k - 2; j <= k + 2; j++) {
    if (j !== k && j >= 0 && j < entries.length && Math.abs(entries[j].line - entries[k].line) <= ENTRY_REACH) count++;
  }
  return count;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
