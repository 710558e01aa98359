import { LineIndex, type LineColumn } from '../text/line-index';

/** How many code points of context are kept on each side of the quote. */
export const CONTEXT_CODE_POINTS = 32;

export interface TargetDescription {
  quote: string;
  prefix: string;
  suffix: string;
  start: LineColumn;
  end: LineColumn;
}

/**
 * What an annotation stores about the passage text[start, end) (UTF-16 offsets): the quote,
 * up to 32 code points either side (never splitting a surrogate pair), and the position hint.
 */
export function describeTarget(text: string, start: number, end: number, lineIndex: LineIndex = new LineIndex(text)): TargetDescription {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(stepBack(text, start, CONTEXT_CODE_POINTS), start),
    suffix: text.slice(end, stepForward(text, end, CONTEXT_CODE_POINTS)),
    start: lineIndex.positionAt(start),
    end: lineIndex.positionAt(end),
  };
}

function stepBack(text: string, offset: number, codePoints: number): number {
  let i = offset;
  for (let n = 0; n < codePoints && i > 0; n++) i -= i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
  return i;
}

function stepForward(text: string, offset: number, codePoints: number): number {
  let i = offset;
  for (let n = 0; n < codePoints && i < text.length; n++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return i;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
