import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import * as os from 'node:os';
import type { Platform } from './platform';
import { nodeGit } from '../git/git-command';

/** The extension host in Node: desktop VS Code, a remote host, code-server. */
export const nodePlatform: Platform = {
  kind: 'node',
  git: nodeGit,
  userName() {
    try {
      return os.userInfo().username || undefined;
    } catch {
      return undefined; // userInfo() throws where the host has no user database entry.
    }
  },
  // Files on the local disk are read by other programs too; other schemes belong to VS Code alone.
  replacesByRename: uri => uri.scheme === 'file',
  readFileStart: (uri, length) => (uri.scheme === 'file' ? readStart(uri.fsPath, length) : undefined),
  readFile: uri => (uri.scheme === 'file' ? fs.promises.readFile(uri.fsPath) : undefined),
  readDirectory: uri => (uri.scheme === 'file' ? readDirectory(uri.fsPath) : undefined),
};

/** The entries as workspace.fs gives them: a link is SymbolicLink with the type of what it leads to (none when broken). */
async function readDirectory(folder: string): Promise<[string, vscode.FileType][]> {
  const entries = await fs.promises.readdir(folder, { withFileTypes: true });
  return Promise.all(entries.map(async (entry): Promise<[string, vscode.FileType]> => {
    if (!entry.isSymbolicLink()) return [entry.name, entry.isFile() ? vscode.FileType.File : entry.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown];
    const target = await fs.promises.stat(path.join(folder, entry.name)).catch(() => undefined);
    const type = target?.isFile() ? vscode.FileType.File : target?.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
    return [entry.name, vscode.FileType.SymbolicLink | type];
  }));
}

async function readStart(file: string, length: number): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
