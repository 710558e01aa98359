import type { SearchItem, SearchKind } from './types';

export const KIND_ORDER: Record<SearchKind, number> = { recommendation: 0, 'prose-recommendation': 1, annotation: 2 };

/**
 * fuse.js gives every exact match the same score, so its order among them is index order. Ties
 * are broken as a reader would: listed recommendations before prose and notes, a match nearer
 * the start of the text first, then the shorter text, then the order of the documents.
 */
export function compareResults(a: { id: number; score: number; firstMatch: number }, b: { id: number; score: number; firstMatch: number }, itemA: SearchItem, itemB: SearchItem): number {
  return (
    Math.round((a.score - b.score) * 1e9) ||
    KIND_ORDER[itemA.kind] - KIND_ORDER[itemB.kind] ||
    a.firstMatch - b.firstMatch ||
    itemA.text.length - itemB.text.length ||
    a.id - b.id
  );
}
