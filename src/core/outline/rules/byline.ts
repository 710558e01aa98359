import { firstVisibleCode, lastVisibleCode } from './line-start';
import { findDate } from './dates';

export interface Byline {
  author?: string;
  date?: string;
}

/** A byline is a whole line in parentheses. */
export const BYLINE_STARTS = '（(';

const BYLINE = /^\s*[（(]\s*脱稿日\s*(.*?)\s*[）)]\s*$/;

/** `（脱稿日 2024 年 11 月 28 日 名前／所属）` or `(脱稿日 2024年12月6日)`: author and ISO date. */
export function matchByline(text: string, first = firstVisibleCode(text)): Byline | undefined {
  // A byline is a whole line in parentheses: its ends rule most lines out before any search.
  if (first !== 0xff08 /* （ */ && first !== 0x28 /* ( */) return undefined;
  const last = lastVisibleCode(text);
  if ((last !== 0xff09 /* ） */ && last !== 0x29 /* ) */) || !text.includes('脱稿日')) return undefined;
  const m = BYLINE.exec(text);
  if (!m) return undefined;
  const body = m[1]; // the expression leaves no white space at either end
  const date = findDate(body);
  const result: Byline = {};
  if (date) result.date = date.date;
  const rest = date ? body.slice(date.end).trim() : body;
  if (rest) result.author = beforeSlash(rest).trim();
  return result;
}

/** `名前／所属` -> `名前`: the author comes before an affiliation. */
function beforeSlash(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2f /* / */ || code === 0xff0f /* ／ */) return text.slice(0, i);
  }
  return text;
}
