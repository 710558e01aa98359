import { codesOf, firstVisibleCode, isAsciiLetter, isDigit, lastVisibleCode, visibleLength } from './line-start';

/** Where a photo credit can start: `（写真：…`, `写真：…`, `Photo: …`, `Credit: …`. */
const CREDIT_CHARS = '（(写pPcC';
const NOISE_STARTS = codesOf(CREDIT_CHARS);
const ENGLISH_CREDIT_STARTS = codesOf('pPcC');
const ASCII_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Page numbers (`12`, `- 12 -`, `Page 3 of 20`), photo credits, chart labels, URLs and breadcrumbs (`Home > …`). */
export const NOISE_STARTS_DECLARED = `0123456789０１２３４５６７８９-–－―—${CREDIT_CHARS}${ASCII_LETTERS}`;
const PERCENT = 0x25;
const FULL_WIDTH_PERCENT = 0xff05;

// Compiled once: a regular expression literal is a new object each time it is evaluated.
const URL_LINE = /^https?:\/\/\S+$/;
const BREADCRUMB = /^[A-Za-z]+\s*>\s*/;
/** `12`, `- 12 -`, `－ 12 －`, `12 / 40`: a page's number as PDFs print it. */
const PAGE_NUMBER = /^[-–－―—]?\s*[0-9０-９]{1,3}\s*(?:[/／]\s*[0-9０-９]{1,3}\s*)?[-–－―—]?$/;
/** `Page 3`, `Page 3 of 20`, `p. 3`, `PAGE | 3` (an agency's template): a page's number in words. */
const PAGE_IN_WORDS = /^(?:page|p\.)\s*(?:\|\s*)?[0-9]{1,4}(?:\s+of\s+[0-9]{1,4})?$/i;
/** The longest line that may be a page's number in words (`Page 999 of 9999`). */
const LONGEST_PAGE_IN_WORDS = 20;
const JAPANESE_CREDIT = /^[（(]?\s*写真\s*[:：]/;
const ENGLISH_CREDIT = /^(photo|credit)\s*:/i;
const PERCENTAGES = /^([0-9０-９.,]+\s*[%％]\s*)+$/;
const LABELLED_PERCENTAGE = /^\S{1,20}\s+[0-9.]+\s*[%％]$/;

/** Lines left over from PDFs and web pages that are never structure. */
export function isNoise(text: string, first = firstVisibleCode(text), last = lastVisibleCode(text)): boolean {
  // Each expression runs only on lines that start or end as it needs, and the line is trimmed
  // only for one: most lines are ruled out by their first and last characters.
  if (first < 0) return false;
  // Shortness tells only a page's number: a line is measured only when it starts as one can (`- 12 -`, `12`, `p. 3`).
  const short = mayStartPageNumber(first) && (text.length <= 9 || (text.length <= 40 && visibleLength(text) <= 9));
  const credit = mayBeCredit(text, first);
  const percent = last === PERCENT || last === FULL_WIDTH_PERCENT;
  const url = first === 0x68 /* h */;
  const breadcrumb = isAsciiLetter(first) && text.includes('>');
  const page = (first === 0x50 /* P */ || first === 0x70 /* p */) && text.length <= LONGEST_PAGE_IN_WORDS;
  if (!short && !credit && !percent && !url && !breadcrumb && !page) return false;
  const t = text.trim();
  return ((short || page) && isPageNumber(t))
    || (credit && isPhotoCredit(t))
    || (percent && isChartLabel(t))
    || (url && URL_LINE.test(t))
    || (breadcrumb && BREADCRUMB.test(t));
}

/** A credit starts with `photo` or `credit`, or holds `写真` after at most a parenthesis. */
function mayBeCredit(text: string, first: number): boolean {
  if (!NOISE_STARTS.has(first)) return false;
  return ENGLISH_CREDIT_STARTS.has(first) || text.includes('写真');
}

/** A digit, a dash or the p of `Page` / `p.`: what PAGE_NUMBER and PAGE_IN_WORDS start with. */
function mayStartPageNumber(first: number): boolean {
  return isDigit(first) || PAGE_NUMBER_DASHES.has(first) || first === 0x50 /* P */ || first === 0x70 /* p */;
}

const PAGE_NUMBER_DASHES = codesOf('-–－―—');

export function isPageNumber(t: string): boolean {
  return PAGE_NUMBER.test(t) || PAGE_IN_WORDS.test(t);
}

export function isPhotoCredit(t: string): boolean {
  return JAPANESE_CREDIT.test(t) || ENGLISH_CREDIT.test(t);
}

/** `42%`, `0% 20% 40%`, axis labels and percentages of charts. */
export function isChartLabel(t: string): boolean {
  return PERCENTAGES.test(t) || LABELLED_PERCENTAGE.test(t);
}


/** Whether the text ends with a percent sign (white space after it aside): a chart's value. */
export function endsWithPercent(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '　')) i--;
  return text[i] === '%' || text[i] === '％';
}
