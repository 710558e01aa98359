import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { foldForSearch, foldText, originalRange } from '../text/normalize';
import { GramIndex, IdBuffer, gramsOfPiece } from './gram-index';
import { allowedErrors, queryPieces } from './query';
import { KIND_ORDER, compareResults } from './ranking';
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
  // Scratch arrays indexed by item id, reused by every query and left zeroed after it.
  private counts = new Int32Array(0);
  private totals = new Int32Array(0);
  private piecesPassed = new Int32Array(0);
  private readonly touched = new IdBuffer();
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
    this.ensureCapacity();
    const { counts, totals } = this;
    let current: number[] = [];
    pieces.forEach((piece, p) => {
      const { grams, need } = this.bound(piece);
      const touched = this.touched;
      touched.length = 0;
      for (const gram of grams) this.grams.count(gram, counts, touched);
      const next: number[] = [];
      for (let t = 0; t < touched.length; t++) {
        const id = touched.ids[t];
        const count = counts[id];
        counts[id] = 0;
        if (count < need) continue;
        if (p === 0) {
          const item = this.items[id];
          if (!item || (kinds && !kinds.has(item.kind))) continue;
          totals[id] = count;
        } else {
          if (this.piecesPassed[id] !== p) continue;
          totals[id] += count;
        }
        this.piecesPassed[id] = p + 1;
        next.push(id);
      }
      for (const id of current) if (this.piecesPassed[id] !== p + 1) this.piecesPassed[id] = 0;
      current = next;
    });
    const best = topByTotal(current, totals, CANDIDATE_CAP, bucket => this.orderLikeTheRanking(bucket, pieces));
    for (const id of current) this.piecesPassed[id] = 0;
    return best;
  }

  /**
   * Orders candidates that share as many grams as the query has, where the cap cuts: when
   * hundreds match exactly, fuse.js gives them one score, so the ranking's tie-breakers decide
   * (kind, where the query first occurs, length), and the cap must keep the ones they favour.
   */
  private orderLikeTheRanking(ids: number[], pieces: string[]): number[] {
    const keyed = ids.map(id => {
      const item = this.items[id]!;
      const folded = this.folded[id];
      let first = Number.MAX_SAFE_INTEGER;
      for (const piece of pieces) {
        const at = folded.indexOf(piece);
        if (at !== -1) first = Math.min(first, at);
      }
      return { id, kind: KIND_ORDER[item.kind], first, length: item.text.length };
    });
    keyed.sort((a, b) => a.kind - b.kind || a.first - b.first || a.length - b.length || a.id - b.id);
    return keyed.map(k => k.id);
  }

  /** The grams to look up for a piece, and how many of them a possible match must share. */
  private bound(piece: string): { grams: number[]; need: number } {
    const { bigrams, units, length } = gramsOfPiece(piece);
    const errors = allowedErrors(length, FUSE_OPTIONS.threshold!);
    // Repeated bigrams are posted once per item: lower the bound by the repeats.
    const needBigrams = length - 1 - 2 * errors - (length - 1 - bigrams.length);
    if (needBigrams > 0) return { grams: bigrams, need: needBigrams };
    return { grams: units, need: Math.max(1, units.length - errors) };
  }

  private ensureCapacity(): void {
    if (this.counts.length >= this.items.length) return;
    const size = Math.max(1024, this.items.length * 2);
    this.counts = new Int32Array(size);
    this.totals = new Int32Array(size);
    this.piecesPassed = new Int32Array(size);
  }

  /** fuse.js scores each piece over the candidates; an item must match them all. */
  private score(pieces: string[], candidates: number[]): Scored[] {
    const fuse = new Fuse(candidates.map(id => this.folded[id]), FUSE_OPTIONS);
    const total = new Map<number, Scored>();
    pieces.forEach((piece, p) => {
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
        for (const [start] of ranges) entry.firstMatch = Math.min(entry.firstMatch, start);
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


/** The ids with the highest totals, by buckets (totals are small numbers); the bucket the cap cuts is ordered first. */
function topByTotal(ids: number[], totals: Int32Array, cap: number, order: (bucket: number[]) => number[]): number[] {
  if (ids.length <= cap) return ids;
  let max = 0;
  for (const id of ids) max = Math.max(max, totals[id]);
  const buckets: number[][] = Array.from({ length: max + 1 }, () => []);
  for (const id of ids) buckets[totals[id]].push(id);
  const best: number[] = [];
  for (let total = max; total >= 0 && best.length < cap; total--) {
    const bucket = best.length + buckets[total].length > cap ? order(buckets[total]) : buckets[total];
    for (const id of bucket) {
      if (best.length === cap) break;
      best.push(id);
    }
  }
  return best;
}
