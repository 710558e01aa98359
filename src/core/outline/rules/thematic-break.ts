import { codesOf } from './line-start';

/**
 * `---`, `***`, `___`, `* * *`: Markdown's thematic break, three or more of one mark with spaces
 * between at will. Converters from PDF draw one where a page ends; writers, between parts or cards.
 */
export function isThematicBreak(text: string): boolean {
  return THEMATIC_BREAK.test(text);
}

const THEMATIC_BREAK = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/** A thematic break starts with one of its marks: other lines need not be matched. */
export function mayStartThematicBreak(code: number): boolean {
  return RULE_MARKS.has(code);
}

const RULE_MARKS = codesOf('-*_');
