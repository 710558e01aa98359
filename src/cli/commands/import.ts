import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { annotationFileFor, type AnnotationFile } from '../../core/annotations/model';
import { mergeImported } from '../../core/export/import-merge';
import { importW3c } from '../../core/export/w3c-import';
import { parseArgs, type CliCommand } from '../command';
import { importCodebook } from '../import-codebook';
import { importQdpxFile } from '../qdpx-source';

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
    + 'that cannot be read is reported and never overwritten.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['into']);
    if (positional.length !== 1) {
      io.err(`Usage: ${importCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const into = path.resolve(io.cwd, typeof flags.get('into') === 'string' ? String(flags.get('into')) : '.');
    const exportFile = path.resolve(io.cwd, positional[0]);
    if (!fs.existsSync(exportFile)) {
      io.err(`policy-annotator import: ${positional[0]} is not there\n`);
      return 2;
    }
    if (/\.qdc$/i.test(exportFile)) return importCodebook(exportFile, positional[0], into, io);
    const result = /\.qdpx$/i.test(exportFile)
      ? importQdpxFile(exportFile, into)
      : importW3c(fs.readFileSync(exportFile, 'utf8'), documentPath => {
        const full = insideFolder(into, documentPath);
        return full && fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
      });
    let failed = false;
    for (const m of result.messages) {
      io.err(`${positional[0]}: ${m.where}: ${m.severity}: ${m.message}\n`);
      if (m.severity === 'error') failed = true;
    }
    if (result.messages.some(m => ['JSON', 'top level', 'archive', 'project.qde'].includes(m.where))) return 2;

    for (const { path: documentPath, file } of result.files) {
      const documentFull = insideFolder(into, documentPath);
      if (!documentFull) {
        io.err(`${documentPath}: error: the path leads outside ${into}; not written\n`);
        failed = true;
        continue;
      }
      const target = annotationFileFor(documentFull);
      const shown = path.relative(io.cwd, target) || target;
      let existing: AnnotationFile | undefined;
      if (fs.existsSync(target)) {
        const parsed = parseAnnotationFile(fs.readFileSync(target, 'utf8'));
        if (!parsed.ok) {
          io.err(`${shown}: error: cannot be read (${parsed.problems.length} problems, see policy-annotator check); left untouched, ${file.annotations.length} annotations not imported\n`);
          failed = true;
          continue;
        }
        existing = parsed.file;
      }
      const merge = mergeImported(existing?.annotations ?? [], file.annotations);
      writeAtomically(target, stringifyAnnotationFile({ document: existing?.document ?? file.document, annotations: merge.annotations }));
      io.out(`${shown}: ${merge.added} added, ${merge.updated} updated, ${merge.kept} kept\n`);
    }
    return failed ? 1 : 0;
  },
};

/** The path inside `folder`, or undefined when it would lead outside it (`../x`, absolute). */
function insideFolder(folder: string, relative: string): string | undefined {
  const full = path.resolve(folder, relative);
  return full.startsWith(folder + path.sep) ? full : undefined;
}

/** Write beside, then rename: a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, 'utf8');
  fs.renameSync(temporary, file);
}
