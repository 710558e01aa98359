/**
 * Hierarchical tags: `security/maritime` is a child of `security`. Views, search and the report
 * count a tag's annotations together with its descendants' ("roll up"), each annotation once.
 */

export const TAG_SEPARATOR = '/';

/** The tag's segments without empty ones: `a//b/` -> ['a', 'b']. */
export function tagSegments(tag: string): string[] {
  return tag.split(TAG_SEPARATOR).map(s => s.trim()).filter(s => s.length > 0);
}

/** The tag and each of its ancestors, root first: `a/b/c` -> ['a', 'a/b', 'a/b/c']. */
export function tagWithAncestors(tag: string): string[] {
  const segments = tagSegments(tag);
  return segments.map((_, i) => segments.slice(0, i + 1).join(TAG_SEPARATOR));
}

/** The parent tag, or undefined for a root tag: `a/b` -> 'a'. */
export function parentTag(tag: string): string | undefined {
  const segments = tagSegments(tag);
  return segments.length > 1 ? segments.slice(0, -1).join(TAG_SEPARATOR) : undefined;
}

/** Depth below the root: `a` -> 0, `a/b` -> 1. */
export function tagDepth(tag: string): number {
  return Math.max(0, tagSegments(tag).length - 1);
}

/**
 * Every tag an annotation counts for once rolled up: its own tags and all their ancestors,
 * without duplicates (an annotation tagged both `a` and `a/b` counts once for `a`).
 */
export function rolledUpTags(tags: readonly string[]): string[] {
  const all = new Set<string>();
  for (const tag of tags) for (const t of tagWithAncestors(tag)) all.add(t);
  return [...all];
}

/** The tags as written, normalised (`a//b/` -> `a/b`), without duplicates or empty tags. */
export function ownTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(t => tagSegments(t).join(TAG_SEPARATOR)).filter(t => t.length > 0))];
}

/**
 * How many annotations carry each tag. With `rollUp`, a parent counts every annotation of its
 * descendants too (each annotation once per tag).
 */
export function countTags(tagLists: Iterable<readonly string[]>, options: { rollUp: boolean }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tags of tagLists) {
    for (const tag of options.rollUp ? rolledUpTags(tags) : ownTags(tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

/**
 * Tags in tree order: each parent directly before its children, siblings alphabetical
 * (`a`, `a/b`, `a/c`, `b`), so a flat list reads as an outline.
 */
export function sortTagsAsTree(tags: Iterable<string>): string[] {
  return [...new Set(tags)].sort((a, b) => {
    const sa = tagSegments(a);
    const sb = tagSegments(b);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
      if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
    }
    return sa.length - sb.length;
  });
}
