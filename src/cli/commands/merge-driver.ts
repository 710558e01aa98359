import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../core/annotations/codec/guards';
import { hasConflictMarkers } from '../../core/annotations/conflicts';
import { describeSide, mergeAnnotationTexts, resolveConflictedText } from '../../core/annotations/merge-text';
import { isCodebookText } from '../../core/codebook/merge-text';
import { writeAtomically } from '../../core/files/atomic-write';
import type { CliCommand, CliIO } from '../command';
import { mergeCodebookVersions } from '../merge-codebook-versions';
import { kindOf, nodeFiles } from '../node-files';
import { readTextFile } from '../read-text';

/**
 * A git merge driver for annotation files and the codebook (told apart by the codebook's schema
 * line; see merge-codebook-versions.ts for its rules). Git calls it with the common ancestor (%O), our
 * version (%A, where the result goes) and their version (%B); %P is the path in the repository.
 * Exit 0: merged cleanly into %A. Exit 1: a version is not a valid annotation file; %A then
 * holds git's own line merge with conflict markers (diff3 style, so that `policy-annotator
 * resolve` can finish the job once the bad version is fixed).
 */
export const mergeDriverCommand: CliCommand = {
  name: 'merge-driver',
  summary: 'git merge driver: merge two versions of an annotation file by annotation id, or of codebook.yaml by tag',
  usage: 'policy-annotator merge-driver BASE OURS THEIRS [PATH]\n\n'
    + 'Set it up in a repository with:\n'
    + '  echo "*.annotations.yaml merge=policy-annotator" >> .gitattributes\n'
    + '  echo "/codebook.yaml merge=policy-annotator" >> .gitattributes\n'
    + '  git config merge.policy-annotator.driver "npx policy-annotator merge-driver %O %A %B %P"\n'
    + 'Additions from both sides are kept, an edit wins over a deletion, and when both sides edited\n'
    + 'the same note, the other version is kept as a reply marked merged. The result goes to OURS.\n'
    + 'codebook.yaml merges by tag; a tag both sides changed differently is left with both versions\n'
    + 'between conflict markers, and the driver exits 1.',
  async run(args, io) {
    if (args.length < 3 || args.length > 4 || args.some(a => a.startsWith('--'))) {
      io.err(`Usage: ${mergeDriverCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const [basePath, oursPath, theirsPath] = args.slice(0, 3).map(arg => path.resolve(io.cwd, arg));
    const shown = args[3] ?? args[1];
    const texts = readVersions({ base: basePath, ours: oursPath, theirs: theirsPath });
    if ('unreadable' in texts) {
      io.err(`policy-annotator merge-driver: cannot merge ${shown}: ${texts.unreadable}; nothing was written.\n`);
      return 1;
    }
    if ([texts.base, texts.ours, texts.theirs].some(isCodebookText)) return mergeCodebookVersions(texts, oursPath, shown, io);
    let base = texts.base;
    // A recursive merge hands over a virtual ancestor that may itself hold conflict markers.
    if (hasConflictMarkers(base)) {
      const resolvedBase = resolveConflictedText(base);
      if (resolvedBase.ok) base = resolvedBase.text;
    }
    const merged = mergeAnnotationTexts({ base, ours: texts.ours, theirs: texts.theirs });
    if (merged.ok) {
      await writeAtomically(nodeFiles, oursPath, merged.text);
      return 0;
    }
    const where = merged.side ? describeSide(merged.side) : 'the file';
    const first = merged.problems[0];
    io.err(merged.side
      ? `policy-annotator merge-driver: cannot merge ${shown}: ${where} is not a valid annotation file`
        + (first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : '') + '.\n'
      : `policy-annotator merge-driver: cannot merge ${shown}: ${first?.message ?? 'the merge failed'}.\n`);
    io.err(await leaveGitConflict(basePath, oursPath, theirsPath, shown, io)
      ? `The file now holds git's conflict markers; fix ${where}, then run: policy-annotator resolve ${shown}\n`
      : `The file holds our version unchanged.\n`);
    return 1;
  },
};

/**
 * Writes git's own three-way line merge into `ours`, markers included, replacing the file
 * rather than writing through it; false when git cannot be run.
 */
async function leaveGitConflict(base: string, ours: string, theirs: string, shown: string, io: CliIO): Promise<boolean> {
  const result = spawnSync('git', ['merge-file', '-p', '--diff3', '-L', `ours:${shown}`, '-L', 'base', '-L', `theirs:${shown}`, ours, base, theirs], { cwd: io.cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  // merge-file exits with the number of conflicts, and 255 when it could not merge at all.
  if (result.error || result.status === null || result.status < 0 || result.status > 127) return false;
  await writeAtomically(nodeFiles, ours, result.stdout);
  return true;
}

/** Each version as text; a side that is missing is empty (added on one side), one that cannot be read is named. */
function readVersions(paths: { base: string; ours: string; theirs: string }): { base: string; ours: string; theirs: string } | { unreadable: string } {
  const texts = { base: '', ours: '', theirs: '' };
  for (const side of ['base', 'ours', 'theirs'] as const) {
    if (kindOf(paths[side]) === 'missing') continue;
    const read = readTextFile(paths[side], DEFAULT_MAX_BYTES);
    if (!read.ok) return { unreadable: `${describeSide(side)}${read.located ? `, line ${read.problem.line}, column ${read.problem.column}` : ''}: ${read.problem.message}` };
    texts[side] = read.text;
  }
  return texts;
}
