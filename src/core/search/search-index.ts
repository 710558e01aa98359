import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { foldForSearch, foldText, originalRange } from '../text/normalize';
import { GramIndex, bigramsOf, gramsOf } from './gram-index';
import { allowedErrors, queryPieces } from './query';
import { compareResults } from './ranking';
import type { SearchItem, SearchKind, SearchOptions, SearchResult } from './types';

/** The settings of "plain fuse.js" that the product's ranking reproduces. */
export const FUSE_OPTIONS: IFuseOptions<string> = { includeScore: true, includeMatches: true, ignoreLocation: true, threshold: 0.3, minMatchCharLength: 1 };

/** fuse.js scores at most this many candidates per query: the ones sharing the most grams. */
export const CANDIDATE_CAP = 256;

interface Scored {
  id: number;
  score: number;
  firstMatch: number;
  matches: [number, number][];
}

/**
 * Every searchable item of the workspace. Built once, updated per document, never rebuilt on a
 * keystroke: a query looks up grams, then fuse.js scores the few best candidates.
 */
export class SearchIndex {
  private readonly items: (SearchItem | undefined)[] = [];
  private readonly folded: string[] = [];
  private readonly byDocument = new Map<string, number[]>();
  private readonly grams = new GramIndex();
  private counts = new Int32Array(1024);
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** Replaces every item of a document (an empty list removes the document). */
  setDocument(document: string, items: readonly SearchItem[]): void {
    for (const id of this.byDocument.get(document) ?? []) {
      if (this.items[id]) this.live--;
      this.items[id] = undefined;
    }
    this.byDocument.set(document, items.map(item => this.add(item)));
    if (!items.length) this.byDocument.delete(document);
    if (this.grams.needsFreeze) this.grams.freeze();
  }

  /** Adds many items at once (a workspace or a benchmark corpus). */
  addAll(items: readonly SearchItem[]): void {
    const ids = new Map<string, number[]>();
    for (const item of items) {
      let list = ids.get(item.document);
      if (!list) ids.set(item.document, (list = this.byDocument.get(item.document) ?? []));
      list.push(this.add(item));
    }
    for (const [document, list] of ids) this.byDocument.set(document, list);
    this.grams.freeze();
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const pieces = queryPieces(query);
    if (!pieces.length) return [];
    const kinds = options.kinds ? new Set<SearchKind>(options.kinds) : undefined;
    const candidates = this.candidates(pieces, kinds);
    const scored = this.score(pieces, candidates);
    scored.sort((a, b) => compareResults(a, b, this.items[a.id]!, this.items[b.id]!));
    return scored.slice(0, options.limit ?? 50).map(s => this.toResult(s));
  }

  /** Items that may match every piece, the best CANDIDATE_CAP of them by grams shared. */
  private candidates(pieces: string[], kinds: Set<SearchKind> | undefined): number[] {
    let surviving: Map<number, number> | undefined;
    for (const piece of pieces) {
      const hits = this.itemsSharingEnoughGrams(piece);
      const next = new Map<number, number>();
      for (const [id, count] of hits) {
        if (surviving && !surviving.has(id)) continue;
        const item = this.items[id];
        if (!item || (kinds && !kinds.has(item.kind))) continue;
        next.set(id, count + (surviving?.get(id) ?? 0));
      }
      surviving = next;
    }
    return [...surviving!].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATE_CAP).map(([id]) => id);
  }

  private itemsSharingEnoughGrams(piece: string): Map<number, number> {
    const chars = Array.from(piece);
    const errors = allowedErrors(chars.length, FUSE_OPTIONS.threshold!);
    const bigrams = bigramsOf(piece);
    // Repeated bigrams count once in the postings: lower the bound by the repeats.
    let grams = bigrams;
    let need = chars.length - 1 - 2 * errors - (chars.length - 1 - bigrams.length);
    if (need <= 0) {
      grams = [...new Set(chars)];
      need = grams.length - errors;
    }
    if (this.counts.length < this.items.length) this.counts = new Int32Array(this.items.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      this.grams.forEach(gram, id => {
        if (counts[id]++ === 0) touched.push(id);
      });
    }
    const hits = new Map<number, number>();
    for (const id of touched) {
      if (counts[id] >= need) hits.set(id, counts[id]);
      counts[id] = 0;
    }
    return hits;
  }

  /** fuse.js scores each piece over the candidates; an item must match them all. */
  private score(pieces: string[], candidates: number[]): Scored[] {
    const texts = candidates.map(id => this.folded[id]);
    const total = new Map<number, Scored>();
    pieces.forEach((piece, p) => {
      const fuse = new Fuse(texts, FUSE_OPTIONS);
      const matched = new Set<number>();
      for (const result of fuse.search(piece) as FuseResult<string>[]) {
        const id = candidates[result.refIndex];
        const previous = total.get(id);
        if (p > 0 && !previous) continue;
        matched.add(id);
        const ranges = (result.matches ?? []).flatMap(m => m.indices.map(([s, e]) => [s, e + 1] as [number, number]));
        const entry = previous ?? { id, score: 0, firstMatch: Number.MAX_SAFE_INTEGER, matches: [] };
        entry.score += (result.score ?? 0) / pieces.length;
        entry.matches.push(...longestRanges(ranges));
        entry.firstMatch = Math.min(entry.firstMatch, ...entry.matches.map(r => r[0]));
        total.set(id, entry);
      }
      for (const id of total.keys()) if (!matched.has(id)) total.delete(id);
    });
    return [...total.values()];
  }

  private toResult(scored: Scored): SearchResult {
    const item = this.items[scored.id]!;
    const folded = foldForSearch(item.text);
    const highlights = mergeRanges(scored.matches.map(([s, e]) => originalRange(folded, s, e)));
    return { item, score: scored.score, highlights };
  }

  private add(item: SearchItem): number {
    const id = this.items.length;
    const folded = foldText(item.text);
    this.items.push(item);
    this.folded.push(folded);
    this.grams.add(id, folded);
    this.live++;
    return id;
  }
}

/** fuse.js reports every run of matched characters; single stray characters make poor highlights. */
function longestRanges(ranges: [number, number][]): [number, number][] {
  const longest = Math.max(0, ...ranges.map(([s, e]) => e - s));
  return ranges.filter(([s, e]) => e - s >= Math.min(2, longest));
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export { gramsOf };
