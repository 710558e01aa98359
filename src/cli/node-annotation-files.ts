import * as fs from 'node:fs';
import type { AnnotationFilePort } from '../core/annotations/repository/ports';
import { UnreadableFileError } from '../core/annotations/repository/read-annotation-file';
import { updateFile } from '../core/files/update-file';
import { kindOf, nodeFiles } from './node-files';
import { readTextFile } from './read-text';

/**
 * The annotation repository's file port on Node's fs, for the command line: files read strictly
 * (regular files only, UTF-8), written under the file's lock through an exclusive temporary file.
 * A command runs once, so nothing is watched.
 */
export const nodeAnnotationFiles: AnnotationFilePort = {
  async read(file) {
    const read = readTextFile(file);
    if (read.ok) return read.text;
    if (kindOf(file) === 'missing') return undefined;
    throw new UnreadableFileError(read.problem);
  },
  writeAtomically(file, text) {
    return updateFile(nodeFiles, file, () => text);
  },
  async stat(file) {
    try {
      return { size: fs.lstatSync(file).size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw error;
    }
  },
  watch() {
    return { dispose: () => undefined };
  },
};
