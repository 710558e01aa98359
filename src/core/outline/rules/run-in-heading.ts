/**
 * `Sec. 2.  Policy and Principles.  It is the policy of …`, `Section 1.  Purpose.`, `SEC. 3.
 * DEFINITIONS.`: the run-in headings of legal and administrative instruments (executive and
 * mayor's orders, ordinances, regulations, bills). The section's title ends with a full stop, and
 * its text may run on after it on the same line; so do memoranda and directives after a plain
 * number or letter (`1. Purpose. This memorandum …`), where `titleCaseOnly` holds the title to
 * the shape of one. Returns the title with its stop, or undefined where the words after the
 * number are a sentence rather than a title.
 */
export function runInTitle(afterNumber: string, { titleCaseOnly = false } = {}): string | undefined {
  const stop = TITLE_STOP.exec(afterNumber);
  if (!stop) return undefined;
  const title = afterNumber.slice(0, stop.index + 1);
  if (title.length > LONGEST_RUN_IN_TITLE || !STARTS_AS_TITLE.test(title)) return undefined;
  const words = title.slice(0, -1).split(SPACES);
  // A plain number or letter opens numbered paragraphs as often as headings: only a short title in
  // title case or capitals (`1. Purpose.`, `3. Required Actions.`) stands before its text so.
  if (titleCaseOnly) return words.length <= MOST_PARAGRAPH_TITLE_WORDS && words.every(isTitleCaseWord) ? title : undefined;
  // With text after it, a title is a few words or set in title case; a sentence is neither (`The Board shall meet.  It …`).
  const runsOn = stop.index + stop[0].length < afterNumber.length;
  if (runsOn && words.length > FEW_WORDS && !words.every(isTitleCaseWord)) return undefined;
  return title;
}

/** A full stop at the end of the line or before the text that runs on (not the dot of `U.S.` or `e.g.`). */
const TITLE_STOP = /(?<![A-Z]\.[A-Z]|\b[a-z]\.[a-z])\.(?:\s*$|\s+(?=[A-Z0-9("“]))/;
/** A run-in title is at most this long (an order's `Standardizing the … Playbook for Responding to … Incidents.`); a longer one is the section's first sentence. */
const LONGEST_RUN_IN_TITLE = 150;
/** A title opens with a capital or a digit. */
const STARTS_AS_TITLE = /^[A-Z0-9"“]/;
const SPACES = /\s+/;
/** A run-in title after a plain number (a memo's `2. Background.`) is at most this many words. */
const MOST_PARAGRAPH_TITLE_WORDS = 6;
/** Up to this many words, a title in sentence case (`Definitions and scope.`) is still a title. */
const FEW_WORDS = 4;
/** Short function words stay in lower case in a title (`Security of AI Technology`). */
const MINOR_WORD = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|under|upon)$/;

function isTitleCaseWord(word: string): boolean {
  return MINOR_WORD.test(word) || !/^[a-z]/.test(word);
}
