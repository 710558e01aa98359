import type { FileProblem } from '../codec';

/** Raised when annotations cannot be changed for a document whose annotation file is invalid. */
export class AnnotationsUnavailableError extends Error {
  constructor(readonly document: string, readonly file: string, readonly problem: FileProblem | undefined) {
    super(`the annotations of ${document} are unavailable until ${file} is fixed`
      + (problem ? ` (line ${problem.line}, column ${problem.column}: ${problem.message})` : ''));
  }
}

/** Raised when a change names an annotation the document no longer has. */
export class AnnotationNotFoundError extends Error {
  constructor(readonly document: string, readonly id: string) {
    super(`the annotation ${id} no longer exists`);
  }
}

/** Raised when the document's text cannot be read to describe a new passage. */
export class DocumentUnreadableError extends Error {
  constructor(readonly document: string) {
    super(`cannot read ${document}`);
  }
}
