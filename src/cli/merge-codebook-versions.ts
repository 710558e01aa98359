import { describeSide } from '../core/annotations/merge-text';
import { describeConflicts, mergeCodebookTexts } from '../core/codebook/merge-text';
import { writeAtomically } from '../core/files/atomic-write';
import type { CliIO } from './command';
import { nodeFiles } from './node-files';

/**
 * The merge driver's part for codebook.yaml: merges the versions by tag and writes the result to
 * `oursPath`. Exit 0: merged cleanly. Exit 1: tags both sides changed differently; the file holds
 * every tag, those tags twice between conflict markers, and git reports the file as conflicted.
 * A version that is not a valid codebook leaves our version untouched.
 */
export async function mergeCodebookVersions(texts: { base: string; ours: string; theirs: string }, oursPath: string, shown: string, io: CliIO): Promise<number> {
  const merged = mergeCodebookTexts(texts, { ours: `ours:${shown}`, theirs: `theirs:${shown}` });
  if (merged.status === 'invalid') {
    const first = merged.problems[0];
    io.err(`policy-annotator merge-driver: cannot merge ${shown}: ${describeSide(merged.side)} is not a valid codebook`
      + (first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : '') + '.\n'
      + 'The file holds our version unchanged.\n');
    return 1;
  }
  await writeAtomically(nodeFiles, oursPath, merged.text);
  if (merged.status === 'merged') return 0;
  io.err(`policy-annotator merge-driver: ${shown}: both sides changed ${merged.conflicts.length === 1 ? 'a tag' : `${merged.conflicts.length} tags`} differently:\n`
    + describeConflicts(merged.conflicts).map(line => `  ${line}\n`).join('')
    + `Both versions of ${merged.conflicts.length === 1 ? 'it are' : 'each are'} in the file between conflict markers, every other change is merged.\n`
    + `Keep one version of each, remove the markers, then: git add ${shown}\n`);
  return 1;
}
