import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';

async function outlineApi(): Promise<OutlineApi> {
  const extension = vscode.extensions.getExtension('policy-annotator.policy-annotator')!;
  const api = await extension.activate();
  return api.outline as OutlineApi;
}

function sample(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Outline in a real VS Code', () => {
  it('lists the workspace documents and the chapters of a sample document', async () => {
    const { provider } = await outlineApi();
    const documents = await provider.getChildren();
    const outlook = documents.find(d => d.type === 'document' && d.uri.path.endsWith('/outlook-2026.policy.txt'));
    assert.ok(outlook, 'the sample outlook is a policy document');
    assert.ok(documents.some(d => d.type === 'document' && d.uri.path.endsWith('/maritime-brief.md')));
    const children = await provider.getChildren(outlook);
    const chapters = children.filter(c => c.type === 'node' && c.node.kind === 'chapter').map(c => label(provider.getTreeItem(c)));
    assert.deepEqual(chapters, ['第1章 インド太平洋の海洋秩序', '第2章 経済安全保障と重要技術の囲い込み', '第3章 人口減少時代の防衛人材']);
    const first = children.find(c => c.type === 'node' && c.node.kind === 'chapter')!;
    const api = await vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate();
    await api.annotations.ready;
    const node = first.type === 'node' ? first.node : undefined;
    const inChapter = (api.annotations.entries(sample('outlook-2026.policy.txt')) as { range?: { start: number } }[])
      .filter(e => e.range && node && e.range.start >= node.start && e.range.start < node.end).length;
    assert.ok(inChapter >= 1, 'the sample annotates chapter 1');
    const count = inChapter === 1 ? '1 annotation' : `${inChapter} annotations`;
    assert.equal(provider.getTreeItem(first).description, `山田 花子 · 2026-02-10  ${count}`, 'author, date and the annotations in chapter 1');
  });

  it('shows the author and date a document states under its title on its row', async () => {
    const { provider } = await outlineApi();
    const uri = sample('outline-byline.policy.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('架空のコラム\n\n2031年4月2日\n執筆者：山田花子（架空研究所）\n\n第1章 はじめに\n\n本文。\n'));
    try {
      let row: vscode.TreeItem | undefined;
      for (let attempt = 0; attempt < 100 && !row?.description?.toString().includes('山田花子'); attempt++) {
        const document = (await provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith('/outline-byline.policy.txt'));
        row = document && provider.getTreeItem(document);
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      assert.equal(label(row!), '架空のコラム');
      assert.equal(row!.description, 'outline-byline.policy.txt · 山田花子 · 2031-04-02');
      assert.match(String(row!.tooltip), /Author: 山田花子\nDate: 2031-04-02$/);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('reveals and selects a recommendation when its tree item is clicked', async () => {
    const { provider } = await outlineApi();
    const outlook = (await provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith('/outlook-2026.policy.txt'))!;
    const chapter = (await provider.getChildren(outlook)).find(c => c.type === 'node' && c.node.kind === 'chapter')!;
    const section = (await provider.getChildren(chapter)).find(c => c.type === 'node' && c.node.title === '提言')!;
    const recommendation = (await provider.getChildren(section))[0];
    const command = provider.getTreeItem(recommendation).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), sample('outlook-2026.policy.txt').toString());
    assert.equal(editor.document.getText(editor.selection), '沿岸国の海洋状況把握を支えるため、衛星データの共有枠組みを五年以内に制度化すべきである。');
  });

  it('finds the tree element under the cursor, for the tree to follow it', async () => {
    const { provider } = await outlineApi();
    const document = await vscode.workspace.openTextDocument(sample('outlook-2026.policy.txt'));
    const offset = document.getText().indexOf('重要物資の備蓄');
    const element = await provider.elementAt(document.uri, offset);
    assert.ok(element && element.type === 'node');
    assert.equal(element.node.kind, 'recommendation');
    const parent = provider.getParent(element);
    assert.ok(parent && parent.type === 'node' && parent.node.title === '提言');
  });

  it('gives VS Code document symbols and folding ranges for a policy text', async () => {
    const uri = sample('outlook-2026.policy.txt');
    await vscode.window.showTextDocument(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const chapters = symbols.filter(s => s.kind === vscode.SymbolKind.Module).map(s => s.name);
    assert.deepEqual(chapters, ['第1章 インド太平洋の海洋秩序', '第2章 経済安全保障と重要技術の囲い込み', '第3章 人口減少時代の防衛人材']);
    const firstChapter = symbols.find(s => s.kind === vscode.SymbolKind.Module)!;
    assert.ok(firstChapter.children.some(s => s.name === '提言' && s.children.length === 3));
    const folding = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    assert.ok(folding.some(r => r.start === 21), 'chapter 1 (line 22) folds');
  });

  it('re-outlines a document when it is edited', async () => {
    const { provider } = await outlineApi();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'outline-edit.policy.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('第1章 はじめに\n本文。\n'));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit(edit => edit.insert(new vscode.Position(2, 0), '第2章 新しい章\n'));
      const document = (await provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith('/outline-edit.policy.txt'));
      assert.ok(document, 'a new file on disk appears in the tree');
      const chapters = (await provider.getChildren(document)).filter(c => c.type === 'node' && c.node.kind === 'chapter');
      assert.equal(chapters.length, 2, 'the unsaved edit is outlined');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
