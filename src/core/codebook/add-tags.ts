import { normalTagName, type Codebook } from './model';

/**
 * The codebook with an entry for each tag it lacks, each with a new GUID (so that exchange with
 * QDA software can follow it from then on); tags already described are left as they are.
 * Undefined when there is nothing to add, so that the file is not rewritten.
 */
export function withTagsAdded(codebook: Codebook | undefined, names: readonly string[], newGuid: () => string): Codebook | undefined {
  const tags = [...(codebook?.tags ?? [])];
  const known = new Set(tags.map(t => t.name));
  for (const raw of names) {
    const name = normalTagName(raw);
    if (!name || known.has(name)) continue;
    known.add(name);
    tags.push({ name, guid: newGuid(), codable: true });
  }
  return tags.length > (codebook?.tags.length ?? 0) ? { tags } : undefined;
}
