import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/command';
import { stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation } from '../../../src/core/annotations/model';
import { describeTarget } from '../../../src/core/annotations/target';
import { toW3c } from '../../../src/core/export/w3c';
import type { W3cAnnotation, W3cCollection } from '../../../src/core/export/w3c-model';
import { annotationOf as exportAnnotationOf, preparedDocument } from '../export/helpers';

/** A folder of one document and its annotation file, and a second folder beside it playing "outside". */
export const DOCUMENT = '第1章 総論\n◆ 提言\n- 同志国との連携を強化すべきである。\n- 供給網の点検を毎年行うべきである。\n';

export function scratchFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `policy-annotator-${prefix}-`));
}

export function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

export function annotationOf(quote: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  const start = DOCUMENT.indexOf(quote);
  return { id, ...describeTarget(DOCUMENT, start, start + quote.length), author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-22T10:15:00Z', ...fields };
}

export function annotationFileText(...annotations: Annotation[]): string {
  return stringifyAnnotationFile({ document: 'a.txt', annotations });
}

/** The W3C items of an export of `a.txt` holding these annotations. */
export function w3cItems(...annotations: Annotation[]): W3cAnnotation[] {
  const prepared = annotations.map(a => exportAnnotationOf(DOCUMENT, a.quote, a));
  return (JSON.parse(toW3c([preparedDocument('a.txt', DOCUMENT, prepared)])) as W3cCollection).first.items;
}
