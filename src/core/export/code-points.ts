import { codePointCount } from '../text/line-index';

/**
 * W3C TextPositionSelector counts code points from the start of the text; the core works in
 * UTF-16 offsets. These convert between the two (a character outside the BMP is one code
 * point and two UTF-16 units).
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  return codePointCount(text, 0, Math.max(0, Math.min(utf16Offset, text.length)));
}

/** The UTF-16 offset of a code-point offset, clamped to the text. */
export function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let i = 0; i < codePoints && offset < text.length; i++) {
    const c = text.charCodeAt(offset);
    offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < text.length ? 2 : 1;
  }
  return offset;
}
