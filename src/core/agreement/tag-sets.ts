/**
 * A coder's set of tags over a unit of text, and the one nominal value Cohen's kappa compares.
 */

const SEPARATOR = '\u0001';

/**
 * A coder's set of tags as one nominal value: '' for none, otherwise the sorted tags each after
 * a separator (so an untagged passage, tag '', differs from none).
 */
export function tagSetValue(tags: readonly string[]): string {
  if (tags.length === 0) return '';
  return SEPARATOR + (tags.length === 1 ? tags[0] : sortedFew(tags).join(SEPARATOR));
}

/**
 * A sorted copy of a handful of strings, in the order `sort()` gives (UTF-16 code units).
 * Insertion sort: `Array.prototype.sort` sets up a work area on every call, which for the
 * thousands of short tag sets of a study cost more than the sorting.
 */
function sortedFew(values: readonly string[]): string[] {
  const sorted = values.slice();
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i];
    let j = i - 1;
    for (; j >= 0 && sorted[j] > value; j--) sorted[j + 1] = sorted[j];
    sorted[j + 1] = value;
  }
  return sorted;
}

/**
 * How many of one coder's open passages carry each tag. The set of tags (and its value) is read
 * again only after it changed: units in a row share the arrays while it stays the same.
 */
export class TagCounts {
  private readonly counts = new Map<string, number>();
  private set: { tags: string[]; value: string } | undefined;

  /** Counts one more passage of the tag; true when the tag is new to the set. */
  add(tag: string): boolean {
    const count = this.counts.get(tag) ?? 0;
    this.counts.set(tag, count + 1);
    if (count > 0) return false;
    this.set = undefined;
    return true;
  }

  /** Counts one passage of the tag less; true when the tag leaves the set. */
  remove(tag: string): boolean {
    const count = this.counts.get(tag)! - 1;
    if (count > 0) {
      this.counts.set(tag, count);
      return false;
    }
    this.counts.delete(tag);
    this.set = undefined;
    return true;
  }

  tags(): string[] {
    return this.current().tags;
  }

  value(): string {
    return this.current().value;
  }

  private current(): { tags: string[]; value: string } {
    if (!this.set) {
      const tags = [...this.counts.keys()];
      this.set = { tags, value: tagSetValue(tags) };
    }
    return this.set;
  }
}
