import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { oversizeToWrite } from '../../core/annotations/codec/guards';
import { annotationFileFor } from '../../core/annotations/model';
import { updateFile } from '../../core/files/update-file';
import { mergeImported } from '../../core/export/import-merge';
import { importW3c, type ImportedFile, type ImportResult } from '../../core/export/w3c-import';
import { parseArgs, type CliCommand, type CliIO } from '../command';
import { importCodebook } from '../import-codebook';
import { kindOf, nodeFiles, readRegularFile } from '../node-files';
import { importQdpxFile } from '../qdpx-source';
import { readDocumentText, readTextFile } from '../read-text';
import { insideFolder } from './inside-folder';

/**
 * Exit codes: 0 everything imported; 1 something was left out (an invalid item, a missing
 * document, an existing annotation file that cannot be read and is therefore not touched);
 * 2 bad usage or an unreadable export.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'recreate annotation files from a W3C Web Annotation export or a REFI-QDA project, merging by id',
  usage: 'policy-annotator import FILE [--into DIR]\n\n'
    + 'A REFI-QDA codebook (FILE.qdc) adds its codes to DIR/codebook.yaml instead.\n'
    + 'Reads an export of `policy-annotator export --format w3c`, or a REFI-QDA project (FILE.qdpx,\n'
    + 'its codings on text sources; from QDA software or our own export), and writes each document\'s\n'
    + 'annotation file in DIR (default: the current folder), beside the document. Annotations\n'
    + 'already there are merged by id (the more recently changed copy wins); an annotation file\n'
    + 'that cannot be read is reported and never overwritten. Items the reader would refuse are\n'
    + 'reported and left out; nothing is written outside DIR, nor through a symbolic link.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['into']);
    if (positional.length !== 1) {
      io.err(`Usage: ${importCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const intoArg = typeof flags.get('into') === 'string' ? String(flags.get('into')) : '.';
    const into = realFolder(path.resolve(io.cwd, intoArg));
    if (!into) {
      io.err(`policy-annotator import: ${intoArg} is not a folder\n`);
      return 2;
    }
    const file = path.resolve(io.cwd, positional[0]);
    if (/\.qdc$/i.test(file)) return await importCodebook(file, positional[0], into, io);
    const result = /\.qdpx$/i.test(file) ? readQdpx(file, into) : readW3c(file, into, positional[0], io);
    if (!result) return 2;
    let failed = false;
    for (const m of result.messages) {
      io.err(`${positional[0]}: ${m.where}: ${m.severity}: ${m.message}\n`);
      if (m.severity === 'error') failed = true;
    }
    if (result.messages.some(m => ['JSON', 'top level', 'archive', 'project.qde'].includes(m.where))) return 2;
    for (const imported of result.files) {
      if (!(await writeImported(into, imported, io))) failed = true;
    }
    return failed ? 1 : 0;
  },
};

/**
 * Merges one document's imported annotations into its annotation file under the file's lock,
 * re-reading the file there: two imports at once both land. Only a file the reader accepts is written.
 */
/** A W3C export, read as text from others is read: a regular file, strictly UTF-8. */
function readW3c(file: string, into: string, shown: string, io: CliIO): ImportResult | undefined {
  const exported = readTextFile(file);
  if (!exported.ok) {
    const { line, column, message } = exported.problem;
    io.err(exported.located ? `${shown}:${line}:${column}: ${message}\n` : `policy-annotator import: ${message}\n`);
    return undefined;
  }
  return importW3c(exported.text, documentPath => {
    const full = insideFolder(into, documentPath);
    if (!full.ok) return { refused: full.reason };
    const document = readDocumentText(full.path);
    if (document.ok) return document.text;
    return kindOf(full.path) === 'missing' ? undefined : { refused: `cannot be read (${document.message})` };
  });
}

/** A REFI-QDA project: only a regular file is read (a link, folder or FIFO is refused, never waited on). */
function readQdpx(file: string, into: string): ImportResult {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file);
  } catch (error) {
    return { files: [], messages: [{ severity: 'error', where: 'archive', message: error instanceof Error ? error.message : String(error) }] };
  }
  return importQdpxFile(bytes, into);
}

async function writeImported(into: string, { path: documentPath, file }: ImportedFile, io: CliIO): Promise<boolean> {
  const documentFull = insideFolder(into, documentPath);
  if (!documentFull.ok) {
    io.err(`${documentPath}: error: ${documentFull.reason}; not written\n`);
    return false;
  }
  const target = annotationFileFor(documentFull.path);
  const shown = path.relative(io.cwd, target) || target;
  let outcome: string | undefined;
  let refusal: string | undefined;
  try {
    await updateFile(nodeFiles, target, current => {
      const existing = current === undefined ? undefined : parseAnnotationFile(current);
      if (existing && !existing.ok) {
        refusal = `cannot be read (${existing.problems.length} problems, see policy-annotator check); left untouched, ${file.annotations.length} annotations not imported`;
        return undefined;
      }
      const merge = mergeImported(existing?.file.annotations ?? [], file.annotations);
      const text = stringifyAnnotationFile({ document: existing?.file.document ?? file.document, annotations: merge.annotations });
      const tooLarge = oversizeToWrite(text);
      if (tooLarge) {
        refusal = `with the import it ${tooLarge}; left untouched, nothing imported`;
        return undefined;
      }
      outcome = `${merge.added} added, ${merge.updated} updated, ${merge.kept} kept`;
      return text;
    });
  } catch (error) {
    refusal = error instanceof Error ? error.message : String(error);
  }
  if (refusal !== undefined) {
    io.err(`${shown}: error: ${refusal}\n`);
    return false;
  }
  io.out(`${shown}: ${outcome}\n`);
  return true;
}

/** The folder with every link on the way resolved, or undefined when it is not a folder. */
function realFolder(folder: string): string | undefined {
  try {
    const real = fs.realpathSync(folder);
    return fs.statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}
