import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import type { SearchApi } from '../../src/vscode/search/register-search';
import { annotationsApi, eventually, readText, writeText } from './support/host';
import { outlineNodesOf } from './support/outline-tree';

// A short report in our own words: a chapter with a block of proposals, a wish in running text
// that the rules do not take for a proposal, and a second chapter.
const TEXT = ['第1章 港の将来', '', '◆ 提言', '- 港を守る。', '', '運営は地域に任せたい。', '', '第2章 空', '本文。', ''].join('\n');
const WISH = '運営は地域に任せたい。';

interface Api { outline: OutlineApi; search: SearchApi }

async function api(): Promise<Api> {
  return vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate();
}

const wishInTree = async (outline: OutlineApi, uri: vscode.Uri) => (await outlineNodesOf(outline, uri)).find(e => e.node.title === WISH && e.node.kind === 'recommendation');

function symbolsNamed(symbols: vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol[] {
  return symbols.flatMap(s => [...(s.name === name ? [s] : []), ...symbolsNamed(s.children, name)]);
}

describe('The reader\'s structure corrections in a real VS Code', () => {
  const uri = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'corrections', 'harbour-report.txt');
  const annotationFile = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'corrections', 'harbour-report.txt.annotations.yaml');

  before(async () => {
    await writeText(uri(), TEXT);
    const { outline } = await api();
    await eventually(async () => (await outlineNodesOf(outline, uri())).length > 0, 'the new document in the Outline view');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'corrections'), { recursive: true });
  });

  it('marks a line as a recommendation: in the tree, the symbols and the search at once, and again after a re-read from disk', async () => {
    const { outline, search } = await api();
    const annotations = await annotationsApi();
    assert.equal(await wishInTree(outline, uri()), undefined, 'the rules do not take the wish for a recommendation');

    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    const line = document.positionAt(TEXT.indexOf(WISH)).line;
    editor.selection = new vscode.Selection(line, 2, line, 2);
    await vscode.commands.executeCommand('policyAnnotator.markAsRecommendation');

    const element = await eventually(() => wishInTree(outline, uri()), 'the marked recommendation in the tree');
    const item = outline.provider.getTreeItem(element);
    assert.equal(item.contextValue, 'outline.recommendation.corrected');
    assert.match(String(item.description), /your correction/);
    assert.equal(element.node.line, 6);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri());
    assert.equal(symbolsNamed(symbols, WISH).length, 1, `a document symbol of the marked recommendation, among ${JSON.stringify(symbols.map(s => [s.name, s.children.map(c => c.name)]))}`);
    await search.workspaceIndex.ready();
    const found = await eventually(() => search.workspaceIndex.index.search('地域に任せ', { limit: 10, kinds: ['recommendation'] }).find(r => r.item.document.endsWith('harbour-report.txt')), 'the marked recommendation in the search');
    assert.deepEqual([found.item.line, found.item.chapter], [6, '第1章 港の将来']);

    const saved = await eventually(async () => { const text = await readText(annotationFile()).catch(() => ''); return text.includes('mark: recommendation') && text; }, 'the correction in the annotation file');
    assert.match(saved, new RegExp(`quote: ${WISH}\\n`));
    assert.deepEqual(annotations.entries(uri()), [], 'a correction is not listed as an annotation');
    assert.equal(annotations.corrections(uri()).length, 1);

    // Closed, its annotation file gone and back from disk (as after a checkout): the correction holds.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Closing re-anchors the document and may rewrite position hints: an edit that a deletion read
    // meanwhile would rightly keep (edited beats deleted). Delete once the file has settled.
    await fileSettled(annotationFile());
    await vscode.workspace.fs.delete(annotationFile());
    await eventually(async () => (await wishInTree(outline, uri())) === undefined, 'the correction gone with its file');
    await writeText(annotationFile(), saved);
    await eventually(() => wishInTree(outline, uri()), 'the correction read again from disk');
    await eventually(() => search.workspaceIndex.index.search('地域に任せ', { limit: 10, kinds: ['recommendation'] }).some(r => r.item.document.endsWith('harbour-report.txt')), 'the correction in the search again');
  });

  it('Not Structure on an Outline item removes the chapter, and Remove Structure Correction brings it back', async () => {
    const { outline } = await api();
    const chapter = (await outlineNodesOf(outline, uri())).find(e => e.node.title === '第2章 空');
    assert.ok(chapter, 'the second chapter is recognised');
    await vscode.commands.executeCommand('policyAnnotator.markAsNotStructure', chapter);
    await eventually(async () => !(await outlineNodesOf(outline, uri())).some(e => e.node.title === '第2章 空'), 'the chapter gone from the tree');
    assert.match(await readText(annotationFile()), /mark: none/);

    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    const line = document.positionAt(TEXT.indexOf('第2章 空')).line;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await vscode.commands.executeCommand('policyAnnotator.removeStructureCorrection');
    await eventually(async () => (await outlineNodesOf(outline, uri())).some(e => e.node.title === '第2章 空'), 'the chapter back in the tree');
    assert.doesNotMatch(await readText(annotationFile()), /mark: none/);
    assert.ok(await wishInTree(outline, uri()), 'the other correction stays');
  });
});

/** Resolves once the file's text has stayed the same for half a second. */
async function fileSettled(file: vscode.Uri): Promise<void> {
  let last = await readText(file).catch(() => '');
  for (let i = 0; i < 40; i++) {
    await new Promise(resolve => setTimeout(resolve, 500));
    const now = await readText(file).catch(() => '');
    if (now === last) return;
    last = now;
  }
}
