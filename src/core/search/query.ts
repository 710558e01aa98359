import { foldText } from '../text/normalize';

/** fuse.js's bitap matcher handles patterns of up to 32 characters. */
export const MAX_PATTERN = 32;

/**
 * Splits a query into the pieces that must all match: its words (separated by spaces), and
 * words longer than fuse.js can handle cut into pieces of at most 32 characters, so that a long
 * query is never silently reduced to "any piece matches".
 */
export function queryPieces(query: string): string[] {
  const pieces: string[] = [];
  for (const word of foldText(query).split(/\s+/).filter(Boolean)) {
    for (let i = 0; i < word.length; i += MAX_PATTERN) pieces.push(word.slice(i, i + MAX_PATTERN));
  }
  return pieces;
}

/** Errors fuse.js allows in a pattern of this length at a threshold (its score is errors / length). */
export function allowedErrors(length: number, threshold: number): number {
  return Math.floor(threshold * length + 1e-9);
}
