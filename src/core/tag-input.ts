/**
 * What a reader types in the tag picker: several tags separated by commas (`要確認, econ`). The
 * tags before the last separator are complete; the last piece is still being typed, and the
 * existing tags that contain it are the suggestions (the picker's own filter sees the whole line
 * and would find none after a comma).
 */
const SEPARATORS = /[,、，]/;

export interface TypedTags {
  /** Tags followed by a separator, in the order typed, without duplicates. */
  complete: string[];
  /** The piece after the last separator ('' right after a comma). */
  partial: string;
  /** True once a separator was typed: from then on, suggestions follow the partial piece. */
  several: boolean;
}

export function readTypedTags(value: string): TypedTags {
  const pieces = value.split(SEPARATORS).map(piece => piece.trim());
  const partial = pieces.pop() ?? '';
  return { complete: [...new Set(pieces.filter(piece => piece.length > 0))], partial, several: pieces.length > 0 };
}

/** True when an existing tag could be what the partial piece is heading for (case and width folded). */
export function suggests(tag: string, partial: string): boolean {
  return fold(tag).includes(fold(partial));
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
