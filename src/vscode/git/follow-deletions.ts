import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../core/annotations/codec';
import { ANNOTATION_FILE_SUFFIX, annotationFileFor } from '../../core/annotations/model';
import { readTextIfExists } from '../annotations/annotation-file-io';

/**
 * Deleting a document in VS Code asks, in a notification rather than a modal dialog, whether to
 * delete its annotations as well; kept, they stay listed as orphans. (Renames are followed by the
 * annotations feature itself, inside the rename's workspace edit.) Folders need nothing: the
 * annotation files inside go with them.
 */
export function followDocumentDeletions(): vscode.Disposable {
  return vscode.workspace.onDidDeleteFiles(event => {
    for (const uri of event.files) void offerToDeleteAnnotations(uri).catch(error => reportError(uri, error));
  });
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

function reportError(uri: vscode.Uri, error: unknown): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Could not update the annotations of {0}: {1}', vscode.workspace.asRelativePath(uri), error instanceof Error ? error.message : String(error)));
}
