import { indentOf } from './list-item';

/**
 * `Recommendation 1:  Develop a system to …` over `Response:          Concur. …` and
 * `Target Date:       June 30, 2025`: an agency's response letter, and an audit's table of
 * answers laid out as text, sets each recommendation as the first of several labelled fields whose
 * values start in one column. A line that opens the next field there, at the first field's indent,
 * ends the recommendation's text.
 *
 * `valueColumn` is where the recommendation's text starts on its line, `itemLine` gives that line
 * (read only where `text` opens a field there: most lines go on with the text).
 */
export function opensNextField(text: string, valueColumn: number, itemLine: () => string): boolean {
  const field = FIELD.exec(text);
  return field !== null && field[0].length === valueColumn && indentOf(text) === indentOf(itemLine());
}

/** A field's name (a few words, no sentence) and its colon, then the space up to its value. */
const FIELD = /^\s*[^\s:：。.,，、][^:：。.,，、]{0,30}[:：]\s+(?=\S)/;
