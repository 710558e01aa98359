import * as vscode from 'vscode';
import type { AnnotationEntry } from '../annotation-index';
import type { AnnotationComments } from './annotation-comments';
import type { AnnotationStore } from './annotation-store';

/** Which annotation a command acts on. */
export interface AnnotationTarget {
  uri: vscode.Uri;
  id: string;
}

/**
 * Commands are run from a hover link (`{uri, id}` as JSON), a tree item, a comment, a comment
 * thread or a reply box, by a test (`{uri, id, …}`), or from the palette (the annotation under
 * the cursor). This finds the annotation in each case; undefined when there is none.
 */
export function resolveTarget(argument: unknown, store: AnnotationStore, comments: AnnotationComments): AnnotationTarget | undefined {
  if (isObject(argument)) {
    if ('annotationId' in argument && 'documentUri' in argument) {
      return { uri: argument.documentUri as vscode.Uri, id: String(argument.annotationId) };
    }
    if (argument.kind === 'annotation' && isObject(argument.entry)) {
      // A tree item passes itself to the commands of its menu.
      const entry = argument.entry as unknown as AnnotationEntry;
      return { uri: entry.uri, id: entry.annotation.id };
    }
    if ('thread' in argument && isObject(argument.thread)) return comments.annotationOf(argument.thread as unknown as vscode.CommentThread);
    if ('comments' in argument && 'uri' in argument) return comments.annotationOf(argument as unknown as vscode.CommentThread);
    if ('uri' in argument && 'id' in argument) return { uri: toUri(argument.uri), id: String(argument.id) };
  }
  return annotationAtCursor(store);
}

/** The first annotation whose passage contains the cursor of the active editor. */
export function annotationAtCursor(store: AnnotationStore): AnnotationTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const entry = store.entries(editor.document.uri).find(e => e.range && e.range.start <= offset && offset <= e.range.end);
  return entry && { uri: entry.uri, id: entry.annotation.id };
}

export function toUri(value: unknown): vscode.Uri {
  return value instanceof vscode.Uri ? value : typeof value === 'string' ? vscode.Uri.parse(value) : vscode.Uri.from(value as vscode.Uri);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
