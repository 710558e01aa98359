import type { Annotation } from '../annotations/model';
import { compareTimes } from '../annotations/times';
import { compareStrings } from './compare';

export interface ImportMerge {
  annotations: Annotation[];
  added: number;
  updated: number;
  /** Same id on both sides and the file's copy is as new or newer: the file's copy stays. */
  kept: number;
}

/**
 * Merges imported annotations into a file's by id. A new id is added; for a known id the more
 * recently changed copy (`updated`, else `created`) wins and a tie keeps the file's, so that
 * importing an older export never undoes a later edit. The result is sorted by position.
 */
export function mergeImported(existing: readonly Annotation[], imported: readonly Annotation[]): ImportMerge {
  const byId = new Map(existing.map(a => [a.id, a]));
  let added = 0;
  let updated = 0;
  let kept = 0;
  for (const incoming of imported) {
    const current = byId.get(incoming.id);
    if (!current) {
      added++;
      byId.set(incoming.id, incoming);
    } else if (compareTimes(changedAt(incoming), changedAt(current)) > 0) {
      updated++;
      byId.set(incoming.id, incoming);
    } else {
      kept++;
    }
  }
  const annotations = [...byId.values()].sort((a, b) =>
    a.start.line - b.start.line || a.start.column - b.start.column || compareStrings(a.id, b.id));
  return { annotations, added, updated, kept };
}

function changedAt(a: Annotation): string {
  return a.updated ?? a.created;
}
