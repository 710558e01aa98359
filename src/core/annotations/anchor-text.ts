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

const foldedCache = new Map<string, string>();

/** The text with its offset map, as anchoring compares it (search folds differently: text/normalize.ts). */
export function foldForAnchoring(original: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (piece: string, start: number, end: number) => {
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k]);
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  while (i < original.length) {
    const c = original.charCodeAt(i);
    if (isWrapSpace(c)) {
      // Spaces and line breaks are where re-wrapping and re-extraction differ: a run of them is
      // nothing between CJK characters and one space elsewhere.
      const runEnd = skipWrapSpace(original, i);
      const before = out.length ? out[out.length - 1].charCodeAt(0) : -1;
      const after = runEnd < original.length ? foldCodePoint(original, runEnd).charCodeAt(0) : -1;
      if (before !== -1 && after !== -1 && !(isCjk(before) && isCjk(after))) push(' ', i, runEnd);
      i = runEnd;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original, i);
    // Half-width katakana carry their voicing mark as a separate character: compose it with the previous one.
    if ((folded === '\u3099' || folded === '\u309a') && out.length > 0) {
      const composed = (out[out.length - 1] + folded).normalize('NFC');
      if (composed.length === 1) {
        out[out.length - 1] = composed;
        ends[ends.length - 1] = i + width;
        i += width;
        continue;
      }
    }
    push(folded, i, i + width);
    i += width;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded form of a short string (a quote or its context), without the offset map. */
export function foldPlain(original: string): string {
  return foldForAnchoring(original).text;
}

/**
 * The stored prefix and suffix folded as they were around the quote: folded apart, a suffix
 * starting with a line break would lose it, while the document, folded whole, has a space
 * there (between a Japanese sentence and a `- ` bullet, say) and every comparison would be
 * off by one. The spaces around the quote go to the context, as the folded quote has none.
 */
export function foldContext(prefix: string, quote: string, suffix: string): { prefix: string; suffix: string } {
  const whole = foldForAnchoring(prefix + quote + suffix);
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
  const char = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? text.slice(at, at + 2) : text[at];
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
