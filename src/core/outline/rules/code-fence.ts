/**
 * `` ``` `` or `~~~` (after up to three spaces): a line opening or closing a fenced code block of
 * Markdown, whose lines are code, not the text's structure.
 */
export function isCodeFence(text: string): boolean {
  return CODE_FENCE.test(text);
}

const CODE_FENCE = /^\s{0,3}(?:```|~~~)/;
