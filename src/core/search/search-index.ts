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

/** Where a query first occurs, in bins for choosing among exact matches (beyond the last bin, ties). */
const FIRST_BINS = 1024;
const KIND_COUNT = Object.keys(KIND_ORDER).length;
const REMOVED = -1;
const ALL_KINDS = (1 << KIND_COUNT) - 1;

/** The kinds a query asks for, one bit per KIND_ORDER. */
function kindMask(kinds: readonly SearchKind[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= 1 << KIND_ORDER[kind];
  return mask;
}

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
  /** fuse.js's score of an exact match in each folded text (0.001 to the power of its field norm). */
  private readonly exactScores: number[] = [];
  /** Each item's KIND_ORDER, or REMOVED: queries test it for every candidate without touching the item. */
  private readonly kindOrder: number[] = [];
  private readonly byDocument = new Map<string, number[]>();
  private grams = new GramIndex();
  // Scratch arrays indexed by item id, reused by every query and left zeroed after it.
  private counts = new Int32Array(0);
  private totals = new Int32Array(0);
  private piecesPassed = new Int32Array(0);
  private readonly touched = new IdBuffer();
  private live = 0;
  /** Items replaced or removed whose postings remain until the next compaction. */
  private dead = 0;

  get size(): number {
    return this.live;
  }

  /**
   * Replaces every item of a document (an empty list removes the document). An edit moves most
   * items without changing their text: those keep their place in the index (only their offsets
   * are new), so a keystroke costs the items it changed, not the document's.
   */
  setDocument(document: string, items: readonly SearchItem[]): void {
    const unchanged = new Map<string, number[]>();
    for (const id of this.byDocument.get(document) ?? []) {
      const old = this.items[id];
      if (!old) continue;
      const key = sameTextKey(old);
      const ids = unchanged.get(key);
      if (ids) ids.push(id);
      else unchanged.set(key, [id]);
    }
    const ids = items.map(item => {
      const kept = unchanged.get(sameTextKey(item));
      if (!kept?.length) return this.add(item);
      const id = kept.shift()!;
      this.items[id] = item;
      return id;
    });
    for (const stale of unchanged.values()) for (const id of stale) this.remove(id);
    this.byDocument.set(document, ids);
    if (!items.length) this.byDocument.delete(document);
    if (this.dead > Math.max(10_000, this.live)) this.compact();
    else if (this.grams.needsFreeze) this.grams.freeze();
  }

  private remove(id: number): void {
    this.items[id] = undefined;
    this.kindOrder[id] = REMOVED;
    this.live--;
    this.dead++;
  }

  /**
   * Re-adds the live items under fresh ids once replaced ones outnumber them: a document edited
   * all day leaves a copy of its items behind at every change, which would otherwise slow every
   * query and hold memory for good. Rare (amortised over as many changes as items are live).
   */
  private compact(): void {
    const documents = [...this.byDocument].map(([document, ids]) => [document, ids.map(id => this.items[id]!)] as const);
    this.items.length = 0;
    this.folded.length = 0;
    this.exactScores.length = 0;
    this.kindOrder.length = 0;
    this.byDocument.clear();
    this.grams = new GramIndex();
    this.live = 0;
    this.dead = 0;
    for (const [document, items] of documents) this.byDocument.set(document, items.map(item => this.add(item)));
    this.grams.freeze();
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
    const kinds = options.kinds ? kindMask(options.kinds) : ALL_KINDS;
    const limit = options.limit ?? 50;
    // Pieces of one character match only exactly, and the order of exact matches is known before
    // fuse.js runs: it then scores just the ones shown. Otherwise the cap leaves room for typos.
    const cap = pieces.every(piece => piece.length === 1) ? Math.min(limit, CANDIDATE_CAP) : CANDIDATE_CAP;
    const candidates = this.candidates(pieces, kinds, cap);
    const scored = this.score(pieces, candidates);
    scored.sort((a, b) => compareResults(a, b, this.items[a.id]!, this.items[b.id]!));
    return scored.slice(0, limit).map(s => this.toResult(s));
  }

  /** Items that may match every piece, the best `cap` of them by grams shared. */
  private candidates(pieces: string[], kinds: number, cap: number): number[] {
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
          const kind = this.kindOrder[id];
          if (kind === REMOVED || !(kinds & (1 << kind))) continue;
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
    const best = topByTotal(current, totals, cap, (bucket, wanted) => this.bestLikeTheRanking(bucket, pieces, wanted));
    for (const id of current) this.piecesPassed[id] = 0;
    return best;
  }

  /**
   * The `wanted` best of candidates that share as many grams as the query has, where the cap
   * cuts. Most of them match exactly, and fuse.js scores an exact match by the item alone: 0 for
   * a text equal to the piece, otherwise 0.001 raised to its field norm (1/sqrt of its words);
   * ties go to the ranking's tie-breakers (kind, where the query first occurs, length). A
   * one-character query makes tens of thousands of candidates: a histogram of (kind, first
   * occurrence) within the score level the cut falls in finds the few worth sorting.
   */
  private bestLikeTheRanking(ids: number[], pieces: string[], wanted: number): number[] {
    const score = new Float64Array(ids.length);
    const kind = new Uint8Array(ids.length);
    const first = new Int32Array(ids.length);
    const perLevel = new Map<number, number>();
    // Runs of equal scores are the rule (most texts are one "word" to fuse.js): count them per run.
    let run = -1;
    let runLength = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const folded = this.folded[id];
      let at = Number.MAX_SAFE_INTEGER;
      let sum = 0;
      for (const piece of pieces) {
        const found = folded.indexOf(piece);
        if (found !== -1 && found < at) at = found;
        sum += folded === piece ? 0 : found === -1 ? 1 : this.exactScores[id];
      }
      score[i] = sum / pieces.length;
      kind[i] = this.kindOrder[id];
      first[i] = at;
      if (score[i] !== run) {
        if (runLength) perLevel.set(run, (perLevel.get(run) ?? 0) + runLength);
        run = score[i];
        runLength = 0;
      }
      runLength++;
    }
    if (runLength) perLevel.set(run, (perLevel.get(run) ?? 0) + runLength);
    // The score level the cut falls in; every better level is kept whole.
    let level = 0;
    let before = 0;
    for (const [value, count] of [...perLevel].sort((a, b) => a[0] - b[0])) {
      level = value;
      if (before + count >= wanted) break;
      before += count;
    }
    const bin = (i: number) => kind[i] * FIRST_BINS + Math.min(first[i], FIRST_BINS - 1);
    const histogram = new Int32Array(KIND_COUNT * FIRST_BINS);
    for (let i = 0; i < ids.length; i++) if (score[i] === level) histogram[bin(i)]++;
    let cut = 0;
    for (let seen = before; cut < histogram.length && seen < wanted; cut++) seen += histogram[cut];
    const kept: number[] = [];
    for (let i = 0; i < ids.length; i++) if (score[i] < level || (score[i] === level && bin(i) < cut)) kept.push(i);
    const length = new Int32Array(ids.length);
    for (const i of kept) length[i] = this.items[ids[i]]!.text.length;
    kept.sort((a, b) => score[a] - score[b] || kind[a] - kind[b] || first[a] - first[b] || length[a] - length[b] || ids[a] - ids[b]);
    return kept.slice(0, wanted).map(i => ids[i]);
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
    this.exactScores.push(Math.pow(0.001, fieldNorm(folded)));
    this.kindOrder.push(KIND_ORDER[item.kind]);
    this.grams.add(id, folded);
    this.live++;
    return id;
  }
}

/** Items with this key match the same queries alike: their grams and scores can be kept. */
function sameTextKey(item: SearchItem): string {
  return `${item.kind}\u0000${item.text}`;
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
function topByTotal(ids: number[], totals: Int32Array, cap: number, bestOf: (bucket: number[], wanted: number) => number[]): number[] {
  if (ids.length <= cap) return ids;
  let max = 0;
  let min = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < ids.length; i++) {
    const total = totals[ids[i]];
    if (total > max) max = total;
    if (total < min) min = total;
  }
  if (min === max) return bestOf(ids, cap); // a one-character query: every candidate shares the same grams
  const buckets: number[][] = Array.from({ length: max + 1 }, () => []);
  for (const id of ids) buckets[totals[id]].push(id);
  const best: number[] = [];
  for (let total = max; total >= 0 && best.length < cap; total--) {
    const bucket = best.length + buckets[total].length > cap ? bestOf(buckets[total], cap - best.length) : buckets[total];
    for (const id of bucket) {
      if (best.length === cap) break;
      best.push(id);
    }
  }
  return best;
}

/** fuse.js's field norm: 1/sqrt(number of words), to three decimals (as its fieldNorm.ts computes it). */
function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000;
}
