import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, exportAnnotations, isExportFormat } from '../../core/export/formats';
import { countAnnotations } from '../../core/export/rows';
import { readAnnotationSources } from '../annotation-sources';
import { parseArgs, type CliCommand } from '../command';
import { folderArgument } from '../walk';

/**
 * Exit codes: 0 every annotation file was exported; 1 some were invalid or lacked their
 * document and were left out (the export of the rest is still written, the reasons are on
 * stderr); 2 bad usage or an unreadable folder.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write every annotation of a folder as CSV, W3C Web Annotations (JSON-LD) or Markdown',
  usage: `policy-annotator export DIR --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--raw-csv]\n\n`
    + 'Writes to stdout without --out. Invalid annotation files are reported on stderr and left out\n'
    + '(exit code 1); the others are still exported. In CSV, a cell starting with = + - @ (which a\n'
    + 'spreadsheet would run as a formula) gets a leading \'; --raw-csv writes every cell as it is.',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['format', 'out']);
    const format = flags.get('format');
    if (positional.length !== 1 || !isExportFormat(format)) {
      io.err(`Usage: ${exportCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const dir = folderArgument(positional[0], 'export', io);
    if (!dir) return 2;
    const { sources, problems } = readAnnotationSources(dir);
    for (const problem of problems) io.err(`${problem}\n`);
    const output = exportAnnotations(sources, format, { rawCsvCells: flags.has('raw-csv') });
    const out = flags.get('out');
    if (typeof out === 'string') {
      fs.writeFileSync(path.resolve(io.cwd, out), output, 'utf8');
      const count = countAnnotations(sources);
      io.err(`policy-annotator export: ${count} annotations from ${sources.length} documents written to ${out}\n`);
    } else {
      io.out(output);
    }
    return problems.length ? 1 : 0;
  },
};
