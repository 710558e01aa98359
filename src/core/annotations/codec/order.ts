import type { Annotation } from '../model';

/** File order: by start, then end, then id, so that equal positions still sort the same way everywhere. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start.line - b.start.line
    || a.start.column - b.start.column
    || a.end.line - b.end.line
    || a.end.column - b.end.column
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
