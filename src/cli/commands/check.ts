import * as path from 'node:path';
import { anchorAnnotation } from '../../core/annotations/anchoring';
import { documentFor } from '../../core/annotations/model';
import { LineIndex, type LineColumn } from '../../core/text/line-index';
import { findAnnotationFiles, readAnnotationFile, skippedMessage, toSlashes } from '../annotation-sources';
import { kindOf } from '../node-files';
import { readDocumentText } from '../read-text';
import { checkCodebookOf } from '../check-codebook';
import { parseArgs, type CliCommand } from '../command';
import { folderArgument } from '../walk';

/** One line of `check --json`: an annotation's status, or a whole file's when it could not be read. */
export interface CheckEntry {
  file: string;
  id: string | null;
  status: 'anchored' | 'moved' | 'orphaned' | 'invalid';
  /** Where the annotation stands in the current document, `line:column`; null when orphaned or invalid. */
  start: string | null;
  end: string | null;
}

interface Finding {
  entries: CheckEntry[];
  /** `path:line:col: message`: each makes the check fail. */
  problems: string[];
  /** `path:line:col: warning: message`: printed, but the annotations could still be checked. */
  warnings?: string[];
}

/**
 * Exit codes: 0 every file valid and every annotation found; 1 an invalid file, a missing
 * document or an orphaned annotation; 2 bad usage.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'validate every annotation file of a folder (and its codebook.yaml) and re-anchor each annotation in its document',
  usage: 'policy-annotator check DIR [--json]\n\n'
    + 'Prints path:line:col: message for each problem (invalid file, missing document, orphaned\n'
    + 'annotation) and exits 1 if there is any. --json prints [{"file", "id", "status", "start", "end"}].',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, []);
    if (positional.length !== 1 || [...flags.keys()].some(flag => flag !== 'json')) {
      io.err(`Usage: ${checkCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const dir = folderArgument(positional[0], 'check', io);
    if (!dir) return 2;
    const entries: CheckEntry[] = [];
    const problems: string[] = [];
    const warnings: string[] = [];
    const found = findAnnotationFiles(dir);
    const files = found.files;
    const shownPath = (file: string) => toSlashes(path.relative(io.cwd, file)) || file;
    for (const skipped of found.skipped) {
      problems.push(`${shownPath(skipped.path)}:1:1: ${skippedMessage(skipped.what)}`);
      entries.push({ file: shownPath(skipped.path), id: null, status: 'invalid', start: null, end: null });
    }
    for (const file of files) {
      const finding = checkFile(file, shownPath(file));
      entries.push(...finding.entries);
      problems.push(...finding.problems);
      warnings.push(...finding.warnings ?? []);
    }
    const codebook = checkCodebookOf(dir, io.cwd);
    problems.push(...codebook.problems);
    warnings.push(...codebook.warnings);
    if (codebook.file && codebook.problems.length > 0) entries.push({ file: codebook.file, id: null, status: 'invalid', start: null, end: null });
    if (flags.has('json')) io.out(JSON.stringify(entries, null, 2) + '\n');
    else {
      for (const line of [...problems, ...warnings]) io.out(line + '\n');
      io.out(summary(files.length + found.skipped.length, entries) + '\n');
    }
    return problems.length > 0 ? 1 : 0;
  },
};

function checkFile(file: string, shown: string): Finding {
  const parsed = readAnnotationFile(file);
  if (!parsed.ok) {
    return {
      entries: [{ file: shown, id: null, status: 'invalid', start: null, end: null }],
      problems: parsed.problems.map(p => `${shown}:${p.line}:${p.column}: ${p.message}`),
    };
  }
  const text = parsed.text!;
  const entryLines = idLines(text);
  // The file's name pairs it with its document (report.txt.annotations.yaml -> report.txt), as in
  // the editor; `document:` only repeats that name, so it can never point outside the folder.
  const documentPath = documentFor(file)!;
  const documentName = path.basename(documentPath);
  const documentLine = lineOf(text, /^document:/m);
  const warnings = parsed.file.document === documentName ? [] : [
    `${shown}:${documentLine}:1: warning: document: says ${parsed.file.document} but this file's name pairs it with ${documentName}, which was checked (write document: ${documentName})`,
  ];
  const document = readDocumentText(documentPath);
  if (!document.ok) {
    const why = kindOf(documentPath) === 'missing' ? 'is not there (renamed or deleted?)' : `cannot be read (${document.message})`;
    return {
      entries: parsed.file.annotations.map(a => ({ file: shown, id: a.id, status: 'orphaned', start: null, end: null })),
      problems: [`${shown}:${documentLine}:1: the annotated document ${documentName} ${why}; none of its ${plural(parsed.file.annotations.length, 'annotation')} can be placed`],
      warnings,
    };
  }
  const documentText = document.text.replace(/^\uFEFF/, '');
  const lineIndex = new LineIndex(documentText);
  const entries: CheckEntry[] = [];
  const problems: string[] = [];
  for (const annotation of parsed.file.annotations) {
    const result = anchorAnnotation(documentText, annotation, lineIndex);
    const placed = result.start !== undefined && result.end !== undefined;
    entries.push({
      file: shown,
      id: annotation.id,
      status: result.status,
      start: placed ? position(lineIndex.positionAt(result.start!)) : null,
      end: placed ? position(lineIndex.positionAt(result.end!)) : null,
    });
    if (result.status === 'orphaned') {
      const at = entryLines.get(annotation.id) ?? { line: 1, column: 1 };
      problems.push(`${shown}:${at.line}:${at.column}: annotation ${annotation.id} is orphaned: its quote ${preview(annotation.quote)} is no longer in ${documentName}`);
    }
  }
  return { entries, problems, warnings };
}

/** Line and column of each `id:` key, so that a problem points at its annotation's entry. */
function idLines(text: string): Map<string, LineColumn> {
  const found = new Map<string, LineColumn>();
  text.split('\n').forEach((line, i) => {
    const match = /^(\s*-?\s*)id:\s*["']?([^"'\s#]+)/.exec(line);
    if (match && !found.has(match[2])) found.set(match[2], { line: i + 1, column: match[1].length + 1 });
  });
  return found;
}

function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}

function position(p: LineColumn): string {
  return `${p.line}:${p.column}`;
}

function preview(quote: string): string {
  const chars = [...quote];
  return JSON.stringify(chars.length > 40 ? chars.slice(0, 40).join('') + '…' : quote);
}

function summary(files: number, entries: CheckEntry[]): string {
  const count = (status: CheckEntry['status']) => entries.filter(e => e.status === status).length;
  const annotations = entries.length - count('invalid');
  return `${plural(files, 'annotation file')}, ${plural(annotations, 'annotation')}: `
    + `${count('anchored')} anchored, ${count('moved')} moved, ${count('orphaned')} orphaned, ${plural(count('invalid'), 'invalid file')}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
