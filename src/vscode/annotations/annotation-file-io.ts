import * as vscode from 'vscode';
import { removeStaleTemporaries, writeAtomically } from '../../core/files/atomic-write';
import { withFileLock } from '../../core/files/file-lock';
import { describeKind } from '../../core/files/file-port';
import { UnreadableFileError } from '../../core/annotations/repository/read-annotation-file';
import { decodeUtf8Strictly } from '../../core/text/utf8';
import { decodeText } from '../documents/policy-documents';
import { workspaceFilePort } from './workspace-file-port';

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
 * Writes the whole text through the core's atomic write: under the file's lock, after removing
 * temporary files a crashed writer left, to an unpredictable temporary name renamed over the
 * file, never through a link, folder or special file. A reader (git, another editor, a crash)
 * sees the old file or the new one, never half.
 */
export async function writeTextAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const port = workspaceFilePort(uri);
  await withFileLock(port, uri.path, async () => {
    await removeStaleTemporaries(port, uri.path);
    await writeAtomically(port, uri.path, text);
  });
}

/**
 * An annotation file's text, or undefined when there is none. Strict, as the command line
 * reads: bytes that are not UTF-8 and anything but a regular file throw an UnreadableFileError
 * with where and why, so that the file is reported and never saved back with U+FFFD in it.
 */
export async function readAnnotationTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  const port = workspaceFilePort(uri);
  const kind = await port.kind(uri.path);
  if (kind === 'missing') return undefined;
  if (kind !== 'file') throw new UnreadableFileError({ line: 1, column: 1, message: `the annotation file is ${describeKind(kind)}, not a regular file; it is not read` });
  const decoded = decodeUtf8Strictly(await port.read(uri.path));
  if (!decoded.ok) throw new UnreadableFileError(decoded);
  return decoded.text;
}
