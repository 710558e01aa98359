import { codesOf, firstVisibleCode, lastVisibleCode, visibleLength } from './line-start';

/** Where a photo credit can start: `（写真：…`, `写真：…`, `Photo: …`, `Credit: …`. */
const CREDIT_CHARS = '（(写pPcC';
const NOISE_STARTS = codesOf(CREDIT_CHARS);
const ASCII_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Page numbers (`12`, `- 12 -`), photo credits, chart labels, URLs and breadcrumbs (`Home > …`). */
export const NOISE_STARTS_DECLARED = `0123456789０１２３４５６７８９-–${CREDIT_CHARS}${ASCII_LETTERS}`;
const PERCENT = 0x25;
const FULL_WIDTH_PERCENT = 0xff05;

/** Lines left over from PDFs and web pages that are never structure. */
export function isNoise(text: string, first = firstVisibleCode(text)): boolean {
  // Each expression runs only on lines that start or end as it needs: most lines are ruled out
  // by their first and last characters.
  if (first < 0) return false;
  const last = lastVisibleCode(text);
  const short = text.length <= 9 || (text.length <= 40 && visibleLength(text) <= 9);
  const mayBe = short || NOISE_STARTS.has(first) || last === PERCENT || last === FULL_WIDTH_PERCENT || isAsciiLetter(first);
  if (!mayBe) return false;
  const t = text.trim();
  return (short && isPageNumber(t))
    || (NOISE_STARTS.has(first) && isPhotoCredit(t))
    || ((last === PERCENT || last === FULL_WIDTH_PERCENT) && isChartLabel(t))
    || (first === 0x68 /* h */ && /^https?:\/\/\S+$/.test(t))
    || (isAsciiLetter(first) && t.includes('>') && /^[A-Za-z]+\s*>\s*/.test(t));
}

export function isPageNumber(t: string): boolean {
  return /^[-–]?\s*[0-9０-９]{1,3}\s*[-–]?$/.test(t);
}

export function isPhotoCredit(t: string): boolean {
  return /^[（(]?\s*写真\s*[:：]/.test(t) || /^(photo|credit)\s*:/i.test(t);
}

/** `42%`, `0% 20% 40%`, axis labels and percentages of charts. */
export function isChartLabel(t: string): boolean {
  return /^([0-9０-９.,]+\s*[%％]\s*)+$/.test(t) || /^\S{1,20}\s+[0-9.]+\s*[%％]$/.test(t);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
