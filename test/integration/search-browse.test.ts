import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../src/core/outline/model';
import type { AnnotationsApi } from '../../src/vscode/annotations/register-annotations';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import type { SearchApi } from '../../src/vscode/search/register-search';
import type { ResultItem } from '../../src/vscode/search/search-quick-pick';
import { eventually } from './support/host';

async function api(): Promise<{ search: SearchApi; outline: OutlineApi; annotations: AnnotationsApi }> {
  return vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate();
}

async function openSearch(search: SearchApi) {
  void vscode.commands.executeCommand('policyAnnotator.searchRecommendations');
  return eventually(() => search.quickPick.current && !search.quickPick.current.busy && search.quickPick.current, 'the search to open');
}

/** The listed recommendations of every document in the Outline view, as it shows them. */
async function outlineRecommendations(outline: OutlineApi): Promise<number> {
  const count = (nodes: readonly OutlineNode[]): number =>
    nodes.reduce((n, node) => n + (node.kind === 'recommendation' ? 1 : 0) + (node.kind === 'back-matter' ? 0 : count(node.children)), 0);
  let total = 0;
  for (const document of await outline.provider.getChildren()) {
    for (const child of await outline.provider.getChildren(document)) if (child.type === 'node') total += count([child.node]);
  }
  return total;
}

describe('Browsing recommendations in a real VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

  it('lists every recommendation under its document and chapter when nothing is typed, then narrows as one types', async () => {
    const { search, outline } = await api();
    const pick = await openSearch(search);
    const rows = await eventually(() => pick.items.length > 0 && pick.items, 'the recommendations to browse');
    const results = rows.filter((row): row is ResultItem => row.result !== undefined);
    const separators = rows.filter(row => row.kind === vscode.QuickPickItemKind.Separator);
    assert.equal(results.length, await outlineRecommendations(outline), 'every recommendation of the Outline, no more');
    assert.ok(separators.some(s => s.label.includes('outlook-2026.policy.txt') && s.label.includes('第2章')), separators.map(s => s.label).join(' | '));
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i];
      if (!row.result) continue;
      const heading = rows.slice(0, i).reverse().find(r => !r.result)!;
      assert.ok(heading.label.startsWith(row.result.item.document), `${row.result.item.text} sits under its document`);
      if (row.result.item.chapter) assert.ok(heading.label.endsWith(row.result.item.chapter), `${row.result.item.text} sits under its chapter`);
    }

    pick.value = '備蓄';
    const narrowed = await eventually(() => pick.items.length < rows.length && pick.items, 'the list to narrow');
    assert.ok(narrowed.length > 0 && narrowed.every(row => row.result), 'only results, no chapter headings');
    assert.ok(narrowed.some(row => row.result?.item.text.includes('備蓄')));
  });

  it('shows the highlighted recommendation whole in the editor, and goes back when closed', async () => {
    const { search } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const start = await vscode.window.showTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'maritime-brief.md'));
    const pick = await openSearch(search);
    const rows = await eventually(() => pick.items.length > 0 && pick.items, 'the recommendations to browse');
    const longest = rows.filter((row): row is ResultItem => row.result !== undefined && row.result.item.document.startsWith('outlook'))
      .sort((a, b) => b.result.item.text.length - a.result.item.text.length)[0];
    pick.activeItems = [longest];
    const editor = await eventually(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('outlook-2026.policy.txt') && !active.selection.isEmpty && active;
    }, 'the passage to be shown');
    assert.equal(editor.document.getText(editor.selection), longest.result.item.text);
    assert.ok(search.quickPick.current === pick, 'the search stays open while previewing');
    pick.hide();
    await eventually(() => vscode.window.activeTextEditor?.document.uri.toString() === start.document.uri.toString(), 'the editor of before to come back');
  });

  it('leaves the comment threads of a previewed passage for when the editor settles on it', async () => {
    const { search, annotations } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const outlook = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'outlook-2026.policy.txt');
    await vscode.window.showTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'survey-2026.txt'));
    await annotations.ready;
    const pick = await openSearch(search);
    const rows = await eventually(() => pick.items.length > 0 && pick.items, 'the recommendations to browse');
    // A recommendation with an annotation on it: its thread is due once the editor stays there.
    const annotated = annotations.entries(outlook).flatMap(entry => (entry.range ? [entry.range] : []));
    const target = rows.find((row): row is ResultItem => row.result !== undefined && row.result.item.document.startsWith('outlook')
      && annotated.some(range => range.start < row.result!.item.end && row.result!.item.start < range.end));
    assert.ok(target, 'a sample recommendation carries an annotation');
    pick.activeItems = [target];
    await eventually(() => vscode.window.activeTextEditor?.document.uri.toString() === outlook.toString() || undefined, 'the passage to be shown');
    // Longer than the threads take to follow a settled editor (a tenth of a second).
    await new Promise(resolve => setTimeout(resolve, 1000));
    assert.deepEqual(annotations.commentThreads(outlook), [], 'no thread drawn at a stop of the preview');
    await vscode.commands.executeCommand('quickInput.accept');
    const threads = await eventually(() => annotations.commentThreads(outlook).length > 0 && annotations.commentThreads(outlook), 'the threads once the editor settled on the passage');
    assert.ok(annotations.entries(outlook).some(entry => threads.includes(entry.annotation.id)));
  });
});
