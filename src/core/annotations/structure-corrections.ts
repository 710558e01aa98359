import type { StructureCorrection } from '../outline/options';
import { LineIndex } from '../text/line-index';
import { anchorAnnotation } from './anchoring';
import { isStructureCorrection, type Annotation } from './model';

/**
 * The structure corrections among a document's entries in the order they apply: oldest first, so
 * that the latest word on a line stands, whatever order a merge left them in the file.
 */
export function correctionsInOrder(entries: readonly Annotation[]): Annotation[] {
  const time = (a: Annotation) => a.updated ?? a.created;
  return entries.filter(isStructureCorrection).sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The reader's structure corrections among a document's entries, where they stand in its current
 * text (anchored like annotations, quote first), in the order they apply. An orphaned correction
 * is left out of the outline (the check command and the editor still list it).
 */
export function anchoredCorrections(text: string, entries: readonly Annotation[], lineIndex?: LineIndex): StructureCorrection[] {
  const corrections: StructureCorrection[] = [];
  let index = lineIndex;
  for (const entry of correctionsInOrder(entries)) {
    index ??= new LineIndex(text);
    const anchored = anchorAnnotation(text, entry, index);
    if (anchored.start !== undefined && anchored.end !== undefined) corrections.push({ mark: entry.mark!, start: anchored.start, end: anchored.end });
  }
  return corrections;
}
