import * as path from 'node:path';
import { parseAnnotationFile, type ParseResult } from '../core/annotations/codec';
import { DEFAULT_MAX_BYTES } from '../core/annotations/codec/guards';
import { ANNOTATION_FILE_SUFFIX, documentFor } from '../core/annotations/model';
import type { ExportSource } from '../core/export/rows';
import { kindOf } from './node-files';
import { readDocumentText, readTextFile } from './read-text';
import { findFiles, type FoundFiles } from './walk';

/** What reading a folder's annotation files gave: the readable ones, and why others were not. */
export interface ReadSources {
  sources: ExportSource[];
  /** `path:line:col: message` lines, paths relative to the folder. */
  problems: string[];
}

/** Every `*.annotations.yaml` under `dir` (node_modules and .git left out), and the special files so named. */
export function findAnnotationFiles(dir: string): FoundFiles {
  return findFiles(dir, name => name.endsWith(ANNOTATION_FILE_SUFFIX));
}

/** Why an annotation file name that is a folder, link or special file was not read. */
export function skippedMessage(what: string): string {
  return `is ${what}, not a regular file; it was not read`;
}

/** An annotation file read strictly (a regular file, UTF-8, within the size limit) and parsed. */
export function readAnnotationFile(file: string): ParseResult & { text?: string } {
  const read = readTextFile(file, DEFAULT_MAX_BYTES);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return { ...parseAnnotationFile(read.text), text: read.text };
}

/** Reads every annotation file under `dir` with its document; invalid ones become problems. */
export function readAnnotationSources(dir: string): ReadSources {
  const sources: ExportSource[] = [];
  const found = findAnnotationFiles(dir);
  const shown = (file: string) => toSlashes(path.relative(dir, file));
  const problems = found.skipped.map(s => `${shown(s.path)}:1:1: ${skippedMessage(s.what)}`);
  for (const file of found.files) {
    const parsed = readAnnotationFile(file);
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push(`${shown(file)}:${p.line}:${p.column}: ${p.message}`);
      continue;
    }
    // The document is the file beside it, named as the editor names it (never a path the file's
    // `document:` line could point outside the folder with).
    const documentPath = documentFor(file)!;
    const document = readDocumentText(documentPath);
    if (!document.ok) {
      const why = kindOf(documentPath) === 'missing' ? 'is not there' : `cannot be read (${document.message})`;
      problems.push(`${shown(file)}:1:1: the annotated document ${path.basename(documentPath)} ${why}; its annotations were left out`);
      continue;
    }
    sources.push({ path: toSlashes(path.relative(dir, documentPath)), text: document.text, file: parsed.file });
  }
  return { sources, problems };
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
