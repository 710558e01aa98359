/**
 * Krippendorff's unitizing alpha (α_U) for spans on a continuum, as DKPro Agreement's
 * KrippendorffAlphaUnitizingAgreement (and INCEpTION, which uses it) computes it:
 * Krippendorff, "On the reliability of unitizing contiguous data", Sociological Methodology 25
 * (1995), and Content Analysis, 2nd ed. (2004), pp. 251-256.
 *
 * Per category, every pair of coders walks the continuum in sections (a unit of the category, or
 * the gap before the next one); two overlapping sections cost the squares of their boundary
 * differences, a unit facing a gap that contains it costs its squared length. The expected
 * disagreement considers every way the same units and gaps could have been placed. Overall,
 * observed and expected disagreements are averaged over the categories.
 */

/** One coded span: [offset, offset + length) on the continuum. */
export interface CodedUnit {
  coder: number;
  category: string;
  offset: number;
  length: number;
}

export interface UnitizingStudy {
  /** Where the continuum begins and how long it is (code points, for text). */
  begin: number;
  length: number;
  coders: number;
  units: readonly CodedUnit[];
}

export interface AlphaFigures {
  observed: number;
  expected: number;
  /** 1 - observed / expected; 0 when both are equal (nothing to tell apart, e.g. nothing coded). */
  alpha: number;
}

export interface UnitizingAlpha {
  overall: AlphaFigures;
  categories: Map<string, AlphaFigures>;
}

/**
 * α_U of the study, overall and per category. A coder's units of one category must not overlap
 * (merge them first); units outside the continuum are clipped away.
 */
export function unitizingAlpha(study: UnitizingStudy): UnitizingAlpha {
  const byCategory = groupByCategory(study);
  const categories = new Map<string, AlphaFigures>();
  let observedSum = 0;
  let expectedSum = 0;
  for (const [category, perCoder] of byCategory) {
    const observed = observedDisagreement(study, perCoder);
    const expected = expectedDisagreement(study, perCoder);
    categories.set(category, figures(observed, expected));
    observedSum += observed;
    expectedSum += expected;
  }
  const count = Math.max(1, byCategory.size);
  return { overall: figures(observedSum / count, expectedSum / count), categories };
}

function figures(observed: number, expected: number): AlphaFigures {
  return { observed, expected, alpha: observed === expected ? 0 : 1 - observed / expected };
}

type Span = { offset: number; length: number };

/** Each category's units per coder, clipped to the continuum and sorted by offset. */
function groupByCategory(study: UnitizingStudy): Map<string, Span[][]> {
  const end = study.begin + study.length;
  const result = new Map<string, Span[][]>();
  for (const unit of study.units) {
    const from = Math.max(study.begin, unit.offset);
    const to = Math.min(end, unit.offset + unit.length);
    if (to <= from || unit.coder < 0 || unit.coder >= study.coders) continue;
    let perCoder = result.get(unit.category);
    if (!perCoder) result.set(unit.category, perCoder = Array.from({ length: study.coders }, () => []));
    perCoder[unit.coder].push({ offset: from, length: to - from });
  }
  for (const perCoder of result.values()) for (const spans of perCoder) spans.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return result;
}

/** A section of one coder's walk: a unit of the category or a gap (coded false). */
interface Section { offset: number; length: number; coded: boolean }

/** The coder's units with the gaps between them, covering the whole continuum. */
function sections(study: UnitizingStudy, spans: readonly Span[]): Section[] {
  const result: Section[] = [];
  let position = study.begin;
  for (const span of spans) {
    if (span.offset > position) result.push({ offset: position, length: span.offset - position, coded: false });
    result.push({ offset: span.offset, length: span.length, coded: true });
    position = span.offset + span.length;
  }
  const end = study.begin + study.length;
  if (position < end) result.push({ offset: position, length: end - position, coded: false });
  return result;
}

function observedDisagreement(study: UnitizingStudy, perCoder: readonly Span[][]): number {
  const walks = perCoder.map(spans => sections(study, spans));
  let total = 0;
  for (let r1 = 0; r1 < walks.length; r1++) {
    for (let r2 = r1 + 1; r2 < walks.length; r2++) total += pairDisagreement(walks[r1], walks[r2]);
  }
  const R = study.coders;
  const L = study.length;
  return R < 2 || L === 0 ? 0 : (2 * total) / (R * (R - 1) * L * L);
}

/** Walks two coders' sections side by side, adding the distance of each overlapping pair. */
function pairDisagreement(a: readonly Section[], b: readonly Section[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    total += sectionDistance(a[i], b[j]);
    const endA = a[i].offset + a[i].length;
    const endB = b[j].offset + b[j].length;
    if (endA <= endB) i++;
    if (endB <= endA) j++;
  }
  return total;
}

/**
 * Krippendorff's distance between two overlapping sections: squared differences of both
 * boundaries for two units; a unit's squared length when the other coder's gap contains it.
 */
export function sectionDistance(a: Section, b: Section): number {
  const beginDiff = a.offset - b.offset;
  const lengthDiff = a.length - b.length;
  if (a.coded && b.coded && -a.length < beginDiff && beginDiff < b.length) {
    return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
  }
  if (a.coded && !b.coded && -lengthDiff >= beginDiff && beginDiff >= 0) return a.length * a.length;
  if (!a.coded && b.coded && -lengthDiff <= beginDiff && beginDiff <= 0) return b.length * b.length;
  return 0;
}

function expectedDisagreement(study: UnitizingStudy, perCoder: readonly Span[][]): number {
  const R = study.coders;
  const L = study.length;
  const units = perCoder.flat();
  const gaps = perCoder
    .flatMap(spans => sections(study, spans).filter(s => !s.coded).map(s => s.length))
    .sort((x, y) => x - y);
  // suffix[k] = sum of gaps[k..]: the gaps at least as long as a unit are a suffix of the sorted list.
  const suffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + gaps[k];

  let squaredLengths = 0;
  let total = 0;
  const N = units.length;
  for (const { length: l } of units) {
    squaredLengths += l * (l - 1);
    const fits = firstAtLeast(gaps, l);
    const placesInGaps = suffix[fits] - (gaps.length - fits) * (l - 1);
    total += ((N - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * placesInGaps;
  }
  const denominator = R * L * (R * L - 1) - squaredLengths;
  return denominator === 0 || L === 0 ? 0 : ((2 / L) * total) / denominator;
}

/** The index of the first value >= target in an ascending list. */
function firstAtLeast(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
