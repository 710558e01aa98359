// @ts-expect-error -- an ES module imported from CommonJS: esbuild bundles it and tsx loads it, only tsc's Node16 check objects
import search from 'approx-string-match';
import { LineIndex } from '../text/line-index';
import { foldContext, foldPlain, foldForAnchoring, type FoldedText } from './anchor-text';
import { contextAgreement } from './anchor-score';
import type { Annotation } from './model';

export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

/** Where an annotation stands in the current text: UTF-16 offsets, absent when orphaned. */
export interface AnchorResult {
  status: AnchorStatus;
  start?: number;
  end?: number;
  /** 0 to 1: how sure the match is (1 for the position hint or an exact quote in its context). */
  score?: number;
}

export type AnchorTarget = Pick<Annotation, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>;

/** A fuzzy match must keep this share of the quote... */
const MIN_QUOTE_SIMILARITY = 0.75;
/** ...and this much agreement of the text around it with the stored prefix and suffix. */
const MIN_CONTEXT = 0.5;
/** An exact quote is enough with less context: part of one side suffices. */
const MIN_EXACT_CONTEXT = 0.3;
/** A long exact quote found once in the document needs no context at all. */
const DISTINCTIVE_QUOTE_LENGTH = 16;
/** An exact quote this well surrounded is taken without looking for fuzzy matches. */
const CONFIDENT_CONTEXT = 0.8;
/** First search this many characters either side of the position hint, then the whole text. */
const WINDOW = 4096;
/** Exact occurrences scored at most (the nearest to the hint): very short quotes occur thousands of times. */
const MAX_EXACT_CANDIDATES = 1000;
const MAX_ERRORS_CAP = 64;
/** Rounds of masking and searching again for fuzzy matches (see fuzzyMatches). */
const FUZZY_ROUNDS = 3;
/** Deletion is only recognised with this much context on both sides. */
const MIN_SIDE_FOR_DELETION = 8;

interface Candidate {
  /** Folded offsets. */
  start: number;
  end: number;
  quoteSimilarity: number;
  errors: number;
  context: number;
  exact: boolean;
  score: number;
}

/**
 * Finds an annotation in the current text. The quote is the truth, the position only a hint:
 * 1. the quote is still at the hint -> anchored;
 * 2. else the exact quote (after folding width, NFKC and re-wrapped lines) where its context agrees, nearest the hint;
 * 3. else the closest fuzzy match of the quote whose own similarity and context pass a minimum;
 * otherwise orphaned: shown to the user rather than moved to a wrong place.
 */
export function anchorAnnotation(text: string, target: AnchorTarget, lineIndex: LineIndex = new LineIndex(text)): AnchorResult {
  const hintStart = lineIndex.offsetAt(target.start);
  if (target.quote.length > 0 && text.startsWith(target.quote, hintStart)) {
    return { status: 'anchored', start: hintStart, end: hintStart + target.quote.length, score: 1 };
  }
  // The common case after edits elsewhere: the quote unchanged, in its context. No folding needed.
  const unchanged = bestUnchanged(text, target, hintStart);
  if (unchanged) return unchanged;
  const quote = foldPlain(target.quote);
  if (quote.length === 0) return { status: 'orphaned' };
  const doc = foldedDocument(text);
  const hint = foldedOffset(doc, hintStart);
  const { prefix, suffix } = foldContext(target.prefix, target.quote, target.suffix);
  const score = (c: Omit<Candidate, 'score'>) => ({ ...c, score: 0.5 * c.quoteSimilarity + 0.4 * c.context + 0.1 * nearness(c.start, hint) });

  const exact = exactCandidates(doc.text, quote, hint).map(start => score({
    start, end: start + quote.length, quoteSimilarity: 1, errors: 0, exact: true, context: contextAgreement(doc.text, start, start + quote.length, prefix, suffix),
  }));
  const bestExact = best(exact);
  if (bestExact && bestExact.context >= CONFIDENT_CONTEXT) return placed(text, target.quote, doc, bestExact);

  // The stored prefix and suffix now touch near the hint: the passage was deleted there, and a
  // look-alike elsewhere (repeated questionnaire items, boilerplate) is not it.
  if (deletedNear(doc.text, hint, prefix, suffix)) return { status: 'orphaned' };

  const acceptable = (c: Candidate) => c.exact
    ? c.context >= MIN_EXACT_CONTEXT || (exact.length === 1 && quote.length >= DISTINCTIVE_QUOTE_LENGTH)
    : (c.quoteSimilarity >= MIN_QUOTE_SIMILARITY && c.context >= MIN_CONTEXT) || (c.errors <= 2 && c.context >= 0.75 && quote.length > 2 * c.errors);
  const pick = (fuzzy: Candidate[]) => best([...exact, ...fuzzy].filter(acceptable));

  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.max(2, Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY))));
  const fuzzyIn = (from: number, to: number) => fuzzyMatches(doc.text.slice(from, to), quote, maxErrors).map(m => score({
    start: from + m.start, end: from + m.end, errors: m.errors, exact: false,
    quoteSimilarity: 1 - m.errors / quote.length,
    context: contextAgreement(doc.text, from + m.start, from + m.end, prefix, suffix),
  }));
  const from = Math.max(0, hint - WINDOW);
  const to = Math.min(doc.text.length, hint + quote.length + WINDOW);
  let chosen = pick(fuzzyIn(from, to));
  if (!chosen && (from > 0 || to < doc.text.length)) chosen = pick(fuzzyIn(0, doc.text.length));
  return chosen ? placed(text, target.quote, doc, chosen) : { status: 'orphaned' };
}

/** Maps a folded match back, taking in the spaces and line breaks the quote starts or ends with (folding drops them). */
function placed(text: string, quote: string, doc: FoldedText, c: Candidate): AnchorResult {
  let start = doc.starts[c.start];
  let end = doc.ends[c.end - 1];
  const lead = /^[ \t\r\n]+/.exec(quote)?.[0];
  if (lead) start = extendOver(text, start, lead.replace(/\r/g, ''), -1);
  const trail = /[ \t\r\n]+$/.exec(quote)?.[0];
  if (trail) end = extendOver(text, end, trail.replace(/\r/g, ''), 1);
  return { status: 'moved', start, end, score: round(c.score) };
}

/** Moves `from` back (-1) or on (+1) over `run` if the text has it there (CRs aside), else leaves it. */
function extendOver(text: string, from: number, run: string, direction: -1 | 1): number {
  let at = from;
  for (let k = 0; k < run.length; k++) {
    const expected = direction === 1 ? run[k] : run[run.length - 1 - k];
    // A CR next to an LF in the text belongs to the same line break.
    if (expected === '\n' && direction === 1 && text[at] === '\r' && text[at + 1] === '\n') at++;
    if (expected === '\n' && direction === -1 && text[at - 1] === '\n' && text[at - 2] === '\r') {
      at -= 2;
      continue;
    }
    if ((direction === 1 ? text[at] : text[at - 1]) !== expected) return from;
    at += direction;
  }
  return at;
}

interface FuzzyMatch { start: number; end: number; errors: number }

/**
 * approx-string-match reports only the matches with the fewest errors, so an exact copy
 * elsewhere would hide the edited passage itself. Masking what was found and searching
 * again gives the next best matches too, a few rounds deep.
 */
function fuzzyMatches(text: string, quote: string, maxErrors: number): FuzzyMatch[] {
  const found: FuzzyMatch[] = [];
  let masked = text;
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    const matches: FuzzyMatch[] = search(masked, quote, maxErrors);
    if (matches.length === 0) break;
    found.push(...matches);
    const parts: string[] = [];
    let last = 0;
    for (const m of [...matches].sort((a, b) => a.start - b.start)) {
      if (m.start < last) continue;
      parts.push(masked.slice(last, m.start), '\u0000'.repeat(m.end - m.start));
      last = m.end;
    }
    parts.push(masked.slice(last));
    masked = parts.join('');
  }
  return found;
}

/** Whether the prefix is directly followed by the suffix near the hint (a few typos allowed). */
function deletedNear(text: string, hint: number, prefix: string, suffix: string): boolean {
  const joined = prefix + suffix;
  if (prefix.length < MIN_SIDE_FOR_DELETION || suffix.length < MIN_SIDE_FOR_DELETION) return false;
  const from = Math.max(0, hint - WINDOW);
  const window = text.slice(from, Math.min(text.length, hint + joined.length + WINDOW));
  return search(window, joined, Math.floor(joined.length * 0.1)).length > 0;
}

/** The quote exactly as stored, where its stored context agrees confidently, nearest the hint. */
function bestUnchanged(text: string, target: AnchorTarget, hint: number): AnchorResult | undefined {
  if (target.quote.length === 0) return undefined;
  let best: { start: number; score: number } | undefined;
  for (const start of exactCandidates(text, target.quote, hint)) {
    const context = contextAgreement(text, start, start + target.quote.length, target.prefix, target.suffix);
    const score = 0.5 + 0.4 * context + 0.1 * nearness(start, hint);
    if (context >= CONFIDENT_CONTEXT && (!best || score > best.score)) best = { start, score };
  }
  return best && { status: 'moved', start: best.start, end: best.start + target.quote.length, score: round(best.score) };
}

function exactCandidates(text: string, quote: string, hint: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  if (found.length <= MAX_EXACT_CANDIDATES) return found;
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, MAX_EXACT_CANDIDATES);
}

function best(candidates: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/** 1 at the hint, falling off over a few thousand characters: only a tie-breaker. */
function nearness(offset: number, hint: number): number {
  return 1 / (1 + Math.abs(offset - hint) / 1000);
}

/** The folded offset of the first folded character at or after an original offset. */
function foldedOffset(doc: FoldedText, original: number): number {
  let lo = 0;
  let hi = doc.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.starts[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folding a 120 KB document takes milliseconds; annotations of one document reuse it. */
let lastDocument: { text: string; folded: FoldedText } | undefined;

function foldedDocument(text: string): FoldedText {
  if (lastDocument?.text !== text) lastDocument = { text, folded: foldForAnchoring(text) };
  return lastDocument.folded;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
