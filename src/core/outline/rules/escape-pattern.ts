/** The text as a regular expression matching it literally: every character a pattern reads specially escaped. */
export function escapePattern(text: string): string {
  return text.replace(PATTERN_SPECIALS, '\\$&');
}

const PATTERN_SPECIALS = /[.*+?^${}()|[\]\\]/g;
