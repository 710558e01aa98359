/** `Chapter One`, `PART TWO`, `Recommendation Three`: the numbers books and reports spell out, in order. */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const ASCII_NUMBER = /^\d+$/;
const KANJI_NUMBER = /^[〇一二三四五六七八九十百]+$/;
const ROMAN_NUMBER = /^[IVXLCivxlc]+$/;

/** `２０２６` -> `2026`; other characters unchanged (and no copy when there is nothing to change). */
export function toAsciiDigits(text: string): string {
  if (!FULL_WIDTH_DIGIT.test(text)) return text;
  return text.replace(FULL_WIDTH_DIGITS, d => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Reads 12, １２ or 十二 as 12; undefined when it is not a numeral. */
export function parseNumeral(raw: string): number | undefined {
  const ascii = toAsciiDigits(raw);
  if (ASCII_NUMBER.test(ascii)) return Number(ascii);
  if (!KANJI_NUMBER.test(raw)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of raw) {
    if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else current = current * 10 + KANJI_DIGITS[ch];
  }
  return total + current;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Reads IV or iv as 4; undefined when it is not a Roman numeral. */
export function parseRoman(raw: string): number | undefined {
  if (!ROMAN_NUMBER.test(raw)) return undefined;
  const upper = raw.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const current = ROMAN[upper[i]];
    total += current < (ROMAN[upper[i + 1]] ?? 0) ? -current : current;
  }
  return total;
}
