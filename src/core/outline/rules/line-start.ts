/**
 * The UTF-16 code of the first character that is not white space, or -1 for a blank line (of
 * `text`, or of its part [start, end)). Rules test it on every line: a number costs nothing, a
 * one-character string is allocated. The outline knows it for each line, so rules take it as an
 * optional second argument.
 */
export function firstVisibleCode(text: string, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) return code;
  }
  return -1;
}

/** The UTF-16 code of the last character that is not white space, or -1 for a blank line (or part). */
export function lastVisibleCode(text: string, start = 0, end = text.length): number {
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) return code;
  }
  return -1;
}

/** The length of `text.trim()`, without making the trimmed copy. */
export function visibleLength(text: string): number {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** `<`: what an HTML tag, a comment or an autolink starts with. */
export const LESS_THAN = 0x3c;
/** U+3000, which opens a Japanese paragraph. */
export const IDEOGRAPHIC_SPACE = 0x3000;
/** `。`, which ends a Japanese sentence. */
export const IDEOGRAPHIC_FULL_STOP = 0x3002;

/** A set of characters as a table over the range of their codes: rules test one on every line. */
export class CodeSet {
  private readonly low: number;
  private readonly table: Uint8Array;

  constructor(chars: string) {
    const codes = [...chars].map(c => c.charCodeAt(0));
    this.low = Math.min(...codes);
    this.table = new Uint8Array(Math.max(...codes) - this.low + 1);
    for (const code of codes) this.table[code - this.low] = 1;
  }

  has(code: number): boolean {
    const at = code - this.low;
    return at >= 0 && at < this.table.length && this.table[at] === 1; // a read out of bounds is slow
  }
}

/** The codes of a string's characters, for quick membership tests. */
export function codesOf(chars: string): CodeSet {
  return new CodeSet(chars);
}

/** The last characters of a sentence or a lead-in: a line that ends with one wraps nothing onto the next. */
export const SENTENCE_OR_LEAD_IN_ENDS = codesOf('。．.!?！？:：');

/** A to Z or a to z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** 0 to 9, ASCII or full width. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A to Z. */
export function isUpperCaseLetter(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** a to z. */
export function isLowerCaseLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** What `\s` matches, so that a rule's quick test and its expression agree. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** Set in capitals: a word of three capitals at least, and no lower-case letter (`2. ENERGY SECURITY`, `EXECUTIVE SUMMARY`). */
export function writtenInCapitals(text: string): boolean {
  return CAPITALS_WORD.test(text) && !LOWER_CASE_LETTER.test(text);
}

const CAPITALS_WORD = /[A-Z]{3}/;
const LOWER_CASE_LETTER = /[a-z]/;
