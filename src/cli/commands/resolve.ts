import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasConflictMarkers } from '../../core/annotations/conflicts';
import { describeSide, resolveConflictedText } from '../../core/annotations/merge-text';
import type { CliCommand } from '../command';
import { writeAtomically } from '../write-atomically';

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
      const file = path.resolve(io.cwd, arg);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        io.err(`policy-annotator resolve: ${arg} is not a file\n`);
        failed = true;
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      if (!hasConflictMarkers(text)) {
        io.out(`${arg}: no conflict markers, nothing to resolve\n`);
        continue;
      }
      const resolved = resolveConflictedText(text);
      if (!resolved.ok) {
        failed = true;
        for (const p of resolved.problems) {
          io.err(resolved.side
            ? `${arg}: ${describeSide(resolved.side)}, line ${p.line}, column ${p.column}: ${p.message}\n`
            : `${arg}:${p.line}:${p.column}: ${p.message}\n`);
        }
        io.err(`${arg}: left unchanged\n`);
        continue;
      }
      writeAtomically(file, resolved.text);
      const count = resolved.conflicts ?? 0;
      io.out(`${arg}: resolved ${count} conflict${count === 1 ? '' : 's'}, ${resolved.file.annotations.length} annotations kept\n`);
    }
    return failed ? 1 : 0;
  },
};
