// Bundles the extension, the CLI, the integration tests and the benchmarks with esbuild.
//   --production  minify the extension and CLI (used by `npm run package`)
//   --watch       rebuild on change
//   --bench       also build bench/ into out/bench
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };

const integrationTests = fs.readdirSync('test/integration')
  .filter(f => f.endsWith('.ts'))
  .map(f => path.join('test/integration', f));

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, minify: false, sourcemap: true, entryPoints: integrationTests, outdir: 'out/test/integration', external: ['vscode', 'mocha', 'xmllint-wasm'] },
];
if (args.has('--bench')) {
  builds.push({ ...common, minify: false, sourcemap: false, entryPoints: ['bench/index.ts'], outfile: 'out/bench/index.js' });
}

if (args.has('--watch')) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755);
}
