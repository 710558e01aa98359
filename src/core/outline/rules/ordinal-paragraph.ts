import { codesOf, firstVisibleCode } from './line-start';
import { parseNumeral } from './numerals';

/** `第一に`, `まず第一に`, `First,`, `Second,`, `Third,`. */
export const ORDINAL_PARAGRAPH_STARTS = '第まFST';
const ORDINAL_STARTS = codesOf(ORDINAL_PARAGRAPH_STARTS);
const ORDINAL = /^\s*(?:まず)?第([一二三四五六七八九十]+)に|^\s*(First|Second|Third|Fourth|Fifth)(?:ly)?,/;
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
/** Any ordinal opening a line, to look ahead for the next one of a sequence. */
const ORDINAL_LINE = /^[ \t\u3000]*(?:(?:まず)?第[一二三四五六七八九十]+に|(?:First|Second|Third|Fourth|Fifth)(?:ly)?,)/gm;

/**
 * `第一に、…`, `まず第一に`, `Second, …`: the place of a paragraph in a sequence of proposals
 * (articles and op-eds that argue in numbered steps); undefined for any other line.
 */
export function ordinalOf(text: string, first = firstVisibleCode(text)): number | undefined {
  if (!ORDINAL_STARTS.has(first)) return undefined;
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  return m[1] ? parseNumeral(m[1]) : ENGLISH_ORDINALS.indexOf(m[2].toLowerCase()) + 1;
}

/** The ordinal as the line writes it, its label: `第一に`, `まず第一に`, `Second` (undefined for any other line). */
export function ordinalMarker(text: string): string | undefined {
  const m = ORDINAL.exec(text);
  return m ? m[0].trim().replace(/,$/, '') : undefined;
}

/** The ordinal of the next line of `source` after `from` that opens with one, if any. */
export function nextOrdinal(source: string, from: number): number | undefined {
  ORDINAL_LINE.lastIndex = from;
  const m = ORDINAL_LINE.exec(source);
  return m ? ordinalOf(m[0]) : undefined;
}
