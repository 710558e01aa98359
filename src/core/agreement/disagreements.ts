import type { CoderSpan, DocumentSpans } from './document-spans';

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
        coders: coders.map(coder => ({ coder, ids: [...new Set([...passage.spans].filter(s => s.coder === coder).map(s => s.id))] })),
      });
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

interface Passage { start: number; end: number; spans: Set<CoderSpan> }

/**
 * Sweeps the spans (sorted by start) from boundary to boundary, counting how many of each coder's
 * spans cover the stretch; stretches covered by some coders but not all join into passages while
 * they touch.
 */
function differingPassages(spans: readonly CoderSpan[], present: number): Passage[] {
  const cuts = [...new Set(spans.flatMap(s => [s.start, s.end]))].sort((a, b) => a - b);
  const byEnd = [...spans].sort((a, b) => a.end - b.end);
  const cover = new Map<number, number>();
  const active = new Set<CoderSpan>();
  const passages: Passage[] = [];
  let opened = 0;
  let closed = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k];
    for (; closed < byEnd.length && byEnd[closed].end <= from; closed++) {
      const span = byEnd[closed];
      if (!active.delete(span)) continue;
      const left = cover.get(span.coder)! - 1;
      if (left === 0) cover.delete(span.coder);
      else cover.set(span.coder, left);
    }
    for (; opened < spans.length && spans[opened].start <= from; opened++) {
      const span = spans[opened];
      if (span.end <= from) continue;
      active.add(span);
      cover.set(span.coder, (cover.get(span.coder) ?? 0) + 1);
    }
    if (cover.size === 0 || cover.size === present) continue;
    const to = cuts[k + 1];
    const last = passages[passages.length - 1];
    if (last && last.end === from) {
      last.end = to;
      for (const span of active) last.spans.add(span);
    } else {
      passages.push({ start: from, end: to, spans: new Set(active) });
    }
  }
  return passages;
}
