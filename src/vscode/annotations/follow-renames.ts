import * as vscode from 'vscode';
import { ANNOTATION_FILE_SUFFIX, annotationFileFor } from '../../core/annotations/model';

/**
 * When a document is renamed or moved in VS Code, its annotation file goes along, and the store
 * writes the new document name into it. Without this the annotations would stay behind under
 * the old name, all orphaned. (A folder's annotation files move with the folder by themselves.)
 */
export function followDocumentRenames(onRenamed: (newDocument: vscode.Uri) => Promise<void>): vscode.Disposable {
  return vscode.workspace.onDidRenameFiles(async event => {
    for (const { oldUri, newUri } of event.files) {
      if (oldUri.path.endsWith(ANNOTATION_FILE_SUFFIX)) continue;
      const from = annotationUri(oldUri);
      const to = annotationUri(newUri);
      const exists = await vscode.workspace.fs.stat(from).then(() => true, () => false);
      if (!exists) continue;
      try {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
        await onRenamed(newUri);
      } catch (error) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not renamed along with its document: {1}',
          vscode.workspace.asRelativePath(from), error instanceof Error ? error.message : String(error)));
      }
    }
  });
}

function annotationUri(document: vscode.Uri): vscode.Uri {
  return document.with({ path: annotationFileFor(document.path) });
}
