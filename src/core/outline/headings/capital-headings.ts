import { boldLineText } from './candidates';
import { firstVisibleLine, isBlankLine } from '../line-context';
import type { Lines } from '../lines';
import { endsWithNumber, isRecommendationHeading } from '../rules/recommendation-heading';
import { isOperativeClause } from '../rules/enacting-clause';

/**
 * `THE PROBLEM`, `RECOMMENDATIONS`: English briefs and reports printed from PDFs often mark their
 * top-level headings only by capitals, on a line of their own between blank lines. Used only where
 * no numbering gave chapters. The text's first line is its title, not a chapter; one such line
 * alone is no evidence (a banner, a motto), so at least two are needed.
 */
export function findCapitalHeadings(lines: Lines, skip: (i: number) => boolean): number[] {
  const found: number[] = [];
  let first = 0;
  while (first < lines.count && lines.firstCode(first) < 0) first++;
  for (let i = first + 1; i < lines.count; i++) {
    const code = lines.firstCode(i);
    if (code < CAPITAL_A || code > CAPITAL_Z || skip(i)) continue;
    if (!isBlankLine(lines, i - 1) || !isBlankLine(lines, i + 1)) continue;
    const text = lines.text(i).trim();
    // `THE COUNCIL OF THE EUROPEAN UNION,`: the body that acts, before its clauses; a comma goes on.
    // `FILE:        TIC-25-031`: a memo's header field, its value aligned after the name.
    if (isCapitalTitle(text) && !text.endsWith(',') && !isOperativeClause(text) && !HEADER_FIELD.test(text)) found.push(i);
  }
  return found.length >= MINIMUM_HEADINGS ? found : [];
}

/** Capitals, digits, spaces and the punctuation of titles; three capitals at least; not a sentence. */
export function isCapitalTitle(title: string): boolean {
  if (title.length < 3 || title.length > LONGEST_TITLE || /[.。]$/.test(title)) return false;
  if (!/^[A-Z0-9 &,:;'’()/\-–—]+$/.test(title)) return false;
  // A case or file number (`COR 2022 004517`) is mostly digits: no title.
  const letters = title.match(/[A-Z]/g)?.length ?? 0;
  return letters >= 3 && letters > (title.match(/[0-9]/g)?.length ?? 0);
}

/** `FILE:        TIC-25-031 / 8350-20`: a field's name, a colon, and its value set apart. */
const HEADER_FIELD = /^[A-Z][A-Z ]{0,20}:(?:\s{2,}|\t)\S/;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const LONGEST_TITLE = 60;
const MINIMUM_HEADINGS = 2;

/**
 * `**Introduction**`, `__What we found__`: documents converted from Word without heading styles
 * (Markdown exports, pasted web pages) mark their headings as a bold line of their own between
 * blank lines. Used only where neither numbering nor capitals gave chapters; the first such line at
 * the text's opening is its title, and at least two more are needed. Returns each line with its
 * title, the bold markers taken off.
 */
export function findBoldHeadings(lines: Lines, skip: (i: number) => boolean): { line: number; title: string; opening: boolean }[] {
  const found: { line: number; title: string; opening: boolean }[] = [];
  const first = Math.max(0, firstVisibleLine(lines));
  for (let i = first; i < lines.count; i++) {
    const code = lines.firstCode(i);
    if ((code !== ASTERISK && code !== UNDERSCORE) || skip(i)) continue;
    if (!isBlankLine(lines, i - 1) || !isBlankLine(lines, i + 1)) continue;
    const title = boldLineText(lines.text(i));
    // Emphasis inside (`**a** and **b**`) makes it no title of its own.
    // `**Recommendation 1**` over its text states one recommendation, as guidelines set theirs: no chapter.
    if (title && title.length <= LONGEST_TITLE && !/[*_]/.test(title) && !/[.。:：]$/.test(title) && !isNumberedRecommendation(title)) found.push({ line: i, title, opening: i === first });
  }
  return found.filter(h => !h.opening).length >= MINIMUM_HEADINGS ? found : [];
}

/** `Recommendation 1`: a numbered label alone, which states one recommendation over its text, no chapter. */
export function isNumberedRecommendation(title: string): boolean {
  return endsWithNumber(title) && isRecommendationHeading(title);
}

const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
