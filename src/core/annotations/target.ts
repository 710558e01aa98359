import type { LineColumn } from '../text/line-index';

export function describeTarget(_text: string, _start: number, _end: number): { quote: string; prefix: string; suffix: string; start: LineColumn; end: LineColumn } {
  throw new Error('not implemented yet');
}
