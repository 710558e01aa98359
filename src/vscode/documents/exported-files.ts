import * as vscode from 'vscode';
import { EXPORT_SIGNATURE_LENGTH, isExportedFile } from '../../core/export/export-marker';
import type { Platform } from '../platform/platform';

/** An open editor's text decides for its document: the start of what the user sees. */
export function isExportedDocument(document: vscode.TextDocument): boolean {
  return isExportedFile(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(EXPORT_SIGNATURE_LENGTH))));
}

/**
 * Which files are our exports, known by their first bytes (see export-marker.ts) so that an
 * export saved under any name is never read as a document. Each file is read once, only its
 * start where the host allows, until a watcher says it changed.
 */
export class ExportedFiles {
  private readonly verdicts = new Map<string, Promise<boolean>>();

  constructor(private readonly platform: Pick<Platform, 'readFileStart'>) {}

  isExported(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.readStart(uri).then(start => isExportedFile(start), () => false);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** The verdict already known, without reading; undefined when the file was not read yet. */
  known(uri: vscode.Uri): Promise<boolean> | undefined {
    return this.verdicts.get(uri.toString());
  }

  /** The file changed (or is gone): read it again when next asked. */
  forget(uri: vscode.Uri): void {
    this.verdicts.delete(uri.toString());
  }

  private async readStart(uri: vscode.Uri): Promise<string> {
    const bytes = await (this.platform.readFileStart(uri, EXPORT_SIGNATURE_LENGTH) ?? vscode.workspace.fs.readFile(uri));
    return new TextDecoder().decode(bytes.subarray(0, EXPORT_SIGNATURE_LENGTH));
  }
}
