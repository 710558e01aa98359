import * as vscode from 'vscode';
import type { AnnotationIndex } from '../annotation-index';

/** Which annotation a command acts on. */
export interface AnnotationTarget {
  uri: vscode.Uri;
  id: string;
}

/**
 * A target as it crosses a command boundary: the document's URI as a string, so that the same
 * shape serves a hover link (JSON), a tree item (which carries these two fields), a script or a
 * test. The comment surfaces have commands of their own that take their thread or comment.
 */
export interface AnnotationTargetArgument {
  uri: string;
  id: string;
}

export function targetArgument(target: AnnotationTarget): AnnotationTargetArgument {
  return { uri: target.uri.toString(), id: target.id };
}

/** The target an argument names; undefined when there is none (from the palette) or it is not one (a link is text). */
export function targetOf(argument: unknown): AnnotationTarget | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { uri, id } = argument as Partial<Record<'uri' | 'id', unknown>>;
  return typeof uri === 'string' && typeof id === 'string' ? { uri: vscode.Uri.parse(uri), id } : undefined;
}

/** The first annotation whose passage contains the cursor of the active editor (commands run from the palette). */
export function annotationAtCursor(index: AnnotationIndex): AnnotationTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const entry = index.entries(editor.document.uri).find(e => e.range && e.range.start <= offset && offset <= e.range.end);
  return entry && { uri: entry.uri, id: entry.annotation.id };
}
