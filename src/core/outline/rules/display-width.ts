import { isSpace } from './line-start';

/**
 * How far right a line reaches on the page it was printed on: text extracted with its layout
 * (`pdftotext -layout`) sets a full-width character (kana, kanji, full-width forms) in two
 * columns and any other in one.
 */
export function endColumn(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return columnWidth(text, end);
}

/** How many columns the text's first `end` characters take, a wide character two. */
export function columnWidth(text: string, end = text.length): number {
  let column = 0;
  for (let i = 0; i < end; i++) column += isWide(text.charCodeAt(i)) ? 2 : 1;
  return column;
}

/** Hangul, CJK and kana, and the full-width forms: the East Asian wide characters that policy texts use. */
function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
}
