import type { FileProblem } from '../core/annotations/codec';
import { decodeUtf8Strictly } from '../core/text/utf8';
import { readRegularFile } from './node-files';

/** `located`: the problem is in the text (a bad byte), not about the file as a whole. */
export type ReadText = { ok: true; text: string } | { ok: false; problem: FileProblem; located: boolean };

/**
 * A text file read the safe way for files that come from others: only a regular file (a link,
 * folder, FIFO or device is refused, naming the path, without blocking), at most `maxBytes`,
 * and strictly UTF-8 (bad bytes are located, never turned into U+FFFD).
 */
export function readTextFile(path: string, maxBytes?: number): ReadText {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, maxBytes);
  } catch (error) {
    return { ok: false, located: false, problem: { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) } };
  }
  const decoded = decodeUtf8Strictly(bytes);
  return decoded.ok ? decoded : { ok: false, located: true, problem: { line: decoded.line, column: decoded.column, message: decoded.message } };
}

/**
 * A document's text, decoded as the editor shows it (a stray bad byte becomes U+FFFD there too,
 * and a document is only read, never written back); only a regular file is read.
 */
export function readDocumentText(path: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readRegularFile(path).toString('utf8') };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
