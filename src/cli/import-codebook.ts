import * as path from 'node:path';
import { parseCodebook, stringifyCodebook } from '../core/codebook/codec';
import { DEFAULT_CODEBOOK_PATH } from '../core/codebook/model';
import { updateFile } from '../core/files/update-file';
import { mergeCodesIntoCodebook } from '../core/qda/codebook-import';
import { readQdc } from '../core/qda/codebook-xml';
import type { CliIO } from './command';
import { nodeFiles } from './node-files';
import { readTextFile } from './read-text';

/**
 * `import FILE.qdc`: the codes of a REFI-QDA codebook join the folder's codebook.yaml (made when
 * missing). Exit codes as for the other imports: 0 done, 1 something left out, 2 unreadable.
 */
export async function importCodebook(qdcFile: string, shownQdc: string, into: string, io: CliIO): Promise<number> {
  const qdc = readTextFile(qdcFile);
  if (!qdc.ok) {
    io.err(`${shownQdc}: error: ${qdc.problem.message}\n`);
    return 2;
  }
  const read = readQdc(qdc.text);
  if (!read.ok) {
    io.err(`${shownQdc}: error: ${read.message}\n`);
    return 2;
  }
  for (const warning of read.warnings) io.err(`${shownQdc}: warning: ${warning}\n`);
  const file = path.join(into, DEFAULT_CODEBOOK_PATH);
  const shown = path.relative(io.cwd, file) || file;
  let outcome: string | undefined;
  try {
    // Read and written under the codebook's lock: a rename or another import meanwhile loses nothing.
    await updateFile(nodeFiles, file, current => {
      const parsed = current === undefined ? undefined : parseCodebook(current);
      if (parsed && !parsed.ok) throw new Error(`cannot be read (${parsed.problems[0].line}:${parsed.problems[0].column}: ${parsed.problems[0].message}); left untouched, ${read.codes.length} codes not imported`);
      const merge = mergeCodesIntoCodebook(parsed?.codebook ?? { tags: [] }, read.codes);
      outcome = `${merge.added} added, ${merge.completed} completed, ${merge.kept} kept`;
      return stringifyCodebook(merge.codebook);
    });
  } catch (error) {
    io.err(`${shown}: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.out(`${shown}: ${outcome}\n`);
  return read.warnings.length ? 1 : 0;
}
