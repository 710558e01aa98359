import { decodeUtf8Strictly } from './utf8';

/** A document's text, and where it first stopped being UTF-8 if it did. */
export interface DocumentText {
  text: string;
  problem?: { line: number; column: number; message: string };
}

/**
 * A document's text as an editor opens it: UTF-16 where a byte order mark says so (VS Code reads
 * those by their mark), UTF-8 otherwise, without a BOM. Bytes that are not UTF-8 (a file saved
 * as Shift_JIS or Windows-1252) are shown as U+FFFD, as the editor shows them, and `problem`
 * says where the first one is: an outline of such text is empty or wrong, and says nothing else.
 */
export function decodeDocument(bytes: Uint8Array): DocumentText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const strict = decodeUtf8Strictly(bytes);
  if (strict.ok) return { text: strict.text };
  const text = new TextDecoder('utf-8').decode(bytes);
  return {
    text: text.charCodeAt(0) === BOM ? text.slice(1) : text,
    problem: { line: strict.line, column: strict.column, message: `${strict.message}; a Japanese text is often saved as Shift_JIS` },
  };
}

const BOM = 0xfeff;
