import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { oversizeToWrite } from '../../core/annotations/codec/guards';
import { annotationFileFor } from '../../core/annotations/model';
import { updateFile } from '../../core/files/update-file';
import { mergeImported } from '../../core/export/import-merge';
import { importW3c, type ImportedFile } from '../../core/export/w3c-import';
import { parseArgs, type CliCommand, type CliIO } from '../command';
import { kindOf, nodeFiles } from '../node-files';
import { readDocumentText, readTextFile } from '../read-text';
import { insideFolder } from './inside-folder';

/**
 * Exit codes: 0 everything imported; 1 something was left out (an invalid item, a missing
 * document, an existing annotation file that cannot be read and is therefore not touched);
 * 2 bad usage or an unreadable export.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'recreate annotation files from a W3C Web Annotation export, merging by id',
  usage: 'policy-annotator import FILE [--into DIR]\n\n'
    + 'Reads an export of `policy-annotator export --format w3c` and writes each document\'s\n'
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
    const exported = readTextFile(path.resolve(io.cwd, positional[0]));
    if (!exported.ok) {
      const { line, column, message } = exported.problem;
      io.err(exported.located ? `${positional[0]}:${line}:${column}: ${message}\n` : `policy-annotator import: ${message}\n`);
      return 2;
    }
    const result = importW3c(exported.text, documentPath => {
      const full = insideFolder(into, documentPath);
      if (!full.ok) return { refused: full.reason };
      const document = readDocumentText(full.path);
      if (document.ok) return document.text;
      return kindOf(full.path) === 'missing' ? undefined : { refused: `cannot be read (${document.message})` };
    });
    let failed = false;
    for (const m of result.messages) {
      io.err(`${positional[0]}: ${m.where}: ${m.severity}: ${m.message}\n`);
      if (m.severity === 'error') failed = true;
    }
    if (result.messages.some(m => m.where === 'JSON' || m.where === 'top level')) return 2;
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
