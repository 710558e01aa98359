import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import { annotationsApi, eventually, readText, writeText } from './support/host';


// Our own words, in the shape of a policy text: a heading, a recommendation block, a closing line.
const DOCUMENT_TEXT = [
  '第1章 海洋の安全',
  '◆ 提言',
  '- 沿岸国との情報共有を段階的に広げるべきである。',
  '- 訓練の頻度を見直す。',
  '（脱稿日 2026年11月1日 試験 太郎／研究所）',
  '',
].join('\n');
const QUOTE = '沿岸国との情報共有';

const api = annotationsApi;

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

describe('Annotations in a real VS Code', function () {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  let documentUri: vscode.Uri;
  let fileUri: vscode.Uri;

  beforeEach(async () => {
    const name = `annotation-test-${Date.now().toString(36)}.txt`;
    documentUri = vscode.Uri.joinPath(root(), name);
    fileUri = vscode.Uri.joinPath(root(), `${name}.annotations.yaml`);
    await writeText(documentUri, DOCUMENT_TEXT);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [documentUri, fileUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  async function annotate(note = 'First line.\nSecond line.'): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(documentUri);
    const start = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE));
    editor.selection = new vscode.Selection(start, start.translate(0, QUOTE.length));
    const created = await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['maritime', 'data-sharing'], note });
    assert.ok(created, 'the command returns the new annotation');
    return editor;
  }

  it('annotates the selection through the command and writes the YAML beside the document', async () => {
    await api();
    await annotate();
    const text = await readText(fileUri);
    const parsed = parseAnnotationFile(text);
    assert.ok(parsed.ok, `the file reads back: ${text}`);
    assert.equal(parsed.file.annotations.length, 1);
    const [annotation] = parsed.file.annotations;
    assert.equal(annotation.quote, QUOTE);
    assert.deepEqual(annotation.start, { line: 3, column: 3 });
    assert.deepEqual(annotation.end, { line: 3, column: 3 + QUOTE.length });
    assert.deepEqual(annotation.tags, ['maritime', 'data-sharing']);
    assert.equal(annotation.note, 'First line.\nSecond line.');
    assert.equal(annotation.prefix.endsWith('- '), true);
    assert.match(text, /^schema: policy-annotator\/1$/m);
    assert.ok(text.endsWith('\n') && !text.includes('\r'), 'LF endings and a final newline');
  });

  it('highlights the passage again when the document is reopened', async () => {
    const annotations = await api();
    await annotate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(documentUri);
    const decorations = await eventually(() => {
      const found = annotations.decorationsFor(documentUri);
      return found.length ? found : undefined;
    }, 'the highlight');
    const ranges = decorations.flatMap(d => d.ranges);
    assert.deepEqual(ranges, [{ startLine: 2, startCharacter: 2, endLine: 2, endCharacter: 2 + QUOTE.length }]);
    assert.match(decorations[0].style, /^slot:[1-8]$/, 'a palette colour by default');

    const settings = vscode.workspace.getConfiguration('policyAnnotator');
    await settings.update('tagColors', { maritime: '#ff000055' }, vscode.ConfigurationTarget.Workspace);
    try {
      await eventually(() => annotations.decorationsFor(documentUri)[0]?.style === 'custom:#ff000055', 'the colour set for the first tag');
    } finally {
      await settings.update('tagColors', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('follows edits above the passage, and writes the new position only when the document is saved', async () => {
    const annotations = await api();
    const editor = await annotate();
    const before = await readText(fileUri);
    const { mtime } = await vscode.workspace.fs.stat(fileUri);
    // An edit below the passage moves nothing: saving writes no byte of the annotation file.
    await editor.edit(edit => edit.insert(editor.document.lineAt(4).range.end, '（追記）'));
    await editor.document.save();
    await new Promise(resolve => setTimeout(resolve, 500));
    assert.equal((await vscode.workspace.fs.stat(fileUri)).mtime, mtime, 'the unchanged file is not rewritten');
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '序文を一行追加する。\n'));
    const moved = DOCUMENT_TEXT.indexOf(QUOTE) + '序文を一行追加する。\n'.length;
    await eventually(() => annotations.entries(documentUri)[0]?.range?.start === moved, 'the annotation to move with the edit');
    const highlighted = await eventually(() => annotations.decorationsFor(documentUri).flatMap(d => d.ranges)[0]?.startLine === 3, 'the highlight to move');
    assert.ok(highlighted);
    assert.equal(await readText(fileUri), before, 'no write while the document is unsaved');
    await editor.document.save();
    await eventually(async () => {
      const parsed = parseAnnotationFile(await readText(fileUri));
      return parsed.ok && parsed.file.annotations[0].start.line === 4;
    }, 'the position hint to be written on save');
  });

  it('follows a change of the annotation file on disk', async () => {
    const annotations = await api();
    await annotate('Before.');
    const text = await readText(fileUri);
    assert.ok(text.includes('Before.'));
    await writeText(fileUri, text.replace('Before.', 'Changed by a colleague.'));
    await eventually(() => annotations.entries(documentUri)[0]?.annotation.note === 'Changed by a colleague.', 'the store to reload the file');
  });

  it('merges an annotation added on disk with positions not yet saved, losing neither', async () => {
    const annotations = await api();
    const editor = await annotate();
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '前書き\n'));
    await eventually(() => annotations.entries(documentUri)[0]?.range?.start === DOCUMENT_TEXT.indexOf(QUOTE) + 4, 'the annotation to follow the edit');
    // A colleague's annotation arrives through git while this document has unsaved edits.
    const colleague = [
      '  - id: 01KAMB3Q8V00000000000000ZZ',
      '    quote: 訓練の頻度',
      '    prefix: "- "',
      '    suffix: を見直す。',
      '    start: 4:3',
      '    end: 4:8',
      '    author: Colleague <colleague@example.org>',
      '    created: 2026-11-22T10:00:00Z',
      '',
    ].join('\n');
    await writeText(fileUri, (await readText(fileUri)) + colleague);
    await eventually(() => annotations.entries(documentUri).length === 2, 'the colleague\'s annotation to load');
    const theirs = annotations.entries(documentUri).find(e => e.annotation.author.startsWith('Colleague'));
    assert.equal(theirs?.range?.start, editor.document.getText().indexOf('訓練の頻度'), 'anchored in the edited text');
    await editor.document.save();
    await eventually(async () => {
      const parsed = parseAnnotationFile(await readText(fileUri));
      return parsed.ok && parsed.file.annotations.length === 2
        && parsed.file.annotations.every(a => a.start.line === (a.quote === QUOTE ? 4 : 5));
    }, 'both annotations with their positions in the saved text');
  });

  it('reports a malformed file with its line and column, and never overwrites it', async () => {
    const annotations = await api();
    await annotate();
    const good = await readText(fileUri);
    const lines = good.split('\n');
    const broken = [...lines.slice(0, 4), '<<<<<<< HEAD', ...lines.slice(4, 8), '=======', '>>>>>>> theirs', ...lines.slice(8)].join('\n');
    await writeText(fileUri, broken);
    const diagnostics = await eventually(() => {
      const found = vscode.languages.getDiagnostics(fileUri);
      return found.length ? found : undefined;
    }, 'a diagnostic on the annotation file');
    assert.equal(diagnostics[0].range.start.line, 4, 'the diagnostic points at the conflict marker line');
    assert.equal(annotations.statusOf(documentUri), 'invalid');
    assert.deepEqual(annotations.entries(documentUri), [], 'the annotations show as unavailable');

    const editor = vscode.window.activeTextEditor!;
    const refused = await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['x'], note: 'refused' });
    assert.equal(refused, undefined, 'a new annotation is refused');
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '追記\n'));
    await editor.document.save();
    await new Promise(resolve => setTimeout(resolve, 500));
    assert.equal(await readText(fileUri), broken, 'the file stays byte-identical');

    await writeText(fileUri, good);
    await eventually(() => annotations.statusOf(documentUri) === 'ready' && vscode.languages.getDiagnostics(fileUri).length === 0, 'recovery once fixed');
    const quoteNow = editor.document.getText().indexOf(QUOTE);
    await eventually(() => annotations.entries(documentUri)[0]?.range?.start === quoteNow, 'the annotation anchored where the passage now is');
  });

  it('deletes an annotation and brings it back with undo', async () => {
    const annotations = await api();
    await annotate();
    const { id } = annotations.entries(documentUri)[0].annotation;
    await vscode.commands.executeCommand('policyAnnotator.deleteAnnotation', { uri: documentUri.toString(), id });
    assert.equal(annotations.entries(documentUri).length, 0);
    assert.ok(!(await readText(fileUri)).includes(QUOTE), 'the deletion is written');
    await vscode.commands.executeCommand('policyAnnotator.undoDelete');
    assert.equal(annotations.entries(documentUri)[0]?.annotation.id, id);
    assert.ok((await readText(fileUri)).includes(QUOTE), 'the restored annotation is written');
  });

  it('edits the note, adds a reply and goes from annotation to annotation', async () => {
    const annotations = await api();
    const editor = await annotate();
    const second = DOCUMENT_TEXT.indexOf('訓練の頻度');
    await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['training'], note: 'Second.', range: { start: second, end: second + 5 } });
    const [first] = annotations.entries(documentUri);
    const target = { uri: documentUri.toString(), id: first.annotation.id };
    await vscode.commands.executeCommand('policyAnnotator.editAnnotation', { ...target, note: 'Rewritten\nover two lines.' });
    await vscode.commands.executeCommand('policyAnnotator.replyToAnnotation', { ...target, note: 'A reply.' });
    const parsed = parseAnnotationFile(await readText(fileUri));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.annotations.map(a => a.quote), [QUOTE, '訓練の頻度'], 'sorted by position');
    assert.equal(parsed.file.annotations[0].note, 'Rewritten\nover two lines.');
    assert.ok(parsed.file.annotations[0].updated, 'an edit is dated');
    assert.deepEqual(parsed.file.annotations[0].replies?.map(r => r.note), ['A reply.']);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('policyAnnotator.nextAnnotation');
    assert.equal(editor.document.getText(editor.selection), QUOTE);
    await vscode.commands.executeCommand('policyAnnotator.nextAnnotation');
    assert.equal(editor.document.getText(editor.selection), '訓練の頻度');
    await vscode.commands.executeCommand('policyAnnotator.previousAnnotation');
    assert.equal(editor.document.getText(editor.selection), QUOTE);
  });

  it('keeps an annotation whose passage was deleted as an orphan, and re-attaches it to the selection', async () => {
    const annotations = await api();
    const editor = await annotate();
    const line = editor.document.lineAt(2).rangeIncludingLineBreak;
    await editor.edit(edit => edit.delete(line));
    await eventually(() => annotations.entries(documentUri).length === 1 && !annotations.entries(documentUri)[0].range, 'the annotation to become an orphan');
    const { id } = annotations.entries(documentUri)[0].annotation;
    const start = editor.document.getText().indexOf('訓練の頻度');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 5));
    await vscode.commands.executeCommand('policyAnnotator.reattachOrphan', { uri: documentUri.toString(), id });
    assert.deepEqual(annotations.entries(documentUri)[0].range, { start, end: start + 5 });
    const parsed = parseAnnotationFile(await readText(fileUri));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.annotations[0].quote, '訓練の頻度');
    assert.equal(parsed.file.annotations[0].note, 'First line.\nSecond line.', 'the note stays');
  });

  it('moves the annotation file along when the document is renamed', async () => {
    const annotations = await api();
    await annotate();
    const renamed = vscode.Uri.joinPath(root(), `renamed-${Date.now().toString(36)}.txt`);
    const renamedFile = vscode.Uri.joinPath(root(), `${renamed.path.split('/').pop()}.annotations.yaml`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(documentUri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await eventually(async () => (await exists(renamedFile)) && !(await exists(fileUri)), 'the annotation file to move');
      await eventually(async () => (await readText(renamedFile)).includes(`document: ${renamed.path.split('/').pop()}`), 'the new document name in the file');
      await eventually(() => annotations.entries(renamed)[0]?.range?.start === DOCUMENT_TEXT.indexOf(QUOTE), 'the annotation under the new name');
    } finally {
      for (const uri of [renamed, renamedFile]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('does not create an annotation file for a document that was never annotated', async () => {
    await api();
    await vscode.window.showTextDocument(documentUri);
    assert.equal(await exists(fileUri), false);
  });
});
