import type { StructureCorrection } from '../outline/options';
import { LineIndex } from '../text/line-index';
import { anchorAnnotation } from './anchoring';
import type { Annotation } from './model';

/**
 * The reader's structure corrections among a document's entries, where they stand in its current
 * text (anchored like annotations, quote first); an orphaned correction is left out of the outline
 * (the check command and the editor still list it). In file order, so a later one wins.
 */
export function anchoredCorrections(text: string, entries: readonly Annotation[], lineIndex?: LineIndex): StructureCorrection[] {
  const corrections: StructureCorrection[] = [];
  let index = lineIndex;
  for (const entry of entries) {
    if (entry.mark === undefined) continue;
    index ??= new LineIndex(text);
    const anchored = anchorAnnotation(text, entry, index);
    if (anchored.start !== undefined && anchored.end !== undefined) corrections.push({ mark: entry.mark, start: anchored.start, end: anchored.end });
  }
  return corrections;
}
