import { codesOf, firstVisibleCode } from './line-start';

export interface Bullet {
  marker: string;
  text: string;
  /** Where the text starts in the line, after the marker. */
  offset: number;
}

// ・ • ⚫ ● ▪ - * – ; 1. 1) 1．; ① … ⑳; (1) （１）
const BULLET = /^\s*([-・•⚫▪*–]|[0-9０-９]{1,2}[.)．）](?=\s|\S)|[①-⑳]|[（(][0-9０-９]{1,2}[)）])\s*(\S.*)$/;

/** A list item line: its marker and its text. */
export function matchBullet(text: string, first = firstVisibleCode(text)): Bullet | undefined {
  if (!mayStartBullet(first)) return undefined;
  const m = BULLET.exec(text);
  if (!m) return undefined;
  // `1.5倍` or `2.` followed by a digit is a number, not a list marker.
  if (/^[0-9０-９]/.test(m[1]) && /^[0-9０-９]/.test(m[2])) return undefined;
  // `*emphasis*`, `-5%`: an ASCII mark is a list marker only when a space follows it.
  if (ASCII_MARKS.has(m[1]) && !/\s/.test(text.charAt(text.indexOf(m[1]) + 1))) return undefined;
  return { marker: m[1], text: m[2].trim(), offset: text.length - m[2].length };
}

const ASCII_MARKS = new Set(['-', '*', '–']);
const MARKS = codesOf('-・•⚫▪*–（(');

/** The characters a list marker can start with: most lines are ruled out without the expression. */
function mayStartBullet(code: number): boolean {
  return MARKS.has(code) || (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || (code >= 0x2460 && code <= 0x2473);
}
