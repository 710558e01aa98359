import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile } from '../core/annotations/codec';
import { annotationFileFor } from '../core/annotations/model';
import { anchoredCorrections } from '../core/annotations/structure-corrections';
import type { OutlineOptions } from '../core/outline';
import { parseProjectOutline, PROJECT_OUTLINE_FILE, PROJECT_OUTLINE_MAX_BYTES } from '../core/outline/project-config';
import { readTextFile } from './read-text';

/** What the outline of one document is built with, and why any of it was left out (`path:line:col: message`). */
export interface OutlineInputs {
  options: OutlineOptions;
  problems: string[];
}

/**
 * The options the editor would use for a document: the project's additions (the nearest
 * `.policy-annotator/outline.yaml` in the document's folder or above, up to the repository's
 * root) and the reader's corrections in the annotation file beside it. A file that cannot be
 * read is left out and said so; the outline is still made.
 */
export function outlineInputs(documentPath: string, text: string, shownFrom: string): OutlineInputs {
  const problems: string[] = [];
  const shown = (file: string) => path.relative(shownFrom, file).split(path.sep).join('/');
  const options: OutlineOptions = { fileName: documentPath };
  const configFile = findProjectOutline(path.dirname(documentPath));
  if (configFile) {
    // Read the safe way (a regular file, bounded, strict UTF-8): it comes from colleagues.
    const read = readTextFile(configFile, PROJECT_OUTLINE_MAX_BYTES);
    const parsed = read.ok ? parseProjectOutline(read.text) : { ok: false as const, problems: [read.problem] };
    if (parsed.ok) Object.assign(options, parsed.outline);
    else for (const p of parsed.problems) problems.push(`${shown(configFile)}:${p.line}:${p.column}: ${p.message} (the project's outline additions were left out)`);
  }
  const annotationFile = annotationFileFor(documentPath);
  if (fs.existsSync(annotationFile)) {
    const read = readTextFile(annotationFile);
    const parsed = read.ok ? parseAnnotationFile(read.text) : { ok: false as const, problems: [read.problem] };
    if (parsed.ok) options.corrections = anchoredCorrections(text, parsed.file.annotations);
    else for (const p of parsed.problems) problems.push(`${shown(annotationFile)}:${p.line}:${p.column}: ${p.message} (its structure corrections were left out)`);
  }
  return { options, problems };
}

/** The nearest project outline file from `folder` upwards, stopping at a repository's root (a folder with `.git`). */
function findProjectOutline(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, PROJECT_OUTLINE_FILE);
    if (fs.existsSync(candidate)) return candidate; // Not a regular file: read-text says so.
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}
