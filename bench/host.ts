import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { BenchSuite } from './suite';

/**
 * The packaged extension in a real VS Code in the browser, beside VS Code's own features
 * (bench/host/). A process of its own: it drives a browser through the offline tools' playwright.
 */
export const hostSuite: BenchSuite = {
  name: 'host',
  run() {
    const root = path.resolve(__dirname, '..', '..');
    const bench = spawnSync(process.execPath, [path.join(root, 'bench', 'host', 'host-bench.mjs')], { cwd: root, stdio: 'inherit' });
    if (bench.status !== 0) throw new Error(`the host bench failed (exit ${bench.status ?? bench.signal})`);
  },
};
