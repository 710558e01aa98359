/**
 * A paragraph's number in the margin, a wide gap after it (`58      The Commission …`,
 * `3.18     The committee recommends …`), as audit offices and parliamentary committees print
 * theirs: each such number starts a paragraph, whether or not a blank line stands before it.
 */
export const MARGIN_NUMBER = /^[0-9]{1,3}(?:\.[0-9]{1,3})?(?: {2,}|\t)(?=\S)/;

/** A paragraph's text without the number a report set in its margin. */
export function withoutMarginNumber(paragraph: string | undefined): string | undefined {
  return paragraph?.replace(MARGIN_NUMBER, '');
}
