// @ts-expect-error -- an ES module imported from CommonJS: esbuild bundles it, only tsc's Node16 check objects
import search from 'approx-string-match';
import { anchorAnnotation, type AnchorResult, type AnchorTarget } from '../src/core/annotations/anchoring';
import { describeTarget } from '../src/core/annotations/target';
import { LineIndex } from '../src/core/text/line-index';
import { SCENARIOS, type Passage } from './anchoring-scenarios';
import { percentile, readCorpusTexts, seededRandom } from './corpus';

const QUOTES_PER_DOCUMENT = 100;

/**
 * What widely used web annotators do: the best fuzzy match of the quote anywhere (fewest
 * errors, nearest the position hint on ties), however poor, with no minimum score.
 */
function baselineAnchor(text: string, target: AnchorTarget, lineIndex: LineIndex): AnchorResult {
  const hint = lineIndex.offsetAt(target.start);
  const matches: { start: number; end: number; errors: number }[] = search(text, target.quote, Math.floor(target.quote.length / 2));
  let best: { start: number; end: number; errors: number } | undefined;
  for (const m of matches) {
    if (!best || m.errors < best.errors || (m.errors === best.errors && Math.abs(m.start - hint) < Math.abs(best.start - hint))) best = m;
  }
  return best ? { status: 'moved', start: best.start, end: best.end } : { status: 'orphaned' };
}

/** A random passage of 10 to 60 characters, trimmed, that occurs once in the document. */
function pickQuote(text: string, random: () => number): Passage | undefined {
  let start = Math.floor(random() * (text.length - 80));
  let end = start + 10 + Math.floor(random() * 50);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const isLow = (i: number) => text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
  if (end - start < 10 || isLow(start) || isLow(end)) return undefined;
  const quote = text.slice(start, end);
  return text.indexOf(quote) === text.lastIndexOf(quote) ? { start, end } : undefined;
}

type Verdict = 'correct' | 'orphaned' | 'wrong';

function judge(result: AnchorResult, expected: Passage | 'orphaned'): Verdict {
  if (expected === 'orphaned') return result.status === 'orphaned' ? 'correct' : 'wrong';
  if (result.start === undefined || result.end === undefined) return 'orphaned';
  return Math.abs(result.start - expected.start) <= 2 && Math.abs(result.end - expected.end) <= 2 ? 'correct' : 'wrong';
}

interface Tally { correct: number; orphaned: number; wrong: number; ms: number[] }

const newTally = (): Tally => ({ correct: 0, orphaned: 0, wrong: 0, ms: [] });

export function runAnchoringBench(): void {
  const documents = [...readCorpusTexts().values()];
  console.log(`anchoring: ${QUOTES_PER_DOCUMENT} unique random quotes (10-60 characters) per document and scenario, ${documents.length} corpus documents`);
  console.log('correct = placed on the expected passage (±2) or, for a deleted passage, orphaned; wrong = silently placed elsewhere\n');
  const rows: string[][] = [['scenario', 'n', 'ours correct', 'ours wrong', 'ours orphaned', 'ours p50/p95 ms', 'baseline correct', 'baseline wrong', 'baseline p50/p95 ms']];
  for (const scenario of SCENARIOS) {
    const ours = newTally();
    const base = newTally();
    const random = seededRandom(0x5eed + scenario.name.length);
    for (const original of documents) {
      let found = 0;
      for (let attempt = 0; found < QUOTES_PER_DOCUMENT && attempt < QUOTES_PER_DOCUMENT * 200; attempt++) {
        const quote = pickQuote(original, random);
        if (!quote || !scenario.accepts(original, quote)) continue;
        found++;
        const target = describeTarget(original, quote.start, quote.end);
        const { text, expected } = scenario.apply(original, quote, random);
        const lineIndex = new LineIndex(text);
        measure(ours, () => anchorAnnotation(text, target, lineIndex), expected);
        measure(base, () => baselineAnchor(text, target, lineIndex), expected);
      }
    }
    const n = ours.ms.length;
    const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
    const times = (t: Tally) => `${percentile(t.ms, 50).toFixed(2)} / ${percentile(t.ms, 95).toFixed(2)}`;
    rows.push([scenario.name, String(n), pct(ours.correct), pct(ours.wrong), pct(ours.orphaned), times(ours), pct(base.correct), pct(base.wrong), times(base)]);
  }
  printTable(rows);
  console.log('(each case is a freshly edited document, so the p95 includes folding that document once: about 10 ms for 120 KB)');
  console.log('\ntargets: >= 99% correct in every scenario, 0% wrong on deleted passages');
  reanchorWholeFile(documents);
}

/** What opening a document after a `git pull` costs: every annotation re-anchored after a line was added at the top. */
function reanchorWholeFile(documents: string[]): void {
  const text = [...documents].sort((a, b) => b.length - a.length)[0];
  const random = seededRandom(1000);
  const targets = [];
  while (targets.length < 1000) {
    const quote = pickQuote(text, random);
    if (quote) targets.push(describeTarget(text, quote.start, quote.end));
  }
  const edited = '追記された一行。\n' + text;
  const start = process.hrtime.bigint();
  const lineIndex = new LineIndex(edited);
  const placed = targets.filter(t => anchorAnnotation(edited, t, lineIndex).status !== 'orphaned').length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`\nre-anchor 1,000 annotations of the ${(text.length / 1024).toFixed(0)}K-character document after a line was added at the top: ${ms.toFixed(0)} ms (${placed} placed)`);
}

function measure(tally: Tally, anchor: () => AnchorResult, expected: Passage | 'orphaned'): void {
  const start = process.hrtime.bigint();
  const result = anchor();
  tally.ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  tally[judge(result, expected)]++;
}

export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}
