import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeKind } from '../core/files/file-port';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** What a walk found: the regular files accepted, and accepted names that are something else. */
export interface FoundFiles {
  files: string[];
  /** A folder, link, FIFO or device with an accepted name: never read, but reported. */
  skipped: { path: string; what: string }[];
}

/**
 * Every regular file under `dir` whose name is accepted (node_modules and .git left out),
 * sorted by path. Links are never followed (a link to a folder would lead outside `dir`, or
 * round in circles); links and special files with an accepted name are listed as skipped.
 */
export function findFiles(dir: string, accept: (name: string) => boolean): FoundFiles {
  const found: FoundFiles = { files: [], skipped: [] };
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(full);
      if (!accept(entry.name)) continue;
      if (entry.isFile()) found.files.push(full);
      else found.skipped.push({ path: full, what: describeKind(entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'link' : 'special') });
    }
  };
  walk(dir);
  found.files.sort();
  found.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found;
}

/** The absolute folder a command was given, or undefined after saying why it is not one. */
export function folderArgument(arg: string, command: string, io: { cwd: string; err(text: string): void }): string | undefined {
  const dir = path.resolve(io.cwd, arg);
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) return dir;
  io.err(`policy-annotator ${command}: ${arg} is not a folder\n`);
  return undefined;
}
