import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { parseCodebook, stringifyCodebook } from '../../core/codebook/codec';
import { DEFAULT_CODEBOOK_PATH, normalTagName } from '../../core/codebook/model';
import { renameTagInCodebook, renameTagInFile } from '../../core/codebook/rename';
import { findAnnotationFiles, toSlashes } from '../annotation-sources';
import { parseArgs, type CliCommand } from '../command';
import { folderArgument } from '../walk';
import { writeAtomically } from '../../core/files/atomic-write';
import { nodeFiles } from '../node-files';

/**
 * Exit codes: 0 renamed (or nothing carried the tag); 1 some files could not be read and were
 * left untouched (the others were renamed); 2 bad usage.
 */
export const tagsCommand: CliCommand = {
  name: 'tags',
  summary: 'rename or merge a tag in every annotation file of a folder and in its codebook',
  usage: 'policy-annotator tags rename OLD NEW DIR [--codebook FILE]\n\n'
    + 'OLD\'s sub-tags follow it (OLD/x becomes NEW/x); renaming onto an existing tag merges the two.\n'
    + `Only files that carry the tag are written. The codebook is DIR/${DEFAULT_CODEBOOK_PATH} unless --codebook says.`,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['codebook']);
    const [action, from, to, folder] = positional;
    if (action !== 'rename' || positional.length !== 4 || [...flags.keys()].some(f => f !== 'codebook') || !normalTagName(from) || !normalTagName(to)) {
      io.err(`Usage: ${tagsCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const dir = folderArgument(folder, 'tags', io);
    if (!dir) return 2;
    const shown = (file: string) => toSlashes(path.relative(io.cwd, file)) || file;
    let problems = 0;
    let annotations = 0;
    let files = 0;
    for (const file of findAnnotationFiles(dir).files) {
      const parsed = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
      if (!parsed.ok) {
        problems++;
        const first = parsed.problems[0];
        io.err(`${shown(file)}:${first.line}:${first.column}: ${first.message} (not renamed)\n`);
        continue;
      }
      const renamed = renameTagInFile(parsed.file, from, to);
      if (!renamed) continue;
      await writeAtomically(nodeFiles, file, stringifyAnnotationFile(renamed.file));
      annotations += renamed.changed;
      files++;
    }
    const codebookOption = flags.get('codebook');
    const codebookFile = path.resolve(typeof codebookOption === 'string' ? io.cwd : dir, typeof codebookOption === 'string' ? codebookOption : DEFAULT_CODEBOOK_PATH);
    let inCodebook = false;
    if (fs.existsSync(codebookFile)) {
      const parsed = parseCodebook(fs.readFileSync(codebookFile, 'utf8'));
      if (!parsed.ok) {
        problems++;
        io.err(`${shown(codebookFile)}:${parsed.problems[0].line}:${parsed.problems[0].column}: ${parsed.problems[0].message} (not renamed)\n`);
      } else {
        const renamed = renameTagInCodebook(parsed.codebook, from, to);
        if (renamed) await writeAtomically(nodeFiles, codebookFile, stringifyCodebook(renamed));
        inCodebook = renamed !== undefined;
      }
    }
    io.out(`${normalTagName(from)} -> ${normalTagName(to)}: ${annotations} annotations in ${files} files${inCodebook ? ', and the codebook' : ''}\n`);
    return problems > 0 ? 1 : 0;
  },
};
