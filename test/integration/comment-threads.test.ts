import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotationsApi, eventually, workspaceRoot, writeText } from './support/host';

// Our own words: a chapter of short proposals, each of which gets an annotation.
const LINES = ['第1章 港湾', ...Array.from({ length: 20 }, (_, i) => `- 提案${i + 1}を進める。`), ''];
const TEXT = LINES.join('\n');

describe('Comment threads in a real VS Code', function () {
  let uri: vscode.Uri;

  beforeEach(async () => {
    uri = vscode.Uri.joinPath(workspaceRoot(), `threads-${Date.now().toString(36)}.txt`);
    await writeText(uri, TEXT);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of [uri, uri.with({ path: `${uri.path}.annotations.yaml` })]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  /** Annotates the proposal on each of the given lines; returns the annotation ids by line. */
  async function annotateLines(lines: number[]): Promise<Map<number, string>> {
    const annotations = await annotationsApi();
    await vscode.window.showTextDocument(uri);
    for (const line of lines) {
      const start = TEXT.indexOf(LINES[line]) + 2;
      await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { uri: uri.toString(), tags: ['港湾'], note: `行${line}`, range: { start, end: start + 4 } });
    }
    await eventually(() => annotations.entries(uri).length === lines.length, 'the annotations');
    const ids = new Map<number, string>();
    for (const entry of annotations.entries(uri)) ids.set(TEXT.slice(0, entry.range!.start).split('\n').length - 1, entry.annotation.id);
    return ids;
  }

  function moveCursor(editor: vscode.TextEditor, line: number): void {
    const at = new vscode.Position(line, 4);
    editor.selection = new vscode.Selection(at, at);
  }

  it('gives each annotation near the view a thread where there are few of them', async () => {
    const annotations = await annotationsApi();
    const ids = await annotateLines([2, 5, 9]);
    const editor = await vscode.window.showTextDocument(uri);
    moveCursor(editor, 15);
    const threads = await eventually(() => annotations.commentThreads(uri).length === 3 && annotations.commentThreads(uri), 'a thread for each of the three');
    assert.deepEqual([...threads].sort(), [...ids.values()].sort());
  });

  it('gives threads only at the cursor in a densely annotated passage, and keeps one opened to reply', async () => {
    const annotations = await annotationsApi();
    const ids = await annotateLines(Array.from({ length: 16 }, (_, i) => i + 1));
    const editor = await vscode.window.showTextDocument(uri);
    moveCursor(editor, 7);
    await eventually(() => annotations.commentThreads(uri).join() === ids.get(7), 'the thread of the annotation under the cursor alone');
    moveCursor(editor, 18);
    await eventually(() => annotations.commentThreads(uri).length === 0, 'no thread where the cursor is on no annotation');
    await vscode.commands.executeCommand('policyAnnotator.replyToAnnotation', { uri: uri.toString(), id: ids.get(3) });
    await eventually(() => annotations.commentThreads(uri).includes(ids.get(3)!), 'the thread opened to reply');
    moveCursor(vscode.window.activeTextEditor!, 12);
    await eventually(() => annotations.commentThreads(uri).includes(ids.get(12)!), 'the thread at the cursor again');
    assert.ok(annotations.commentThreads(uri).includes(ids.get(3)!), 'the thread opened to reply stays while its document is open');
  });
});
