import { outlineDocument } from '../src/core/outline';
import { percentile, readCorpusTexts, seededRandom } from './corpus';
import type { BenchSuite } from './suite';

const TARGET_BYTES = 10 * 1024 * 1024;
const ROUNDS = 15;
const WARM_UP_ROUNDS = 6;
const EDITS = 60;
const WARM_UP_EDITS = 10;

/** Processor time of one call in milliseconds: wall time counts the other work on a shared machine. */
function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The floor the issue sets: split into lines and test one regular expression per line. */
function headingFloor(text: string): number {
  const heading = /^\s*第\s*[0-9０-９〇一二三四五六七八九十百]+\s*章/;
  let count = 0;
  for (const line of text.split('\n')) if (heading.test(line)) count++;
  return count;
}

/**
 * A second floor that reads every character: an anchored expression gives up at a line's first
 * character, but an outline must look inside every line for a proposal (…べきである, should).
 */
function readingFloor(text: string): number {
  const marker = /べき|必要がある|should|must/;
  let count = 0;
  for (const line of text.split('\n')) if (marker.test(line)) count++;
  return count;
}

export const outlineSuite: BenchSuite = {
  name: 'outline',
  run() {
    const texts = readCorpusTexts();
    const unit = [...texts.values()].join('\n\n');
    const big = unit.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(unit)));
    const megabytes = Buffer.byteLength(big) / (1024 * 1024);
    // The first runs of a 10 MB text are still being compiled (on other threads, which processor
    // time counts): they are not what the outline costs once it is in use.
    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
      outlineDocument(big);
      headingFloor(big);
      readingFloor(big);
    }
    // Rounds alternate between the three so that a busy moment of the machine hits them alike.
    const best = { ours: Infinity, heading: Infinity, reading: Infinity };
    for (let round = 0; round < ROUNDS; round++) {
      best.ours = Math.min(best.ours, cpuMs(() => outlineDocument(big)));
      best.heading = Math.min(best.heading, cpuMs(() => headingFloor(big)));
      best.reading = Math.min(best.reading, cpuMs(() => readingFloor(big)));
    }
    const row = (name: string, ms: number) =>
      `${name.padEnd(44)} | ${ms.toFixed(1).padStart(7)} | ${(megabytes / (ms / 1000)).toFixed(0).padStart(6)} | ${(ms / best.heading).toFixed(2).padStart(8)}x | ${(ms / best.reading).toFixed(2).padStart(8)}x`;
    console.log(`document: ${megabytes.toFixed(1)} MB built from the corpus; best of ${ROUNDS}, processor time`);
    console.log(`${'what'.padEnd(44)} | ${'ms'.padStart(7)} | ${'MB/s'.padStart(6)} | vs floor  | vs reading floor`);
    console.log(row('floor: split + one anchored heading regex', best.heading));
    console.log(row('reading floor: split + one marker regex', best.reading));
    console.log(row('outlineDocument', best.ours));
    console.log(`targets: >= 100 MB/s (${(megabytes / (best.ours / 1000)).toFixed(0)}), <= 3x the floor (${(best.ours / best.heading).toFixed(2)}x)`);

    const outlook = texts.get('002_a550e14dc8a73f30.txt')!;
    const random = seededRandom(3);
    const edits: number[] = [];
    // The first edits are not counted: while someone types, the outline code is already compiled
    // for documents like this one, and its first runs would time the compiler's threads instead.
    for (let i = -WARM_UP_EDITS; i < EDITS; i++) {
      const at = Math.floor(random() * outlook.length);
      const edited = outlook.slice(0, at) + '。' + outlook.slice(at + 1);
      const ms = cpuMs(() => outlineDocument(edited));
      if (i >= 0) edits.push(ms);
    }
    console.log(`re-outline the ${(Buffer.byteLength(outlook) / 1024).toFixed(0)} KB outlook after a one-character edit (${EDITS} places): p50 ${percentile(edits, 50).toFixed(2)} ms, p95 ${percentile(edits, 95).toFixed(2)} ms (target < 5 ms)`);
  },
};
