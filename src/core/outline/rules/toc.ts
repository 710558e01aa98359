/** `第1章 …<TAB>4`, `理事長メッセージ 1`, `Introduction ........ 3`: a table-of-contents entry. */
export function isTocEntry(text: string): boolean {
  if (!endsWithDigit(text)) return false;
  return /\t\s*[0-9０-９]{1,3}\s*$/.test(text) || /(…{2,}|\.{4,}|・{4,})\s*[0-9０-９]{1,3}\s*$/.test(text);
}

/** The entry's title without the page number. */
export function tocTitle(text: string): string {
  return text.replace(/[\t\s]*(…+|\.{4,}|・{4,})?[\t\s]*[0-9０-９]{1,3}\s*$/, '').trim();
}

export function isTocHeading(text: string): boolean {
  return /^\s*(目\s*次|Contents|Table of Contents)\s*$/i.test(text);
}

function endsWithDigit(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '　')) i--;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
