import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineElement } from '../../src/vscode/outline/outline-tree';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import { eventually, readText } from './support/host';

async function outlineApi(): Promise<OutlineApi> {
  return (await vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate()).outline;
}

function sample(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Outline rows and identity in a real VS Code', () => {
  it('shows a document by its title, its path on hover, and opens it on click', async () => {
    const { provider } = await outlineApi();
    const outlook = (await provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith('/outlook-2026.policy.txt'));
    assert.ok(outlook);
    const item = provider.getTreeItem(outlook);
    const firstLine = (await readText(outlook.uri)).split('\n')[0].trim();
    assert.equal(label(item), firstLine, 'the cover line names the document');
    assert.equal(item.description, 'outlook-2026.policy.txt');
    assert.equal(item.tooltip, vscode.workspace.asRelativePath(outlook.uri, true));
    assert.ok(!String(item.tooltip).startsWith('/'), 'a relative path, never the absolute one');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await eventually(() => vscode.window.activeTextEditor?.document.uri.toString() === outlook.uri.toString(), 'the document to open');
  });

  it('keeps a recommendation\'s element and id when lines are typed above it, and reveals it after the edit', async () => {
    const { provider, view } = await outlineApi();
    const uri = sample('outline-identity.policy.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await readText(sample('outlook-2026.policy.txt'))));
    try {
      await vscode.commands.executeCommand('policyAnnotator.outline.focus');
      const editor = await vscode.window.showTextDocument(uri);
      const phrase = '重要物資の備蓄';
      const before = await eventually(() => provider.elementAt(uri, editor.document.getText().indexOf(phrase)), 'the recommendation element');
      assert.ok(before.type === 'node' && before.node.kind === 'recommendation');
      const idBefore = provider.getTreeItem(before).id;
      await view.reveal(before, { select: true, focus: false });
      const startBefore = before.node.start;
      for (let i = 0; i < 3; i++) {
        await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '追記した一行。\n'));
      }
      const after = await eventually(async () => {
        const element = await provider.elementAt(uri, editor.document.getText().indexOf(phrase));
        return element?.type === 'node' && element.node.start > startBefore ? element : undefined;
      }, 'the edited text to be outlined');
      assert.equal(after, before, 'the same element object, now holding the node of the new text');
      assert.equal(provider.getTreeItem(after).id, idBefore, 'the same id');
      let parent: OutlineElement | undefined = after;
      while (parent?.type === 'node') parent = provider.getParent(parent);
      assert.equal(parent?.type, 'document');
      // The tree may still be redrawing for the edit (on a loaded machine, after the reveal): a
      // redraw drops the selection, so the reveal is asked again until it holds.
      await eventually(async () => {
        if (view.selection[0] !== after) await view.reveal(after, { select: true, focus: false, expand: true });
        return view.selection[0] === after;
      }, `the tree to select the element revealed after the edit (selected: ${view.selection.map(e => e.id).join(', ')}; revealed: ${after.id})`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
