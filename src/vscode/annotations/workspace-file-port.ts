import * as vscode from 'vscode';
import type { FileKind, FilePort } from '../../core/files/file-port';

/**
 * The core's file port on workspace.fs, for one folder's scheme and authority: paths are the
 * URI's decoded path, so that the names of temporary and lock files match what a folder lists.
 * workspace.fs has no exclusive create: a new file is written under a random name and renamed
 * into place without overwriting, which fails when anything is already there.
 */
export function workspaceFilePort(base: vscode.Uri): FilePort {
  const uri = (path: string) => base.with({ path });
  const stat = (path: string) => vscode.workspace.fs.stat(uri(path)).then(s => s, () => undefined);
  return {
    async kind(path) {
      return kindOf(await stat(path));
    },
    async read(path) {
      const kind = kindOf(await stat(path));
      if (kind !== 'file') throw new Error(`${path} is not a regular file`);
      return vscode.workspace.fs.readFile(uri(path));
    },
    async createNew(path, data) {
      if (kindOf(await stat(path)) !== 'missing') throw new Error(`EEXIST: ${path} already exists`);
      const staging = `${path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.new`;
      await vscode.workspace.fs.writeFile(uri(staging), data);
      try {
        await vscode.workspace.fs.rename(uri(staging), uri(path), { overwrite: false });
      } catch (error) {
        await vscode.workspace.fs.delete(uri(staging)).then(undefined, () => undefined);
        throw error;
      }
    },
    async rename(from, to) {
      await vscode.workspace.fs.rename(uri(from), uri(to), { overwrite: true });
    },
    async remove(path) {
      await vscode.workspace.fs.delete(uri(path)).then(undefined, () => undefined);
    },
    async list(folder) {
      return (await vscode.workspace.fs.readDirectory(uri(folder))).map(([name]) => name);
    },
    async modifiedAt(path) {
      return (await stat(path))?.mtime;
    },
    lockText() {
      // Who holds the lock, for a person reading it; the browser's host has no process id to give.
      const pid = typeof process === 'undefined' ? 'web' : process.pid;
      return `${pid} ${new Date().toISOString()}\n`;
    },
  };
}

/** A link reports the type of what it points to with the SymbolicLink bit added. */
function kindOf(stat: vscode.FileStat | undefined): FileKind {
  if (!stat) return 'missing';
  if (stat.type & vscode.FileType.SymbolicLink) return 'link';
  if (stat.type & vscode.FileType.Directory) return 'directory';
  return stat.type & vscode.FileType.File ? 'file' : 'special';
}
