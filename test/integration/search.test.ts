import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SearchApi } from '../../src/vscode/search/register-search';
import { RESULT_LIMIT, type PickItem } from '../../src/vscode/search/search-quick-pick';

async function searchApi(): Promise<SearchApi> {
  const api = await vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate();
  return api.search as SearchApi;
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** The ids in the order VS Code shows them: focus the first row, then step down row by row. */
async function displayedOrder(pick: vscode.QuickPick<PickItem>, count: number): Promise<string[]> {
  const seen: string[] = [];
  await vscode.commands.executeCommand('quickInput.first');
  for (let i = 0; i < count; i++) {
    const id = await until(`row ${i + 1}`, () => {
      const active = pick.activeItems[0]?.result?.item.id;
      return active && active !== seen[seen.length - 1] ? active : undefined;
    });
    seen.push(id);
    if (i + 1 < count) await vscode.commands.executeCommand('quickInput.next');
  }
  return seen;
}

describe('Search Recommendations in a real VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

  it('shows exactly the product\'s ranking, in its order, not re-sorted by VS Code', async () => {
    const search = await searchApi();
    void vscode.commands.executeCommand('policyAnnotator.searchRecommendations');
    const pick = await until('the QuickPick', () => search.quickPick.current && !search.quickPick.current.busy && search.quickPick.current);
    const query = 'する';
    pick.value = query;
    const expected = search.workspaceIndex.index.search(query, { limit: RESULT_LIMIT, kinds: ['recommendation'] }).map(r => r.item.id);
    assert.ok(expected.length >= 5, 'the query matches several sample recommendations');
    await until('the items', () => pick.items.length === expected.length);
    assert.deepEqual(pick.items.map(i => i.result?.item.id), expected, 'the items given are the ranking');
    // The rows on screen follow the items a moment later (a document removed by another suite may
    // still be in the list drawn before): walk them again until they have caught up, or fail.
    let shown: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      shown = await displayedOrder(pick, expected.length);
      if (shown.join() === expected.join()) break;
      await new Promise(resolve => setTimeout(resolve, 500));
    }
    assert.deepEqual(shown, expected, 'the rows shown are the ranking, in order');
  });

  it('finds a recommendation typed in half-width katakana, and Enter selects it in its document', async () => {
    const search = await searchApi();
    void vscode.commands.executeCommand('policyAnnotator.searchRecommendations');
    const pick = await until('the QuickPick', () => search.quickPick.current && !search.quickPick.current.busy && search.quickPick.current);
    const query = 'ｾｷｭﾘﾃｨ 指針';
    pick.value = query;
    // Before the query is taken, the list browses every recommendation under chapter headings.
    // The first search may wait for the workspace index, built in the background: slow on a loaded
    // machine. The workbench may echo the empty value it opened with after ours, as a late
    // keystroke would: the query is typed again where the field lost it.
    await until('the results', () => {
      if (pick.value !== query) pick.value = query;
      return pick.items.length > 0 && pick.items.every(item => item.result) && pick.items[0].detail?.includes('指針');
    }, 30_000);
    const first = pick.items[0];
    assert.match(first.detail ?? '', /研究セキュリティの指針/);
    assert.match(first.description ?? '', /第2章/);
    assert.ok(first.result?.item.label && (first.description ?? '').startsWith(first.result.item.label), `the label that made it a recommendation comes first: ${first.description}`);
    await vscode.commands.executeCommand('quickInput.first');
    await until('the first row focused', () => pick.activeItems[0] === first);
    await vscode.commands.executeCommand('quickInput.accept');
    // A row shown before (the preview) may have selected another passage of the same document meanwhile.
    const selected = () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('outlook-2026.policy.txt') ? active.document.getText(active.selection) : undefined;
    };
    await until('the search to close', () => search.quickPick.current === undefined);
    await until('the recommendation selected in its document', () => selected() === first.result?.item.text).catch(() => undefined);
    assert.equal(selected(), first.result?.item.text);
  });

  it('keeps the index up to date when a document changes, without rebuilding it', async () => {
    const search = await searchApi();
    await search.workspaceIndex.ready();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'search-added.policy.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('第1章 追加\n◆ 提言\n- 極地観測の国際協力を拡充する。\n'));
    try {
      await until('the new recommendation', () => search.workspaceIndex.index.search('極地観測').length === 1, 15_000);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until('the deleted document gone', () => search.workspaceIndex.index.search('極地観測').length === 0, 15_000);
  });

  it('finds a new annotation\'s note, and after an edit of its document shows where the passage now is', async () => {
    const search = await searchApi();
    await search.workspaceIndex.ready();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'search-annotated.policy.txt');
    const fileUri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'search-annotated.policy.txt.annotations.yaml');
    const quote = '氷河の観測網を広げる';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`第1章 観測\n◆ 提言\n- ${quote}。\n`));
    const note = () => search.workspaceIndex.index.search('珍しい注記', { kinds: ['annotation'] });
    try {
      const editor = await vscode.window.showTextDocument(uri);
      const at = editor.document.getText().indexOf(quote);
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + quote.length));
      assert.ok(await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['polar'], note: '珍しい注記' }));
      const [found] = await until('the note in the index', () => note().length === 1 && note(), 15_000);
      assert.equal(found.item.start, at);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), '前書き\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('the note where the passage moved', () => note()[0]?.item.start === at + '前書き\n'.length, 15_000);
      assert.equal(note().length, 1, 'the edit moved the note; it did not add another');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(fileUri).then(undefined, () => undefined);
    }
    await until('the removed annotations gone', () => note().length === 0, 15_000);
  });
});
