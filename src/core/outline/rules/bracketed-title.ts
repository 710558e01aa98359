/**
 * `【今後の方向性】`, `［取組内容］`: a title in lenticular or full-width square brackets alone on its
 * line, as Japanese councils' reports and plans head the parts of a section (`【現状】` over its
 * text, `【取組内容】` over a measure's bullets).
 */
export function isBracketedTitle(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  return (first === LENTICULAR_OPEN || first === FULL_WIDTH_SQUARE_OPEN) && BRACKETED_TITLE.test(text);
}

const BRACKETED_TITLE = /^\s*(?:【[^】]{1,30}】|［[^］]{1,30}］)\s*$/;
const LENTICULAR_OPEN = 0x3010;
const FULL_WIDTH_SQUARE_OPEN = 0xff3b;
