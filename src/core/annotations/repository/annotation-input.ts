import type { StructureMark } from '../model';

/** What a person gives for an annotation: its tags and note, or the structure mark of a correction. */
export interface AnnotationInput {
  tags?: string[];
  note?: string;
  /** Makes the entry a structure correction rather than an annotation. */
  mark?: StructureMark;
}

/** Tags trimmed and deduplicated, an empty note dropped: absent fields stay absent in the file. */
export function cleanInput(input: AnnotationInput): AnnotationInput {
  const tags = [...new Set((input.tags ?? []).map(t => t.trim()).filter(t => t.length > 0))];
  const note = input.note?.replace(/\r\n?/g, '\n').trim();
  return { ...(input.mark ? { mark: input.mark } : {}), ...(tags.length ? { tags } : {}), ...(note ? { note } : {}) };
}
