import { Utf8Output } from './utf8-output';

/**
 * XML 1.0 cannot carry some characters at all (most C0 controls, lone surrogates, U+FFFE/FFFF),
 * even escaped. Text from annotation files may hold them; the export replaces each with U+FFFD
 * and counts them so the caller can say so, rather than write a file no QDA tool opens.
 */
export interface XmlTextResult {
  text: string;
  replaced: number;
}

/** Everything XML 1.0 allows: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and whole surrogate pairs. */
export function xmlSafe(text: string): XmlTextResult {
  let replaced = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    } else if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)) {
      continue;
    }
    out += text.slice(from, i) + '\ufffd';
    from = i + 1;
    replaced++;
  }
  return { text: replaced ? out + text.slice(from) : text, replaced };
}

/** Escapes text for element content and double-quoted attributes alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, c => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
  // Attribute values would normalise raw line breaks and tabs to spaces: keep them as references.
  '\r': '&#13;', '\n': '&#10;', '\t': '&#9;',
};

/** Builds indented XML: one element per line, attributes in the order given, text escaped. */
export class XmlWriter {
  private readonly output = new Utf8Output();
  private depth = 0;
  /** Characters that XML could not carry and were replaced. */
  replaced = 0;

  constructor() {
    this.output.write('<?xml version="1.0" encoding="utf-8"?>\n');
  }

  open(name: string, attributes: Attributes = {}, namespace?: string): void {
    this.line(`<${name}${namespace ? ` xmlns="${namespace}"` : ''}${this.attributes(attributes)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.line(`</${name}>`);
  }

  empty(name: string, attributes: Attributes = {}): void {
    this.line(`<${name}${this.attributes(attributes)}/>`);
  }

  textElement(name: string, text: string): void {
    this.line(`<${name}>${this.escape(text)}</${name}>`);
  }

  /** The document as UTF-8, as a file holds it. */
  toBytes(): Uint8Array {
    return this.output.bytes();
  }

  toString(): string {
    return new TextDecoder().decode(this.toBytes());
  }

  private line(text: string): void {
    this.output.write(`${INDENTS[this.depth] ?? '  '.repeat(this.depth)}${text}\n`);
  }

  private attributes(attributes: Attributes): string {
    let out = '';
    for (const [key, value] of Object.entries(attributes)) {
      if (value !== undefined) out += ` ${key}="${this.escape(String(value))}"`;
    }
    return out;
  }

  private escape(text: string): string {
    // Most values (GUIDs, dates, names) need nothing: one native scan decides.
    if (!NEEDS_ESCAPING.test(text)) return text;
    const safe = xmlSafe(text);
    this.replaced += safe.replaced;
    return escapeXml(safe.text);
  }
}

const INDENTS = Array.from({ length: 16 }, (_, depth) => '  '.repeat(depth));

// Characters to escape, and those XML may not carry at all (controls, surrogates, U+FFFE/FFFF).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

export type Attributes = Record<string, string | number | boolean | undefined>;
