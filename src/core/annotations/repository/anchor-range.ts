import type { LineIndex } from '../../text/line-index';
import type { OffsetRange } from '../../text/shift-ranges';
import { anchorAnnotation } from '../anchoring';
import type { Annotation } from '../model';

/** Where an annotation stands in the text, or undefined for an orphan. */
export function anchorRange(text: string, annotation: Annotation, index?: LineIndex): OffsetRange | undefined {
  const result = anchorAnnotation(text, annotation, index);
  return result.status === 'orphaned' || result.start === undefined || result.end === undefined ? undefined : { start: result.start, end: result.end };
}
