/** How alike two short strings are, from 0 (nothing alike) to 1 (equal), by edit distance. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Levenshtein distance in UTF-16 units; context strings are short (about 32 characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * How well the text around a candidate agrees with the stored prefix and suffix (0 to 1).
 * An empty stored side (the passage was at the start or end of the document) agrees fully
 * only at that edge.
 */
export function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = prefix.length === 0 ? (start === 0 ? 1 : 0.5) : similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const after = suffix.length === 0 ? (end === text.length ? 1 : 0.5) : similarity(suffix, text.slice(end, end + suffix.length));
  return (before + after) / 2;
}
