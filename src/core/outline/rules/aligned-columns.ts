/**
 * Tables that text extracted from PDFs with their layout (`pdftotext -layout`) or saved from a
 * word processor as plain text set out with spaces: a strategy's actions with their lead agency
 * and timing beside them, `1.1    Release land for housing      Department    2025–2027`. The
 * columns are parted by a run of spaces no sentence has; a recommendation is its first column.
 */

/** Fewer spaces than this part words (two after a full stop, as typists write); this many part columns. */
export const COLUMN_GAP = 3;

/**
 * Where the first column of `text` ends and the next one starts, or undefined where the text
 * is one column: `{ end, next }` as offsets into `text`.
 */
export function columnGap(text: string): { end: number; next: number } | undefined {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) {
      run++;
      continue;
    }
    if (run >= COLUMN_GAP && i > run) return { end: i - run, next: i };
    run = 0;
  }
  return undefined;
}

/** The text of `text`'s first column (all of it where it has one column). */
export function firstColumn(text: string): string {
  const gap = columnGap(text);
  return gap ? text.slice(0, gap.end) : text;
}
