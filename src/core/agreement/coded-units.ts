import type { DocumentSpans } from './document-spans';
import { boundariesOf, indicesByKey } from './numeric-order';
import { TagCounts, tagSetValue } from './tag-sets';
import type { TextRange } from './text-units';

/** One text unit with the tags each coder gave it. */
export interface CodedUnit {
  start: number;
  end: number;
  /** How many units this one stands for: 1, or its length when units are code points. */
  weight: number;
  /** Per coder index: the tags of the coder's passages that overlap the unit, each once. */
  tags: string[][];
  /** Per coder index: the set of tags as one nominal value (see `tagSetValue`). */
  values: string[];
}

function addOnce(list: string[], tag: string): void {
  if (!list.includes(tag)) list.push(tag);
}

/**
 * Each unit (code points of the document) with the tags every coder's passages give it: a
 * passage counts for a unit it overlaps by at least one code point.
 */
export function codeTextUnits(document: DocumentSpans, units: readonly TextRange[], coders: number): CodedUnit[] {
  const coded = units.map((u): CodedUnit => ({ start: u.start, end: u.end, weight: 1, tags: Array.from({ length: coders }, (): string[] => []), values: [] }));
  // Units may nest (a recommendation in the text inside a listed one): the running maximum of
  // their ends grows monotonically, so it can be searched.
  const reach = new Float64Array(coded.length);
  for (let k = 0; k < coded.length; k++) reach[k] = Math.max(coded[k].end, k > 0 ? reach[k - 1] : 0);
  for (const span of document.spans) {
    for (let k = firstReachingPast(reach, span.start); k < coded.length && coded[k].start < span.end; k++) {
      if (coded[k].end > span.start) addOnce(coded[k].tags[span.coder], span.tag);
    }
  }
  for (const unit of coded) unit.values = unit.tags.map(tagSetValue);
  return coded;
}

/**
 * Units when the unit is the code point: the stretches between passage boundaries over which no
 * coder's set of tags changes, each weighing its length, so that nothing is counted code point
 * by code point. A boundary where a coder's passage ends inside another of the same tag changes
 * nothing, so the stretches on either side are one unit.
 */
export function codeSpanUnits(document: DocumentSpans, coders: number): CodedUnit[] {
  const { spans, length } = document;
  const all = boundariesOf(spans, 0, length);
  const cuts = all.subarray(all.indexOf(0), all.indexOf(length) + 1);
  const byEnd = indicesByKey(spans.map(s => s.end));
  const counts = Array.from({ length: coders }, () => new TagCounts());
  const active = new Uint8Array(spans.length);
  const units: CodedUnit[] = [];
  let opened = 0;
  let closed = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k];
    const end = cuts[k + 1];
    let changed = false;
    for (; closed < byEnd.length && spans[byEnd[closed]].end <= start; closed++) {
      const index = byEnd[closed];
      if (active[index]) changed = counts[spans[index].coder].remove(spans[index].tag) || changed;
    }
    for (; opened < spans.length && spans[opened].start <= start; opened++) {
      const span = spans[opened];
      if (span.end <= start) continue;
      active[opened] = 1;
      changed = counts[span.coder].add(span.tag) || changed;
    }
    const last = units[units.length - 1];
    if (!changed && last) {
      last.end = end;
      last.weight += end - start;
      continue;
    }
    units.push({ start, end, weight: end - start, tags: counts.map(c => c.tags()), values: counts.map(c => c.value()) });
  }
  return units;
}

/** The first index whose running maximum end lies past the offset: no unit before it can overlap. */
function firstReachingPast(reach: Float64Array, offset: number): number {
  let lo = 0;
  let hi = reach.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
