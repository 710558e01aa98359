/**
 * `The agency concurred with Recommendations 1 and 2 and partially concurred with` over
 * `Recommendation  3.  Below we summarize …`: in English text wrapped by the width of a page, a
 * line that stops at an article, a preposition or a conjunction goes on into the next, whatever
 * the next line starts with. No title, list item or sentence ends with one of these words.
 */
export function endsMidPhrase(text: string): boolean {
  const last = LAST_WORD.exec(text);
  return last !== null && JOINING_WORDS.has(last[1]);
}

const LAST_WORD = /(?:^|\s)([a-z]+)\s*$/;
/** Words that join what comes before them to what comes after. */
const JOINING_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'nor', 'but', 'for', 'with', 'from', 'into', 'by', 'to', 'in', 'on', 'at', 'under']);
