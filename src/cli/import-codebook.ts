import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringifyCodebook } from '../core/codebook/codec';
import { mergeCodesIntoCodebook } from '../core/qda/codebook-import';
import { readQdc } from '../core/qda/codebook-xml';
import type { CliIO } from './command';
import { readCodebookFile } from './codebook-file';
import { writeAtomically } from './write-atomically';

/**
 * `import FILE.qdc`: the codes of a REFI-QDA codebook join the folder's codebook.yaml (made when
 * missing). Exit codes as for the other imports: 0 done, 1 something left out, 2 unreadable.
 */
export function importCodebook(qdcFile: string, shownQdc: string, into: string, io: CliIO): number {
  const read = readQdc(fs.readFileSync(qdcFile, 'utf8'));
  if (!read.ok) {
    io.err(`${shownQdc}: error: ${read.message}\n`);
    return 2;
  }
  for (const warning of read.warnings) io.err(`${shownQdc}: warning: ${warning}\n`);
  const current = readCodebookFile(into);
  const shown = path.relative(io.cwd, current.file) || current.file;
  if (current.problem) {
    io.err(`${shown}: error: cannot be read (${current.problem}); left untouched, ${read.codes.length} codes not imported\n`);
    return 1;
  }
  const merge = mergeCodesIntoCodebook(current.codebook ?? { tags: [] }, read.codes);
  const text = stringifyCodebook(merge.codebook);
  const before = fs.existsSync(current.file) ? fs.readFileSync(current.file, 'utf8') : undefined;
  if (text !== before) writeAtomically(current.file, text);
  io.out(`${shown}: ${merge.added} added, ${merge.completed} completed, ${merge.kept} kept\n`);
  return read.warnings.length ? 1 : 0;
}
