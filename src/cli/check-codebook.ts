import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile } from '../core/annotations/codec';
import { parseCodebook } from '../core/codebook/codec';
import { DEFAULT_CODEBOOK_PATH } from '../core/codebook/model';
import { checkTagUsage } from '../core/codebook/tag-usage';
import { findAnnotationFiles, toSlashes } from './annotation-sources';

/**
 * Checks the folder's codebook.yaml, when there is one: an invalid codebook is a problem (it
 * fails the check); tags the annotations use that it does not describe, or marks as not
 * codable, are warnings (a new tag is allowed, but the team should agree on it).
 */
export function checkCodebookOf(dir: string, cwd: string): { file?: string; problems: string[]; warnings: string[] } {
  const file = path.join(dir, DEFAULT_CODEBOOK_PATH);
  if (!fs.existsSync(file)) return { problems: [], warnings: [] };
  const shown = toSlashes(path.relative(cwd, file)) || file;
  const parsed = parseCodebook(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return { file: shown, problems: parsed.problems.map(p => `${shown}:${p.line}:${p.column}: ${p.message}`), warnings: [] };
  const files = findAnnotationFiles(dir).files.map(f => parseAnnotationFile(fs.readFileSync(f, 'utf8'))).flatMap(p => (p.ok ? [p.file] : []));
  const warnings = checkTagUsage(parsed.codebook, files).map(f => `${shown}:1:1: warning: tag ${JSON.stringify(f.tag)} (${f.annotations} annotations) `
    + (f.problem === 'not-in-codebook' ? 'is not in the codebook' : 'is marked codable: false, for grouping only'));
  return { file: shown, problems: [], warnings };
}
