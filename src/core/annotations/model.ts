import type { LineColumn } from '../text/line-index';

/** One reply under an annotation. */
export interface Reply {
  author: string;
  /** ISO 8601 UTC, seconds precision: 2026-11-22T10:15:00Z. */
  created: string;
  note: string;
  /** Set when a three-way merge kept the other side's edit of the same note as a reply. */
  merged?: boolean;
}

/**
 * A reader's correction of the recognised structure: the anchored line is a chapter or a section,
 * the anchored passage is a recommendation, or the line is no structure at all.
 */
export type StructureMark = 'chapter' | 'section' | 'recommendation' | 'none';
export const STRUCTURE_MARKS: readonly StructureMark[] = ['chapter', 'section', 'recommendation', 'none'];

/**
 * One annotation as stored in `<document>.annotations.yaml`. An entry with a `mark` is a structure
 * correction: anchored, validated, written and merged like any annotation, but never listed as one.
 */
export interface Annotation {
  /** Unique across authors writing offline (a ULID). */
  id: string;
  /** The exact annotated text: the truth. Positions are only a hint. */
  quote: string;
  /** Up to 32 characters before and after the quote. */
  prefix: string;
  suffix: string;
  /** 1-based line:column, columns in code points; end is just after the quote (exclusive). */
  start: LineColumn;
  end: LineColumn;
  /** Present only on structure corrections. */
  mark?: StructureMark;
  tags?: string[];
  note?: string;
  /** `Name <email>` from git. */
  author: string;
  created: string;
  updated?: string;
  replies?: Reply[];
}

/** The content of one annotation file. */
export interface AnnotationFile {
  /** The annotated document's file name, relative to the annotation file's folder. */
  document: string;
  annotations: Annotation[];
}

export const SCHEMA_ID = 'policy-annotator/1';
export const ANNOTATION_FILE_SUFFIX = '.annotations.yaml';

/** `report.txt` -> `report.txt.annotations.yaml` (works on paths and on plain names). */
export function annotationFileFor(documentPath: string): string {
  return documentPath + ANNOTATION_FILE_SUFFIX;
}

/** `dir/report.txt.annotations.yaml` -> `dir/report.txt`, or undefined for other files. */
export function documentFor(annotationPath: string): string | undefined {
  return annotationPath.endsWith(ANNOTATION_FILE_SUFFIX) ? annotationPath.slice(0, -ANNOTATION_FILE_SUFFIX.length) : undefined;
}

/** True for a structure correction, which the outline reads and the annotation views, exports and counts leave out. */
export function isStructureCorrection(annotation: Annotation): boolean {
  return annotation.mark !== undefined;
}
