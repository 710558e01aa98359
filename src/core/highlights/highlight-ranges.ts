import { LineIndex } from '../text/line-index';
import type { OffsetRange } from '../text/shift-ranges';

/** A 0-based line and UTF-16 character range, as the editor draws it. */
export interface LineCharacterRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface Highlightable {
  /** Current UTF-16 offsets; undefined for an orphan, which has nothing to highlight. */
  range?: OffsetRange;
  tags?: readonly string[];
}

/**
 * Groups the passages to highlight by style (the caller decides which tag colours a passage,
 * e.g. its first tag) and converts offsets to editor positions. This is all the work of a
 * decoration refresh, so it is kept pure for the benchmark: one pass, one line index.
 */
export function highlightRangesByStyle(
  text: string | LineIndex,
  entries: Iterable<Highlightable>,
  styleOf: (tags: readonly string[]) => string,
): Map<string, LineCharacterRange[]> {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const byStyle = new Map<string, LineCharacterRange[]>();
  const styleCache = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.range) continue;
    const tags = entry.tags ?? [];
    const cacheKey = tags.join('\n');
    let style = styleCache.get(cacheKey);
    if (style === undefined) styleCache.set(cacheKey, (style = styleOf(tags)));
    let list = byStyle.get(style);
    if (!list) byStyle.set(style, (list = []));
    const startLine = index.lineAt(entry.range.start);
    const endLine = entry.range.end === entry.range.start ? startLine : index.lineAt(entry.range.end);
    list.push({
      startLine,
      startCharacter: entry.range.start - index.lineStart(startLine),
      endLine,
      endCharacter: entry.range.end - index.lineStart(endLine),
    });
  }
  return byStyle;
}

/** The palette slot of a tag: stable across sessions and machines (a string hash), so colours do not shuffle. */
export function paletteSlot(tag: string, slots: number): number {
  let hash = 2166136261;
  for (let i = 0; i < tag.length; i++) hash = Math.imul(hash ^ tag.charCodeAt(i), 16777619);
  return (hash >>> 0) % slots;
}
