import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotationsApi, eventually, writeText } from './support/host';

const NAME = 'tag-picker.policy.txt';

/** The tags of the rows VS Code shows, top to bottom, by moving the focus down the list. */
async function shownTags(picker: vscode.QuickPick<vscode.QuickPickItem & { tag: string }>): Promise<string[]> {
  const seen: string[] = [];
  // On a loaded machine the list may come from the window after the first command: focus it again until it has a row.
  for (let attempt = 0; attempt < 5; attempt++) {
    await vscode.commands.executeCommand('quickInput.first');
    if (await eventually(() => picker.activeItems[0]?.tag, 'a focused row', 3_000).catch(() => undefined)) break;
  }
  for (let i = 0; i < 20; i++) {
    const active = await eventually(() => picker.activeItems[0]?.tag, 'a focused row', 3_000).catch(() => undefined);
    if (active === undefined || seen.includes(active)) break;
    seen.push(active);
    await vscode.commands.executeCommand('quickInput.next');
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return seen;
}

describe('The tag picker in a real VS Code', () => {
  const uri = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, NAME);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri());
  });

  it('suggests existing tags for the piece typed after a comma, and takes the tag before it', async () => {
    const annotations = await annotationsApi();
    const used = new Set(annotations.entries().flatMap(e => e.annotation.tags ?? []));
    assert.ok(used.has('data-sharing') && used.has('security/maritime'), 'the sample uses these tags');
    await writeText(uri(), '第1章 試し\n本文の一節をここに置く。\n');
    const editor = await vscode.window.showTextDocument(uri());
    editor.selection = new vscode.Selection(1, 0, 1, 5);
    void vscode.commands.executeCommand('policyAnnotator.annotateSelection');
    const picker = await eventually(() => annotations.tagPicker(), 'the tag picker');

    picker.value = 'data-sharing, mari';
    await eventually(() => picker.items.some(i => i.tag === 'mari'), 'the typed piece to be taken');
    assert.deepEqual(picker.selectedItems.map(i => i.tag), ['data-sharing'], 'the tag before the comma is taken, the piece being typed is not');
    const shown = await shownTags(picker);
    assert.ok(shown.includes('security/maritime'), `the existing tag is suggested: ${shown.join(', ')}`);

    picker.value = 'data-sharing, ';
    await eventually(() => picker.items.every(i => i.tag !== 'mari'), 'the list to follow');
    const all = await shownTags(picker);
    assert.ok(all.length >= used.size, `right after a comma, every existing tag is offered: ${all.join(', ')}`);
    picker.hide();
  });
});
