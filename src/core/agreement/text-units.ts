import { flattenOutline } from '../outline/index';
import type { Outline } from '../outline/model';
import { matchBullet } from '../outline/rules/bullet';

/** A part of a document's text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** What Cohen's kappa counts as one unit: a sentence, a recommendation of the outline, or a code point. */
export type TextUnitKind = 'sentence' | 'recommendation' | 'span';
export const TEXT_UNIT_KINDS: readonly TextUnitKind[] = ['sentence', 'recommendation', 'span'];

// Sentence ends in Japanese and English prose: 。．！？ and their ASCII forms, with closing brackets
// and quotes that follow them kept in the sentence.
const TERMINAL = new Set([...'。．！？!?']);
const CLOSING = new Set([...'」』）)］]〉》"\'”’']);

/**
 * The sentences of a plain-text policy document. Text extracted from PDFs breaks lines inside
 * sentences, so a line break alone does not end one; a sentence ends at terminal punctuation, at
 * a blank line, or before a line that starts a list item (bullets are items without a full stop).
 * A full stop `.` ends a sentence only before white space, so 1.5 and e.g. stay whole.
 */
export function sentenceUnits(text: string): TextRange[] {
  const units: TextRange[] = [];
  let start = 0;
  const close = (end: number) => {
    const range = trimRange(text, start, end);
    if (range) units.push(range);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (TERMINAL.has(c) || (c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1])))) {
      let end = i + 1;
      while (end < text.length && CLOSING.has(text[end])) end++;
      close(end);
      i = end - 1;
    } else if (c === '\n') {
      const next = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, next === -1 ? text.length : next);
      if (nextLine.trim().length === 0 || matchBullet(nextLine)) close(i + 1);
    }
  }
  close(text.length);
  return units;
}

/** The recommendations the outline lists (and those it finds in the prose), in document order. */
export function recommendationUnits(outline: Outline): TextRange[] {
  return flattenOutline(outline)
    .filter(node => node.kind === 'recommendation' || node.kind === 'prose-recommendation')
    .map(node => ({ start: node.start, end: node.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The range without white space at either end; undefined when only white space is left. */
function trimRange(text: string, start: number, end: number): TextRange | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}
