import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import { isExportedFile } from '../../core/export/export-marker';
import { isOwnFile } from '../../core/own-files';
import { outlineDocument } from '../../core/outline';
import { SearchIndex, recommendationItems, type SearchKind } from '../../core/search';
import { parseArgs, type CliCommand } from '../command';
import { outlineInputs } from '../outline-inputs';
import { findFiles } from '../walk';
import { decodeDocument } from '../../core/text/document-text';

const DOCUMENT = /\.(txt|md|markdown)$/i;

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'search every recommendation of the policy texts in a folder, best first',
  usage: 'policy-annotator search QUERY --in DIR [--json] [--limit N] [--prose]',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['in', 'limit']);
    const query = positional.join(' ');
    if (!query.trim()) {
      io.err(`usage: ${this.usage}\n`);
      return 2;
    }
    const dir = path.resolve(io.cwd, typeof flags.get('in') === 'string' ? (flags.get('in') as string) : '.');
    const index = new SearchIndex();
    const problems = new Set<string>(); // The project's file, once however many documents it serves.
    for (const file of findFiles(dir, name => DOCUMENT.test(name) && !name.endsWith(ANNOTATION_FILE_SUFFIX)).files) {
      const document = path.relative(dir, file).split(path.sep).join('/');
      if (isOwnFile(document)) continue;
      const { text, problem } = decodeDocument(fs.readFileSync(file));
      if (problem) problems.add(`policy-annotator search: ${document}:${problem.line}:${problem.column}: ${problem.message}`);
      if (isExportedFile(text)) continue; // a digest saved as notes.md quotes recommendations it is not
      const inputs = outlineInputs(file, text, dir);
      for (const problem of inputs.problems) problems.add(problem);
      index.setDocument(document, recommendationItems(document, text, outlineDocument(text, { ...inputs.options, fileName: document })));
    }
    for (const problem of problems) io.err(`${problem}\n`);
    const kinds: SearchKind[] = flags.has('prose') ? ['recommendation', 'prose-recommendation'] : ['recommendation'];
    const limit = Number(flags.get('limit') ?? 20);
    const results = index.search(query, { limit: Number.isFinite(limit) && limit > 0 ? limit : 20, kinds });
    if (flags.has('json')) {
      const json = results.map(r => ({ document: r.item.document, line: r.item.line, text: r.item.text, chapter: r.item.chapter ?? null, score: Number(r.score.toFixed(6)) }));
      io.out(JSON.stringify(json, null, 2) + '\n');
    } else if (!results.length) {
      io.out(`no recommendation matches "${query}"\n`);
    } else {
      for (const r of results) {
        io.out(`${r.item.document}:${r.item.line}  ${r.item.chapter ? `[${r.item.chapter}] ` : ''}${r.item.text}\n`);
      }
    }
    return 0;
  },
};
