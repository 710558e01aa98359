/** Checks made on the raw text before any YAML parser sees it. */

export interface LineProblem {
  message: string;
  /** 0-based line. */
  line: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Refuses a file larger than `maxBytes` of UTF-8, without encoding it when it is clearly small. */
export function sizeProblem(text: string, maxBytes: number): string | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return undefined;
  return tooLargeMessage(bytes, maxBytes);
}

export function tooLargeMessage(bytes: number, maxBytes: number): string {
  return `the file is ${megabytes(bytes)} MB, more than the ${megabytes(maxBytes)} MB an annotation file may have; it was not read`;
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
