import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import type { Platform } from '../../src/vscode/platform/platform';
import { EXTENSION_ID, annotationsApi, readText, writeText } from '../integration/support/host';

// Our own words: one recommendation to annotate.
const DOCUMENT_TEXT = '第1章 港湾\n◆ 提言\n- 港湾の点検記録を共有すべきである。\n';
const QUOTE = '港湾の点検記録';

describe('The web extension in the browser\'s web worker (vscode.dev, github.dev)', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;

  it('runs in the web worker host, with no Node process, on a virtual file system', async () => {
    const exports = await vscode.extensions.getExtension(EXTENSION_ID)!.activate() as { platform: Platform };
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process');
    assert.equal(exports.platform.kind, 'web');
    assert.equal(exports.platform.git, undefined, 'no git command to run');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.notEqual(root().scheme, 'file', 'the workspace is virtual');
  });

  it('signs annotations with the setting where there is no git, and writes the file through workspace.fs', async () => {
    const name = `web-test-${Date.now().toString(36)}.txt`;
    const documentUri = vscode.Uri.joinPath(root(), name);
    const fileUri = vscode.Uri.joinPath(root(), `${name}.annotations.yaml`);
    const settings = vscode.workspace.getConfiguration('policyAnnotator');
    await settings.update('author', 'Web Reviewer <reviewer@example.org>', vscode.ConfigurationTarget.Workspace);
    try {
      await writeText(documentUri, DOCUMENT_TEXT);
      const api = await annotationsApi();
      const editor = await vscode.window.showTextDocument(documentUri);
      const start = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE));
      editor.selection = new vscode.Selection(start, start.translate(0, QUOTE.length));
      await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['ports'], note: 'From the browser.' });
      const parsed = parseAnnotationFile(await readText(fileUri));
      assert.ok(parsed.ok, 'the file written is a valid annotation file');
      assert.equal(parsed.file.annotations[0].author, 'Web Reviewer <reviewer@example.org>');
      assert.equal(parsed.file.annotations[0].quote, QUOTE);
      assert.equal(api.entries(documentUri)[0]?.range?.start, DOCUMENT_TEXT.indexOf(QUOTE), 'anchored on its passage');
    } finally {
      await settings.update('author', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [documentUri, fileUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('says why the git merge driver cannot be set up in the browser, and changes nothing', async () => {
    const attributes = vscode.Uri.joinPath(root(), '.gitattributes');
    const result = await vscode.commands.executeCommand('policyAnnotator.setUpGitMerge', root());
    assert.equal(result, undefined, 'nothing was set up');
    assert.equal(await vscode.workspace.fs.stat(attributes).then(() => true, () => false), false, 'no .gitattributes written');
  });
});
