/**
 * Postings of character unigrams and bigrams over folded texts, to narrow the items fuse.js
 * scores without losing any it would match: a match of an m-character pattern with at most e
 * errors keeps at least m-1-2e of the pattern's bigrams (an edit breaks at most two), and at
 * least m-e of its characters.
 */
export class GramIndex {
  private frozen = new Map<string, Int32Array>();
  private pending = new Map<string, number[]>();
  private pendingCount = 0;

  /** Adds an item's folded text under a numeric id (ids increase as items are added). */
  add(id: number, folded: string): void {
    for (const gram of gramsOf(folded)) {
      let list = this.pending.get(gram);
      if (!list) this.pending.set(gram, (list = []));
      list.push(id);
      this.pendingCount++;
    }
  }

  /** Moves the postings into compact typed arrays (done after a bulk load and now and then). */
  freeze(): void {
    for (const [gram, ids] of this.pending) {
      const old = this.frozen.get(gram);
      const merged = new Int32Array((old?.length ?? 0) + ids.length);
      if (old) merged.set(old);
      merged.set(ids, old?.length ?? 0);
      this.frozen.set(gram, merged);
    }
    this.pending.clear();
    this.pendingCount = 0;
  }

  get needsFreeze(): boolean {
    return this.pendingCount > 50_000;
  }

  /** Calls back with every id posted under a gram (an id may appear once per gram). */
  forEach(gram: string, visit: (id: number) => void): void {
    const frozen = this.frozen.get(gram);
    if (frozen) for (let i = 0; i < frozen.length; i++) visit(frozen[i]);
    const pending = this.pending.get(gram);
    if (pending) for (const id of pending) visit(id);
  }

  /** Distinct grams held, and ids posted in all (for memory reports). */
  stats(): { grams: number; postings: number } {
    let postings = this.pendingCount;
    for (const list of this.frozen.values()) postings += list.length;
    return { grams: this.frozen.size + this.pending.size, postings };
  }
}

/** The distinct unigrams and bigrams of a folded text (white space skipped). */
export function gramsOf(folded: string): Set<string> {
  const grams = new Set<string>();
  const chars = Array.from(folded.replace(/\s+/g, ''));
  for (let i = 0; i < chars.length; i++) {
    grams.add(chars[i]);
    if (i + 1 < chars.length) grams.add(chars[i] + chars[i + 1]);
  }
  return grams;
}

/** The distinct bigrams of a piece, or its distinct characters when it is one character long. */
export function bigramsOf(piece: string): string[] {
  const chars = Array.from(piece);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}
