import type { PreparedDocument } from '../export/rows';
import { sortTagsAsTree } from '../tags';
import { chooseCoders, coderOf, type Coder } from './coders';
import { codeSpanUnits, codeTextUnits, type CodedUnit } from './coded-units';
import { PairTally, YesNoTally, type PairAgreement } from './cohen-kappa';
import { documentSpans, type DocumentSpans } from './document-spans';
import { findDisagreements, type Disagreement } from './disagreements';
import { recommendationUnits, sentenceUnits, type TextUnitKind } from './text-units';
import { unitizingAlpha, type AlphaFigures, type CodedUnit as AlphaUnit } from './unitizing-alpha';

export interface AgreementOptions {
  /** What Cohen's kappa and the percentage count as a unit. */
  unit: TextUnitKind;
  /** Coders by name, email or whole author; default: every author. */
  coders?: readonly string[];
  /** Document paths; default: the documents every chosen coder annotated. */
  documents?: readonly string[];
}

/** Two coders' agreement over the text units both of them coded. */
export interface PairResult extends PairAgreement {
  coders: [number, number];
}

/** The figures of one tag, or of all tags together. */
export interface TagAgreement {
  /** Undefined for the overall figures; '' for annotations without a tag. */
  tag?: string;
  /** Krippendorff's unitizing alpha over the documents every chosen coder annotated. */
  alpha: AlphaFigures;
  /** Passages per coder (one per annotation and tag). */
  passages: number[];
  pairs: PairResult[];
}

export interface AgreementResult {
  unit: TextUnitKind;
  coders: Coder[];
  /** The documents compared, and how many code points the alpha's continuum has. */
  documents: string[];
  codePoints: number;
  overall: TagAgreement;
  tags: TagAgreement[];
  disagreements: Disagreement[];
}

/**
 * Inter-coder agreement over annotated documents: Krippendorff's unitizing alpha on the code
 * points (documents laid end to end, as INCEpTION does), and for each pair of coders Cohen's
 * kappa and the percentage of text units given the same value. Per tag, a unit's value is
 * whether the coder gave it the tag; overall, it is the set of tags the coder gave it.
 * A chosen coder without any annotation in a chosen document is missing there: the alpha leaves
 * the document out, the pairs with that coder leave its units out.
 */
export function computeAgreement(documents: readonly PreparedDocument[], options: AgreementOptions): AgreementResult {
  const coders = selectCoders(documents, options.coders);
  const coderIndex = new Map(coders.map((c, i) => [c.key, i]));
  const byAuthor = new Map<string, number | undefined>();
  const indexOfAuthor = (author: string) => {
    if (!byAuthor.has(author)) byAuthor.set(author, coderIndex.get(coderOf(author).key));
    return byAuthor.get(author);
  };
  const read = documents.map(d => ({ prepared: d, spans: documentSpans(d, coders.length, indexOfAuthor) }));
  const chosen = options.documents
    ? read.filter(d => options.documents!.includes(d.prepared.path))
    : read.filter(d => d.spans.present.size === coders.length);

  const tags = sortTagsAsTree(chosen.flatMap(d => d.spans.spans.map(s => s.tag)));
  const alpha = alphaOfDocuments(chosen.map(d => d.spans).filter(d => d.present.size === coders.length), coders.length);
  const units = chosen.map(d => ({ spans: d.spans, units: unitsOf(d.prepared, d.spans, options.unit, coders.length) }));
  const { overall, perTag } = tallyPairs(units, coders.length, tags);

  const passages = countPassages(chosen.map(d => d.spans), coders.length);
  return {
    unit: options.unit,
    coders,
    documents: chosen.map(d => d.prepared.path),
    codePoints: alpha.codePoints,
    overall: { alpha: alpha.result.overall, passages: passages.get(undefined)!, pairs: overall },
    tags: tags.map(tag => ({ tag, alpha: alpha.result.categories.get(tag) ?? { observed: 0, expected: 0, alpha: 0 }, passages: passages.get(tag)!, pairs: perTag.get(tag)! })),
    disagreements: chosen.flatMap(d => findDisagreements(d.spans)),
  };
}

/** Passages per coder, per tag and (under `undefined`) in all. */
function countPassages(documents: readonly DocumentSpans[], coders: number): Map<string | undefined, number[]> {
  const counts = new Map<string | undefined, number[]>([[undefined, new Array<number>(coders).fill(0)]]);
  for (const d of documents) {
    for (const span of d.spans) {
      let perCoder = counts.get(span.tag);
      if (!perCoder) counts.set(span.tag, perCoder = new Array<number>(coders).fill(0));
      perCoder[span.coder]++;
      counts.get(undefined)![span.coder]++;
    }
  }
  return counts;
}

function selectCoders(documents: readonly PreparedDocument[], wanted: readonly string[] | undefined): Coder[] {
  const authors = new Set<string>();
  for (const d of documents) for (const row of d.rows) authors.add(row.annotation.author);
  const all = new Map<string, Coder>();
  for (const author of authors) {
    const coder = coderOf(author);
    if (!all.has(coder.key)) all.set(coder.key, coder);
  }
  const coders = wanted && wanted.length > 0 ? chooseCoders([...all.values()], wanted) : [...all.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  if (coders.length < 2) throw new Error(`agreement needs two coders or more; found ${coders.map(c => c.label).join(', ') || 'none'}`);
  return coders;
}

/** Lays the documents end to end on one continuum and computes the unitizing alpha. */
function alphaOfDocuments(documents: readonly DocumentSpans[], coders: number) {
  const units: AlphaUnit[] = [];
  let offset = 0;
  for (const d of documents) {
    for (const [coder, tag, start, end] of mergedSpans(d)) units.push({ coder, category: tag, offset: offset + start, length: end - start });
    offset += d.length;
  }
  return { codePoints: offset, result: unitizingAlpha({ begin: 0, length: offset, coders, units }) };
}

/**
 * One coder's overlapping passages of one tag as their union: the unitizing alpha takes a
 * coder's units of a category as non-overlapping (two annotations of the same passage are one mark).
 */
function mergedSpans(document: DocumentSpans): [number, string, number, number][] {
  const open = new Map<string, [number, string, number, number]>();
  const result: [number, string, number, number][] = [];
  for (const span of document.spans) {
    const key = `${span.coder}\u0000${span.tag}`;
    const current = open.get(key);
    if (current && span.start < current[3]) current[3] = Math.max(current[3], span.end);
    else {
      const next: [number, string, number, number] = [span.coder, span.tag, span.start, span.end];
      open.set(key, next);
      result.push(next);
    }
  }
  return result;
}

function unitsOf(document: PreparedDocument, spans: DocumentSpans, unit: TextUnitKind, coders: number): CodedUnit[] {
  if (unit === 'span') return codeSpanUnits(spans, coders);
  const ranges = unit === 'sentence' ? sentenceUnits(document.text) : recommendationUnits(document.outline);
  return codeTextUnits(spans, ranges.map(r => ({ start: spans.toCodePoint(r.start), end: spans.toCodePoint(r.end) })), coders);
}

/** Cohen's kappa and percentage per pair of coders, overall (tag sets) and per tag (yes or no). */
function tallyPairs(documents: readonly { spans: DocumentSpans; units: CodedUnit[] }[], coders: number, tags: readonly string[]) {
  const pairs: [number, number][] = [];
  for (let i = 0; i < coders; i++) for (let j = i + 1; j < coders; j++) pairs.push([i, j]);
  const overall = pairs.map(() => new PairTally());
  const perTag = new Map(tags.map(tag => [tag, pairs.map(() => new YesNoTally())]));
  const compared = pairs.map(() => 0);
  for (const { spans, units } of documents) {
    pairs.forEach(([i, j], p) => {
      if (!spans.present.has(i) || !spans.present.has(j)) return;
      for (const unit of units) {
        const [first, second] = [unit.tags[i], unit.tags[j]];
        overall[p].add(unit.values[i], unit.values[j], unit.weight);
        compared[p] += unit.weight;
        for (const tag of first) {
          const tally = perTag.get(tag)![p];
          if (second.includes(tag)) tally.both += unit.weight;
          else tally.onlyFirst += unit.weight;
        }
        for (const tag of second) if (!first.includes(tag)) perTag.get(tag)![p].onlySecond += unit.weight;
      }
    });
  }
  // Every unit a pair compared counts for every tag, given or not.
  for (const tallies of perTag.values()) tallies.forEach((tally, p) => { tally.units = compared[p]; });
  const results = (tallies: { result(): PairAgreement }[]): PairResult[] => tallies.map((t, p) => ({ coders: pairs[p], ...t.result() }));
  return { overall: results(overall), perTag: new Map([...perTag].map(([tag, tallies]) => [tag, results(tallies)])) };
}
