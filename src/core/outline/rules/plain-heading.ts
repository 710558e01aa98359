/**
 * An unmarked heading of a web article: a short line that is not a sentence, followed by a
 * paragraph. `next` is the next non-empty line.
 */
export function isPlainHeading(text: string, next: string | undefined): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 30 || /[。．.、,!?！？」）)]$/.test(t) || /^[-・•⚫*]/.test(t)) return false;
  if (next === undefined) return false;
  return next.trim().length > t.length + 20 || /[。.]$/.test(next.trim());
}

/** `研究代表者`, `研究期間 2012年4月~2013年3月`: labelled fields of a project page. */
export function isFieldLabel(text: string): boolean {
  return /^\s*(研究代表者|研究関係者|研究期間|研究概要|研究目的|計画書|Principal investigator|Period|Summary)(\s|$)/.test(text);
}
