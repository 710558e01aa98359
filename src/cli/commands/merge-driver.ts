import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasConflictMarkers } from '../../core/annotations/conflicts';
import { describeSide, mergeAnnotationTexts, resolveConflictedText } from '../../core/annotations/merge-text';
import type { CliCommand, CliIO } from '../command';
import { writeAtomically } from '../write-atomically';

/**
 * A git merge driver for annotation files. Git calls it with the common ancestor (%O), our
 * version (%A, where the result goes) and their version (%B); %P is the path in the repository.
 * Exit 0: merged cleanly into %A. Exit 1: a version is not a valid annotation file; %A then
 * holds git's own line merge with conflict markers (diff3 style, so that `policy-annotator
 * resolve` can finish the job once the bad version is fixed).
 */
export const mergeDriverCommand: CliCommand = {
  name: 'merge-driver',
  summary: 'git merge driver: merge two versions of an annotation file by annotation id',
  usage: 'policy-annotator merge-driver BASE OURS THEIRS [PATH]\n\n'
    + 'Set it up in a repository with:\n'
    + '  echo "*.annotations.yaml merge=policy-annotator" >> .gitattributes\n'
    + '  git config merge.policy-annotator.driver "npx policy-annotator merge-driver %O %A %B %P"\n'
    + 'Additions from both sides are kept, an edit wins over a deletion, and when both sides edited\n'
    + 'the same note, the other version is kept as a reply marked merged. The result goes to OURS.',
  async run(args, io) {
    if (args.length < 3 || args.length > 4 || args.some(a => a.startsWith('--'))) {
      io.err(`Usage: ${mergeDriverCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const [basePath, oursPath, theirsPath] = args.slice(0, 3).map(arg => path.resolve(io.cwd, arg));
    const shown = args[3] ?? args[1];
    const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    let base = read(basePath);
    // A recursive merge hands over a virtual ancestor that may itself hold conflict markers.
    if (hasConflictMarkers(base)) {
      const resolvedBase = resolveConflictedText(base);
      if (resolvedBase.ok) base = resolvedBase.text;
    }
    const merged = mergeAnnotationTexts({ base, ours: read(oursPath), theirs: read(theirsPath) });
    if (merged.ok) {
      writeAtomically(oursPath, merged.text);
      return 0;
    }
    const where = merged.side ? describeSide(merged.side) : 'the file';
    const first = merged.problems[0];
    io.err(`policy-annotator merge-driver: cannot merge ${shown}: ${where} is not a valid annotation file`
      + (first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : '') + '.\n');
    io.err(leaveGitConflict(basePath, oursPath, theirsPath, shown, io)
      ? `The file now holds git's conflict markers; fix ${where}, then run: policy-annotator resolve ${shown}\n`
      : `The file holds our version unchanged.\n`);
    return 1;
  },
};

/** Writes git's own three-way line merge into `ours`, markers included; false when git cannot be run. */
function leaveGitConflict(base: string, ours: string, theirs: string, shown: string, io: CliIO): boolean {
  const result = spawnSync('git', ['merge-file', '--diff3', '-L', `ours:${shown}`, '-L', 'base', '-L', `theirs:${shown}`, ours, base, theirs], { cwd: io.cwd, encoding: 'utf8' });
  return !result.error && result.status !== null && result.status >= 0;
}
