/**
 * What the annotation repository needs from its surroundings, kept narrow so that the editor
 * (workspace.fs, in a desktop or a web workspace), the command line (node:fs) and the tests (a
 * Map, a temporary folder) can each supply it. Files and documents are named by opaque strings
 * the port understands (a URI in the editor, a path on the command line).
 */

/** Reaches annotation files. */
export interface AnnotationFilePort {
  /** The file's text, or undefined when there is no such file. */
  read(file: string): Promise<string | undefined>;
  /** Replaces the file's whole text so that a reader sees the old text or the new one, never half. */
  writeAtomically(file: string, text: string): Promise<void>;
  /** The file's size in bytes, or undefined when there is no such file. */
  stat(file: string): Promise<{ size: number } | undefined>;
  /** Calls back with an annotation file created, changed or deleted by someone else. */
  watch(onChange: (file: string) => void): Disposable;
}

/** Reaches the annotated documents' text. */
export interface DocumentTextPort {
  /** The text being edited, unsaved changes included, when the document is open; else undefined. */
  openText(document: string): string | undefined;
  /** The saved text, or undefined when the document is gone or unreadable. */
  read(document: string): Promise<string | undefined>;
  /** The name written as `document:` in its annotation file (the file name, decoded). */
  nameOf(document: string): string;
}

/** Time, injected so that tests decide when typing pauses. */
export interface Clock {
  now(): Date;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface Disposable {
  dispose(): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: timer => clearTimeout(timer as ReturnType<typeof setTimeout>),
};
