// Bundles the extension (for Node and for the browser), the CLI, the integration tests (desktop
// and web) and the benchmarks with esbuild.
//   --production  minify the extension and CLI (used by `npm run package`)
//   --watch       rebuild on change
//   --bench       also build bench/ into out/bench
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { noNodeBuiltIns, testAssertForBrowser } from './build-web.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };

const integrationTests = fs.readdirSync('test/integration')
  .filter(f => f.endsWith('.ts'))
  .map(f => path.join('test/integration', f));

// The browser entry runs in the web worker extension host (vscode.dev, github.dev): no Node at all.
const browser = { ...common, platform: 'browser', target: 'es2022', plugins: [noNodeBuiltIns] };

const builds = [
  { ...common, entryPoints: ['src/extension-node.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...browser, entryPoints: ['src/extension-web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, minify: false, sourcemap: true, entryPoints: integrationTests, outdir: 'out/test/integration', external: ['vscode', 'mocha', 'xmllint-wasm'] },
  // The web suite: one script for the web worker, mocha's browser build included.
  { ...browser, minify: false, sourcemap: 'inline', entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', external: ['vscode'],
    plugins: [testAssertForBrowser, noNodeBuiltIns] },
];
if (args.has('--bench')) {
  builds.push(
    { ...common, minify: false, sourcemap: false, entryPoints: ['bench/index.ts'], outfile: 'out/bench/index.js' },
    // The web bench's half that runs in the browser's web worker extension host.
    { ...browser, minify: false, sourcemap: false, entryPoints: ['bench/web/index.ts'], outfile: 'out/bench/web/index.js', external: ['vscode'] },
  );
}

if (args.has('--watch')) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755);
}
