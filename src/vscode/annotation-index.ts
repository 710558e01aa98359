import type * as vscode from 'vscode';
import type { FileProblem } from '../core/annotations/codec';
import type { Annotation } from '../core/annotations/model';
import type { Highlightable } from '../core/highlights/highlight-ranges';

/** One annotation of one document, with where it currently stands. */
export interface AnnotationEntry {
  uri: vscode.Uri;
  annotation: Annotation;
  /** Current UTF-16 offsets in the document's text; undefined when the annotation is orphaned. */
  range?: { start: number; end: number };
}

/** What the views know of one document's annotation file. */
export interface AnnotatedDocument {
  readonly uri: vscode.Uri;
  readonly fileUri: vscode.Uri;
  /** 'invalid': the file cannot be read; its annotations are unavailable until it is fixed. */
  readonly status: 'ready' | 'invalid';
  readonly problems: readonly FileProblem[];
  /** How many annotations (structure corrections are not counted). */
  readonly count: number;
  orphans(): number;
  /** What to highlight, in no particular order. */
  highlights(): Highlightable[];
}

/** Read access to every loaded annotation, for the views, outline, search, export and report. */
export interface AnnotationIndex {
  /** Fires with the document whose annotations changed, or undefined when many did. */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  /** Settles when the annotation files present at start are loaded (before, entries() is partial). */
  readonly ready: Promise<void>;
  /** Every annotation of one document, or of the whole workspace (structure corrections left out). */
  entries(uri?: vscode.Uri): AnnotationEntry[];
  /** The reader's structure corrections of one document, or of the whole workspace. */
  corrections(uri?: vscode.Uri): AnnotationEntry[];
  find(uri: vscode.Uri, id: string): AnnotationEntry | undefined;
  /** The document's annotation file state; undefined when it has none. */
  document(uri: vscode.Uri): AnnotatedDocument | undefined;
  /** Every document that has (or had) an annotation file, including unreadable ones. */
  documents(): AnnotatedDocument[];
  /** How many annotations use each tag, across the workspace. */
  tagCounts(): Map<string, number>;
}

/** `Name <email>` of whoever annotates the document (git identity, then the setting). */
export interface AuthorIdentity {
  authorFor(document: vscode.Uri): Promise<string>;
}
