/**
 * Joins a line that a PDF or an editor wrapped to the text before it: Japanese runs on without
 * a space, words of English (or numbers) keep one between them.
 */
export function joinWrapped(before: string, next: string): string {
  if (!before || !next) return before + next;
  return isWordChar(before.charCodeAt(before.length - 1)) && isWordChar(next.charCodeAt(0)) ? `${before} ${next}` : before + next;
}

/** Latin (and other alphabetic) letters, digits and ASCII punctuation; not white space. */
function isWordChar(code: number): boolean {
  return code < 0x2000 && code !== 0x20 && code !== 0x09 && code !== 0xa0;
}
