import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';

/** Bundles `source` for the browser with the build's guard; resolves to the errors esbuild reports. */
async function browserBuildErrors(source: string, plugins: esbuild.Plugin[]): Promise<string[]> {
  try {
    await esbuild.build({ stdin: { contents: source, resolveDir: process.cwd(), sourcefile: 'entry.ts', loader: 'ts' }, bundle: true, platform: 'browser', format: 'cjs', write: false, logLevel: 'silent', external: ['vscode'], plugins });
    return [];
  } catch (error) {
    return (error as esbuild.BuildFailure).errors.map(e => e.text);
  }
}

describe('The web bundle guard', () => {
  for (const specifier of ['node:os', 'os', 'fs/promises', 'node:child_process', 'path']) {
    it(`fails the browser build when ${specifier} is imported, naming the importer`, async () => {
      const { noNodeBuiltIns } = await import('../../../scripts/build-web.mjs');
      const errors = await browserBuildErrors(`import * as m from '${specifier}'; export const x = m;`, [noNodeBuiltIns]);
      assert.equal(errors.length, 1);
      assert.match(errors[0], new RegExp(`"${specifier}" reaches the browser bundle through entry\\.ts`));
    });
  }

  it('lets the extension\'s browser entry through, which needs only the VS Code API', async () => {
    const { noNodeBuiltIns } = await import('../../../scripts/build-web.mjs');
    assert.deepEqual(await browserBuildErrors(`export * from './src/extension-web';`, [noNodeBuiltIns]), []);
  });

  it('stops the Node entry, which runs git and asks the machine for its user name', async () => {
    const { noNodeBuiltIns } = await import('../../../scripts/build-web.mjs');
    const errors = await browserBuildErrors(`export * from './src/extension-node';`, [noNodeBuiltIns]);
    assert.ok(errors.some(e => e.includes('"node:child_process"')) && errors.some(e => e.includes('"node:os"')), errors.join('\n'));
  });
});
