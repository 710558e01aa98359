import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { parseCodebook, stringifyCodebook } from '../../core/codebook/codec';
import { DEFAULT_CODEBOOK_PATH, normalTagName } from '../../core/codebook/model';
import { renameTagInCodebook, renameTagInFile } from '../../core/codebook/rename';
import { findAnnotationFiles, skippedMessage, toSlashes } from '../annotation-sources';
import { parseArgs, type CliCommand } from '../command';
import { folderArgument } from '../walk';
import { updateFile } from '../../core/files/update-file';
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
    // Each file is read and rewritten under its lock, so an editor or import writing it meanwhile loses nothing.
    const update = async (file: string, rename: (text: string) => { text?: string; problem?: string }): Promise<boolean> => {
      let renamed = false;
      try {
        await updateFile(nodeFiles, file, current => {
          if (current === undefined) return undefined;
          const result = rename(current);
          if (result.problem) {
            problems++;
            io.err(`${shown(file)}:${result.problem} (not renamed)\n`);
          }
          renamed = result.text !== undefined;
          return result.text;
        });
      } catch (error) {
        problems++;
        io.err(`${shown(file)}: ${error instanceof Error ? error.message : String(error)} (not renamed)\n`);
      }
      return renamed;
    };
    const found = findAnnotationFiles(dir);
    for (const skipped of found.skipped) io.err(`${shown(skipped.path)}: ${skippedMessage(skipped.what)}\n`);
    for (const file of found.files) {
      let changed = 0;
      const renamed = await update(file, text => {
        const parsed = parseAnnotationFile(text);
        if (!parsed.ok) return { problem: `${parsed.problems[0].line}:${parsed.problems[0].column}: ${parsed.problems[0].message}` };
        const result = renameTagInFile(parsed.file, from, to);
        changed = result?.changed ?? 0;
        return { text: result && stringifyAnnotationFile(result.file) };
      });
      if (renamed) {
        annotations += changed;
        files++;
      }
    }
    const codebookOption = flags.get('codebook');
    const codebookFile = path.resolve(typeof codebookOption === 'string' ? io.cwd : dir, typeof codebookOption === 'string' ? codebookOption : DEFAULT_CODEBOOK_PATH);
    const inCodebook = await update(codebookFile, text => {
      const parsed = parseCodebook(text);
      if (!parsed.ok) return { problem: `${parsed.problems[0].line}:${parsed.problems[0].column}: ${parsed.problems[0].message}` };
      const renamed = renameTagInCodebook(parsed.codebook, from, to);
      return { text: renamed && stringifyCodebook(renamed) };
    });
    io.out(`${normalTagName(from)} -> ${normalTagName(to)}: ${annotations} annotations in ${files} files${inCodebook ? ', and the codebook' : ''}\n`);
    return problems > 0 ? 1 : 0;
  },
};
