/** `⇒ 会合を重ねて得た知見を…`: a report's conclusion arrow; returns the conclusion's text. */
export function matchConclusion(text: string): { text: string; offset: number } | undefined {
  const m = /^(\s*[⇒→]\s*)(\S.*)$/.exec(text);
  if (!m) return undefined;
  const body = m[2].trimEnd();
  return { text: body, offset: m[1].length };
}
