import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile } from '../core/annotations/codec';
import { ANNOTATION_FILE_SUFFIX, documentFor } from '../core/annotations/model';
import type { ExportSource } from '../core/export/rows';
import { findFiles } from './walk';


/** What reading a folder's annotation files gave: the readable ones, and why others were not. */
export interface ReadSources {
  sources: ExportSource[];
  /** `path:line:col: message` lines, paths relative to the folder. */
  problems: string[];
}

/** Every `*.annotations.yaml` under `dir` (node_modules and .git left out), sorted by path. */
export function findAnnotationFiles(dir: string): string[] {
  return findFiles(dir, name => name.endsWith(ANNOTATION_FILE_SUFFIX));
}

/** Reads every annotation file under `dir` with its document; invalid ones become problems. */
export function readAnnotationSources(dir: string): ReadSources {
  const sources: ExportSource[] = [];
  const problems: string[] = [];
  for (const file of findAnnotationFiles(dir)) {
    const shown = toSlashes(path.relative(dir, file));
    const parsed = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      for (const problem of parsed.problems) problems.push(`${shown}:${describeProblem(problem)}`);
      continue;
    }
    // The document is the file beside it, named as the editor names it (never a path the file's
    // `document:` line could point outside the folder with).
    const documentPath = documentFor(file)!;
    if (!fs.existsSync(documentPath)) {
      problems.push(`${shown}:1:1: the annotated document ${path.basename(documentPath)} is not there; its annotations were left out`);
      continue;
    }
    sources.push({ path: toSlashes(path.relative(dir, documentPath)), text: fs.readFileSync(documentPath, 'utf8'), file: parsed.file });
  }
  return { sources, problems };
}

/** The codec's problems carry a line and column when it knows them. */
function describeProblem(problem: unknown): string {
  if (typeof problem === 'object' && problem !== null) {
    const p = problem as { line?: number; column?: number; message?: string };
    return `${p.line ?? 1}:${p.column ?? 1}: ${p.message ?? JSON.stringify(problem)}`;
  }
  return `1:1: ${String(problem)}`;
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
