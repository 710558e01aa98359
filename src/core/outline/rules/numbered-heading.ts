/** `１．研究会の成果`: a short numbered heading line of a report (not a sentence, not a list item). */
export function matchNumberedHeading(text: string): string | undefined {
  const m = /^\s*([0-9０-９]{1,2})\s*[．.]\s*(\S.*)$/.exec(text);
  if (!m) return undefined;
  const title = m[2].trim();
  if (title.length > 40 || /[。.]$/.test(title)) return undefined;
  return text.trim();
}
