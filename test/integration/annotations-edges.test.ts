import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import { annotationsApi, eventually, readText, writeText } from './support/host';


// Our own words: an astral character (𠮷, two UTF-16 units) before the quote on its line, so that
// columns in code points and offsets in UTF-16 units differ.
const DOCUMENT_TEXT = [
  '第2章 港湾の備え',
  '◆ 提言',
  '- 𠮷田港では非常用電源の点検を年二回に増やすべきである。',
  '- 避難経路の標識を多言語にする。',
  '',
].join('\n');
const QUOTE = '非常用電源の点検';
const SECOND = '避難経路の標識';

/** A file as a colleague would push it: one annotation that still matches, one whose passage is gone. */
function colleagueFile(name: string): string {
  return [
    `# Policy Annotator annotations for ${name}`,
    'schema: policy-annotator/1',
    `document: ${name}`,
    'annotations:',
    '  - id: 01KAMB3Q8V00000000000000E1',
    `    quote: ${SECOND}`,
    '    prefix: "- "',
    '    suffix: を多言語にする。',
    '    start: 4:3',
    '    end: 4:10',
    '    tags: [signage]',
    '    note: Check the ward guidelines.',
    '    author: Colleague <colleague@example.org>',
    '    created: 2026-11-21T08:00:00Z',
    '  - id: 01KAMB3Q8V00000000000000E2',
    '    quote: 既に削除された段落の言い回し',
    '    prefix: "- "',
    '    suffix: を検討する。',
    '    start: 9:3',
    '    end: 9:17',
    '    author: Colleague <colleague@example.org>',
    '    created: 2026-11-21T08:05:00Z',
    '',
  ].join('\n');
}

const api = annotationsApi;

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('Annotations: files from elsewhere, odd text and what the editor shows', function () {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  let name: string;
  let folderUri: vscode.Uri;
  let documentUri: vscode.Uri;
  let fileUri: vscode.Uri;

  beforeEach(async () => {
    // A folder of its own, so that leftover temporary files can be looked for.
    folderUri = vscode.Uri.joinPath(root(), `edges-${Date.now().toString(36)}`);
    await vscode.workspace.fs.createDirectory(folderUri);
    name = 'harbour.txt';
    documentUri = vscode.Uri.joinPath(folderUri, name);
    fileUri = vscode.Uri.joinPath(folderUri, `${name}.annotations.yaml`);
    await writeText(documentUri, DOCUMENT_TEXT);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folderUri, { recursive: true }).then(undefined, () => undefined);
  });

  async function annotateQuote(args: { tags?: string[]; note?: string } = { tags: ['energy'], note: 'Twice a year.' }): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(documentUri);
    const start = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE));
    editor.selection = new vscode.Selection(start, start.translate(0, QUOTE.length));
    const created = await vscode.commands.executeCommand('policyAnnotator.annotateSelection', args);
    assert.ok(created, 'the command returns the new annotation');
    return editor;
  }

  it('counts columns in code points and offsets in UTF-16 units', async () => {
    const annotations = await api();
    await annotateQuote();
    const parsed = parseAnnotationFile(await readText(fileUri));
    assert.ok(parsed.ok);
    // '- ' + '𠮷田港では' = 7 code points before the quote (8 UTF-16 units).
    assert.deepEqual(parsed.file.annotations[0].start, { line: 3, column: 8 });
    assert.deepEqual(parsed.file.annotations[0].end, { line: 3, column: 8 + QUOTE.length });
    assert.deepEqual(annotations.entries(documentUri)[0].range, { start: DOCUMENT_TEXT.indexOf(QUOTE), end: DOCUMENT_TEXT.indexOf(QUOTE) + QUOTE.length });
    const ranges = await eventually(() => {
      const found = annotations.decorationsFor(documentUri).flatMap(d => d.ranges);
      return found.length ? found : undefined;
    }, 'the highlight');
    // The editor counts UTF-16 units: the astral character is two of them.
    assert.deepEqual(ranges, [{ startLine: 2, startCharacter: 8, endLine: 2, endCharacter: 8 + QUOTE.length }]);
  });

  it('writes the author as Name <email> (git, else the setting), and leaves no temporary file beside the annotation file', async () => {
    const settings = vscode.workspace.getConfiguration('policyAnnotator');
    await settings.update('author', 'Setting Author <setting@example.org>', vscode.ConfigurationTarget.Workspace);
    try {
      await api();
      await annotateQuote();
      const parsed = parseAnnotationFile(await readText(fileUri));
      assert.ok(parsed.ok);
      // git's identity comes first when there is one; the setting otherwise. Either way, `Name <email>`.
      assert.match(parsed.file.annotations[0].author, /^[^<>\n]+ <[^<>\s]+>$/);
    } finally {
      await settings.update('author', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const names = (await vscode.workspace.fs.readDirectory(folderUri)).map(([n]) => n).sort();
    assert.deepEqual(names, [name, `${name}.annotations.yaml`], 'only the document and its annotation file');
  });

  it('shows the note, tags, author and edit/reply/delete links on hover', async () => {
    await api();
    const editor = await annotateQuote({ tags: ['energy', 'ports'], note: 'Twice a year is the floor.' });
    const inside = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE) + 2);
    const hovers = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', documentUri, inside);
      // Markdown escapes the spaces of plain text as &nbsp;.
      const text = found.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
      return text.includes('policyAnnotator.editAnnotation') ? text : undefined;
    }, 'our hover');
    assert.ok(hovers.includes('Twice a year is the floor.'), hovers);
    assert.ok(hovers.includes('energy') && hovers.includes('ports'), 'the tags');
    assert.ok(hovers.includes('command:policyAnnotator.replyToAnnotation'), 'a reply link');
    assert.ok(hovers.includes('command:policyAnnotator.deleteAnnotation'), 'a delete link');
    const outside = editor.document.positionAt(DOCUMENT_TEXT.indexOf(SECOND));
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', documentUri, outside);
    assert.ok(!none.some(h => h.contents.some(c => (typeof c === 'string' ? c : c.value).includes('policyAnnotator.editAnnotation'))), 'no hover off the passage');
  });

  it('loads an annotation file that arrives on disk, keeps its orphan, and never drops it on save', async () => {
    const annotations = await api();
    const editor = await vscode.window.showTextDocument(documentUri);
    const arrived = colleagueFile(name);
    await writeText(fileUri, arrived);
    await eventually(() => annotations.entries(documentUri).length === 2, 'the arriving file to load');
    const [anchored, orphan] = ['01KAMB3Q8V00000000000000E1', '01KAMB3Q8V00000000000000E2'].map(id => annotations.entries(documentUri).find(e => e.annotation.id === id));
    assert.deepEqual(anchored?.range, { start: DOCUMENT_TEXT.indexOf(SECOND), end: DOCUMENT_TEXT.indexOf(SECOND) + SECOND.length });
    assert.ok(orphan && !orphan.range, 'the annotation whose passage is gone is kept as an orphan');
    await eventually(() => annotations.decorationsFor(documentUri).flatMap(d => d.ranges).length === 1, 'one highlight, none for the orphan');

    // Editing and saving the document rewrites position hints, but keeps the orphan as it was.
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '前置き\n'));
    await editor.document.save();
    const saved = await eventually(async () => {
      const parsed = parseAnnotationFile(await readText(fileUri));
      return parsed.ok && parsed.file.annotations.find(a => a.id.endsWith('E1'))?.start.line === 5 ? parsed.file : undefined;
    }, 'the moved hint to be written');
    const keptOrphan = saved.annotations.find(a => a.id.endsWith('E2'));
    assert.ok(keptOrphan, 'the orphan is still in the file');
    assert.equal(keptOrphan.quote, '既に削除された段落の言い回し');
    assert.deepEqual(keptOrphan.start, { line: 9, column: 3 }, 'an orphan keeps its last known position');
  });

  it('follows typing inside the passage and keeps the annotation on it', async () => {
    const annotations = await api();
    const editor = await annotateQuote();
    const at = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE) + 3); // 非常用|電源
    await editor.edit(edit => edit.insert(at, '予備'));
    const text = editor.document.getText();
    await eventually(() => {
      const range = annotations.entries(documentUri)[0]?.range;
      return range && text.slice(range.start, range.end).includes('電源の点検') && text.slice(range.start, range.end).startsWith('非常用');
    }, 'the annotation to stay on the edited passage');
  });

  it('moves every annotation by the right amount through a multi-cursor edit', async () => {
    const annotations = await api();
    const editor = await annotateQuote();
    const second = DOCUMENT_TEXT.indexOf(SECOND);
    await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['signage'], note: 'Second.', range: { start: second, end: second + SECOND.length } });
    // One edit, three places: before the first passage, between the two, after the second.
    await editor.edit(edit => {
      edit.insert(new vscode.Position(0, 0), 'AB');
      edit.insert(new vscode.Position(3, 0), 'CDE');
      edit.insert(new vscode.Position(3, 12), 'F');
    });
    const text = editor.document.getText();
    await eventually(() => {
      const quotes = annotations.entries(documentUri).map(e => e.range && text.slice(e.range.start, e.range.end));
      return quotes.length === 2 && quotes.includes(QUOTE) && quotes.includes(SECOND);
    }, `both passages to be followed: ${JSON.stringify(annotations.entries(documentUri).map(e => e.range))}`);
  });

  it('finds the passage again when a deletion is undone', async () => {
    const annotations = await api();
    const editor = await annotateQuote();
    await editor.edit(edit => edit.delete(editor.document.lineAt(2).rangeIncludingLineBreak));
    await eventually(() => annotations.entries(documentUri).length === 1 && !annotations.entries(documentUri)[0].range, 'the annotation to be orphaned');
    await vscode.commands.executeCommand('undo');
    const start = DOCUMENT_TEXT.indexOf(QUOTE);
    await eventually(() => annotations.entries(documentUri)[0]?.range?.start === start, 'the annotation back on its passage');
    assert.deepEqual(annotations.entries(documentUri)[0].range, { start, end: start + QUOTE.length });
  });

  it('annotates a document with a byte order mark and CRLF line ends, and finds it in place when reopened', async () => {
    const annotations = await api();
    const crlf = DOCUMENT_TEXT.replace(/\n/g, '\r\n');
    await vscode.workspace.fs.writeFile(documentUri, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]));
    const editor = await vscode.window.showTextDocument(documentUri);
    const offset = editor.document.getText().indexOf(QUOTE);
    const start = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(start, start.translate(0, QUOTE.length));
    assert.ok(await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['energy'], note: 'CRLF.' }));
    const text = await readText(fileUri);
    assert.ok(!text.includes('\r'), 'the annotation file has LF line ends whatever the document has');
    const parsed = parseAnnotationFile(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.annotations[0].start, { line: 3, column: 8 });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await eventually(() => annotations.entries(documentUri)[0]?.range?.start === offset, 'the annotation anchored from the file on disk');
    const reopened = await vscode.window.showTextDocument(documentUri);
    assert.equal(reopened.document.getText(new vscode.Range(start, start.translate(0, QUOTE.length))), QUOTE);
    assert.deepEqual(annotations.entries(documentUri)[0].range, { start: offset, end: offset + QUOTE.length });
  });

  it('refuses to annotate an untitled document, which has no folder for the file', async () => {
    const annotations = await api();
    const document = await vscode.workspace.openTextDocument({ content: DOCUMENT_TEXT });
    const editor = await vscode.window.showTextDocument(document);
    const start = document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE));
    editor.selection = new vscode.Selection(start, start.translate(0, QUOTE.length));
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['x'], note: 'Nowhere to keep this.' }), undefined);
    assert.deepEqual(annotations.entries(document.uri), [], 'nothing shows as annotated that could never be saved');
  });

  for (const [what, breakFile, line] of [
    ['an unknown schema version', (t: string) => t.replace('schema: policy-annotator/1', 'schema: policy-annotator/9'), 2],
    ['a YAML alias', (t: string) => t.replace('    tags: [signage]', '    tags: &t [signage]\n    note2: *t'), 12],
  ] as const) {
    it(`reports ${what} on the file and leaves it byte-identical`, async () => {
      const annotations = await api();
      const broken = breakFile(colleagueFile(name));
      await writeText(fileUri, broken);
      await vscode.window.showTextDocument(documentUri);
      const diagnostics = await eventually(() => {
        const found = vscode.languages.getDiagnostics(fileUri);
        return found.length ? found : undefined;
      }, 'a diagnostic on the annotation file');
      assert.ok(diagnostics.some(d => d.range.start.line + 1 >= line - 1 && d.range.start.line + 1 <= line + 1), `a problem near line ${line}: ${diagnostics.map(d => `${d.range.start.line + 1}: ${d.message}`).join('; ')}`);
      assert.equal(annotations.statusOf(documentUri), 'invalid');
      const editor = vscode.window.activeTextEditor!;
      const start = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE));
      editor.selection = new vscode.Selection(start, start.translate(0, QUOTE.length));
      assert.equal(await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: ['x'], note: 'refused' }), undefined);
      await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '追記\n'));
      await editor.document.save();
      await pause(500);
      assert.equal(await readText(fileUri), broken, 'the file stays byte-identical');
    });
  }

  it('completes a new entry in an annotation file with a fresh id, the time in UTC and the author, which then anchors', async () => {
    const annotations = await api();
    const header = ['schema: policy-annotator/1', `document: ${name}`, 'annotations:', '  '].join('\n');
    await writeText(fileUri, header);
    const editor = await vscode.window.showTextDocument(fileUri);
    const position = new vscode.Position(3, 2);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', fileUri, position);
    const item = list.items.find(i => i.label === 'annotation' && i.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(item, `the entry is offered among ${list.items.length} items`);
    const snippet = item.insertText as vscode.SnippetString;
    const id = /- id: ([0-9A-HJKMNP-TV-Z]{26})\n/.exec(snippet.value)?.[1];
    assert.ok(id, `a ULID: ${snippet.value}`);
    const created = /\n {2}created: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)/.exec(snippet.value)?.[1];
    assert.ok(created && Math.abs(Date.parse(created) - Date.now()) < 60_000, `created is now, in UTC: ${created}`);
    assert.ok(await editor.insertSnippet(snippet, item.range as vscode.Range), 'the snippet is inserted');
    // Fill the placeholders as a researcher would, then save: the entry must read back and anchor.
    const filled = editor.document.getText()
      .replace('the exact annotated text', QUOTE)
      .replace('start: 1:1', 'start: 3:8').replace('end: 1:2', `end: 3:${8 + QUOTE.length}`)
      .replace('[tag]', '[energy]').replace(/\n(\s+)note\n/, '\n$1Typed by hand.\n');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(fileUri, new vscode.Range(0, 0, editor.document.lineCount, 0), filled);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await editor.document.save());
    const parsed = parseAnnotationFile(await readText(fileUri));
    assert.ok(parsed.ok, `the completed file is valid: ${JSON.stringify(parsed)}`);
    assert.equal(parsed.file.annotations[0].id, id);
    assert.equal(parsed.file.annotations[0].note, 'Typed by hand.');
    const entry = await eventually(() => annotations.entries(documentUri).find(e => e.annotation.id === id), 'the typed entry to load');
    assert.deepEqual(entry.range, { start: DOCUMENT_TEXT.indexOf(QUOTE), end: DOCUMENT_TEXT.indexOf(QUOTE) + QUOTE.length });
  });

  it('lists annotations in the Annotations view by document and by tag, orphans apart, the note on hover', async () => {
    const annotations = await api();
    await writeText(fileUri, colleagueFile(name));
    await eventually(() => annotations.entries(documentUri).length === 2, 'the file to load');
    const view = annotations.view;
    const rows = async (node?: unknown) => Promise.all(((await view.getChildren(node)) ?? []).map(async n => ({ node: n, item: await view.getTreeItem(n) })));
    const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);

    const roots = await rows();
    const orphans = roots.find(r => r.item.contextValue === 'orphans');
    assert.ok(orphans, 'a group of orphaned annotations');
    assert.ok((await rows(orphans.node)).some(r => label(r.item) === '既に削除された段落の言い回し'), 'the orphan, by its quote');
    const document = roots.find(r => r.item.contextValue === 'document' && r.item.resourceUri?.toString() === documentUri.toString());
    assert.equal(document?.item.description, '1', 'the document, with its one anchored annotation');
    const listed = await rows(document.node);
    assert.deepEqual(listed.map(r => [label(r.item), r.item.description]), [[SECOND, 'signage']]);
    const hovered = await view.resolveTreeItem!(listed[0].item, listed[0].node, new vscode.CancellationTokenSource().token);
    // The note is written as Markdown text, its spaces kept as &nbsp;.
    assert.match((hovered?.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /Check the ward guidelines\./);

    await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByTag');
    try {
      const signage = (await rows()).find(r => label(r.item) === 'signage');
      assert.ok(signage, 'a group for the tag');
      const tagged = await rows(signage.node);
      assert.ok(tagged.some(r => label(r.item) === SECOND && r.item.description === vscode.workspace.asRelativePath(documentUri)), 'listed under its tag, with its document');
    } finally {
      await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByDocument');
    }
  });

  it('nests tags in the Annotations view and narrows it to chosen tags, a parent keeping its children', async () => {
    const annotations = await api();
    // Tags of this test only: other tests' folders may still be leaving the index.
    const parent = `wayfinding-${Date.now().toString(36)}`;
    const editor = await annotateQuote({ tags: [`${parent}/multilingual`], note: 'Ward signs.' });
    const start = editor.document.positionAt(DOCUMENT_TEXT.indexOf(SECOND));
    editor.selection = new vscode.Selection(start, start.translate(0, SECOND.length));
    assert.ok(await vscode.commands.executeCommand('policyAnnotator.annotateSelection', { tags: [parent], note: 'Signs.' }));
    await eventually(() => annotations.entries(documentUri).length === 2, 'both annotations');
    const view = annotations.view;
    const rows = async (node?: unknown) => Promise.all(((await view.getChildren(node)) ?? []).map(async n => ({ node: n, item: await view.getTreeItem(n) })));
    const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);
    const mine = async () => (await rows()).find(r => r.item.resourceUri?.toString() === documentUri.toString());

    await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByTag');
    try {
      const top = (await rows()).find(r => label(r.item) === parent);
      assert.ok(top, 'the parent tag at the top');
      assert.equal(top.item.description, '2', 'the parent counts its own annotation and its child\'s');
      assert.ok(!(await rows()).some(r => label(r.item) === 'multilingual' || label(r.item) === `${parent}/multilingual`), 'the child is not a root');
      const inside = await rows(top.node);
      const child = inside.find(r => label(r.item) === 'multilingual');
      assert.ok(child, `the child tag inside its parent: ${inside.map(r => label(r.item))}`);
      assert.equal(child.item.tooltip, `${parent}/multilingual`);
      assert.deepEqual((await rows(child.node)).map(r => label(r.item)), [QUOTE]);
      assert.ok(inside.some(r => label(r.item) === SECOND), 'the parent\'s own annotation beside the child tag');
    } finally {
      await vscode.commands.executeCommand('policyAnnotator.groupAnnotationsByDocument');
    }

    await vscode.commands.executeCommand('policyAnnotator.filterAnnotationsByTag', [`${parent}/multilingual`]);
    try {
      const document = await mine();
      assert.ok(document, 'the document stays while one of its annotations passes');
      assert.deepEqual((await rows(document.node)).map(r => label(r.item)), [QUOTE], 'only the annotation with the chosen tag, not its parent\'s');
      await vscode.commands.executeCommand('policyAnnotator.filterAnnotationsByTag', [parent]);
      assert.deepEqual((await rows((await mine())!.node)).map(r => label(r.item)).sort(), [QUOTE, SECOND].sort(), 'the parent keeps its child');
      await vscode.commands.executeCommand('policyAnnotator.filterAnnotationsByTag', [`${parent}-none`]);
      assert.equal(await mine(), undefined, 'a document without a passing annotation is left out');
    } finally {
      await vscode.commands.executeCommand('policyAnnotator.clearAnnotationsTagFilter');
    }
    assert.ok(await mine(), 'listed again once the filter is cleared');
  });

  it('runs a tree item\'s and a hover link\'s commands on the annotation each shows', async () => {
    const annotations = await api();
    await writeText(fileUri, colleagueFile(name));
    await eventually(() => annotations.entries(documentUri).length === 2, 'the file to load');
    const view = annotations.view;
    let documentNode: unknown;
    for (const node of (await view.getChildren()) ?? []) {
      if ((await view.getTreeItem(node)).resourceUri?.toString() === documentUri.toString()) documentNode = node;
    }
    const item = ((await view.getChildren(documentNode)) ?? [])[0];
    assert.ok(item, 'the anchored annotation is listed');
    // A menu of the view hands the command the item itself.
    await vscode.commands.executeCommand('policyAnnotator.deleteAnnotation', item);
    await eventually(() => annotations.entries(documentUri).every(e => e.annotation.quote !== SECOND), 'the item\'s annotation deleted');
    await vscode.commands.executeCommand('policyAnnotator.undoDelete');
    await eventually(() => annotations.entries(documentUri).some(e => e.annotation.quote === SECOND), 'the annotation restored');

    const offset = DOCUMENT_TEXT.indexOf(SECOND) + 1;
    const document = await vscode.workspace.openTextDocument(documentUri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', documentUri, document.positionAt(offset));
    const markdown = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
    const link = /\(command:policyAnnotator\.replyToAnnotation\?([^)\s]+)\)/.exec(markdown);
    assert.ok(link, `a reply link in the hover: ${markdown}`);
    const [target] = JSON.parse(decodeURIComponent(link[1])) as [{ uri: string; id: string }];
    await vscode.commands.executeCommand('policyAnnotator.replyToAnnotation', { ...target, note: 'Through the hover.' });
    const replied = annotations.entries(documentUri).find(e => e.annotation.quote === SECOND);
    assert.deepEqual(replied?.annotation.replies?.map(r => r.note), ['Through the hover.']);
  });
});
