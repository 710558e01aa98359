/** One line of the text, without its line break; offsets are UTF-16 indices into the whole text. */
export interface Line {
  /** 1-based line number. */
  number: number;
  text: string;
  start: number;
  end: number;
}

/** Splits on LF, keeps a CR of CRLF out of the line's text, and skips a leading BOM. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    const next = end === -1 ? text.length + 1 : end + 1;
    if (end === -1) end = text.length;
    const textEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ number, text: text.slice(start, textEnd), start, end: textEnd });
    number++;
    start = next;
  }
  return lines;
}
