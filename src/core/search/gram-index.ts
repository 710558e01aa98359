/**
 * Postings of character unigrams and bigrams over folded texts, to narrow the items fuse.js
 * scores without losing any it would match: a match of an m-character pattern with at most e
 * errors keeps at least m-1-2e of the pattern's bigrams (an edit breaks at most two), and at
 * least m-e of its characters. Characters are UTF-16 units, as fuse.js counts them; grams are
 * numbers (a unit, or 65536 + the two units' pair) so that no string is made per gram.
 */
export class GramIndex {
  private frozen = new Map<number, Int32Array>();
  private pending = new Map<number, number[]>();
  private pendingCount = 0;

  /** Adds an item's folded text under a numeric id; ids must increase from one call to the next. */
  add(id: number, folded: string): void {
    let previous = -1;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      if (isSpace(code)) continue;
      this.post(code, id);
      if (previous !== -1) this.post(bigramKey(previous, code), id);
      previous = code;
    }
  }

  private post(gram: number, id: number): void {
    let list = this.pending.get(gram);
    if (!list) this.pending.set(gram, (list = []));
    // Ids arrive in order, so a gram repeated within one item is the last id of its list.
    if (list[list.length - 1] !== id) {
      list.push(id);
      this.pendingCount++;
    }
  }

  /** Moves the postings into compact typed arrays (after a bulk load, and now and then). */
  freeze(): void {
    for (const [gram, ids] of this.pending) {
      const old = this.frozen.get(gram);
      if (old && old[old.length - 1] === ids[0]) ids.shift();
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

  /** Adds one to counts[id] for every id posted under the gram; ids counted for the first time go to `touched`. */
  count(gram: number, counts: Int32Array, touched: IdBuffer): void {
    const frozen = this.frozen.get(gram);
    if (frozen) for (let i = 0; i < frozen.length; i++) if (counts[frozen[i]]++ === 0) touched.push(frozen[i]);
    const pending = this.pending.get(gram);
    if (pending) for (const id of pending) if (counts[id]++ === 0) touched.push(id);
  }
}

/** A growable list of ids reused across queries, so that a keystroke allocates almost nothing. */
export class IdBuffer {
  ids = new Int32Array(1024);
  length = 0;

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }
}

export function bigramKey(first: number, second: number): number {
  return 65536 + first * 65536 + second;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000;
}

/** The distinct bigram keys of a piece, and its distinct unit keys. */
export function gramsOfPiece(piece: string): { bigrams: number[]; units: number[]; length: number } {
  const units = new Set<number>();
  const bigrams = new Set<number>();
  for (let i = 0; i < piece.length; i++) {
    units.add(piece.charCodeAt(i));
    if (i + 1 < piece.length) bigrams.add(bigramKey(piece.charCodeAt(i), piece.charCodeAt(i + 1)));
  }
  return { bigrams: [...bigrams], units: [...units], length: piece.length };
}
