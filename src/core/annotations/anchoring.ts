import type { LineIndex } from '../text/line-index';
import type { Annotation } from './model';

export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

export interface AnchorResult {
  status: AnchorStatus;
  start?: number;
  end?: number;
  score?: number;
}

export function anchorAnnotation(_text: string, _target: Pick<Annotation, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>, _lineIndex?: LineIndex): AnchorResult {
  return { status: 'orphaned' };
}
