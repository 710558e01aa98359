import * as fs from 'node:fs';
import * as path from 'node:path';

/** The reference corpus beside the project (never copied into it); see test/support/corpus.ts. */
export const corpusDir = path.resolve(process.env.POLICY_ANNOTATOR_CORPUS ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));

/** Every corpus document's text, by file name; fails clearly when the corpus is not there. */
export function readCorpusTexts(): Map<string, string> {
  if (!fs.existsSync(corpusDir)) throw new Error(`The reference corpus is not there: ${corpusDir}. Benchmarks read ../shared/corpus (or set POLICY_ANNOTATOR_CORPUS).`);
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()) {
    texts.set(name, fs.readFileSync(path.join(corpusDir, name), 'utf8'));
  }
  return texts;
}

/** Deterministic pseudo-random numbers (mulberry32), so that every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median and percentiles of a list of milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
