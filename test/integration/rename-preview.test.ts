import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../src/core/annotations/codec';
import { describeTarget } from '../../src/core/annotations/target';
import type { RenameTagResult } from '../../src/vscode/codebook/rename-tag';
import { annotationsApi, eventually, readText, workspaceRoot, writeText } from './support/host';

// Our own words, in the shape of a policy text.
const TEXT = '港湾の点検を毎年行うべきである。\n予算を確保すべきである。\n';

describe('Renaming a tag through the refactoring preview in a real VS Code', function () {
  const created: vscode.Uri[] = [];

  async function annotated(name: string, quote: string, tags: string[]): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(workspaceRoot(), name);
    const file = vscode.Uri.joinPath(workspaceRoot(), `${name}.annotations.yaml`);
    created.push(uri, file);
    await writeText(uri, TEXT);
    const at = TEXT.indexOf(quote);
    await writeText(file, stringifyAnnotationFile({ document: name, annotations: [{
      id: `01KAMB3Q8V${String(created.length).padStart(6, '0')}PV00000000`, ...describeTarget(TEXT, at, at + quote.length), tags,
      author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-20T09:30:00Z',
    }] }));
    const api = await annotationsApi();
    await eventually(() => api.entries(uri).length === 1, `the annotation of ${name} is loaded`);
    return file;
  }

  const tagsIn = async (file: vscode.Uri) => {
    const parsed = parseAnnotationFile(await readText(file));
    assert.ok(parsed.ok);
    return parsed.file.annotations[0].tags;
  };

  afterEach(async () => {
    await vscode.commands.executeCommand('refactorPreview.discard');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('shows the rename in the refactoring preview: no file changes until it is applied, then both do', async () => {
    const a = await annotated('it-preview-a.txt', '港湾の点検', ['it-before', 'other']);
    const b = await annotated('it-preview-b.txt', '予算を確保', ['it-before/sub']);
    // The preview refuses to apply a file changed on disk while it is shown: let the writes' events arrive first.
    await new Promise(resolve => setTimeout(resolve, 2000));
    const before = [await readText(a), await readText(b)];

    let settled = false;
    const renaming = Promise.resolve(vscode.commands.executeCommand<RenameTagResult>('policyAnnotator.renameTag', { from: 'it-before', to: 'it-after' }))
      .finally(() => { settled = true; });
    await new Promise(resolve => setTimeout(resolve, 3000));
    assert.equal(settled, false, 'the command waits for the preview');
    assert.deepEqual([await readText(a), await readText(b)], before, 'nothing is written while the preview is shown');

    // Changes that need confirmation start unticked in the preview: tick each file, as a user does, then apply.
    await vscode.commands.executeCommand('list.collapseAll');
    await vscode.commands.executeCommand('list.focusFirst');
    for (let i = 0; i < 2; i++) {
      await vscode.commands.executeCommand('refactorPreview.toggleCheckedState');
      await vscode.commands.executeCommand('list.focusDown');
    }
    await vscode.commands.executeCommand('refactorPreview.apply');
    const result = await renaming;
    assert.deepEqual(result, { annotations: 2, files: 2, codebook: false, applied: true });
    assert.deepEqual(await tagsIn(a), ['it-after', 'other']);
    assert.deepEqual(await tagsIn(b), ['it-after/sub']);
  });

  // Undo of an edit that spans several files asks whether to undo it in all of them, and VS Code
  // refuses every dialog while tests run: Undo is checked here on a rename that changes one file.
  it('takes a rename back with Undo', async () => {
    const a = await annotated('it-undo-a.txt', '港湾の点検', ['it-undo-before']);
    const before = await readText(a);
    const result = await vscode.commands.executeCommand<RenameTagResult>('policyAnnotator.renameTag', { from: 'it-undo-before', to: 'it-undo-after', preview: false });
    assert.equal(result.applied, true);
    assert.deepEqual(await tagsIn(a), ['it-undo-after']);
    const editor = await vscode.window.showTextDocument(a);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'the file is as it was before the rename');
    await editor.document.save();
    assert.deepEqual(await tagsIn(a), ['it-undo-before']);
  });
});
