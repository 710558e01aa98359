import * as vscode from 'vscode';
import { decodeText } from '../documents/policy-documents';
import type { Platform } from '../platform/platform';

/**
 * Reads and writes annotation files through vscode.workspace.fs, so that they work in remote
 * and web workspaces (no node fs in the extension).
 */

/** The file's text, or undefined when there is no such file. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/**
 * Replaces the file's whole text so that a reader (git, another editor, a crash) sees the old
 * file or the new one, never half: on the local disk through a temporary file beside the target,
 * renamed over it; elsewhere (the browser's file systems) in one write, which they make whole.
 */
export async function writeTextAtomically(uri: vscode.Uri, text: string, platform: Pick<Platform, 'replacesByRename'>): Promise<void> {
  if (!platform.replacesByRename(uri)) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return;
  }
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
