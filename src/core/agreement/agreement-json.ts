import type { PreparedDocument } from '../export/rows';
import { LineIndex } from '../text/line-index';
import type { AgreementResult, TagAgreement } from './agreement';

/** A figure rounded for people and JSON: four decimals; null when it is undefined. */
export function rounded(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10000) / 10000;
}

/**
 * The agreement as plain JSON: coders by label, figures rounded, and each disagreement with its
 * 1-based `line:column` (code points) range, as the other commands print positions.
 */
export function agreementJson(result: AgreementResult, documents: readonly PreparedDocument[]) {
  const lines = new Map(documents.map(d => [d.path, new LineIndex(d.text)]));
  const position = (document: string, offset: number) => {
    const p = lines.get(document)!.positionAt(offset);
    return `${p.line}:${p.column}`;
  };
  const coder = (i: number) => result.coders[i].label;
  const tag = (t: TagAgreement) => ({
    ...(t.tag === undefined ? {} : { tag: t.tag }),
    alpha: rounded(t.alpha.alpha),
    passages: Object.fromEntries(t.passages.map((n, i) => [coder(i), n])),
    pairs: t.pairs.map(p => ({ coders: p.coders.map(coder), units: p.units, kappa: rounded(p.kappa), percent: rounded(p.percent * 100) })),
  });
  return {
    unit: result.unit,
    coders: result.coders.map(c => c.label),
    documents: result.documents,
    codePoints: result.codePoints,
    overall: tag(result.overall),
    tags: result.tags.map(tag),
    disagreements: result.disagreements.map(d => ({
      document: d.document,
      tag: d.tag,
      start: position(d.document, d.start),
      end: position(d.document, d.end),
      annotations: Object.fromEntries(d.coders.map(c => [coder(c.coder), c.ids])),
    })),
  };
}
