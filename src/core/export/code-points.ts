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

/**
 * `codePointOffset` for many offsets into one text: a table made in one pass (none when the text
 * has no character outside the BMP), so that each annotation costs a look-up, not a count.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const clamp = (offset: number) => Math.max(0, Math.min(offset, text.length));
  if (!/[\uD800-\uDBFF]/.test(text)) return clamp;
  // table[o] counts the code points that start before UTF-16 offset o, as codePointCount does.
  const table = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    table[i + 1] = ++count;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) table[++i + 1] = count;
  }
  return offset => table[clamp(offset)];
}
