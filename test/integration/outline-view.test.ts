import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import type { OutlineElement } from '../../src/vscode/outline/outline-tree';
import type { AnnotationIndex } from '../../src/vscode/annotation-index';

async function extensionApi(): Promise<{ outline: OutlineApi; annotationIndex: AnnotationIndex }> {
  return vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate();
}

function sample(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

async function documentElement(provider: OutlineApi['provider'], name: string): Promise<OutlineElement> {
  const found = (await provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith(`/${name}`));
  assert.ok(found, `${name} is listed`);
  return found;
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

describe('Outline view details in a real VS Code', () => {
  it('counts the annotations inside every chapter, as the annotation index places them', async () => {
    const { outline, annotationIndex } = await extensionApi();
    await annotationIndex.ready;
    const outlook = await documentElement(outline.provider, 'outlook-2026.policy.txt');
    const entries = annotationIndex.entries(sample('outlook-2026.policy.txt')).filter(e => e.range);
    assert.ok(entries.length > 0, 'the sample outlook has annotations');
    let counted = 0;
    for (const chapter of await outline.provider.getChildren(outlook)) {
      if (chapter.type !== 'node' || chapter.node.kind !== 'chapter') continue;
      const inside = entries.filter(e => e.range!.start >= chapter.node.start && e.range!.start < chapter.node.end).length;
      const description = String(outline.provider.getTreeItem(chapter).description ?? '');
      if (inside === 0) assert.doesNotMatch(description, /annotation/, chapter.node.title);
      else assert.ok(description.endsWith(inside === 1 ? '1 annotation' : `${inside} annotations`), `${chapter.node.title}: ${description}`);
      counted += inside;
    }
    assert.ok(counted > 0);
  });

  it('builds a recommendation\'s tooltip (its whole text) only when it is resolved', async () => {
    const { outline } = await extensionApi();
    const outlook = await documentElement(outline.provider, 'outlook-2026.policy.txt');
    const chapter = (await outline.provider.getChildren(outlook)).find(c => c.type === 'node' && c.node.kind === 'chapter')!;
    const section = (await outline.provider.getChildren(chapter)).find(c => c.type === 'node' && c.node.title === '提言')!;
    const recommendation = (await outline.provider.getChildren(section))[0];
    assert.ok(recommendation.type === 'node' && recommendation.node.kind === 'recommendation');
    const item = outline.provider.getTreeItem(recommendation);
    assert.equal(item.tooltip, undefined, 'nothing is built before the hover');
    const tooltip = outline.provider.resolveTreeItem(item, recommendation).tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(tooltip.value.includes(recommendation.node.title));
    assert.equal(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id, 'lightbulb');
  });

  it('selects the node under the cursor in the tree (TreeView.reveal)', async () => {
    const { outline } = await extensionApi();
    await vscode.commands.executeCommand('policyAnnotator.outline.focus');
    await until(() => outline.view.visible, 'the Outline view to show');
    const document = await vscode.workspace.openTextDocument(sample('outlook-2026.policy.txt'));
    const editor = await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('重要物資の備蓄');
    assert.ok(offset > 0);
    const selectedUnderCursor = () => {
      const selected = outline.view.selection[0];
      return selected?.type === 'node' && selected.node.kind === 'recommendation' && selected.node.start <= offset && offset < selected.node.end;
    };
    // The cursor moves a few times inside the recommendation, as a reader's would: a move made
    // while the host is still settling the view after earlier suites must not decide the test.
    for (let move = 0; move < 4 && !selectedUnderCursor(); move++) {
      const at = document.positionAt(offset + move);
      editor.selection = new vscode.Selection(at, at);
      await until(selectedUnderCursor, 'the recommendation under the cursor to be selected', 8_000).catch(() => undefined);
    }
    assert.ok(selectedUnderCursor(), 'the tree selects the recommendation under the cursor');
  });

  it('registers the refresh command, which lists the documents again', async () => {
    const { outline } = await extensionApi();
    assert.ok((await vscode.commands.getCommands(true)).includes('policyAnnotator.refreshOutline'));
    let fired = false;
    const listener = outline.provider.onDidChangeTreeData(() => (fired = true));
    try {
      await vscode.commands.executeCommand('policyAnnotator.refreshOutline');
      assert.ok(fired);
      const outlook = await documentElement(outline.provider, 'outlook-2026.policy.txt');
      // After a refresh, the element under the cursor still leads up to the listed document.
      const document = await vscode.workspace.openTextDocument(sample('outlook-2026.policy.txt'));
      let element = await outline.provider.elementAt(document.uri, document.getText().indexOf('重要物資の備蓄'));
      while (element && element.type === 'node') element = outline.provider.getParent(element);
      assert.equal(element, outlook);
    } finally {
      listener.dispose();
    }
  });

  it('gives symbols and folding to any file the configured globs take in, whatever its language', async () => {
    const settings = vscode.workspace.getConfiguration('policyAnnotator');
    const before = settings.inspect<string[]>('documents')?.workspaceValue;
    const uri = sample('notes-2026.log');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('第1章 記録\n◆ 提言\n- 記録を残す。\n本文。\n第2章 次の章\n本文。\n'));
    try {
      await settings.update('documents', ['**/*.txt', '**/*.md', '**/*.log'], vscode.ConfigurationTarget.Workspace);
      assert.ok(vscode.workspace.getConfiguration('policyAnnotator').get<string[]>('documents')!.includes('**/*.log'));
      const document = await vscode.workspace.openTextDocument(uri);
      assert.notEqual(document.languageId, 'plaintext', 'a language of its own, so only the globs make it ours');
      await vscode.window.showTextDocument(document);
      let symbols: vscode.DocumentSymbol[] | undefined;
      await until(async () => {
        symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        return (symbols ?? []).length === 2;
      }, `symbols for a ${document.languageId} document`);
      assert.deepEqual(symbols!.map(s => s.name), ['第1章 記録', '第2章 次の章']);
      const folding = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
      assert.ok(folding.some(r => r.start === 0 && r.end >= 2), 'the first chapter folds');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await settings.update('documents', before, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('opens .policy.txt files in the policy-text language', async () => {
    const document = await vscode.workspace.openTextDocument(sample('outlook-2026.policy.txt'));
    assert.equal(document.languageId, 'policy-text');
    assert.ok((await vscode.languages.getLanguages()).includes('policy-text'));
  });

  it('follows files changed and deleted on disk', async () => {
    const { outline } = await extensionApi();
    const uri = sample('outline-disk.policy.txt');
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const chapterTitles = async () => {
      const element = (await outline.provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith('/outline-disk.policy.txt'));
      if (!element) return undefined;
      return (await outline.provider.getChildren(element)).flatMap(c => (c.type === 'node' && c.node.kind === 'chapter' ? [c.node.title] : []));
    };
    await write('第1章 最初の章\n本文。\n');
    try {
      await until(async () => (await chapterTitles())?.length === 1, 'the new file to be outlined');
      await write('第1章 最初の章\n本文。\n第2章 ディスクで足した章\n本文。\n');
      await until(async () => (await chapterTitles())?.[1] === '第2章 ディスクで足した章', 'the change on disk to be outlined');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until(async () => (await chapterTitles()) === undefined, 'the deleted file to leave the tree');
  });
});
