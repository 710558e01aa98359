import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { stringifyAnnotationFile } from '../../src/core/annotations/codec';
import { parseCodebook, stringifyCodebook } from '../../src/core/codebook/codec';
import { describeTarget } from '../../src/core/annotations/target';
import { annotationsApi, eventually, readText, workspaceRoot, writeText } from './support/host';

// Our own words, in the shape of a policy text.
const TEXT = '港湾の点検を毎年行うべきである。\n予算を確保すべきである。\n';
const DOCUMENT = 'it-uncoded.txt';
const CODE = 'tag-not-in-codebook';

type TreeNode = { kind: string; tag?: string; state?: { uri: vscode.Uri } };

describe('Tags not in the codebook in a real VS Code', function () {
  const codebookUri = () => vscode.Uri.joinPath(workspaceRoot(), 'codebook.yaml');
  const documentUri = () => vscode.Uri.joinPath(workspaceRoot(), DOCUMENT);
  const fileUri = () => vscode.Uri.joinPath(workspaceRoot(), `${DOCUMENT}.annotations.yaml`);
  const warnings = () => vscode.languages.getDiagnostics(fileUri()).filter(d => d.code === CODE);

  before(async () => {
    await writeText(codebookUri(), stringifyCodebook({ tags: [{ name: 'it-known', description: 'Described', codable: true }] }));
    await writeText(documentUri(), TEXT);
    const at = TEXT.indexOf('予算');
    await writeText(fileUri(), stringifyAnnotationFile({ document: DOCUMENT, annotations: [{
      id: '01KAMB3Q8V000001IT00000000', ...describeTarget(TEXT, at, at + 5), tags: ['it-known', 'it-unknown'],
      author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-20T09:30:00Z',
    }] }));
    const api = await annotationsApi();
    await eventually(() => api.entries(documentUri()).length === 1, 'the annotation is loaded');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByDocument');
    for (const uri of [fileUri(), documentUri(), codebookUri()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('warns on a closed annotation file exactly where it uses a tag the codebook lacks', async () => {
    const [warning] = await eventually(() => warnings().length === 1 && warnings(), 'the warning on the annotation file');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.message, 'The tag "it-unknown" is not in the codebook.');
    const line = (await readText(fileUri())).split('\n')[warning.range.start.line];
    assert.equal(line.slice(warning.range.start.character, warning.range.end.character), 'it-unknown');
  });

  it('marks the tag in the Annotations view, grouped by tag and by document', async () => {
    const api = await annotationsApi();
    const view = api.view as vscode.TreeDataProvider<TreeNode>;
    await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByTag');
    const roots = (await view.getChildren()) ?? [];
    const item = async (tag: string) => view.getTreeItem(roots.find(node => node.kind === 'tag' && node.tag === tag)!);
    const unknown = await item('it-unknown');
    assert.equal(unknown.contextValue, 'uncodedTag', 'the row offers Add to the Codebook');
    assert.match(String(unknown.description), /not in the codebook/);
    const known = await item('it-known');
    assert.equal(known.contextValue, 'tag');
    assert.doesNotMatch(String(known.description), /codebook/);

    await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByDocument');
    const documentNode = ((await view.getChildren()) ?? []).find(node => node.kind === 'document' && node.state?.uri.toString() === documentUri().toString());
    assert.ok(documentNode, 'the document is listed');
    const [annotation] = (await view.getChildren(documentNode)) ?? [];
    assert.equal((await view.getTreeItem(annotation)).description, 'it-known, it-unknown \u26a0\ufe0e', 'the tag not in the codebook is marked');
  });

  it('follows unsaved edits of an open annotation file', async () => {
    const editor = await vscode.window.showTextDocument(fileUri());
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('it-known'));
    const typed = new vscode.Range(at, at.translate(0, 'it-known'.length));
    await editor.edit(edit => edit.replace(typed, 'it-typed'));
    await eventually(() => warnings().length === 2, 'a warning for the tag typed');
    await editor.edit(edit => edit.replace(typed, 'it-known'));
    await eventually(() => warnings().length === 1, 'the warning gone with the edit');
    assert.ok(await editor.document.save());
  });

  it('offers a quick fix that adds the tag to the codebook, in its canonical form, and the warning goes', async () => {
    const document = await vscode.workspace.openTextDocument(fileUri());
    const [warning] = await eventually(() => warnings().length === 1 && warnings(), 'the warning');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, warning.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => a.title === 'Add tag "it-unknown" to the codebook');
    assert.ok(fix?.command, `the quick fix is offered: ${actions.map(a => a.title).join(', ')}`);
    assert.deepEqual(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), ['it-unknown']);
    const written = await readText(codebookUri());
    const parsed = parseCodebook(written);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.codebook.tags.map(t => t.name), ['it-known', 'it-unknown']);
    assert.equal(stringifyCodebook(parsed.codebook), written, 'written in the canonical form');
    await eventually(() => warnings().length === 0, 'the warning to go once the codebook has the tag');
  });

  it('warns about nothing while there is no codebook', async () => {
    await writeText(codebookUri(), stringifyCodebook({ tags: [] }));
    await eventually(() => warnings().length === 2, 'both tags flagged against an empty codebook');
    await vscode.workspace.fs.delete(codebookUri());
    await eventually(() => warnings().length === 0, 'no warnings without a codebook');
  });
});
