import { parseAnnotationFile, stringifyAnnotationFile, type FileProblem } from './codec';
import { oversizeToWrite } from './codec/guards';
import { splitConflicts } from './conflicts';
import { mergeAnnotationFiles } from './merge3';
import type { AnnotationFile } from './model';

export type Side = 'base' | 'ours' | 'theirs';

export type TextMergeResult =
  | { ok: true; text: string; file: AnnotationFile }
  | { ok: false; side?: Side; problems: FileProblem[] };

/**
 * Merges three texts of an annotation file (what git hands a merge driver) by annotation id.
 * An empty or blank base means the file was added on both sides. Each side must be a valid
 * annotation file: a side that is not is named with its problems, and nothing is merged.
 */
export function mergeAnnotationTexts(texts: { base?: string; ours: string; theirs: string }): TextMergeResult {
  const read = (text: string): AnnotationFile | FileProblem[] => {
    const parsed = parseAnnotationFile(text);
    return parsed.ok ? parsed.file : parsed.problems;
  };
  const base = texts.base === undefined || texts.base.trim() === '' ? undefined : read(texts.base);
  if (Array.isArray(base)) return { ok: false, side: 'base', problems: base };
  const ours = read(texts.ours);
  if (Array.isArray(ours)) return { ok: false, side: 'ours', problems: ours };
  const theirs = read(texts.theirs);
  if (Array.isArray(theirs)) return { ok: false, side: 'theirs', problems: theirs };
  const file = mergeAnnotationFiles(base, ours, theirs);
  const text = stringifyAnnotationFile(file);
  // Two files under the limit can merge into one over it, which every reader would then refuse.
  const tooLarge = oversizeToWrite(text);
  if (tooLarge) return { ok: false, problems: [{ line: 1, column: 1, message: `the merged file ${tooLarge}; merge it by hand or split the annotations` }] };
  return { ok: true, text, file };
}

/**
 * Resolves an annotation file that git left with conflict markers: splits it into its sides and
 * merges them by id. With diff3-style markers the base is what they give; with git's default
 * style there is no base, so annotations present on one side only are all kept (one the other
 * side deleted comes back rather than being lost) and both sides' edits are kept.
 * Problems are located in the conflicted text when the markers are malformed, else in the side named.
 */
export function resolveConflictedText(text: string): TextMergeResult & { conflicts?: number } {
  const split = splitConflicts(text);
  if (!split.ok) return { ok: false, problems: [{ ...split.problem, column: 1 }] };
  const { sides } = split;
  return { ...mergeAnnotationTexts(sides), conflicts: sides.conflicts };
}

/** `ours`, `theirs`, `base` in words for messages. */
export function describeSide(side: Side): string {
  return side === 'ours' ? 'our version' : side === 'theirs' ? 'their version' : 'the common ancestor';
}
