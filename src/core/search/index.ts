export { SearchIndex, FUSE_OPTIONS, CANDIDATE_CAP } from './search-index';
export { recommendationItems } from './document-items';
export { queryPieces } from './query';
export type { SearchItem, SearchKind, SearchOptions, SearchResult } from './types';
