/**
 * Converts between UTF-16 offsets (what JavaScript strings and VS Code use internally) and
 * 1-based line:column positions whose columns count Unicode code points (what the annotation
 * file stores, so that a character outside the BMP counts as one column).
 *
 * Lines end at LF; a CR before the LF belongs to the line break, not to the line's text.
 */
export interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in code points. */
  column: number;
}

export class LineIndex {
  /** UTF-16 offset at which each line starts. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line that contains the UTF-16 offset. */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** UTF-16 offset of the start of a 0-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** UTF-16 offset just after the text of a 0-based line (before its CR LF or LF). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    return next > this.lineStart(line) && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  /** 1-based line and code-point column of a UTF-16 offset. */
  positionAt(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line: line + 1, column: codePointCount(this.text, this.lineStart(line), clamped) + 1 };
  }

  /** UTF-16 offset of a 1-based line and code-point column; out-of-range values are clamped. */
  offsetAt(position: LineColumn): number {
    const line = Math.max(0, Math.min(position.line - 1, this.lineStarts.length - 1));
    const start = this.lineStart(line);
    const end = this.lineEnd(line);
    let offset = start;
    for (let col = 1; col < position.column && offset < end; col++) {
      offset += isHighSurrogateAt(this.text, offset) && offset + 1 < end ? 2 : 1;
    }
    return offset;
  }
}

/** Number of code points in text[from, to). */
export function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    count++;
    if (isHighSurrogateAt(text, i) && i + 1 < to) i++;
  }
  return count;
}

function isHighSurrogateAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0xd800 && c <= 0xdbff;
}
