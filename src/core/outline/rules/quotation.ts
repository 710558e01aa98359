/**
 * Whether text closes a Japanese quotation (`」`, `』`) that it did not open: the tail of a
 * sentence hard-wrapped after a cited title (`…規程「第３編` / `第２章 管理体制」にて、`),
 * as text extracted from a PDF breaks it. No heading's title does so. Two searches for a line
 * without a closing bracket, which is nearly every line.
 */
export function closesUnopenedQuote(text: string): boolean {
  if (text.indexOf('」') < 0 && text.indexOf('』') < 0) return false;
  let open = 0;
  for (const c of text) {
    if (c === '「' || c === '『') open++;
    else if (c === '」' || c === '』') {
      if (open === 0) return true;
      open--;
    }
  }
  return false;
}

/**
 * Whether text opens a Japanese quotation it does not close: a line as wide as the page that
 * does so is prose wrapped in the middle of a quotation (`２  …について、「制度本来の趣旨に沿った、`).
 */
export function leavesQuoteOpen(text: string): boolean {
  const last = Math.max(text.lastIndexOf('「'), text.lastIndexOf('『'));
  return last >= 0 && text.indexOf('」', last) < 0 && text.indexOf('』', last) < 0;
}
