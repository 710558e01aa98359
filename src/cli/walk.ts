import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every file under `dir` whose name is accepted (node_modules and .git left out), sorted by path. */
export function findFiles(dir: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(full);
      else if (entry.isFile() && accept(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/** The absolute folder a command was given, or undefined after saying why it is not one. */
export function folderArgument(arg: string, command: string, io: { cwd: string; err(text: string): void }): string | undefined {
  const dir = path.resolve(io.cwd, arg);
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) return dir;
  io.err(`policy-annotator ${command}: ${arg} is not a folder\n`);
  return undefined;
}
