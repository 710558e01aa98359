import type { Lines } from '../lines';
import { readTitleNumber } from './numbering';
import { isPageNumber } from '../rules/noise';
import { isCaptionStart } from '../rules/caption';

/**
 * Titles listed with page numbers (`Findings and Next Steps … 37`), as a contents page reads once a
 * converter has dropped its leaders and tabs; an entry wrapped over lines is joined. Used only to
 * confirm headings found in the body, never to make them; the front matter's pages may be numbered
 * in Roman numerals (`Summary ........ iv`). An entry the contents sets under another (a bullet, `- Secret
 * loyalties 5`, or, where no entry is a bullet, indented deeper than the least indented entry,
 * `**Part 2: Levers** 10` over ` Oversight 11`) is a section: it goes into `nested`, not the
 * result. Bold tells nothing: converters keep it on some entries of a level and not on others.
 * A contents lists its pages in order, starting again only where its list of tables or figures
 * begins: lines whose numbers go down as often as not (`Banks 51` over `of which D-SIBs 7`, a
 * table's rows once a converter dropped its cells) are no contents page.
 */
export function findPageListedTitles(lines: Lines, nested?: string[]): string[] {
  const entries: ListedEntry[] = [];
  // The first of the short lines before the line read, which an entry wrapped over them begins
  // with: their text is joined only when an entry ends there (most lines end no entry).
  let pendingFrom = -1;
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) {
      pendingFrom = -1;
      continue;
    }
    const last = lines.lastCode(i);
    const mayList = isDigit(last) || ROMAN_ENDS.has(last);
    const raw = mayList || lines.end(i) - lines.start(i) > LONGEST_ENTRY_LINE ? lines.text(i) : undefined;
    const m = raw === undefined ? null : isDigit(last) ? PAGE_LISTED.exec(raw.trim()) : mayList ? ROMAN_PAGE_LISTED.exec(raw.trim()) : null;
    // A page's footer (`PAGE | 3`) is no entry, nor is a list of figures' (`Figure 1.1 Total supply … 5`): it names captions.
    if (m && !isPageNumber(raw!.trim()) && !isCaptionStart(m[1])) {
      const bullet = NESTED_ENTRY.exec(m[1]);
      const title = `${pendingText(lines, pendingFrom, i)}${bullet ? m[1].slice(bullet[0].length) : m[1]}`;
      entries.push({ line: i, title, bullet: bullet !== null, indent: raw!.length - raw!.trimStart().length, page: isDigit(last) ? pageNumber(raw!) : undefined });
      pendingFrom = -1;
    } else if (raw === undefined || raw.trim().length <= LONGEST_ENTRY_LINE) {
      if (pendingFrom < 0) pendingFrom = i;
    } else pendingFrom = -1;
  }
  // An entry stands among others: a lone sentence ending with a number is not a contents page.
  const listed = inPageOrder(entries.filter((_, k) => neighbours(entries, k) >= 2));
  // Where some entries are bullets, they are the nested ones, and an indented line goes on with a
  // bullet's list as Markdown reads it; elsewhere, the deeper indented entries are.
  const bullets = listed.some(e => e.bullet);
  const least = Math.min(...listed.map(e => e.indent));
  const under = numberedUnderAnother(listed.map(e => e.title));
  const isNested = (e: ListedEntry) => (bullets ? e.bullet : e.indent > least) || under.has(e.title);
  nested?.push(...listed.filter(isNested).map(e => e.title));
  return listed.filter(e => !isNested(e)).map(e => e.title);
}

/** The entries of each run (entries within ENTRY_REACH lines of the one before) whose page numbers seldom go down. */
function inPageOrder(entries: ListedEntry[]): ListedEntry[] {
  const kept: ListedEntry[] = [];
  let run: ListedEntry[] = [];
  const close = () => {
    const down = run.filter((e, k) => k > 0 && e.page !== undefined && run[k - 1].page !== undefined && e.page < run[k - 1].page!).length;
    if (down * MOST_PAGES_BACK <= run.length) kept.push(...run);
    run = [];
  };
  for (const entry of entries) {
    if (run.length && entry.line - run[run.length - 1].line > ENTRY_REACH) close();
    run.push(entry);
  }
  close();
  return kept;
}

/** A contents' pages go back at most once in this many entries (its list of tables, then of figures, starts again). */
const MOST_PAGES_BACK = 4;

/** The page number at a contents line's end. */
function pageNumber(text: string): number {
  return Number(PAGE_AT_END.exec(text)![0]);
}
const PAGE_AT_END = /[0-9]+(?=\s*$)/;

/** The lines [from, to) trimmed, each followed by a space (from < 0: none). */
function pendingText(lines: Lines, from: number, to: number): string {
  if (from < 0) return '';
  let text = '';
  for (let j = from; j < to; j++) text += `${lines.text(j).trim()} `;
  return text;
}

interface ListedEntry {
  line: number;
  title: string;
  bullet: boolean;
  indent: number;
  /** The page it lists, where written in Arabic numerals. */
  page?: number;
}

/**
 * The contents' titles that are entries of their own; those it sets as bullets under another
 * (`- Methods`) go into `nested`, without their bullet, and so do those its numbering sets under
 * another (`4.1 Local priorities` after `4. Feedback`, where a converter lost the entries' indentation).
 */
export function entriesOfTheirOwn(titles: readonly string[], nested: string[]): string[] {
  // A contents that is a bulleted list throughout (`## On this page` over `* Introduction`, a web
  // page's) sets nothing under anything by its bullets: its entries are those not set in under
  // another (`nested` already holds those, `    - [Background](#hd3a)` under `- [Introduction](#hd2a)`).
  if (titles.length && titles.every(title => NESTED_ENTRY.test(title))) {
    const inner = new Set(nested);
    return titles.filter(title => !inner.has(title)).map(title => title.replace(NESTED_ENTRY, ''));
  }
  const own: string[] = [];
  const under = numberedUnderAnother(titles);
  for (const title of titles) {
    const bullet = NESTED_ENTRY.exec(title);
    if (bullet) nested.push(title.slice(bullet[0].length));
    else if (under.has(title)) nested.push(title);
    else own.push(title);
  }
  return own;
}

/** The titles numbered under an entry listed before them (`4.1 …` after `4. …`), whatever their indentation. */
function numberedUnderAnother(titles: readonly string[]): Set<string> {
  const under = new Set<string>();
  const tops = new Set<string>();
  for (const title of titles) {
    const number = readTitleNumber(title);
    if (!number) continue;
    const top = `${number.family} ${number.path[0]}`;
    if (number.path.length === 1) tops.add(top);
    else if (tops.has(top)) under.add(title);
  }
  return under;
}

/** A bullet before an entry's title: `- `, `• `, `* `, `+ `. */
export const NESTED_ENTRY = /^[-*+•・]\s+/;

/** `Summary ........ iv`: the front matter's pages are numbered in small Roman numerals, after a leader. */
const ROMAN_PAGE_LISTED = /^([^#|>].*?\S)[ \t]*[.…·]{2,}[ \t]*[ivxl]{1,6}$/;
const ROMAN_ENDS = new Set([0x69, 0x76, 0x78, 0x6c]);
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
