import { highlightRangesByStyle, paletteSlot } from '../src/core/highlights/highlight-ranges';
import { shiftRanges } from '../src/core/text/shift-ranges';
import { DocumentAnnotations } from '../src/core/annotations/repository/document-annotations';
import { percentile, readCorpusTexts, seededRandom } from './corpus';
import type { BenchSuite } from './suite';

const ANNOTATIONS = 5_000;
const ROUNDS = 50;
const WARM_UP = 5;
const TARGET_MS = 16;

/**
 * The editor's refresh after a keystroke in a document with 5,000 annotations: move every range
 * through the edit, take the store's highlights (unsorted: the editor orders decorations itself),
 * then group the passages by colour and turn offsets into editor positions.
 * Baseline, measured in the same run: what a store that re-finds every annotation after each edit
 * would do (an exact search for each quote near its old place, positions by counting lines).
 */
export const decorationsSuite: BenchSuite = {
  name: 'decorations',
  run() {
    const texts = [...readCorpusTexts().values()];
    const original = texts.reduce((a, b) => (b.length > a.length ? b : a));
    const random = seededRandom(7);
    const tags = Array.from({ length: 24 }, (_, i) => `topic-${i}/sub-${i % 5}`);
    const annotations = Array.from({ length: ANNOTATIONS }, () => {
      const start = Math.floor(random() * (original.length - 40));
      const end = start + 4 + Math.floor(random() * 30);
      return { start, end, quote: original.slice(start, end), tags: [tags[Math.floor(random() * tags.length)]] };
    }).sort((a, b) => a.start - b.start); // In file order, as the store loads them.
    const styleOf = (t: readonly string[]) => (t.length ? `slot:${paletteSlot(t[0], 8)}` : 'untagged');
    // The repository's state for the document.
    const state = new DocumentAnnotations('bench.txt', 'bench.txt.annotations.yaml');
    annotations.forEach((a, i) => {
      const id = String(i).padStart(26, '0');
      const at = { line: 1, column: 1 };
      state.annotations.set(id, { id, quote: a.quote, prefix: '', suffix: '', start: at, end: at, tags: a.tags, author: 'Bench <bench@example.org>', created: '2026-11-22T10:00:00Z' });
    });

    const ours: number[] = [];
    const baseline: number[] = [];
    let checksum = 0;
    // The first rounds warm the JIT up and are not counted.
    for (let round = -WARM_UP; round < ROUNDS; round++) {
      // One keystroke near the top: every annotation below it moves.
      const at = Math.floor(random() * 200);
      const change = { offset: at, length: 0, text: '新' };
      const text = original.slice(0, at) + change.text + original.slice(at);

      annotations.forEach((a, i) => state.ranges.set(String(i).padStart(26, '0'), { start: a.start, end: a.end }));
      let t0 = performance.now();
      shiftRanges(state.ranges, [change]);
      const groups = highlightRangesByStyle(text, state.highlights(), styleOf);
      if (round >= 0) ours.push(performance.now() - t0);
      checksum += groups.size;

      t0 = performance.now();
      const naive = new Map<string, { line: number; character: number }[]>();
      for (const a of annotations) {
        const found = text.indexOf(a.quote, Math.max(0, a.start - 64));
        const start = found === -1 ? text.indexOf(a.quote) : found;
        if (start === -1) continue;
        let line = 0;
        let lineStart = 0;
        for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) {
          line++;
          lineStart = i + 1;
        }
        const style = styleOf(a.tags);
        const list = naive.get(style);
        if (list) list.push({ line, character: start - lineStart });
        else naive.set(style, [{ line, character: start - lineStart }]);
      }
      if (round >= 0) baseline.push(performance.now() - t0);
      checksum += naive.size;
    }

    const row = (name: string, values: number[]) => `${name.padEnd(44)} ${percentile(values, 50).toFixed(2).padStart(9)} ${percentile(values, 95).toFixed(2).padStart(9)}`;
    console.log(`${ANNOTATIONS} annotations on a ${original.length}-character document, one keystroke, ${ROUNDS} rounds (checksum ${checksum})`);
    console.log(`${'refresh after an edit'.padEnd(44)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
    console.log(row('ours: shift ranges, highlight ranges', ours));
    console.log(row('baseline: re-find every quote, count lines', baseline));
    const ratio = percentile(baseline, 50) / Math.max(percentile(ours, 50), 1e-6);
    console.log(`ours is ${ratio.toFixed(1)}x faster than the baseline; target p95 < ${TARGET_MS} ms: ${percentile(ours, 95) < TARGET_MS ? 'met' : 'NOT met'}`);
  },
};
