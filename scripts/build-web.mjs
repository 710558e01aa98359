// esbuild plugins for the bundles that run in the browser's web worker extension host.
import { builtinModules } from 'node:module';
import path from 'node:path';

const builtIns = new RegExp(`^(node:.*|${builtinModules.map(m => m.replace(/[/.]/g, '\\$&')).join('|')})$`);

/**
 * The build guard: a Node built-in reaching the browser bundle fails the build, naming the module
 * that imported it. (The browser has none; esbuild would otherwise leave a `require` that fails
 * only when the extension starts on vscode.dev.) Node-only code belongs behind src/vscode/platform.
 */
export const noNodeBuiltIns = {
  name: 'no-node-built-ins',
  setup(build) {
    build.onResolve({ filter: builtIns }, args => ({
      errors: [{ text: `the Node built-in "${args.path}" reaches the browser bundle through ${path.relative('.', args.importer)}; the web worker has no Node: put this behind src/vscode/platform` }],
    }));
  },
};

/** The shared integration tests import node:assert/strict; in the browser they get a small equivalent. */
export const testAssertForBrowser = {
  name: 'test-assert-for-browser',
  setup(build) {
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: path.resolve('test/web/assert.ts') }));
  },
};
