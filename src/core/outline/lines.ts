import { firstVisibleCode, isSpace, lastVisibleCode } from './rules/line-start';

/**
 * The lines of a text as offsets into it. Most lines of a policy text are blank or running
 * prose, and the outline decides about them from a character or two: no string and no object
 * is made for a line until a rule needs its text.
 */
export class Lines {
  /** How many lines; a text without a line break has one. */
  readonly count: number;
  private readonly starts: Int32Array<ArrayBuffer>;
  /** End of each line's text, exclusive: the CR of a CRLF is left out. */
  private readonly ends: Int32Array<ArrayBuffer>;
  /** Each line's first visible character, or -1: every rule of the outline asks for it. */
  private readonly firstCodes: Int32Array<ArrayBuffer>;
  /** Each line's last visible character, or -1: page marks, chart labels and sentence ends are told by it, in several passes. */
  private readonly lastCodes: Int32Array<ArrayBuffer>;

  constructor(readonly source: string) {
    // Sized for lines of about twenty characters, so that a long text rarely has to grow the tables.
    const tables = takeTables(Math.max(MIN_CAPACITY, Math.ceil(source.length / EXPECTED_LINE_LENGTH)));
    this.count = readLines(source, tables);
    this.starts = tables.starts;
    this.ends = tables.ends;
    this.firstCodes = tables.firstCodes;
    this.lastCodes = tables.lastCodes;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The line's text, without its line break. */
  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  /** The UTF-16 code of the line's first character that is not white space, or -1 for a blank line. */
  firstCode(i: number): number {
    return this.firstCodes[i];
  }

  /**
   * Hands the tables on to the next text's lines: an outline is made again at every edit, and
   * fresh tables for a long text cost more to allocate than the lines cost to read. This object
   * must not be used afterwards.
   */
  release(): void {
    if (this.starts.length > MAX_SPARE_CAPACITY || (spare && spare.starts.length >= this.starts.length)) return;
    spare = { starts: this.starts, ends: this.ends, firstCodes: this.firstCodes, lastCodes: this.lastCodes };
  }

  /** The UTF-16 code of the line's last character that is not white space, or -1 for a blank line. */
  lastCode(i: number): number {
    return this.lastCodes[i];
  }

  /** Whether a form feed opens the line, as pdftotext starts each page after the first. */
  opensPage(i: number): boolean {
    return this.source.charCodeAt(this.starts[i]) === FORM_FEED;
  }
}

const FORM_FEED = 0x0c;

const MIN_CAPACITY = 1024;
const EXPECTED_LINE_LENGTH = 20;
/** Larger tables (texts of tens of megabytes) are not kept for the next text. */
const MAX_SPARE_CAPACITY = 1 << 20;

interface Tables {
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  firstCodes: Int32Array<ArrayBuffer>;
  lastCodes: Int32Array<ArrayBuffer>;
}

/** The tables a released Lines left, until the next text takes them. */
let spare: Tables | undefined;

function takeTables(capacity: number): Tables {
  const tables = spare && spare.starts.length >= capacity ? spare : undefined;
  if (tables) {
    spare = undefined;
    return tables;
  }
  return { starts: new Int32Array(capacity), ends: new Int32Array(capacity), firstCodes: new Int32Array(capacity), lastCodes: new Int32Array(capacity) };
}

/**
 * Fills the tables with each line's start, end and first and last visible characters (growing them when the
 * lines are shorter than expected); returns how many lines there are. A function of its own: the
 * engine compiles its loop while it runs, and code after such a loop that reads or sets an
 * object's fields is compiled before they were ever set, to be thrown away at every text, and
 * the code that depends on it with it.
 */
function readLines(source: string, tables: Tables): number {
  let { starts, ends, firstCodes, lastCodes } = tables;
  let count = 0;
  let start = source.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM is not part of the first line
  for (;;) {
    const newline = source.indexOf('\n', start);
    let end = newline === -1 ? source.length : newline;
    // The last character is read once: a CR to leave out or, on most lines, the last visible one.
    let last = end > start ? source.charCodeAt(end - 1) : -1;
    if (last === 13) {
      end--;
      last = end > start ? source.charCodeAt(end - 1) : -1;
    }
    if (count === starts.length) {
      starts = tables.starts = grow(starts);
      ends = tables.ends = grow(ends);
      firstCodes = tables.firstCodes = grow(firstCodes);
      lastCodes = tables.lastCodes = grow(lastCodes);
    }
    starts[count] = start;
    ends[count] = end;
    const first = firstVisibleCode(source, start, end);
    firstCodes[count] = first;
    lastCodes[count] = first < 0 ? -1 : isSpace(last) ? lastVisibleCode(source, start, end) : last;
    count++;
    if (newline === -1) return count;
    start = newline + 1;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
