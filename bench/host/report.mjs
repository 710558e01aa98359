// The host bench's table: ours beside VS Code's own, p50 / p95, the ratio of the p95s and the target.
import os from 'node:os';
import { percentile } from './measure.mjs';

const ms = v => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const spread = v => `${ms(percentile(v, 50))} / ${ms(percentile(v, 95))}`;
const load = () => os.loadavg().map(l => l.toFixed(2)).join(', ');

export function printReport(r, { annotations, chapters }) {
  console.log(`VS Code ${r.version} in Chromium (code-server), ${os.cpus().length} cores; load average before ${r.loadBefore}, after ${load()}`);
  const rows = [
    ['measure', 'ours p50 / p95', "VS Code's own p50 / p95", 'ratio p95', 'target', 'met'],
    compare('keystroke -> list updated', r.ourKeys, r.symbolKeys, 1.5, 'Search Recommendations vs Go to Symbol'),
    compare('click -> editor revealed', r.treeReveal, r.symbolReveal, 1.5, 'Outline click vs Go to Symbol Enter'),
    compare(`typing, ${annotations} annotations`, r.typingWith, r.typingWithout, 1.2, 'vs extension not installed'),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map(x => x[i].length)));
  for (const x of rows) console.log(x.map((c, i) => c.padEnd(widths[i])).join(' | '));
  console.log(`the first round of typing (the window's list code still cold), not in the table: ours ${spread(r.ourFirstKeys)}, Go to Symbol ${spread(r.symbolFirstKeys)} `
    + `(ratio of p95s ${(percentile(r.ourFirstKeys, 95) / percentile(r.symbolFirstKeys, 95)).toFixed(2)}x; ours runs first, so Go to Symbol finds some of that code compiled)`);

  const slowest = Math.max(...r.typingWith);
  console.log(`slowest keystroke while typing with the extension: ${ms(slowest)} (target: none above 100 ms: ${slowest <= 100 ? 'met' : 'NOT met'}); without it: ${ms(Math.max(...r.typingWithout))}`);
  const a = r.activation;
  console.log(`activation (VS Code's Startup Performance): activate() ${ms(a.activate)} (target < 50 ms: ${a.activate < 50 ? 'met' : 'NOT met'}), `
    + `loading the code ${ms(a.loadCode)}, promise resolved ${ms(a.finish)}`);
  const o = r.outline;
  const afterActivation = o.origin + o.shown - a.activatedAt;
  console.log(`Outline: the outlook's ${chapters} chapters listed ${ms(afterActivation)} after activation (target < 1 s: ${afterActivation < 1000 ? 'met' : 'NOT met'}); `
    + `of which expanding the listed outlook ${ms(o.shown - o.listed)}; the side bar opened at ${ms(r.sideBarOpened)}, documents listed at ${ms(o.listed)} of the page's life`);
  console.log(`samples: ${r.ourKeys.length} and ${r.symbolKeys.length} keystrokes after a first round of ${r.ourFirstKeys.length} each, ${r.treeReveal.length} and ${r.symbolReveal.length} reveals, ${r.typingWith.length} typed characters each`);
}

function compare(what, ours, theirs, target, against) {
  const ratio = percentile(ours, 95) / percentile(theirs, 95);
  const shown = Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : 'n/a';
  return [what, spread(ours), spread(theirs), shown, `<= ${target}x (${against})`, ratio <= target ? 'yes' : 'NO'];
}

export { load };
