import { outlineDocument } from '../../src/core/outline';
import { SearchIndex } from '../../src/core/search';
import { QUERIES } from '../../test/support/search-queries';
import { generateItems, keystrokes } from '../items';
import { percentile } from '../numbers';

/** The search bench's middle size: the workspace of a research group. */
export const ITEMS = 10_000;
/** Rounds of each measurement; the best counts, since a shared machine only ever slows a round down. */
const ROUNDS = 5;
const OUTLINE_BYTES = 10 * 1024 * 1024;
const EDITS = 60;

/** What one extension host does with the same inputs, in wall-clock milliseconds (the browser has no processor time). */
export interface HostFigures {
  items: number;
  buildMs: number;
  keystrokeP50: number;
  keystrokeP95: number;
  outlineMBps: number;
  editP95: number;
}

/**
 * Search and outline as the extension runs them, measured the same way in Node and in the
 * browser's web worker: only the core runs, with no Node and no VS Code.
 */
export function measureHost(texts: ReadonlyMap<string, string>): HostFigures {
  const items = generateItems(ITEMS, texts);
  let index = new SearchIndex();
  const buildMs = best(() => {
    index = new SearchIndex();
    index.addAll(items);
  });
  const typed = QUERIES.flatMap(([query]) => keystrokes(query));
  for (const q of typed) index.search(q, { limit: 10 }); // Warm, as a session's second query finds it.
  let keystrokeP50 = Infinity;
  let keystrokeP95 = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const times = typed.map(q => timed(() => index.search(q, { limit: 10 })));
    keystrokeP50 = Math.min(keystrokeP50, percentile(times, 50));
    keystrokeP95 = Math.min(keystrokeP95, percentile(times, 95));
  }

  const unit = [...texts.values()].join('\n\n');
  const big = unit.repeat(Math.ceil(OUTLINE_BYTES / utf8Bytes(unit)));
  outlineDocument(big);
  const outlineMBps = utf8Bytes(big) / (1024 * 1024) / (best(() => outlineDocument(big)) / 1000);

  // Re-outlining after a keystroke, in the longest document.
  const longest = [...texts.values()].reduce((a, b) => (b.length > a.length ? b : a), '');
  let editP95 = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const at = Math.floor((i / EDITS) * longest.length);
      const edited = `${longest.slice(0, at)}。${longest.slice(at + 1)}`;
      times.push(timed(() => outlineDocument(edited)));
    }
    editP95 = Math.min(editP95, percentile(times, 95));
  }
  return { items: ITEMS, buildMs, keystrokeP50, keystrokeP95, outlineMBps, editP95 };
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function best(work: () => unknown): number {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round++) fastest = Math.min(fastest, timed(work));
  return fastest;
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
