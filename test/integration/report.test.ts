import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import type { AnnotationFile } from '../../src/core/annotations/model';
import type { RenderSummary, ShownReport } from '../../src/vscode/report/register-report';
import { needsWebviews } from './support/host';

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

  it('opens a listed annotation with its passage selected', async () => {
    const { data } = await vscode.commands.executeCommand<ShownReport>('policyAnnotator.showReport');
    const target = data.annotations.find(a => a.start !== undefined)!;
    await vscode.commands.executeCommand('policyAnnotator.report.openAnnotation', { document: target.document, id: target.id });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
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
