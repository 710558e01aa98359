import { decodeUtf8Strictly } from '../text/utf8';
import { refuseUnlessFile, removeStaleTemporaries, writeAtomically } from './atomic-write';
import { withFileLock, type LockOptions } from './file-lock';
import { FileWriteError, type FilePort } from './file-port';

/**
 * Reads a file, computes its new text and writes it, all under the file's lock, after removing
 * temporary files earlier writers left. `update` gets the current text (undefined when there is
 * no file) and returns the text to write, or undefined to leave the file as it is. The file is
 * read strictly: bytes that are not UTF-8 are an error naming where, never rewritten as U+FFFD.
 */
export async function updateFile(port: FilePort, path: string, update: (current: string | undefined) => string | undefined | Promise<string | undefined>, options: LockOptions = {}): Promise<void> {
  await withFileLock(port, path, async () => {
    await removeStaleTemporaries(port, path);
    await refuseUnlessFile(port, path);
    const current = await readStrictly(port, path);
    const next = await update(current);
    if (next !== undefined && next !== current) await writeAtomically(port, path, next);
  }, options);
}

/** The file's text, or undefined when there is none; invalid UTF-8 throws with its line and column. */
export async function readStrictly(port: FilePort, path: string): Promise<string | undefined> {
  if ((await port.kind(path)) === 'missing') return undefined;
  const decoded = decodeUtf8Strictly(await port.read(path));
  if (!decoded.ok) throw new FileWriteError(path, `${decoded.line}:${decoded.column}: ${decoded.message}`);
  return decoded.text;
}
