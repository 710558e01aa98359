import { isPrintableLine, isSafePlain } from './scalars';

/**
 * A reader for exactly the canonical form `writeCanonical` produces (plus harmless variations
 * such as another key order). It reads ten thousand annotations in a few tens of milliseconds
 * where `yaml` takes seconds. It accepts a line only when its meaning is beyond doubt (the
 * same predicates the writer uses; checked against `yaml` by property tests) and gives up,
 * returning undefined, on anything else: comments after the header, blank lines, a CR outside CRLF, single
 * quotes, anchors, flow maps, unusual indentation... The caller then asks `yaml`.
 */
export function readCanonical(original: string): unknown {
  // Git's autocrlf checks files out with CRLF on Windows; YAML reads a CRLF line break as LF.
  const text = original.includes('\r') ? original.replace(/\r\n/g, '\n') : original;
  if (text.charCodeAt(text.length - 1) !== NEWLINE || text.includes('\r')) return undefined;
  const reader = new CanonicalReader(text);
  try {
    return reader.readDocument();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const GIVE_UP = Symbol('not canonical');
const POSITION = /^[0-9]{1,9}:[0-9]{1,9}$/;
const NEWLINE = 0x0a;
const SPACE = 0x20;

function giveUp(): never {
  throw GIVE_UP;
}

/**
 * Walks the text line by line through offsets rather than an array of lines: a 10,000-entry
 * file has some 150,000 lines, and not slicing each of them keeps the garbage collector out of
 * the way. Only keys and values are sliced out.
 */
class CanonicalReader {
  /** Offset of the current line's first character; equal to the text's length at the end. */
  private at = 0;
  private readonly markers = new Map<number, string>();

  constructor(private readonly text: string) {}

  readDocument(): unknown {
    if (this.text.charCodeAt(0) === 0x23 /* # */) {
      const end = this.lineEnd();
      if (!isPrintableLine(this.text.slice(0, end))) giveUp();
      this.at = end + 1;
    }
    const data = this.readMap(0, false);
    if (this.at !== this.text.length) giveUp();
    return data;
  }

  /** Offset of the newline that ends the current line (the text always ends with one). */
  private lineEnd(): number {
    return this.text.indexOf('\n', this.at);
  }

  /** A block map whose keys sit at `indent`; the first key may follow the `- ` of a sequence item. */
  private readMap(indent: number, firstKeyOnItemLine: boolean): Record<string, unknown> {
    const text = this.text;
    const map: Record<string, unknown> = {};
    let keys = 0;
    let onItemLine = firstKeyOnItemLine;
    while (this.at < text.length) {
      const lineStart = this.at;
      const end = this.lineEnd();
      if (!onItemLine) {
        const spaces = leadingSpaces(text, lineStart);
        if (spaces < indent && lineStart + spaces < end) break;
        if (spaces !== indent) giveUp();
      }
      onItemLine = false;
      const keyStart = lineStart + indent;
      const colon = text.indexOf(':', keyStart);
      if (colon === -1 || colon > end) giveUp();
      const key = text.slice(keyStart, colon);
      if (!isKey(key) || Object.prototype.hasOwnProperty.call(map, key)) giveUp();
      let raw: string | undefined;
      if (colon + 1 < end) {
        if (text.charCodeAt(colon + 1) !== SPACE) giveUp();
        raw = text.slice(colon + 2, end);
      }
      this.at = end + 1;
      map[key] = this.readValue(raw, indent);
      keys++;
    }
    if (keys === 0) giveUp();
    return map;
  }

  private readValue(raw: string | undefined, keyIndent: number): unknown {
    if (raw === undefined) return this.readSequenceOfMaps(keyIndent + 2);
    if (raw === '|-') return this.readLiteralBlock(keyIndent + 2);
    if (raw === 'true' || raw === 'false') return raw === 'true';
    // line:column: a string in YAML 1.2 (only YAML 1.1 had base-60 numbers), written plain as in the format's definition.
    if (POSITION.test(raw)) return raw;
    if (raw.startsWith('[')) return readFlowSequence(raw);
    if (raw.startsWith('"')) return readDoubleQuoted(raw);
    if (!isSafePlain(raw)) giveUp();
    return raw;
  }

  private readSequenceOfMaps(dashIndent: number): unknown[] {
    const items: unknown[] = [];
    const marker = this.marker(dashIndent);
    while (this.at < this.text.length && this.text.startsWith(marker, this.at)) {
      items.push(this.readMap(dashIndent + 2, true));
    }
    if (items.length === 0) giveUp();
    return items;
  }

  private marker(dashIndent: number): string {
    let marker = this.markers.get(dashIndent);
    if (marker === undefined) this.markers.set(dashIndent, marker = ' '.repeat(dashIndent) + '- ');
    return marker;
  }

  /** A `|-` block whose content is indented by exactly `indent` (the writer's choice). */
  private readLiteralBlock(indent: number): string {
    const text = this.text;
    const lines: string[] = [];
    const blockStart = this.at;
    while (this.at < text.length) {
      const lineStart = this.at;
      const end = this.lineEnd();
      if (lineStart !== end && leadingSpaces(text, lineStart) < indent) break;
      // A line of spaces no deeper than the block is an empty line to YAML, and trailing ones are chomped.
      if (lineStart !== end && end - lineStart <= indent) giveUp();
      lines.push(lineStart === end ? '' : text.slice(lineStart + indent, end));
      this.at = end + 1;
    }
    if (lines.length === 0 || lines[lines.length - 1] === '') giveUp();
    const opening = lines[0];
    if (opening === '' || opening.charCodeAt(0) === SPACE || opening[0] === '\t') giveUp();
    if (!isPrintableLine(text.slice(blockStart, this.at))) giveUp();
    return lines.length === 1 ? opening : lines.join('\n');
  }
}

function readFlowSequence(raw: string): string[] {
  if (raw === '[]') return [];
  if (!raw.endsWith(']')) giveUp();
  const items: string[] = [];
  let pos = 1;
  for (;;) {
    let end: number;
    if (raw[pos] === '"') {
      end = closingQuote(raw, pos) + 1;
      items.push(readDoubleQuoted(raw.slice(pos, end)));
    } else {
      const comma = raw.indexOf(',', pos);
      end = comma === -1 ? raw.length - 1 : comma;
      const item = raw.slice(pos, end);
      if (!isSafePlain(item, true)) giveUp();
      items.push(item);
    }
    if (end === raw.length - 1) return items;
    if (raw[end] !== ',' || raw[end + 1] !== ' ') giveUp();
    pos = end + 2;
  }
}

function closingQuote(raw: string, open: number): number {
  for (let i = open + 1; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '"') return i;
  }
  return giveUp();
}

/** JSON's string syntax is a subset of YAML's double-quoted one, with the same meaning. */
function readDoubleQuoted(raw: string): string {
  if (!raw.endsWith('"') || !isPrintableLine(raw)) giveUp();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    giveUp();
  }
  if (typeof value !== 'string') giveUp();
  return value;
}

/** Keys are lower camel case words, which YAML can only read as strings. */
function isKey(key: string): boolean {
  if (key.length === 0 || key === 'null' || key === 'true' || key === 'false') return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const lower = c >= 0x61 && c <= 0x7a;
    if (!(lower || (i > 0 && c >= 0x41 && c <= 0x5a))) return false;
  }
  return true;
}

function leadingSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - from;
}
