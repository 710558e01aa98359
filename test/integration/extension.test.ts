import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceRoot } from './support/host';

const EXTENSION_ID = 'policy-annotator.policy-annotator';


describe('Extension in a real VS Code', () => {
  it('activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const contributed: string[] = extension.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(contributed.length >= 3, 'the manifest contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter(id => !registered.has(id));
    assert.deepEqual(missing, [], 'every contributed command has a handler');
  });

  it('shows its view container and both views', async () => {
    const views: { id: string }[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.views.policyAnnotator;
    assert.deepEqual(views.map(v => v.id), ['policyAnnotator.outline', 'policyAnnotator.annotations']);
    await vscode.commands.executeCommand('workbench.view.extension.policyAnnotator');
    for (const view of views) await vscode.commands.executeCommand(`${view.id}.focus`);
  });

  it('opens a sample document as a policy text', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'outlook-2026.policy.txt');
    const editor = await vscode.window.showTextDocument(uri);
    assert.match(editor.document.lineAt(0).text, /戦略年報/);
    assert.equal(editor.document.languageId, 'policy-text');
  });
});
