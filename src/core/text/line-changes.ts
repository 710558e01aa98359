/** A run of whole lines to replace: lines [startLine, endLine) of the old text (0-based) become `text`. */
export interface LineChange {
  startLine: number;
  endLine: number;
  /** The new lines, each followed by `\n`. */
  text: string;
}

/**
 * The lines that differ between two LF texts, as few runs as the texts allow: when the line
 * count is the same, each run of changed lines apart (a renamed tag changes only its lines);
 * otherwise one run between the common first and last lines. A rewrite shown in a preview then
 * shows what changed, not the whole file.
 */
export function lineChanges(before: string, after: string): LineChange[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: LineChange[] = [];
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      let end = i;
      while (end < a.length && a[end] !== b[end]) end++;
      changes.push({ startLine: i, endLine: end, text: b.slice(i, end).map(line => line + '\n').join('') });
      i = end;
    }
    return changes;
  }
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  return [{ startLine: start, endLine: endA, text: b.slice(start, endB).map(line => line + '\n').join('') }];
}
