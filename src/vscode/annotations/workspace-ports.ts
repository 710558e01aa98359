import * as vscode from 'vscode';
import { ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import type { AnnotationFilePort, DocumentTextPort } from '../../core/annotations/repository/ports';
import type { PolicyDocuments } from '../documents/policy-documents';
import { readTextIfExists, writeTextAtomically } from './annotation-file-io';

/**
 * The repository's ports in the editor: files through workspace.fs (so that remote and web
 * workspaces work), names as URI strings, changes from a FileSystemWatcher.
 */
export class WorkspaceAnnotationFiles implements AnnotationFilePort {
  read(file: string): Promise<string | undefined> {
    return readTextIfExists(toUri(file));
  }

  writeAtomically(file: string, text: string): Promise<void> {
    return writeTextAtomically(toUri(file), text);
  }

  async stat(file: string): Promise<{ size: number } | undefined> {
    try {
      return { size: (await vscode.workspace.fs.stat(toUri(file))).size };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  watch(onChange: (file: string) => void): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${ANNOTATION_FILE_SUFFIX}`);
    const changed = (uri: vscode.Uri) => onChange(uri.toString());
    return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }
}

/** Documents' texts: the editor's when open (unsaved edits included), the file's otherwise. */
export class WorkspaceDocumentTexts implements DocumentTextPort {
  constructor(private readonly documents: PolicyDocuments) {}

  openText(document: string): string | undefined {
    return vscode.workspace.textDocuments.find(d => d.uri.toString() === document)?.getText();
  }

  read(document: string): Promise<string | undefined> {
    return this.documents.read(toUri(document)).then(text => text, () => undefined);
  }

  nameOf(document: string): string {
    const path = toUri(document).path;
    return path.slice(path.lastIndexOf('/') + 1);
  }
}

/** The repository names files and documents by their URI string. */
export function toUri(name: string): vscode.Uri {
  return vscode.Uri.parse(name);
}
