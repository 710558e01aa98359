import { spawnSync } from 'node:child_process';
// @ts-expect-error -- an ES module imported from CommonJS: esbuild bundles it, only tsc's Node16 check objects
import search from 'approx-string-match';
import { anchorAnnotation } from '../src/core/annotations/anchoring';
import { readCorpusTexts } from './corpus';
import type { BenchSuite } from './suite';

/** Document sizes measured, in millions of UTF-16 characters (Japanese: about 3 bytes each on disk). */
const SIZES_MILLIONS = [7, 17];
const ORPHAN_QUOTE = 'この一節は文書のどこにも書かれていない引用である';

/**
 * Memory and time of anchoring an orphan (the worst case: every step down to the fuzzy search of
 * the whole text runs) in a document made of the corpus repeated to the size, each in a fresh
 * process so that its peak resident memory is its own. The baseline is the plain library: one
 * approx-string-match search of the quote over the same text.
 */
export function runAnchoringMemoryBench(): void {
  console.log('anchoring an orphan in a large document, each run in its own process (peak RSS includes the document itself)');
  console.log('size        ours ms   ours MB   baseline ms   baseline MB   ratio ms   ratio MB');
  for (const millions of SIZES_MILLIONS) {
    const ours = measure('ours', millions);
    const base = measure('baseline', millions);
    console.log(`${String(millions).padStart(3)} M chars  ${fmt(ours.ms, 8)}  ${fmt(ours.mb, 8)}  ${fmt(base.ms, 12)}  ${fmt(base.mb, 12)}  ${(ours.ms / base.ms).toFixed(2).padStart(9)}  ${(ours.mb / base.mb).toFixed(2).padStart(9)}`);
  }
}

function measure(which: 'ours' | 'baseline', millions: number): { ms: number; mb: number } {
  const run = spawnSync(process.execPath, [__filename, '--child', which, String(millions)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) return { ms: NaN, mb: NaN };
  return JSON.parse(line) as { ms: number; mb: number };
}

function fmt(value: number, width: number): string {
  return (Number.isNaN(value) ? 'failed' : value.toFixed(0)).padStart(width);
}

/** In the child: builds the document, anchors (or searches) once, prints time and peak memory. */
export function anchoringMemoryChild(which: string, millions: number): void {
  const corpus = [...readCorpusTexts().values()].join('\n');
  const text = corpus.repeat(Math.ceil((millions * 1e6) / corpus.length)).slice(0, millions * 1e6);
  const start = Date.now();
  if (which === 'ours') {
    const result = anchorAnnotation(text, { quote: ORPHAN_QUOTE, prefix: '前置きの文脈', suffix: '後ろの文脈', start: { line: 1000, column: 1 }, end: { line: 1000, column: 25 } });
    if (result.status !== 'orphaned') throw new Error('the orphan was placed');
  } else {
    search(text, ORPHAN_QUOTE, Math.floor(ORPHAN_QUOTE.length / 4));
  }
  const ms = Date.now() - start;
  console.log(JSON.stringify({ ms, mb: process.resourceUsage().maxRSS / 1024 }));
}

export const anchoringMemorySuite: BenchSuite = { name: 'anchoring-memory', run: runAnchoringMemoryBench };
