import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCodebook } from '../core/codebook/codec';
import { DEFAULT_CODEBOOK_PATH, type Codebook } from '../core/codebook/model';

export interface CodebookFile {
  file: string;
  /** Undefined when there is no codebook yet, or when it cannot be read (then `problem` says why). */
  codebook?: Codebook;
  problem?: string;
}

/** The folder's `codebook.yaml`, read strictly; a codebook that cannot be read is never written over. */
export function readCodebookFile(dir: string): CodebookFile {
  const file = path.join(dir, DEFAULT_CODEBOOK_PATH);
  if (!fs.existsSync(file)) return { file };
  const parsed = parseCodebook(fs.readFileSync(file, 'utf8'));
  if (parsed.ok) return { file, codebook: parsed.codebook };
  const first = parsed.problems[0];
  return { file, problem: `${DEFAULT_CODEBOOK_PATH}:${first.line}:${first.column}: ${first.message}` };
}
