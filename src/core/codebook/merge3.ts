import { sortTagsAsTree } from '../tags';
import type { Codebook, CodebookTag } from './model';

/** The fields of an entry two coders can both change; the name is the entry's identity. */
export type CodebookField = 'guid' | 'description' | 'color' | 'examples' | 'codable';

/** One tag both sides changed, in the same field, differently: each side's whole entry, merged in every other field. */
export interface CodebookConflict {
  tag: string;
  fields: CodebookField[];
  ours: CodebookTag;
  theirs: CodebookTag;
}

export interface CodebookMerge {
  /** The merged codebook; a conflicting tag holds our side's entry here. */
  codebook: Codebook;
  conflicts: CodebookConflict[];
}

/**
 * Three-way merge of two versions of a codebook by tag name (no base: the file was added on both
 * sides). A tag added on either side is kept, once when both added it alike; one side's changes
 * to a tag merge with the other's changes to other tags or other fields of it; a tag edited on one
 * side and deleted on the other is kept, with the edit. The same field changed differently on
 * both sides is a conflict: both versions are kept, for the user to choose.
 */
export function mergeCodebooks(base: Codebook | undefined, ours: Codebook, theirs: Codebook): CodebookMerge {
  const byName = (codebook: Codebook | undefined) => new Map((codebook?.tags ?? []).map(t => [t.name, t]));
  const [b, o, t] = [byName(base), byName(ours), byName(theirs)];
  const tags: CodebookTag[] = [];
  const conflicts: CodebookConflict[] = [];
  for (const name of sortTagsAsTree([...o.keys(), ...t.keys()])) {
    const merged = mergeEntry(b.get(name), o.get(name), t.get(name));
    if (!merged) continue;
    if ('conflict' in merged) {
      conflicts.push(merged.conflict);
      tags.push(merged.conflict.ours);
    } else tags.push(merged.tag);
  }
  return { codebook: { tags }, conflicts };
}

type EntryMerge = { tag: CodebookTag } | { conflict: CodebookConflict } | undefined;

function mergeEntry(base: CodebookTag | undefined, ours: CodebookTag | undefined, theirs: CodebookTag | undefined): EntryMerge {
  if (!ours || !theirs) {
    const kept = ours ?? theirs!;
    // Deleted on one side: gone when the other left it as it was, kept when the other changed it (or added it).
    return base && sameEntry(base, kept) ? undefined : { tag: kept };
  }
  const fields: CodebookField[] = [];
  /** Each side's value of a field: the same on both unless the two changed it differently. */
  function pick<T>(field: CodebookField, b: T, o: T, t: T): [T, T] {
    if (o === t || t === b) return [o, o];
    if (o === b) return [t, t];
    fields.push(field);
    return [o, t];
  }
  const description = pick('description', base?.description, ours.description, theirs.description);
  const color = pick('color', base?.color, ours.color, theirs.color);
  // A tag added on both sides has no base: codable's default is what "unchanged" means.
  const codable = pick('codable', base?.codable ?? true, ours.codable, theirs.codable);
  const examples = mergeExamples(base?.examples, ours.examples, theirs.examples);
  const guid = mergeGuid(base?.guid, ours.guid, theirs.guid);
  const entry = (side: 0 | 1): CodebookTag => tagOf(ours.name, { guid, description: description[side], color: color[side], examples, codable: codable[side] });
  return fields.length === 0 ? { tag: entry(0) } : { conflict: { tag: ours.name, fields, ours: entry(0), theirs: entry(1) } };
}

/**
 * Examples are a set: when only one side changed the list, its list is taken as written; when
 * both did, the base's examples neither removed keep their order, and what either added follows,
 * sorted (the same whoever merges whom).
 */
function mergeExamples(base: string[] | undefined, ours: string[] | undefined, theirs: string[] | undefined): string[] | undefined {
  const same = (a: string[] | undefined, b: string[] | undefined) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  if (same(theirs, base) || same(ours, theirs)) return ours;
  if (same(ours, base)) return theirs;
  const [o, t] = [new Set(ours ?? []), new Set(theirs ?? [])];
  const kept = (base ?? []).filter(example => o.has(example) && t.has(example));
  const inBase = new Set(base ?? []);
  const added = [...new Set([...o, ...t])].filter(example => !inBase.has(example)).sort();
  const merged = [...kept, ...added];
  return merged.length > 0 ? merged : undefined;
}

/**
 * A GUID is written once and never changed, so it is no one's edit: the one the base had stays;
 * two sides that gave a new tag different GUIDs get the smaller, the same whoever merges whom.
 */
function mergeGuid(base: string | undefined, ours: string | undefined, theirs: string | undefined): string | undefined {
  if (base !== undefined && (ours === base || theirs === base)) return base;
  if (ours === undefined || theirs === undefined) return ours ?? theirs;
  return ours < theirs ? ours : theirs;
}

function tagOf(name: string, fields: Omit<CodebookTag, 'name' | 'codable'> & { codable: boolean }): CodebookTag {
  const tag: CodebookTag = { name, codable: fields.codable };
  if (fields.guid !== undefined) tag.guid = fields.guid;
  if (fields.description !== undefined) tag.description = fields.description;
  if (fields.color !== undefined) tag.color = fields.color;
  if (fields.examples !== undefined) tag.examples = fields.examples;
  return tag;
}

function sameEntry(a: CodebookTag, b: CodebookTag): boolean {
  return a.guid === b.guid && a.description === b.description && a.color === b.color && a.codable === b.codable
    && JSON.stringify(a.examples ?? []) === JSON.stringify(b.examples ?? []);
}
