import type { CoderSpan, DocumentSpans } from './document-spans';
import { boundariesOf, indicesByKey } from './numeric-order';

/** A passage where the coders present in a document did not mark the same code points with a tag. */
export interface Disagreement {
  document: string;
  tag: string;
  /** UTF-16 offsets of the passage in the document (the union of the differing stretches). */
  start: number;
  end: number;
  /** Per coder present in the document: the annotations of this tag that overlap the passage. */
  coders: { coder: number; ids: string[] }[];
}

/**
 * Every passage of the document where, for one tag, some but not all present coders marked the
 * text. Adjacent differing stretches form one passage: a boundary placed differently is one place.
 */
export function findDisagreements(document: DocumentSpans): Disagreement[] {
  if (document.present.size < 2) return [];
  const byTag = new Map<string, CoderSpan[]>();
  for (const span of document.spans) {
    if (!document.present.has(span.coder)) continue;
    const list = byTag.get(span.tag);
    if (list) list.push(span);
    else byTag.set(span.tag, [span]);
  }
  const coders = [...document.present].sort((a, b) => a - b);
  const result: Disagreement[] = [];
  for (const [tag, spans] of byTag) {
    for (const passage of differingPassages(spans, document.present.size)) {
      result.push({
        document: document.path,
        tag,
        start: document.toUtf16(passage.start),
        end: document.toUtf16(passage.end),
        coders: coders.map(coder => ({ coder, ids: idsOf(passage, coder) })),
      });
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/**
 * A passage, the spans over it, and the spans that only touch it: a coder whose passage ends
 * where the other's goes on has marked the place too, just shorter.
 */
interface Passage { start: number; end: number; spans: Set<CoderSpan>; touching: Set<CoderSpan> }

/** The coder's annotations over the passage, or, when none, those that touch it. */
function idsOf(passage: Passage, coder: number): string[] {
  const over = idsOfCoder(passage.spans, coder);
  return over.length > 0 ? over : idsOfCoder(passage.touching, coder);
}

function idsOfCoder(spans: Set<CoderSpan>, coder: number): string[] {
  const ids = new Set<string>();
  for (const span of spans) if (span.coder === coder) ids.add(span.id);
  return [...ids];
}

/**
 * Sweeps the spans (sorted by start) from boundary to boundary, counting how many of each coder's
 * spans cover the stretch; stretches covered by some coders but not all join into passages while
 * they touch.
 */
function differingPassages(spans: readonly CoderSpan[], present: number): Passage[] {
  const cuts = boundariesOf(spans);
  const byEnd = Array.from(indicesByKey(spans.map(s => s.end)), k => spans[k]);
  const cover = new Map<number, number>();
  const active = new Set<CoderSpan>();
  const passages: Passage[] = [];
  let opened = 0;
  let closed = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k];
    const endedHere: CoderSpan[] = [];
    for (; closed < byEnd.length && byEnd[closed].end <= from; closed++) {
      const span = byEnd[closed];
      if (!active.delete(span)) continue;
      if (span.end === from) endedHere.push(span);
      const left = cover.get(span.coder)! - 1;
      if (left === 0) cover.delete(span.coder);
      else cover.set(span.coder, left);
    }
    const last = passages[passages.length - 1];
    for (; opened < spans.length && spans[opened].start <= from; opened++) {
      const span = spans[opened];
      if (span.end <= from) continue;
      active.add(span);
      cover.set(span.coder, (cover.get(span.coder) ?? 0) + 1);
      if (last && last.end === from) last.touching.add(span);
    }
    if (cover.size === 0 || cover.size === present) continue;
    const to = cuts[k + 1];
    if (last && last.end === from) {
      last.end = to;
      for (const span of active) last.spans.add(span);
    } else {
      passages.push({ start: from, end: to, spans: new Set(active), touching: new Set(endedHere) });
    }
  }
  return passages;
}
