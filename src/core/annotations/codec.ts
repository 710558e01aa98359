import type { AnnotationFile } from './model';

/** One reason an annotation file cannot be read, at a 1-based line and column of that file. */
export interface FileProblem {
  message: string;
  line: number;
  column: number;
}

export type ParseResult = { ok: true; file: AnnotationFile } | { ok: false; problems: FileProblem[] };

export function parseAnnotationFile(_text: string, _options?: { maxBytes?: number }): ParseResult {
  return { ok: false, problems: [{ message: 'not implemented yet', line: 1, column: 1 }] };
}

export function stringifyAnnotationFile(_file: AnnotationFile): string {
  throw new Error('not implemented yet');
}
