import type { AnnotationFile } from '../annotations/model';
import { TAG_SEPARATOR } from '../tags';
import { normalTagName, type Codebook, type CodebookTag } from './model';

/**
 * The tag renamed: `from` itself and its sub-tags (`from/x` -> `to/x`); any other tag unchanged.
 * Renaming onto a tag that exists merges the two.
 */
export function renamedTag(tag: string, from: string, to: string): string {
  const name = normalTagName(tag);
  const old = normalTagName(from);
  if (name === old) return normalTagName(to);
  if (name.startsWith(old + TAG_SEPARATOR)) return normalTagName(to) + name.slice(old.length);
  return tag;
}

/** The file with the tag renamed in every annotation, or undefined when no annotation carries it (nothing to rewrite). */
export function renameTagInFile(file: AnnotationFile, from: string, to: string): { file: AnnotationFile; changed: number } | undefined {
  let changed = 0;
  const annotations = file.annotations.map(annotation => {
    if (!annotation.tags?.some(tag => renamedTag(tag, from, to) !== tag)) return annotation;
    changed++;
    // Merging two tags can leave one annotation with the same tag twice: keep the first.
    return { ...annotation, tags: [...new Set(annotation.tags.map(tag => renamedTag(tag, from, to)))] };
  });
  return changed > 0 ? { file: { ...file, annotations }, changed } : undefined;
}

/**
 * The codebook with the entry (and its sub-tags' entries) renamed, or undefined when it has none.
 * Onto an existing entry, the two merge: the target's fields stay, the renamed one fills what the
 * target lacks, and both lists of examples are kept.
 */
export function renameTagInCodebook(codebook: Codebook, from: string, to: string): Codebook | undefined {
  if (!codebook.tags.some(t => renamedTag(t.name, from, to) !== t.name)) return undefined;
  const byName = new Map<string, CodebookTag>();
  for (const tag of codebook.tags) if (renamedTag(tag.name, from, to) === tag.name) byName.set(tag.name, tag);
  for (const tag of codebook.tags) {
    const name = renamedTag(tag.name, from, to);
    if (name === tag.name) continue;
    const target = byName.get(name);
    byName.set(name, target ? mergeEntries(target, tag) : { ...tag, name });
  }
  return { tags: [...byName.values()] };
}

function mergeEntries(target: CodebookTag, merged: CodebookTag): CodebookTag {
  const examples = [...new Set([...(target.examples ?? []), ...(merged.examples ?? [])])];
  // Spreading the target last keeps its fields; those it lacks come from the merged entry.
  return { ...merged, ...target, ...(examples.length > 0 ? { examples } : {}) };
}
