import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusDir, readCorpusTexts } from './corpus';
import type { BenchSuite } from './suite';
import { FIGURES_MARK } from './web/figures-mark';
import { measureHost, type HostFigures } from './web/host-figures';

/** The project root: this file runs bundled as out/bench/index.js. */
const root = path.resolve(__dirname, '..', '..');
const WEB_RUNNER = process.env.VSCODE_WEB_TEST_RUNNER || path.join(root, '..', 'shared', 'vscode-offline', 'web', 'run-web-extension-tests.mjs');
/** The bar: a keystroke in the browser within twice the Node time. */
const MAX_KEYSTROKE_RATIO = 2;

/**
 * The same search and outline measurements in Node and in the browser's web worker extension
 * host (vscode.dev, github.dev), run by the web test runner on the corpus; prints both and
 * their ratio. Wall-clock milliseconds, best of five rounds in each host.
 */
export const webHostSuite: BenchSuite = {
  name: 'web',
  run() {
    const node = measureHost(readCorpusTexts());
    const web = measureInBrowser();
    if (!web) return;
    const row = (what: string, n: number, w: number, unit: string, digits = 1) =>
      console.log(`${what.padEnd(34)} | ${n.toFixed(digits).padStart(9)} | ${w.toFixed(digits).padStart(10)} | ${(w / n).toFixed(2).padStart(5)}x  ${unit}`);
    console.log(`${node.items} search items from the corpus; wall-clock, best of 5 rounds; load average ${os.loadavg()[0].toFixed(1)}`);
    console.log(`${'what'.padEnd(34)} | ${'Node'.padStart(9)} | ${'web worker'.padStart(10)} | ratio`);
    row('search index build', node.buildMs, web.buildMs, 'ms', 0);
    row('keystroke p50', node.keystrokeP50, web.keystrokeP50, 'ms', 2);
    row('keystroke p95', node.keystrokeP95, web.keystrokeP95, 'ms', 2);
    row('outline of 10 MB', node.outlineMBps, web.outlineMBps, 'MB/s (higher is better)', 0);
    row('re-outline after an edit, p95', node.editP95, web.editP95, 'ms', 2);
    const ratio = web.keystrokeP95 / node.keystrokeP95;
    console.log(`target: keystroke p95 in the web worker <= ${MAX_KEYSTROKE_RATIO}x Node (${ratio.toFixed(2)}x: ${ratio <= MAX_KEYSTROKE_RATIO ? 'met' : 'NOT met'})`);
  },
};

/** Runs bench/web/index.ts in the browser host; undefined (with the reason printed) when it cannot. */
function measureInBrowser(): HostFigures | undefined {
  const bundle = path.join(root, 'out', 'bench', 'web', 'index.js');
  for (const needed of [WEB_RUNNER, bundle, path.join(root, 'dist', 'web', 'extension.js')]) {
    if (!fs.existsSync(needed)) {
      console.log(`not run: ${needed} is missing (set VSCODE_WEB_TEST_RUNNER to a web test runner; npm run bench builds the rest)`);
      return undefined;
    }
  }
  const result = spawnSync(process.execPath, [WEB_RUNNER, `--extensionDevelopmentPath=${root}`, `--extensionTestsPath=${bundle}`, `--folderPath=${corpusDir}`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = result.stdout.split('\n').find(l => l.startsWith(FIGURES_MARK));
  if (result.status !== 0 || !line) {
    console.log(`not run: the browser host ended with exit code ${result.status}\n${result.stderr.slice(-2000)}`);
    return undefined;
  }
  return JSON.parse(line.slice(FIGURES_MARK.length)) as HostFigures;
}
