/**
 * `┌──────┐`, `│提言１ …│`, `└──────┘`: a box drawn with box-drawing characters, as word
 * processors' ruled frames come out of PDFs and plain-text exports (associations' and councils'
 * proposals set each one in a frame). Its rules hold no text; its side bars are no part of it.
 */
export function isBoxRule(text: string): boolean {
  return BOX_RULE.test(text);
}

/** The line's text without the box's side bars at its ends. */
export function withoutBoxBars(text: string): string {
  return BOX_BAR_START.test(text) || BOX_BAR_END.test(text) ? text.replace(BOX_BAR_START, '').replace(BOX_BAR_END, '') : text;
}

/** A box's side bar (`│`, `┃`, `║`), as a line inside the box starts. */
export function isBoxBar(code: number): boolean {
  return code === 0x2502 || code === 0x2503 || code === 0x2551;
}

/** Box-drawing characters lie in U+2500–U+257F. */
export function isBoxDrawing(code: number): boolean {
  return code >= 0x2500 && code <= 0x257f;
}

const BOX_RULE = /^[\s\u3000]*[\u2500-\u257f][\u2500-\u257f\s\u3000]*$/;
const BOX_BAR_START = /^[\s\u3000]*[│┃║][\s\u3000]?/;
const BOX_BAR_END = /[\s\u3000]*[│┃║][\s\u3000]*$/;
