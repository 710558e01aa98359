/** Checks made on the raw text before any YAML parser sees it. */

export interface LineProblem {
  message: string;
  /** 0-based line. */
  line: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Refuses a file larger than `maxBytes` of UTF-8, without encoding it when it is clearly small. */
export function sizeProblem(text: string, maxBytes: number): string | undefined {
  const bytes = bytesOver(text, maxBytes);
  return bytes === undefined ? undefined : tooLargeMessage(bytes, maxBytes);
}

/** For a text about to be written: `would be N MB, more than…` when no reader would accept it. */
export function oversizeToWrite(text: string, maxBytes = DEFAULT_MAX_BYTES): string | undefined {
  const bytes = bytesOver(text, maxBytes);
  return bytes === undefined ? undefined : `would be ${excess(bytes, maxBytes)}`;
}

export function tooLargeMessage(bytes: number, maxBytes: number): string {
  return `the file is ${excess(bytes, maxBytes)}; it was not read`;
}

/** The text's size in UTF-8 bytes when it is over `maxBytes`. */
function bytesOver(text: string, maxBytes: number): number | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(text);
  return bytes > maxBytes ? bytes : undefined;
}

function excess(bytes: number, maxBytes: number): string {
  return `${megabytes(bytes)} MB, more than the ${megabytes(maxBytes)} MB an annotation file may have`;
}

/**
 * A NUL character never belongs in a text file: it is what a binary file, or a file saved in
 * UTF-16, looks like when read as UTF-8. The first one is reported.
 */
export function nulProblem(text: string): { message: string; offset: number } | undefined {
  const offset = text.indexOf('\u0000');
  return offset === -1 ? undefined : { message: 'a NUL character: this is not a UTF-8 text file (binary, or saved as UTF-16?); it was not read', offset };
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/;

/** Every line git left as a conflict marker (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`). */
export function conflictMarkers(text: string): LineProblem[] {
  if (!/^(?:<{7}|={7}|>{7}|\|{7})/m.test(text)) return [];
  const problems: LineProblem[] = [];
  text.split('\n').forEach((raw, line) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (CONFLICT_MARKER.test(content)) {
      problems.push({ message: `git conflict marker ${content.slice(0, 7)}: merge the versions (keep both sides' annotations) and remove the markers`, line });
    }
  });
  return problems;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
