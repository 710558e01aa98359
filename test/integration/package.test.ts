import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './support/host';

// Desktop only: the browser's extension host reads the extension over HTTP, which lists no folders.
describe('The packaged extension', () => {
  it('is installed from the .vsix, with both bundles and without sources or tests', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const root = extension.extensionUri;
    const entries = (await vscode.workspace.fs.readDirectory(root)).map(([name]) => name);
    assert.ok(entries.includes('dist'), 'the bundle is there');
    for (const excluded of ['src', 'test', 'node_modules', 'bench', 'samples']) {
      assert.ok(!entries.includes(excluded), `${excluded}/ is kept out of the .vsix`);
    }
    for (const entry of ['main', 'browser']) {
      const bundle = vscode.Uri.joinPath(root, extension.packageJSON[entry]);
      const size = (await vscode.workspace.fs.stat(bundle)).size;
      assert.ok(size > 0, `the ${entry} bundle ${extension.packageJSON[entry]} is in the .vsix`);
    }
  });
});
