import { outlineDocument } from '../src/core/outline';
import { readCorpusTexts } from './corpus';
import type { BenchSuite } from './suite';

const TARGET_BYTES = 10 * 1024 * 1024;

/** Best of several runs, in milliseconds: the machine is shared, the minimum is the cost. */
function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** The floor: split into lines and test one regular expression per line. */
function floor(text: string): number {
  const heading = /^\s*第\s*[0-9０-９〇一二三四五六七八九十百]+\s*章/;
  let count = 0;
  for (const line of text.split('\n')) if (heading.test(line)) count++;
  return count;
}

export const outlineSuite: BenchSuite = {
  name: 'outline',
  run() {
    const corpus = [...readCorpusTexts().values()];
    const unit = corpus.join('\n\n');
    const big = unit.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(unit)));
    const megabytes = Buffer.byteLength(big) / (1024 * 1024);
    outlineDocument(big); // warm up the JIT
    const ours = bestOf(5, () => outlineDocument(big));
    const base = bestOf(5, () => floor(big));
    const mbps = (ms: number) => (megabytes / (ms / 1000)).toFixed(0);
    console.log(`document: ${megabytes.toFixed(1)} MB built from the corpus`);
    console.log(`floor (split + one regex per line): ${base.toFixed(0)} ms, ${mbps(base)} MB/s`);
    console.log(`outline:                             ${ours.toFixed(0)} ms, ${mbps(ours)} MB/s  (${(ours / base).toFixed(2)}x the floor; targets >= 100 MB/s, <= 3x)`);

    const outlook = readCorpusTexts().get('002_a550e14dc8a73f30.txt')!;
    const middle = Math.floor(outlook.length / 2);
    const edited = outlook.slice(0, middle) + '。' + outlook.slice(middle + 1);
    outlineDocument(edited);
    const reoutline = bestOf(20, () => outlineDocument(edited));
    console.log(`re-outline the ${(Buffer.byteLength(outlook) / 1024).toFixed(0)} KB outlook after a one-character edit: ${reoutline.toFixed(2)} ms (target < 5 ms)`);
  },
};
