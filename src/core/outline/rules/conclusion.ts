import { firstVisibleCode } from './line-start';

/** A conclusion arrow. */
export const CONCLUSION_STARTS = '⇒→';

const ARROW_LINE = /^(\s*[⇒→]\s*)(\S.*)$/;

/** `⇒ 会合を重ねて得た知見を…`: a report's conclusion arrow; returns the conclusion's text. */
export function matchConclusion(text: string, first = firstVisibleCode(text)): { text: string; offset: number } | undefined {
  if (first !== 0x21d2 /* ⇒ */ && first !== 0x2192 /* → */) return undefined;
  const m = ARROW_LINE.exec(text);
  if (!m) return undefined;
  const body = m[2].trimEnd();
  return { text: body, offset: m[1].length };
}
