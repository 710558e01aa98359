// Characters a structural line can start with (headings, marks, bullets, numbers, bylines,
// questions, 提言 headings, 第一に paragraphs, page numbers and URLs). A line that starts with
// anything else is running text: only continuation and prose rules apply to it, which keeps
// the outline close to the speed of reading the lines at all.
const STARTS = new Set([...'第#◆■◇□▼▶●-・•⚫▪*–【［[（(提政まご参関最出あ①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳']);

/** The first character that is not white space, or '' for a blank line. */
export function firstVisible(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '　') return c;
  }
  return '';
}

/** True when some rule other than continuation and prose could apply to a line starting so. */
export function mayBeStructure(first: string): boolean {
  if (STARTS.has(first)) return true;
  const code = first.charCodeAt(0);
  return code < 0x80 || (code >= 0xff10 && code <= 0xff19); // ASCII (English, digits, URLs) and full-width digits
}
