/**
 * Keeps offset ranges in step with edits to their text, the way an editor reports them:
 * each change replaces `length` UTF-16 units at `offset` with `text`. A range the edit does not
 * touch moves by the size difference; a range the edit overlaps is stretched to cover it and
 * reported as touched, so that the caller re-anchors only those.
 */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextChange {
  /** UTF-16 offset of the replaced text, in the text as it was before this change. */
  offset: number;
  /** UTF-16 length of the replaced text. */
  length: number;
  text: string;
}

/** The range after one change, and whether the change touched it. Returns the same object when nothing moved. */
export function shiftRange(range: OffsetRange, change: TextChange): { range: OffsetRange; touched: boolean } {
  const changeEnd = change.offset + change.length;
  const delta = change.text.length - change.length;
  // Typing just after the passage does not extend it, nor does typing just before it.
  if (change.offset >= range.end) return { range, touched: false };
  if (changeEnd <= range.start) {
    return delta === 0 ? { range, touched: false } : { range: { start: range.start + delta, end: range.end + delta }, touched: false };
  }
  const start = Math.min(range.start, change.offset);
  const end = range.end >= changeEnd ? range.end + delta : change.offset + change.text.length;
  return { range: { start, end: Math.max(start, end) }, touched: true };
}

/**
 * Applies changes in the order given (each one's offsets refer to the text left by the previous
 * one, as in VS Code's contentChanges) to every range; ranges that are undefined (orphans) stay so.
 * Returns the keys of the ranges an edit overlapped.
 */
export function shiftRanges<K>(ranges: Map<K, OffsetRange | undefined>, changes: readonly TextChange[]): Set<K> {
  const touched = new Set<K>();
  for (const change of changes) {
    for (const [key, range] of ranges) {
      if (!range) continue;
      const shifted = shiftRange(range, change);
      if (shifted.range !== range) ranges.set(key, shifted.range);
      if (shifted.touched) touched.add(key);
    }
  }
  return touched;
}
