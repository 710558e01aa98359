/**
 * Folds what a reader treats as the same character: NFKC (full-width ＮＡＴＯ = NATO, half-width
 * ｻﾌﾟﾗｲﾁｪｰﾝ = サプライチェーン), katakana to hiragana, upper to lower case. NFKC changes lengths,
 * so `map` gives, for each UTF-16 index of the folded text, the index in the original it came
 * from (`map[folded.length]` is the original's length).
 */
export interface FoldedText {
  text: string;
  map: Uint32Array;
}

// A base character and the marks that NFKC may compose with it (combining and half-width
// voiced sound marks) are folded together, so ﾌﾟ becomes プ and maps back to ﾌ.
const COMBINING = /[\u0300-\u036f\u3099\u309a\uff9e\uff9f]/;

export function foldForSearch(original: string): FoldedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    i += isHighSurrogate(original.charCodeAt(i)) && i + 1 < original.length ? 2 : 1;
    while (i < original.length && COMBINING.test(original[i])) i++;
    const folded = foldChunk(original.slice(start, i));
    text += folded;
    for (let k = 0; k < folded.length; k++) map.push(start);
  }
  map.push(original.length);
  return { text, map: Uint32Array.from(map) };
}

/**
 * The folded text alone, for queries and the search index: the whole string at once, which is
 * many times faster. It equals foldForSearch(original).text except where NFKC composes across
 * characters other than the voiced and combining marks that function keeps together.
 */
export function foldText(original: string): string {
  const folded = original.normalize('NFKC').toLowerCase();
  return KATAKANA.test(folded) ? folded.replace(KATAKANA_ALL, toHiragana) : folded;
}

const KATAKANA = /[\u30a1-\u30f6]/;
const KATAKANA_ALL = /[\u30a1-\u30f6]/g;
const toHiragana = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0x60);

/** Maps a range of the folded text back to the original: [start, end) in original offsets. */
export function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  const last = Math.max(start, end - 1);
  const originalEnd = last + 1 < folded.map.length ? folded.map[last + 1] : folded.map[folded.map.length - 1];
  return [folded.map[start], Math.max(folded.map[start] + 1, originalEnd)];
}

function foldChunk(chunk: string): string {
  const code = chunk.charCodeAt(0);
  // Fast path: ASCII and hiragana/kanji are unchanged by NFKC apart from case.
  if (chunk.length === 1 && code < 0x80) return chunk.toLowerCase();
  let out = chunk.normalize('NFKC').toLowerCase();
  if (/[\u30a1-\u30f6]/.test(out)) out = out.replace(/[\u30a1-\u30f6]/g, c => String.fromCharCode(c.charCodeAt(0) - 0x60));
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
