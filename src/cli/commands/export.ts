import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, exportAnnotationBytes, exportAnnotations, isExportFormat } from '../../core/export/formats';
import { countAnnotations } from '../../core/export/rows';
import { codesOfCodebook } from '../../core/qda/codebook-import';
import { readAnnotationSources } from '../annotation-sources';
import { readCodebookFile } from '../codebook-file';
import { parseArgs, type CliCommand } from '../command';
import { folderArgument } from '../walk';

/**
 * Exit codes: 0 every annotation file was exported; 1 some were invalid or lacked their
 * document and were left out (the export of the rest is still written, the reasons are on
 * stderr); 2 bad usage or an unreadable folder.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write every annotation of a folder as CSV, W3C Web Annotations (JSON-LD), Markdown or REFI-QDA',
  usage: `policy-annotator export DIR --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--raw-csv]\n\n`
    + 'Writes to stdout without --out (a .qdpx project needs --out: it is a zip archive). qdpx is a\n'
    + 'REFI-QDA project for QDA software (documents, codes, codings, notes); qdc the codes alone.\n'
    + 'Invalid annotation files are reported on stderr and left out (exit code 1); the others are\n'
    + 'still exported. In CSV, a cell starting with = + - @ (which a spreadsheet would run as a\n'
    + 'formula) gets a leading \'; --raw-csv writes every cell as it is.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['format', 'out']);
    const format = flags.get('format');
    if (positional.length !== 1 || !isExportFormat(format)) {
      io.err(`Usage: ${exportCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const dir = folderArgument(positional[0], 'export', io);
    if (!dir) return 2;
    const { sources, problems } = await readAnnotationSources(dir);
    for (const problem of problems) io.err(`${problem}\n`);
    const out = flags.get('out');
    if (format === 'qdpx' && typeof out !== 'string') {
      io.err('policy-annotator export: a qdpx project is a zip archive; name the file with --out\n');
      return 2;
    }
    const codebookFile = readCodebookFile(dir);
    if (codebookFile.problem) io.err(`${codebookFile.problem} (the codebook cannot be read; exported without its descriptions and colours)\n`);
    const options = { projectName: path.basename(dir), codebook: codesOfCodebook(codebookFile.codebook), rawCsvCells: flags.has('raw-csv') };
    if (typeof out === 'string') {
      const exported = exportAnnotationBytes(sources, format, options);
      fs.writeFileSync(path.resolve(io.cwd, out), exported.bytes);
      if (exported.orphansLeftOut) io.err(`policy-annotator export: ${exported.orphansLeftOut} orphaned annotations left out (a REFI-QDA project codes only text that is there; see policy-annotator check)\n`);
      const count = countAnnotations(sources);
      io.err(`policy-annotator export: ${count} annotations from ${sources.length} documents written to ${out}\n`);
    } else if (format !== 'qdpx') {
      io.out(exportAnnotations(sources, format, options));
    }
    return problems.length ? 1 : 0;
  },
};
