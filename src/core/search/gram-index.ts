/**
 * Postings of character unigrams and bigrams over folded texts, to narrow the items fuse.js
 * scores without losing any it would match: a match of an m-character pattern with at most e
 * errors keeps at least m-1-2e of the pattern's bigrams (an edit breaks at most two), and at
 * least m-e of its characters. Characters are UTF-16 units, as fuse.js counts them; grams are
 * numbers (a unit, or 65536 + the two units' pair) so that no string is made per gram.
 *
 * Each gram gets a small dense slot number (units directly, bigrams through an open-addressing
 * table of typed arrays), and postings are typed arrays: one compact array with offsets per slot,
 * and the (slot, id) pairs added since, chained per slot and sorted into it by freeze(). A Map of arrays keyed by
 * bigram numbers spent most of a 100,000-item build in hashing and garbage collection.
 */
const INITIAL_CAPACITY = 1 << 10;

export class GramIndex {
  private readonly slots = new SlotTable();
  // Frozen postings: ids of slot s are postings[offsets[s] .. offsets[s + 1]).
  private offsets = new Int32Array(1);
  private postings = new Int32Array(0);
  // Added since the last freeze, as (slot, id) pairs chained per slot (pendingHead, pendingNext)
  // so that a query reads only its grams' pairs; lastId avoids posting a gram twice for one item.
  // All start small and double as needed: an empty index costs next to nothing to make (the
  // extension makes one while it activates).
  private pendingSlots = new Int32Array(INITIAL_CAPACITY);
  private pendingIds = new Int32Array(INITIAL_CAPACITY);
  private pendingNext = new Int32Array(INITIAL_CAPACITY);
  private pendingHead = new Int32Array(INITIAL_CAPACITY).fill(-1);
  private pendingCount = 0;
  private lastId = new Int32Array(INITIAL_CAPACITY).fill(-1);

  /** Adds an item's folded text under a numeric id; ids must increase from one call to the next. */
  add(id: number, folded: string): void {
    let previous = -1;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      if (isSpace(code)) continue;
      this.post(this.slots.unit(code), id);
      if (previous !== -1) this.post(this.slots.pair(previous, code), id);
      previous = code;
    }
  }

  private post(slot: number, id: number): void {
    if (slot >= this.lastId.length) {
      this.lastId = grown(this.lastId, slot + 1, -1);
      this.pendingHead = grown(this.pendingHead, slot + 1, -1);
    }
    if (this.lastId[slot] === id) return;
    this.lastId[slot] = id;
    const at = this.pendingCount++;
    if (at === this.pendingSlots.length) {
      this.pendingSlots = grown(this.pendingSlots, at + 1, 0);
      this.pendingIds = grown(this.pendingIds, at + 1, 0);
      this.pendingNext = grown(this.pendingNext, at + 1, 0);
    }
    this.pendingSlots[at] = slot;
    this.pendingIds[at] = id;
    this.pendingNext[at] = this.pendingHead[slot];
    this.pendingHead[slot] = at;
  }

  /** Moves the pending postings into the compact array, by a counting sort on slots (ids stay in order). */
  freeze(): void {
    if (!this.pendingCount) return;
    const slotCount = this.slots.size;
    const { offsets: oldOffsets, postings: oldPostings, pendingSlots, pendingIds, pendingCount } = this;
    const oldSlots = oldOffsets.length - 1;
    const offsets = new Int32Array(slotCount + 1);
    for (let i = 0; i < pendingCount; i++) offsets[pendingSlots[i] + 1]++;
    for (let s = 0; s < slotCount; s++) {
      const frozen = s < oldSlots ? oldOffsets[s + 1] - oldOffsets[s] : 0;
      offsets[s + 1] += offsets[s] + frozen;
    }
    const postings = new Int32Array(offsets[slotCount]);
    // Where the next pending id of each slot goes: after the slot's frozen ids.
    const next = new Int32Array(slotCount);
    for (let s = 0; s < slotCount; s++) {
      next[s] = offsets[s];
      if (s < oldSlots && oldOffsets[s + 1] > oldOffsets[s]) {
        postings.set(oldPostings.subarray(oldOffsets[s], oldOffsets[s + 1]), offsets[s]);
        next[s] += oldOffsets[s + 1] - oldOffsets[s];
      }
    }
    for (let i = 0; i < pendingCount; i++) postings[next[pendingSlots[i]]++] = pendingIds[i];
    this.offsets = offsets;
    this.postings = postings;
    for (let i = 0; i < pendingCount; i++) this.pendingHead[pendingSlots[i]] = -1;
    this.pendingCount = 0;
  }

  /**
   * Whether the pending pairs are worth compacting: a freeze copies every posting, so it waits
   * until the pending ones are a good share of them (documents added one by one then cost a
   * few copies of the whole, not one per document).
   */
  get needsFreeze(): boolean {
    return this.pendingCount > Math.max(50_000, this.postings.length / 2);
  }

  /** Adds one to counts[id] for every id posted under the gram; ids counted for the first time go to `touched`. */
  count(gram: number, counts: Int32Array, touched: IdBuffer): void {
    const slot = gram < 65536 ? this.slots.findUnit(gram) : this.slots.findPair(gram - 65536);
    if (slot === -1) return;
    const { offsets, postings, pendingIds, pendingNext } = this;
    if (slot + 1 < offsets.length) {
      for (let i = offsets[slot], end = offsets[slot + 1]; i < end; i++) {
        const id = postings[i];
        if (counts[id]++ === 0) touched.push(id);
      }
    }
    for (let i = slot < this.pendingHead.length ? this.pendingHead[slot] : -1; i !== -1; i = pendingNext[i]) {
      const id = pendingIds[i];
      if (counts[id]++ === 0) touched.push(id);
    }
  }
}

function grown(array: Int32Array<ArrayBuffer>, atLeast: number, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  if (fill) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

/** Dense slot numbers for grams: a direct table for units, open addressing for pairs. */
class SlotTable {
  size = 0;
  // Indexed by UTF-16 unit, up to the highest seen so far (grown on demand).
  private units = new Int32Array(INITIAL_CAPACITY).fill(-1);
  // Pair keys (first * 65536 + second, a 32-bit number) and their slots; -1 marks a free cell.
  private keys = new Uint32Array(INITIAL_CAPACITY);
  private values = new Int32Array(INITIAL_CAPACITY).fill(-1);
  private pairs = 0;

  unit(code: number): number {
    if (code >= this.units.length) this.units = grown(this.units, code + 1, -1);
    const slot = this.units[code];
    return slot !== -1 ? slot : (this.units[code] = this.size++);
  }

  findUnit(code: number): number {
    return code < this.units.length ? this.units[code] : -1;
  }

  pair(first: number, second: number): number {
    const key = (first * 65536 + second) >>> 0;
    const mask = this.keys.length - 1;
    for (let cell = hash(key) & mask; ; cell = (cell + 1) & mask) {
      const slot = this.values[cell];
      if (slot === -1) {
        this.keys[cell] = key;
        this.values[cell] = this.size;
        if (++this.pairs * 2 > this.keys.length) this.grow();
        return this.size++;
      }
      if (this.keys[cell] === key) return slot;
    }
  }

  findPair(key: number): number {
    const mask = this.keys.length - 1;
    for (let cell = hash(key) & mask; ; cell = (cell + 1) & mask) {
      const slot = this.values[cell];
      if (slot === -1 || this.keys[cell] === key) return slot;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      if (values[old] === -1) continue;
      let cell = hash(keys[old]) & mask;
      while (this.values[cell] !== -1) cell = (cell + 1) & mask;
      this.keys[cell] = keys[old];
      this.values[cell] = values[old];
    }
  }
}

function hash(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
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
