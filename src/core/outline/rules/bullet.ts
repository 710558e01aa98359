import { codesOf, firstVisibleCode, isAsciiLetter, isDigit, isSpace } from './line-start';

export interface Bullet {
  marker: string;
  text: string;
  /** Where the text starts in the line, after the marker. */
  offset: number;
  /** The text is a whole title (a bold number and title alone on its line): the lines under it are its body. */
  titled?: boolean;
}

/**
 * A list item line: its marker and its text. Markers: ・ • ⚫ ● ▪ - * –; 1. 1) 1．; #.; ① … ⑳; (1) （１）;
 * ア イ … followed by a space or a stop, (ア) （イ）; (a) (B) (iv).
 * Read character by character rather than with a regular expression: it runs on most lines of a
 * list-heavy text, and the match arrays were a good share of the outline's garbage. The rule is
 * `^\s*([-・•⚫▪*–]|[0-9０-９]{1,2}[.)．）](?=\s|\S)|[①-⑳]|[（(]([0-9０-９]{1,2}|[A-Za-z]|[ivx]{2,4})[)）])\s*(\S.*)$`.
 */
export function matchBullet(text: string, first = firstVisibleCode(text)): Bullet | undefined {
  const offset = bulletTextStart(text, first);
  return offset < 0 ? undefined : bulletAt(text, offset);
}

/** The list item of a line whose text starts at `offset`, as `bulletTextStart` found it. */
export function bulletAt(text: string, offset: number): Bullet {
  let start = 0;
  while (isSpace(text.charCodeAt(start))) start++;
  let textEnd = text.length;
  while (isSpace(text.charCodeAt(textEnd - 1))) textEnd--;
  return { marker: text.slice(start, markerEnd(text, start)), text: text.slice(offset, textEnd), offset };
}

/**
 * Where the text of a list item line starts, after its marker, or -1 when the line is no list
 * item: `matchBullet` without making anything, for the lines that only need to know.
 */
export function bulletTextStart(text: string, first = firstVisibleCode(text)): number {
  return oneLineTextStart(text, markedTextStart(text, first));
}

/** `markedTextStart`'s answer kept when the text after the marker is one line (what `.` matches), else -1. */
export function oneLineTextStart(text: string, markedStart: number): number {
  return markedStart >= 0 && !hasLineBreak(text, markedStart) ? markedStart : -1;
}

/**
 * `bulletTextStart` without reading the rest of the line for a line break: where the text after
 * a list marker starts, or -1. A caller that rules most items out by the text's first character
 * reads the rest only for the few it keeps.
 */
export function markedTextStart(text: string, first = firstVisibleCode(text)): number {
  if (!mayStartBullet(first)) return -1;
  let start = 0;
  while (isSpace(text.charCodeAt(start))) start++;
  const end = markerEnd(text, start);
  if (end < 0) return -1;
  let offset = end;
  while (offset < text.length && isSpace(text.charCodeAt(offset))) offset++;
  // The text is at least one visible character.
  if (offset === text.length) return -1;
  // `1.5倍` or `2.` followed by a digit is a number, not a list marker.
  if (isDigit(first) && isDigit(text.charCodeAt(offset))) return -1;
  // `*emphasis*`, `-5%`: an ASCII mark is a list marker only when a space follows it.
  if (ASCII_MARKS.has(first) && !isSpace(text.charCodeAt(start + 1))) return -1;
  return offset;
}

/** Where the list marker at `at` ends, or -1 when none starts there. */
function markerEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (SINGLE_MARKS.has(code) || isCircledNumber(code)) return at + 1;
  if (code === 0x28 /* ( */ || code === 0xff08 /* （ */) {
    // (1), （ア）, and (a), (iv) as English acts, committees and lawyers letter a list's items
    const inside = text.charCodeAt(at + 1);
    const numberEnd = isKatakanaNumeral(inside) ? at + 2 : isAsciiLetter(inside) ? endOfLetters(text, at + 1) : endOfDigits(text, at + 1);
    return numberEnd > at + 1 && CLOSING_PARENS.has(text.charCodeAt(numberEnd)) ? numberEnd + 1 : -1;
  }
  // ア イ ウ … numbering the items inside a council's or ministry's (1): a separator must follow.
  if (isKatakanaNumeral(code)) {
    const next = text.charCodeAt(at + 1);
    return KATAKANA_SEPARATORS.has(next) ? at + 2 : isSpace(next) ? at + 1 : -1;
  }
  // `#.`: an item reStructuredText numbers itself.
  if (code === HASH) return text.charCodeAt(at + 1) === 0x2e /* . */ && isSpace(text.charCodeAt(at + 2)) ? at + 2 : -1;
  const digitsEnd = endOfDigits(text, at);
  // `1.`, `1)`, `1．`: something must follow the closing mark.
  return digitsEnd > at && NUMBER_CLOSERS.has(text.charCodeAt(digitsEnd)) && digitsEnd + 1 < text.length ? digitsEnd + 1 : -1;
}

/** The end of one letter (`a`, `B`) or a small Roman numeral in lower case (`iv`) from `at`, or `at` when neither. */
function endOfLetters(text: string, at: number): number {
  let end = at;
  while (end < at + MOST_ROMAN_LETTERS && ROMAN_LETTERS.has(text.charCodeAt(end))) end++;
  if (end > at + 1) return end;
  return isAsciiLetter(text.charCodeAt(at)) ? at + 1 : at;
}

const ROMAN_LETTERS = codesOf('ivx');
const MOST_ROMAN_LETTERS = 4;


/** The end of at most two digits from `at`: a list number, not a year or a quantity. */
function endOfDigits(text: string, at: number): number {
  let end = at;
  while (end < at + 2 && isDigit(text.charCodeAt(end))) end++;
  return end;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

function hasLineBreak(text: string, from: number): boolean {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.test(text);
}

/**
 * Marks that stand alone before an item's text. The private-use characters U+F020-U+F0FF are
 * the glyphs of the Symbol and Wingdings fonts (\uf0b7, \uf0a7, \uf0d8, \uf06c, \uf09f …) as text
 * extracted from PDFs gives them: Word's bullets, each list level its own glyph. No text is
 * written in them.
 */
const SYMBOL_FONT_GLYPHS = String.fromCharCode(...Array.from({ length: 0xe0 }, (_, k) => 0xf020 + k));
const SINGLE_MARK_CHARS = `-・•⚫▪*–${SYMBOL_FONT_GLYPHS}`;
const SINGLE_MARKS = codesOf(SINGLE_MARK_CHARS);
const ASCII_MARKS = codesOf('-*–');
const CLOSING_PARENS = codesOf(')）');
const NUMBER_CLOSERS = codesOf('.)．）');
const MARK_CHARS = `${SINGLE_MARK_CHARS}（(#`;
const HASH = 0x23;
const MARKS = codesOf(MARK_CHARS);
/** The first twenty kana of the syllabary order (アイウエオ…ト), as Japanese official documents number items with them. */
const KATAKANA_NUMERALS = 'アイウエオカキクケコサシスセソタチツテト';
const KATAKANA_NUMERAL_CODES = codesOf(KATAKANA_NUMERALS);
const KATAKANA_SEPARATORS = codesOf('．.、)）');

/** What a list item can start with: a mark, a digit (`1.`, `1)`), a circled number or a kana numeral. */
export const BULLET_STARTS = `${MARK_CHARS}0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳${KATAKANA_NUMERALS}`;

/** The characters a list marker can start with: most lines are ruled out without reading on. */
function mayStartBullet(code: number): boolean {
  return MARKS.has(code) || isDigit(code) || isCircledNumber(code) || isKatakanaNumeral(code);
}

function isKatakanaNumeral(code: number): boolean {
  return KATAKANA_NUMERAL_CODES.has(code);
}

/** ① … ⑳ */
export function isCircledNumber(code: number): boolean {
  return code >= 0x2460 && code <= 0x2473;
}
