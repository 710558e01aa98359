/**
 * `成果①：新しい知見`, `課題② 人材の確保`, `Outcome ③: …`: a short word numbered by a circled
 * numeral, naming one of the results, issues or tasks a research programme's report itemises.
 * It can start with any character (the word is the report's own), so it is tried only in reports,
 * where every line is offered to the structure rules. A circled numeral after a longer run of text
 * (`…の要素は、①…`) is an enumeration inside a sentence, not such an item.
 */
export function matchNumberedResult(text: string): string | undefined {
  const m = NUMBERED_RESULT.exec(text);
  if (!m) return undefined;
  const title = text.trim();
  return title.length <= LONGEST_RESULT && !/[。．]$/.test(title) ? title : undefined;
}

/** Up to eight characters of a word without spaces or punctuation, then ① to ⑳, then a colon, a space or the end. */
const NUMBERED_RESULT = /^\s*[^\s\p{P}①-⑳0-9０-９]{1,8}[①-⑳](?:\s*[：:]|\s|$)/u;
/** Longer than this, the line is a paragraph that happens to start so. */
const LONGEST_RESULT = 60;
