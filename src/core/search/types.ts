export type SearchKind = 'recommendation' | 'prose-recommendation' | 'annotation';

/** Something the search finds: a recommendation of a document, or an annotation's note and tags. */
export interface SearchItem {
  /** Unique and stable: document path and offset, or the annotation id. */
  id: string;
  kind: SearchKind;
  text: string;
  /** The document's path (workspace-relative in VS Code, as given on the command line). */
  document: string;
  /** 1-based line of the item in the document. */
  line: number;
  /** UTF-16 offsets of the item in its document. */
  start: number;
  end: number;
  chapter?: string;
  author?: string;
  /** What made a recommendation one: its block's label, its number or marker. */
  label?: string;
}

export interface SearchResult {
  item: SearchItem;
  /** fuse.js's score (0 is a perfect match), averaged over the query's words. */
  score: number;
  /** Matched ranges in `item.text`, UTF-16 offsets, [start, end). */
  highlights: [number, number][];
}

export interface SearchOptions {
  limit?: number;
  kinds?: readonly SearchKind[];
}
