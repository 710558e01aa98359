import * as vscode from 'vscode';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { ANNOTATION_FILE_SUFFIX, annotationFileFor } from '../../core/annotations/model';
import { readTextIfExists, writeTextAtomically } from '../annotations/annotation-file-io';

/**
 * Keeps annotation files beside their documents: renaming or moving a document in VS Code moves
 * its annotation file too (with the new name written inside it), and deleting a document asks,
 * in a notification rather than a modal dialog, whether to delete its annotations as well.
 * Folders need nothing: the annotation files inside move and go with them.
 */
export function followDocuments(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidRenameFiles(event => {
      for (const { oldUri, newUri } of event.files) void moveAnnotations(oldUri, newUri).catch(error => reportError(oldUri, error));
    }),
    vscode.workspace.onDidDeleteFiles(event => {
      for (const uri of event.files) void offerToDeleteAnnotations(uri).catch(error => reportError(uri, error));
    }),
  );
}

/** Moves `old.annotations.yaml` to `new.annotations.yaml` after a document was renamed; true when it did. */
export async function moveAnnotations(oldDocument: vscode.Uri, newDocument: vscode.Uri): Promise<boolean> {
  if (oldDocument.path.endsWith(ANNOTATION_FILE_SUFFIX) || await isFolder(newDocument)) return false;
  const from = annotationsOf(oldDocument);
  const to = annotationsOf(newDocument);
  const text = await readTextIfExists(from);
  if (text === undefined) return false;
  if (await readTextIfExists(to) !== undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not moved: {1} already exists. Merge them by hand.', vscode.workspace.asRelativePath(from), vscode.workspace.asRelativePath(to)));
    return false;
  }
  const parsed = parseAnnotationFile(text);
  if (parsed.ok) {
    // The file names its document; written first, then the old file goes, so nothing is ever lost.
    await writeTextAtomically(to, stringifyAnnotationFile({ ...parsed.file, document: basename(newDocument) }));
    await vscode.workspace.fs.delete(from);
  } else {
    // An unreadable file (conflict markers, say) is moved as it is: it is fixed where its document is.
    await vscode.workspace.fs.rename(from, to);
  }
  return true;
}

async function offerToDeleteAnnotations(document: vscode.Uri): Promise<void> {
  if (document.path.endsWith(ANNOTATION_FILE_SUFFIX)) return;
  const file = annotationsOf(document);
  const text = await readTextIfExists(file);
  if (text === undefined) return;
  const parsed = parseAnnotationFile(text);
  const count = parsed.ok ? parsed.file.annotations.length : undefined;
  const remove = vscode.l10n.t('Delete Annotations');
  const choice = await vscode.window.showWarningMessage(
    count === undefined
      ? vscode.l10n.t('{0} was deleted. Delete its annotation file {1} too?', basename(document), basename(file))
      : vscode.l10n.t('{0} was deleted. Delete its {1} annotations ({2}) too?', basename(document), count, basename(file)),
    remove, vscode.l10n.t('Keep'));
  if (choice !== remove) return;
  // The document may have come back (undo) while the question was open.
  if (await exists(document)) return;
  await vscode.workspace.fs.delete(file, { useTrash: file.scheme === 'file' });
}

function annotationsOf(document: vscode.Uri): vscode.Uri {
  return document.with({ path: annotationFileFor(document.path) });
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

function reportError(uri: vscode.Uri, error: unknown): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Could not update the annotations of {0}: {1}', vscode.workspace.asRelativePath(uri), error instanceof Error ? error.message : String(error)));
}
