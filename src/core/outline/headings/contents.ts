import type { Lines } from '../lines';

/**
 * Titles listed with page numbers (`Findings and Next Steps … 37`), as a contents page reads once a
 * converter has dropped its leaders and tabs; an entry wrapped over lines is joined. Used only to
 * confirm headings found in the body, never to make them. An entry set as a bullet (`- Secret
 * loyalties 5`) is a section listed under the entry before it: it goes into `nested`, not the result.
 */
export function findPageListedTitles(lines: Lines, nested?: string[]): string[] {
  const entries: { line: number; title: string; nested: boolean }[] = [];
  let pending = '';
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) {
      pending = '';
      continue;
    }
    const text = lines.text(i).trim();
    const m = isDigit(lines.lastCode(i)) ? PAGE_LISTED.exec(text) : null;
    if (m) {
      const bullet = NESTED_ENTRY.exec(m[1]);
      entries.push({ line: i, title: `${pending}${bullet ? m[1].slice(bullet[0].length) : m[1]}`, nested: bullet !== null });
      pending = '';
    } else {
      pending = text.length <= LONGEST_ENTRY_LINE ? `${pending}${text} ` : '';
    }
  }
  // An entry stands among others: a lone sentence ending with a number is not a contents page.
  const listed = entries.filter((_, k) => neighbours(entries, k) >= 2);
  nested?.push(...listed.filter(e => e.nested).map(e => e.title));
  return listed.filter(e => !e.nested).map(e => e.title);
}

/** A bullet before an entry's title: `- `, `• `, `* `. */
const NESTED_ENTRY = /^[-*•・]\s+/;

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
