import type * as vscode from 'vscode';
import type { Annotation } from '../core/annotations/model';
import type { PolicyDocuments } from './documents/policy-documents';

/** What the features share; built once in activate() and handed to each register…() call. */
export interface Services {
  context: vscode.ExtensionContext;
  documents: PolicyDocuments;
  /** Set by the annotations feature (registered first); others read annotations through it. */
  annotations?: AnnotationIndex;
  /** Set by the git feature; the annotations feature asks it who is writing. */
  identity?: AuthorIdentity;
}

/** One annotation of one document, with where it currently stands. */
export interface AnnotationEntry {
  uri: vscode.Uri;
  annotation: Annotation;
  /** Current UTF-16 offsets in the document's text; undefined when the annotation is orphaned. */
  range?: { start: number; end: number };
}

/** Read access to every loaded annotation, for the outline, search, export and report. */
export interface AnnotationIndex {
  /** Fires with the document whose annotations changed, or undefined when many did. */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  /** Settles when the annotation files present at start are loaded (before, entries() is partial). */
  readonly ready: Promise<void>;
  /** Every annotation of one document, or of the whole workspace (structure corrections left out). */
  entries(uri?: vscode.Uri): AnnotationEntry[];
  /** The reader's structure corrections of one document, or of the whole workspace. */
  corrections(uri?: vscode.Uri): AnnotationEntry[];
}

/** `Name <email>` of whoever annotates the document (git identity, then the setting). */
export interface AuthorIdentity {
  authorFor(document: vscode.Uri): Promise<string>;
}
