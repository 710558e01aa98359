import { ownTags, tagSegments, tagWithAncestors, TAG_SEPARATOR } from './tags';

/**
 * Annotations grouped under nested tags, for a view that lists `security` with `security/maritime`
 * inside it. Each group holds the items carrying exactly its tag; `total` counts the items of the
 * group and of all groups below it, each item once (an item tagged `a` and `a/b` counts once for `a`).
 */
export interface TagGroup<T> {
  /** The whole tag, `security/maritime`. */
  tag: string;
  /** The last segment, `maritime`: what a nested row shows. */
  name: string;
  /** Items carrying exactly this tag. */
  own: T[];
  /** Distinct items of this group and its descendants. */
  total: number;
  /** Child groups, sorted by their total (largest first), then by name. */
  children: TagGroup<T>[];
}

/** Root tag groups of `items`, plus the items without a tag. */
export function groupByNestedTags<T>(items: readonly T[], tagsOf: (item: T) => readonly string[]): { roots: TagGroup<T>[]; untagged: T[] } {
  const groups = new Map<string, TagGroup<T> & { members: Set<T> }>();
  const untagged: T[] = [];
  const groupFor = (tag: string) => {
    let group = groups.get(tag);
    if (!group) {
      const segments = tagSegments(tag);
      group = { tag, name: segments[segments.length - 1], own: [], total: 0, children: [], members: new Set() };
      groups.set(tag, group);
    }
    return group;
  };
  for (const item of items) {
    const tags = ownTags(tagsOf(item));
    if (tags.length === 0) untagged.push(item);
    for (const tag of tags) {
      groupFor(tag).own.push(item);
      for (const ancestor of tagWithAncestors(tag)) groupFor(ancestor).members.add(item);
    }
  }
  const roots: TagGroup<T>[] = [];
  for (const group of groups.values()) {
    group.total = group.members.size;
    const cut = group.tag.lastIndexOf(TAG_SEPARATOR);
    if (cut < 0) roots.push(group);
    else groups.get(group.tag.slice(0, cut))!.children.push(group);
  }
  const order = (a: TagGroup<T>, b: TagGroup<T>) => b.total - a.total || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
  for (const group of groups.values()) {
    group.children.sort(order);
    delete (group as Partial<typeof group>).members;
  }
  return { roots: roots.sort(order), untagged };
}

/**
 * Whether an item with `tags` passes a filter of chosen tags: it carries one of them or a tag
 * below one of them (filtering by `security` keeps `security/maritime`). An empty filter keeps all.
 */
export function passesTagFilter(tags: readonly string[], filter: readonly string[]): boolean {
  if (filter.length === 0) return true;
  const chosen = new Set(ownTags(filter));
  return ownTags(tags).some(tag => tagWithAncestors(tag).some(t => chosen.has(t)));
}
