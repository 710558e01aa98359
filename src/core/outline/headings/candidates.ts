import type { Lines } from '../lines';
import { CodeSet } from '../rules/line-start';
import { NUMBERING_SCHEMES, type Numbering, type NumberingScheme } from './numbering';
import type { LiteralPattern } from './patterns';

/** A numbered line shaped like a heading; whether it is one depends on its sequence. */
export interface Candidate extends Numbering {
  line: number;
  /** The whole line, trimmed: the heading's title as shown. */
  text: string;
  /** The title after the number, white space folded: to find it again elsewhere. */
  key: string;
}

export interface CandidateScan {
  /** Lines not to read (contents, page furniture, Markdown headings handled elsewhere). */
  skip(i: number): boolean;
  /** Plain `1.` and `1)` lines are Markdown list items, never headings, in a Markdown file. */
  markdown: boolean;
  patterns: readonly LiteralPattern[];
}

/** Schemes by the first character of their lines: the dispatch comes from each scheme's `starts`. */
const SCHEMES_BY_START = new Map<number, NumberingScheme[]>();
for (const scheme of NUMBERING_SCHEMES) {
  for (const c of scheme.starts) {
    const code = c.charCodeAt(0);
    SCHEMES_BY_START.set(code, [...(SCHEMES_BY_START.get(code) ?? []), scheme]);
  }
}
const NUMBERING_STARTS = new CodeSet(NUMBERING_SCHEMES.map(s => s.starts).join(''));

/** Schemes that Markdown reads as list markers when they start a plain line. */
const MARKDOWN_LIST_FAMILIES = new Set(['dotted', 'right-paren']);

/** Every numbered line of the text that could be a heading by its shape and surroundings. */
export function findCandidates(lines: Lines, scan: CandidateScan): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first < 0 || scan.skip(i)) continue;
    const patterned = scan.patterns.length > 0 && scan.patterns.some(p => p.startsWith(first));
    if (!patterned && !NUMBERING_STARTS.has(first)) continue;
    const text = lines.text(i);
    const numbering = readNumbering(text, first, scan.patterns);
    if (!numbering || (scan.markdown && MARKDOWN_LIST_FAMILIES.has(numbering.family) && /^\s*[0-9]/.test(text))) continue;
    const title = text.slice(numbering.titleStart).trim();
    if (!isTitleShaped(title)) continue;
    found.push({ ...numbering, line: i, text: text.trim(), key: fold(title) });
  }
  return found;
}

function readNumbering(text: string, first: number, patterns: readonly LiteralPattern[]): Numbering | undefined {
  let column = 0;
  while (text.charCodeAt(column) !== first) column++;
  for (const pattern of patterns) {
    const read = pattern.read(text, column);
    if (read) return read;
  }
  for (const scheme of SCHEMES_BY_START.get(first) ?? []) {
    const read = scheme.read(text, column);
    if (read) return read;
  }
  return undefined;
}

/** Longest heading title: Japanese titles are shorter than English ones for the same content. */
const LONGEST_TITLE = { cjk: 60, other: 100 };

/** A title, not a sentence or a list item's text: short, no closing punctuation, not lower case. */
export function isTitleShaped(title: string): boolean {
  if (!title) return false;
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/.test(title);
  if (title.length > (cjk ? LONGEST_TITLE.cjk : LONGEST_TITLE.other)) return false;
  // A colon or a comma may end the first line of a wrapped title; a full stop ends a sentence.
  if (/[。．.;；]$/.test(title)) return false;
  return !/^[a-z]/.test(title);
}

export function fold(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
