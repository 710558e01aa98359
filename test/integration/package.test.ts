import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import { EXTENSION_ID, readText } from './support/host';

// Desktop only: the browser's extension host reads the extension over HTTP, which lists no folders.
describe('The packaged extension', () => {
  it('is installed from the .vsix, with both bundles and without sources or tests', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const root = extension.extensionUri;
    const entries = (await vscode.workspace.fs.readDirectory(root)).map(([name]) => name);
    assert.ok(entries.includes('dist'), 'the bundle is there');
    for (const excluded of ['src', 'test', 'node_modules', 'bench']) {
      assert.ok(!entries.includes(excluded), `${excluded}/ is kept out of the .vsix`);
    }
    for (const entry of ['main', 'browser']) {
      const bundle = vscode.Uri.joinPath(root, extension.packageJSON[entry]);
      const size = (await vscode.workspace.fs.stat(bundle)).size;
      assert.ok(size > 0, `the ${entry} bundle ${extension.packageJSON[entry]} is in the .vsix`);
    }
  });

  it('creates a sample folder from the sample workspace it ships, beside any folder already there', async () => {
    const parent = vscode.Uri.joinPath(vscode.Uri.file(tmpdir()), `policy-annotator-sample-test-${Date.now().toString(36)}`);
    await vscode.workspace.fs.createDirectory(parent);
    try {
      const first = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.openSample', { parent, open: false });
      assert.equal(first?.path, vscode.Uri.joinPath(parent, 'policy-annotator-sample').path);
      const names = (await vscode.workspace.fs.readDirectory(first)).map(([name]) => name).sort();
      assert.ok(names.some(n => n.endsWith('.txt')) && names.some(n => n.endsWith('.md')), `documents of both kinds: ${names}`);
      const annotationFile = names.find(n => n.endsWith('.annotations.yaml'));
      assert.ok(annotationFile, 'with annotations');
      const parsed = parseAnnotationFile(await readText(vscode.Uri.joinPath(first, annotationFile)));
      assert.ok(parsed.ok && parsed.file.annotations.length > 0, 'the annotation file reads back');
      assert.ok(names.includes(parsed.file.document), 'beside the document it annotates');

      const second = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.openSample', { parent, open: false });
      assert.equal(second?.path, vscode.Uri.joinPath(parent, 'policy-annotator-sample-2').path, 'a second sample never overwrites the first');
    } finally {
      await vscode.workspace.fs.delete(parent, { recursive: true });
    }
  });
});
