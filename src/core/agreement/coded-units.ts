import type { CoderSpan, DocumentSpans } from './document-spans';
import type { TextRange } from './text-units';

/** One text unit with the tags each coder gave it. */
export interface CodedUnit {
  start: number;
  end: number;
  /** How many units this one stands for: 1, or its length when units are code points. */
  weight: number;
  /** Per coder index: the tags of the coder's passages that overlap the unit. */
  tags: Set<string>[];
}

/**
 * Each unit (code points of the document) with the tags every coder's passages give it: a
 * passage counts for a unit it overlaps by at least one code point.
 */
export function codeTextUnits(document: DocumentSpans, units: readonly TextRange[], coders: number): CodedUnit[] {
  const coded = units.map(u => ({ start: u.start, end: u.end, weight: 1, tags: Array.from({ length: coders }, () => new Set<string>()) }));
  // Units may nest (a recommendation in the text inside a listed one): the running maximum of
  // their ends grows monotonically, so it can be searched.
  const reach = new Float64Array(coded.length);
  for (let k = 0; k < coded.length; k++) reach[k] = Math.max(coded[k].end, k > 0 ? reach[k - 1] : 0);
  for (const span of document.spans) {
    for (let k = firstReachingPast(reach, span.start); k < coded.length && coded[k].start < span.end; k++) {
      if (coded[k].end > span.start) coded[k].tags[span.coder].add(span.tag);
    }
  }
  return coded;
}

/**
 * Units when the unit is the code point: the stretches between every passage's boundaries, each
 * weighing its length, so that nothing is counted code point by code point.
 */
export function codeSpanUnits(document: DocumentSpans, coders: number): CodedUnit[] {
  const cuts = new Set<number>([0, document.length]);
  for (const span of document.spans) cuts.add(span.start).add(span.end);
  const sorted = [...cuts].filter(c => c >= 0 && c <= document.length).sort((a, b) => a - b);
  const units: CodedUnit[] = [];
  const active: CoderSpan[] = [];
  let next = 0;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k];
    const end = sorted[k + 1];
    while (next < document.spans.length && document.spans[next].start <= start) active.push(document.spans[next++]);
    const tags = Array.from({ length: coders }, () => new Set<string>());
    let kept = 0;
    for (const span of active) {
      if (span.end <= start) continue;
      active[kept++] = span;
      tags[span.coder].add(span.tag);
    }
    active.length = kept;
    units.push({ start, end, weight: end - start, tags });
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
