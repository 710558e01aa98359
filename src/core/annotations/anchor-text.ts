/**
 * The text as anchoring compares it: NFKC (full-width ASCII, half-width katakana and the like
 * become their usual forms), and runs of spaces and line breaks, which a re-wrap may add or
 * remove, dropped between CJK characters and made one space elsewhere. Every folded character remembers the
 * UTF-16 range of the original text it came from, so a match maps back to real offsets.
 */
export interface FoldedText {
  text: string;
  /** Original offset where folded character i starts. */
  starts: Int32Array;
  /** Original offset just after folded character i. */
  ends: Int32Array;
}

/** Foldings already computed: every BMP character by its code, and characters outside it up to a bound. */
const foldedBmp: (string | undefined)[] = new Array(0x10000);
const foldedCache = new Map<string, string>();

export function foldText(original: string): FoldedText {
  const out = new FoldBuffer(original.length);
  let i = 0;
  while (i < original.length) {
    const c = original.charCodeAt(i);
    if (isWrapSpace(c)) {
      // Spaces and line breaks are where re-wrapping and re-extraction differ: a run of them is
      // nothing between CJK characters and one space elsewhere.
      const runEnd = skipWrapSpace(original, i);
      const before = out.lastCode();
      const after = runEnd < original.length ? foldCodePoint(original, runEnd).charCodeAt(0) : -1;
      if (before !== -1 && after !== -1 && !(isCjk(before) && isCjk(after))) out.push(0x20, i, runEnd);
      i = runEnd;
      continue;
    }
    if (c < 0x80) {
      out.push(c, i, i + 1); // NFKC leaves ASCII as it is.
      i++;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original, i);
    // Half-width katakana carry their voicing mark as a separate character: compose it with the previous one.
    if ((folded === '\u3099' || folded === '\u309a') && out.length > 0) {
      const composed = (String.fromCharCode(out.lastCode()) + folded).normalize('NFC');
      if (composed.length === 1) {
        out.replaceLast(composed.charCodeAt(0), i + width);
        i += width;
        continue;
      }
    }
    for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, i + width);
    i += width;
  }
  return out.finish();
}

/**
 * The folded text and its offset map in typed arrays, about 10 bytes per character: an array of
 * one-character strings and boxed numbers took over 100 bytes each, gigabytes for a 20 MB document.
 * Folding seldom lengthens the text (NFKC of a ligature or a circled number does), so the
 * arrays start at the original's length and grow by half when needed.
 */
class FoldBuffer {
  length = 0;
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.starts = new Int32Array(this.codes.length);
    this.ends = new Int32Array(this.codes.length);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The last folded UTF-16 unit, or -1 when there is none. */
  lastCode(): number {
    return this.length > 0 ? this.codes[this.length - 1] : -1;
  }

  replaceLast(code: number, end: number): void {
    this.codes[this.length - 1] = code;
    this.ends[this.length - 1] = end;
  }

  finish(): FoldedText {
    const pieces: string[] = [];
    // Exact for any UTF-16, lone surrogates included, without a temporary string per character.
    for (let at = 0; at < this.length; at += CHUNK) {
      pieces.push(String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(this.length, at + CHUNK)) as unknown as number[]));
    }
    return { text: pieces.join(''), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }

  private grow(): void {
    const capacity = Math.ceil(this.codes.length * 1.5);
    const grown = <T extends Uint16Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.codes = grown(this.codes, n => new Uint16Array(n));
    this.starts = grown(this.starts, n => new Int32Array(n));
    this.ends = grown(this.ends, n => new Int32Array(n));
  }
}

const CHUNK = 8192;

/** The folded form of a short string (a quote or its context), without the offset map. */
export function foldPlain(original: string): string {
  return foldText(original).text;
}

/**
 * The stored prefix and suffix folded as they were around the quote: folded apart, a suffix
 * starting with a line break would lose it, while the document, folded whole, has a space
 * there (between a Japanese sentence and a `- ` bullet, say) and every comparison would be
 * off by one. The spaces around the quote go to the context, as the folded quote has none.
 */
export function foldContext(prefix: string, quote: string, suffix: string): { prefix: string; suffix: string } {
  const whole = foldText(prefix + quote + suffix);
  const coreStart = prefix.length + (/^[ \t\r\n]*/.exec(quote)?.[0].length ?? 0);
  const coreEnd = prefix.length + quote.length - (/[ \t\r\n]*$/.exec(quote)?.[0].length ?? 0);
  let before = '';
  let after = '';
  for (let i = 0; i < whole.text.length; i++) {
    if (whole.ends[i] <= coreStart) before += whole.text[i];
    else if (whole.starts[i] >= coreEnd) after += whole.text[i];
  }
  return { prefix: before, suffix: after };
}

function foldCodePoint(text: string, at: number): string {
  const c = text.charCodeAt(at);
  if (c < 0x80) return text[at];
  const surrogatePair = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length;
  // A BMP character's folding is looked up by its code, without making a string of it first.
  if (!surrogatePair) return (foldedBmp[c] ??= String.fromCharCode(c).normalize('NFKC'));
  const char = text.slice(at, at + 2);
  let folded = foldedCache.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKC');
    if (foldedCache.size < 20000) foldedCache.set(char, folded);
  }
  return folded;
}

/** Spaces and line breaks that PDF extraction and re-wrapping put around line ends (not U+3000, which is text). */
function isWrapSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipWrapSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWrapSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Scripts written without spaces between words, where joining two lines adds no space. */
export function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd840 && c <= 0xd87f);
}
