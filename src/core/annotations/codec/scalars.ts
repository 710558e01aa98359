/**
 * How one string is written in the canonical annotation file, and which written forms the fast
 * reader may take at face value. Every rule here is conservative: when in doubt a string is
 * double-quoted, because then `yaml` (the reference) reads back exactly the same string.
 */

/** Characters YAML cannot hold unescaped, or that some readers take as line breaks. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
const UNPRINTABLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE_GLOBAL = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A first character that gives a plain scalar another meaning (sequence, map, comment, anchor, tag, quote, block...). */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/**
 * Strings that YAML 1.2 (the core schema `yaml` reads with) or YAML 1.1 (older tools that
 * people also point at these files) would read as null, a boolean or a number. Quoting the
 * YAML 1.1 forms too (yes, no, on, 1_000, 1:30) keeps the file unambiguous for both.
 */
const NOT_A_STRING = new RegExp([
  '^(?:~|null|Null|NULL)$',
  '^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$',
  '^[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$',
  '^[-+]?0(?:x[0-9a-fA-F_]+|o[0-7_]+|b[01_]+)$',
  '^[-+]?\\.(?:inf|Inf|INF)$',
  '^\\.(?:nan|NaN|NAN)$',
].join('|'));

/** True when `value` can be written without quotes and every YAML reader gets it back unchanged. */
export function isSafePlain(value: string, inFlow = false): boolean {
  const length = value.length;
  if (length === 0 || INDICATOR_FIRST.test(value) || isSpace(value.charCodeAt(length - 1))) return false;
  // Most values hold none of the characters that need a closer look: one native scan decides.
  if (!NEEDS_A_CLOSER_LOOK.test(value)) return !(MAY_NOT_BE_STRING_FIRST.test(value) && NOT_A_STRING.test(value));
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
    if (c === 0x3a /* : */ && (inFlow || i === length - 1 || value.charCodeAt(i + 1) === 0x20)) return false;
    if (c === 0x23 /* # */ && (inFlow || value.charCodeAt(i - 1) === 0x20)) return false;
    if (inFlow && (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)) return false;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c >= 0xdc00 || i + 1 >= length) return false;
      const low = value.charCodeAt(i + 1);
      if (low < 0xdc00 || low > 0xdfff) return false;
      i++;
    } else if (c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return false;
  }
  return !(MAY_NOT_BE_STRING_FIRST.test(value) && NOT_A_STRING.test(value));
}

// eslint-disable-next-line no-control-regex -- control characters are among what this pattern finds
const NEEDS_A_CLOSER_LOOK = /[\x00-\x1f\x7f-\x9f:#,[\]{}\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;

/** Only values starting like this can be read as null, a boolean or a number. */
const MAY_NOT_BE_STRING_FIRST = /^[-+.0-9~nNyYtTfFoO]/;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

/**
 * A double-quoted YAML string. JSON's escapes are a subset of YAML's with the same meaning;
 * what JSON leaves raw but YAML treats specially (DEL, C1 controls, line and paragraph
 * separators, BOM) is escaped too, so the line stays one printable line.
 */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(UNPRINTABLE_GLOBAL, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** A scalar in block context: plain when safe, otherwise double-quoted. */
export function scalar(value: string, inFlow = false): string {
  return isSafePlain(value, inFlow) ? value : doubleQuoted(value);
}

/**
 * Whether a note can be written as a `|-` literal block, which reads like the note itself in a
 * diff. Left to double quotes: an empty note, a final line break (`|-` strips it), a first line
 * starting with a space or tab (it would change the detected indentation), a CR, and any
 * character a block cannot escape.
 */
export function fitsLiteralBlock(value: string): boolean {
  return value.length > 0
    && !value.endsWith('\n')
    && !/^[ \t\n]/.test(value)
    && !value.includes('\r')
    && !UNPRINTABLE.test(value);
}

/** Text made safe for a comment line: anything unprintable or breaking the line becomes a space. */
export function commentText(text: string): string {
  return text.replace(new RegExp(UNPRINTABLE.source + '|[\\r\\n]', 'g'), ' ');
}

/** Whether raw text may appear unescaped in a line of the canonical file. */
export function isPrintableLine(text: string): boolean {
  return !UNPRINTABLE.test(text) && !text.includes('\r');
}
