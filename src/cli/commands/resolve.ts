import * as path from 'node:path';
import { hasConflictMarkers } from '../../core/annotations/conflicts';
import { describeSide, resolveConflictedText } from '../../core/annotations/merge-text';
import { describeKind } from '../../core/files/file-port';
import { updateFile } from '../../core/files/update-file';
import type { CliCommand, CliIO } from '../command';
import { kindOf, nodeFiles } from '../node-files';

/**
 * Resolves annotation files that git left with conflict markers (no merge driver was set up):
 * each is split into its two versions (and their common ancestor with diff3-style markers) and
 * merged by annotation id. A file whose versions cannot be read is left untouched.
 * Exit codes: 0 every file resolved or already clean, 1 a file could not be resolved, 2 bad usage.
 */
export const resolveCommand: CliCommand = {
  name: 'resolve',
  summary: 'resolve git conflict markers in annotation files by merging both versions by annotation id',
  usage: 'policy-annotator resolve FILE...\n\n'
    + 'Rewrites each FILE in place with both versions merged: annotations added on either side are\n'
    + 'kept, and when both edited the same note the other version becomes a reply marked merged.\n'
    + 'Then mark it resolved with git add FILE.',
  async run(args, io) {
    if (args.length === 0 || args.some(a => a.startsWith('--'))) {
      io.err(`Usage: ${resolveCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    let failed = false;
    for (const arg of args) {
      if (!(await resolveFile(path.resolve(io.cwd, arg), arg, io))) failed = true;
    }
    return failed ? 1 : 0;
  },
};

/**
 * Resolves one file under its lock, reading it there; false when it could not be. Only a
 * regular file is rewritten: a link is refused rather than followed to wherever it points.
 */
async function resolveFile(file: string, arg: string, io: CliIO): Promise<boolean> {
  const kind = kindOf(file);
  if (kind !== 'file') {
    io.err(`policy-annotator resolve: ${arg} is ${kind === 'missing' ? 'not there' : describeKind(kind)}; not resolved\n`);
    return false;
  }
  let ok = true;
  let done = '';
  try {
    await updateFile(nodeFiles, file, text => {
      if (text === undefined || !hasConflictMarkers(text)) {
        io.out(`${arg}: no conflict markers, nothing to resolve\n`);
        return undefined;
      }
      const resolved = resolveConflictedText(text);
      if (!resolved.ok) {
        ok = false;
        for (const p of resolved.problems) {
          io.err(resolved.side
            ? `${arg}: ${describeSide(resolved.side)}, line ${p.line}, column ${p.column}: ${p.message}\n`
            : `${arg}:${p.line}:${p.column}: ${p.message}\n`);
        }
        io.err(`${arg}: left unchanged\n`);
        return undefined;
      }
      const count = resolved.conflicts ?? 0;
      done = `${arg}: resolved ${count} conflict${count === 1 ? '' : 's'}, ${resolved.file.annotations.length} annotations kept\n`;
      return resolved.text;
    });
  } catch (error) {
    io.err(`policy-annotator resolve: ${error instanceof Error ? error.message : String(error)}; left unchanged\n`);
    return false;
  }
  io.out(done);
  return ok;
}
