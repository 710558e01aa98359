import { isPrintableLine, isSafePlain } from './scalars';

/**
 * A reader for exactly the canonical form `writeCanonical` produces (plus harmless variations
 * such as another key order). It reads ten thousand annotations in a few tens of milliseconds
 * where `yaml` takes seconds. It accepts a line only when its meaning is beyond doubt (the
 * same predicates the writer uses; checked against `yaml` by property tests) and gives up,
 * returning undefined, on anything else: comments after the header, blank lines, CR, single
 * quotes, anchors, flow maps, unusual indentation... The caller then asks `yaml`.
 */
export function readCanonical(text: string): unknown {
  if (!text.endsWith('\n') || text.includes('\r')) return undefined;
  const lines = text.split('\n');
  lines.pop();
  const reader = new CanonicalReader(lines);
  try {
    return reader.readDocument();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const GIVE_UP = Symbol('not canonical');
const POSITION = /^[0-9]{1,9}:[0-9]{1,9}$/;

function giveUp(): never {
  throw GIVE_UP;
}

class CanonicalReader {
  private next = 0;

  constructor(private readonly lines: string[]) {}

  readDocument(): unknown {
    if (this.lines[0]?.startsWith('#')) {
      if (!isPrintableLine(this.lines[0])) giveUp();
      this.next = 1;
    }
    const data = this.readMap(0, false);
    if (this.next !== this.lines.length) giveUp();
    return data;
  }

  /** A block map whose keys sit at `indent`; the first key may follow the `- ` of a sequence item. */
  private readMap(indent: number, firstKeyOnItemLine: boolean): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let onItemLine = firstKeyOnItemLine;
    for (let line = this.lines[this.next]; line !== undefined; line = this.lines[this.next]) {
      if (!onItemLine) {
        const spaces = leadingSpaces(line);
        if (spaces < indent && line.length > spaces) break;
        if (spaces !== indent) giveUp();
      }
      onItemLine = false;
      const colon = line.indexOf(':', indent);
      const key = colon === -1 ? giveUp() : line.slice(indent, colon);
      if (!isKey(key) || Object.prototype.hasOwnProperty.call(map, key)) giveUp();
      let raw: string | undefined;
      if (colon + 1 < line.length) {
        if (line.charCodeAt(colon + 1) !== 0x20) giveUp();
        raw = line.slice(colon + 2);
      }
      this.next++;
      map[key] = this.readValue(raw, indent);
    }
    if (Object.keys(map).length === 0) giveUp();
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
    const marker = ' '.repeat(dashIndent) + '- ';
    for (let line = this.lines[this.next]; line !== undefined && line.startsWith(marker); line = this.lines[this.next]) {
      items.push(this.readMap(dashIndent + 2, true));
    }
    if (items.length === 0) giveUp();
    return items;
  }

  /** A `|-` block whose content is indented by exactly `indent` (the writer's choice). */
  private readLiteralBlock(indent: number): string {
    const first = this.next;
    let end = first;
    for (let line = this.lines[end]; line !== undefined && (line === '' || leadingSpaces(line) >= indent); line = this.lines[++end]) {
      // A line of spaces no deeper than the block is an empty line to YAML, and trailing ones are chomped.
      if (!isPrintableLine(line) || (line !== '' && line.length <= indent)) giveUp();
    }
    const block = this.lines.slice(first, end);
    if (block.length === 0 || block[block.length - 1] === '') giveUp();
    const opening = block[0];
    if (opening === '' || opening[indent] === ' ' || opening[indent] === '\t') giveUp();
    this.next = end;
    return block.map(line => line.slice(indent)).join('\n');
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

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
