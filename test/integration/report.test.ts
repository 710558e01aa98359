import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import type { AnnotationFile } from '../../src/core/annotations/model';
import type { RenderSummary, ShownReport } from '../../src/vscode/report/register-report';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import { eventually, needsWebviews } from './support/host';

const EXTENSION_ID = 'policy-annotator.policy-annotator';
const SAMPLE = 'outlook-2026.policy.txt';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the sample workspace is open');
  return folder.uri;
}

async function sampleAnnotations(): Promise<AnnotationFile> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), `${SAMPLE}.annotations.yaml`));
  const parsed = parseAnnotationFile(new TextDecoder().decode(bytes));
  assert.ok(parsed.ok, 'the sample annotation file is valid');
  return parsed.file;
}

describe('Annotation report and export in a real VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('opens the report and shows the sample annotations, by tag and chapter', async () => {
    const file = await sampleAnnotations();
    const shown = await vscode.commands.executeCommand<ShownReport>('policyAnnotator.showReport');
    const { data } = shown;
    // Other suites annotate their own documents in the same workspace: compare the sample's.
    const ofSample = data.annotations.filter(a => a.document.endsWith(SAMPLE));
    assert.deepEqual(ofSample.map(a => a.id).sort(), file.annotations.map(a => a.id).sort());

    // Each tag row counts the annotations carrying the tag or a sub-tag of it.
    for (const row of data.tags.filter(r => r.tag)) {
      const expected = data.annotations.filter(a => a.tags.some(t => t === row.tag || t.startsWith(`${row.tag}/`))).length;
      assert.equal(row.total, expected, `annotations under ${row.tag}`);
    }
    const satellite = data.annotations.find(a => a.quote === '衛星データの共有枠組み');
    assert.ok(satellite, 'the first sample annotation is in the report');
    assert.match(data.columns[satellite.column].chapter ?? '', /^第1章/);
    assert.ok(data.coverage.some(c => /^第1章/.test(c.chapter) && c.recommendations > 0 && c.annotated >= 1),
      'chapter 1 has recommendations and at least one is annotated');
  });

  it('draws what the data says: every cell count and every chapter', async function () {
    needsWebviews(this);
    const { data, rendered } = await vscode.commands.executeCommand<ShownReport>('policyAnnotator.showReport');
    assert.ok(rendered, 'the page reported that it drew the report');
    const summary: RenderSummary = rendered;
    const cellTotal = data.cells.flat().reduce((n, cell) => n + cell.length, 0);
    assert.equal(summary.cellTotal, cellTotal);
    assert.equal(summary.rows, data.tags.length);
    assert.equal(summary.columns, data.columns.length);
    assert.equal(summary.coverageRows, data.coverage.length);
    assert.equal(summary.charts, data.byAuthor.length + data.byTag.length);
  });

  it('lists every annotation of one chapter with its note, from the chapter\'s row in the Outline', async function () {
    needsWebviews(this);
    const api = await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await api.annotations.ready;
    const folder = vscode.Uri.joinPath(workspaceRoot(), `chapter-notes-${Date.now().toString(36)}`);
    const document = vscode.Uri.joinPath(folder, 'preparedness.txt');
    const text = [
      '第1章 水の備え', '本章は渇水への備えを扱う。', '◆ 提言', '- 貯水池の点検を毎年行うべきである。', '- 雨水の再利用を進める。', '',
      '第2章 電力の備え', '本章は停電への備えを扱う。', '◆ 提言', '- 非常用電源を学校に置く。', '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(document, new TextEncoder().encode(text));
    try {
      const editor = await vscode.window.showTextDocument(document);
      const annotate = async (quote: string, args: { tags: string[]; note?: string }) => {
        const start = editor.document.positionAt(text.indexOf(quote));
        editor.selection = new vscode.Selection(start, start.translate(0, quote.length));
        assert.ok(await vscode.commands.executeCommand('policyAnnotator.annotateSelection', args), `annotated ${quote}`);
      };
      await annotate('貯水池の点検', { tags: ['water/storage'], note: 'Every **year**.' });
      await annotate('雨水の再利用', { tags: ['reuse'], note: 'Ask the city.' });
      await annotate('非常用電源', { tags: ['power'], note: 'Not this chapter.' });
      await eventually(() => api.annotations.entries(document).length === 3, 'three annotations');

      const provider = (api.outline as OutlineApi).provider;
      const row = await eventually(async () => (await provider.getChildren()).find(d => d.uri.toString() === document.toString()), 'the document in the Outline');
      const chapter = (await provider.getChildren(row)).find(c => c.type === 'node' && c.node.kind === 'chapter');
      assert.ok(chapter && chapter.type === 'node' && chapter.node.title.startsWith('第1章'), 'its first chapter');

      const shown = await vscode.commands.executeCommand<ShownReport | undefined>('policyAnnotator.showChapterNotes', chapter);
      assert.ok(shown?.rendered, 'the report drew the chapter\'s list');
      assert.deepEqual(shown.rendered.details.map(d => d.quote).sort(), ['貯水池の点検', '雨水の再利用'].sort(), 'the chapter\'s annotations under every tag, none of chapter 2');
      const storage = shown.rendered.details.find(d => d.quote === '貯水池の点検');
      assert.equal(storage?.note, 'Every year.', 'the note drawn from its Markdown, not raw');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('opens a listed annotation with its passage selected', async () => {
    const { data } = await vscode.commands.executeCommand<ShownReport>('policyAnnotator.showReport');
    const target = data.annotations.find(a => a.start !== undefined)!;
    const opened = await vscode.commands.executeCommand<boolean>('policyAnnotator.report.openAnnotation', { document: target.document, id: target.id });
    assert.equal(opened, true, 'the report knows the annotation and opened its document');
    // The editor becomes the active one once the window has moved the focus from the report to it.
    const editor = await eventually(() => vscode.window.activeTextEditor, 'an editor is open');
    assert.equal(editor.document.getText(editor.selection), target.quote);
  });

  it('exports CSV and W3C files to a given uri, without dialogs', async () => {
    const file = await sampleAnnotations();
    const csvUri = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'annotations.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.export', { format: 'csv', target: csvUri });
    assert.equal(written?.toString(), csvUri.toString());
    // ignoreBOM keeps the BOM in the decoded text, so that the test sees it is there.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csvUri));
    assert.ok(csv.startsWith('\uFEFFdocument,chapter,section,quote'), 'BOM and header');
    assert.equal(csv.split('\r\n').filter(line => line.startsWith(`${SAMPLE},`)).length, file.annotations.length);

    const w3cUri = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'annotations.jsonld');
    await vscode.commands.executeCommand('policyAnnotator.export', { format: 'w3c', target: w3cUri });
    const collection = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(w3cUri)));
    const replies = file.annotations.reduce((n, a) => n + (a.replies?.length ?? 0), 0);
    assert.equal(collection.type, 'AnnotationCollection');
    // Other suites annotate their own documents in the same workspace: count the sample's.
    type Item = { id: string; target: string | { source: string } };
    const items = collection.first.items as Item[];
    const annotationsOfSample = new Set(items.filter(i => typeof i.target === 'object' && i.target.source.endsWith(SAMPLE)).map(i => i.id));
    const repliesOfSample = items.filter(i => typeof i.target === 'string' && annotationsOfSample.has(i.target));
    assert.equal(annotationsOfSample.size, file.annotations.length);
    assert.equal(repliesOfSample.length, replies);
  });
});
