import { parseAnnotationFile, type FileProblem } from '../codec';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../codec/guards';
import type { AnnotationFile } from '../model';
import type { AnnotationFilePort } from './ports';

/** What reading one annotation file gave. */
export type AnnotationFileRead =
  | { status: 'missing' }
  | { status: 'ok'; text: string; file: AnnotationFile }
  /** `text` is undefined when the file was not read at all (too large, not a regular file, bad bytes). */
  | { status: 'invalid'; text: string | undefined; problems: FileProblem[] };

/** Thrown by a port's `read` for a file it refuses to read (a link, a FIFO, bytes that are not UTF-8), with where. */
export class UnreadableFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.message);
  }
}

/**
 * Reads an annotation file the one way the editor and the command line both read it: refused
 * from its size before it is read, then read through the port, then parsed strictly.
 */
export async function readAnnotationFile(files: AnnotationFilePort, file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<AnnotationFileRead> {
  const stat = await files.stat(file);
  if (stat === undefined) return { status: 'missing' };
  if (stat.size > maxBytes) return { status: 'invalid', text: undefined, problems: [{ message: tooLargeMessage(stat.size, maxBytes), line: 1, column: 1 }] };
  let text: string | undefined;
  try {
    text = await files.read(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { status: 'invalid', text: undefined, problems: [error.problem] };
    throw error;
  }
  if (text === undefined) return { status: 'missing' };
  const parsed = parseAnnotationFile(text, { maxBytes });
  return parsed.ok ? { status: 'ok', text, file: parsed.file } : { status: 'invalid', text, problems: parsed.problems };
}
