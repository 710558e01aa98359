const NUMBERED_LINE = /^\s*([0-9０-９]{1,2}|[IVX]{1,6}|[\u2160-\u216b])\s*[．.、]\s*(\S.*)$/;
const SENTENCE_END = /[。.]$/;

/** `１．研究会の成果`, `II. FINDINGS`, `Ⅲ．提言`: a short numbered heading line of a report (not a sentence, not a list item). */
export function matchNumberedHeading(text: string): string | undefined {
  const m = NUMBERED_LINE.exec(text);
  if (!m) return undefined;
  const title = m[2].trim();
  if (title.length > 40 || SENTENCE_END.test(title)) return undefined;
  return text.trim();
}
