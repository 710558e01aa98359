import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { validateXML } from 'xmllint-wasm';
import { stringifyAnnotationFile } from '../../src/core/annotations/codec';
import type { Annotation } from '../../src/core/annotations/model';
import { describeTarget } from '../../src/core/annotations/target';
import type { ImportSummary } from '../../src/vscode/export/register-import';
import { annotationsApi, eventually, readText, workspaceRoot, writeText } from './support/host';

// A document of our own, with characters outside the BMP before the passages, so that positions
// in code points and in UTF-16 units differ.
const DOCUMENT = 'qda-brief.txt';
const TEXT = '𠮷田の覚書🌊\n\n◆ 提言\n- 港湾の🚢点検を毎年行い、結果を公表すべきである。\n- 同盟国との情報共有を制度化すべきである。\n';

function annotation(id: string, quote: string, tags: string[], note?: string): Annotation {
  const at = TEXT.indexOf(quote);
  return { id, ...describeTarget(TEXT, at, at + quote.length), tags, ...(note ? { note } : {}), author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-20T09:30:00Z' };
}


describe('REFI-QDA exchange in a real VS Code', () => {
  it('exports a .qdpx that the official schema accepts, and imports it back after the annotation file is gone', async () => {
    const api = await annotationsApi();
    const documentUri = vscode.Uri.joinPath(workspaceRoot(), DOCUMENT);
    const annotationUri = vscode.Uri.joinPath(workspaceRoot(), `${DOCUMENT}.annotations.yaml`);
    const original = stringifyAnnotationFile({ document: DOCUMENT, annotations: [
      annotation('01KAMB3Q8V00000000000000Q1', '点検を毎年行い', ['security/maritime'], 'Budget line?'),
      annotation('01KAMB3Q8V00000000000000Q2', '情報共有を制度化', ['security/alliances', 'priority']),
    ] });
    await writeText(documentUri, TEXT);
    await writeText(annotationUri, original);
    await eventually(() => api.entries(documentUri).length === 2, 'the index to load the two annotations');

    const target = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'project.qdpx');
    await vscode.commands.executeCommand('policyAnnotator.export', { format: 'qdpx', target });
    const files = unzipSync(await vscode.workspace.fs.readFile(target));
    const schema = await readText(vscode.Uri.file(path.resolve(__dirname, '../../../../shared/refi-qda/Project-mrt2019.xsd')));
    const validation = await validateXML({ xml: [{ fileName: 'project.qde', contents: strFromU8(files['project.qde']) }], schema: [{ fileName: 'Project.xsd', contents: schema }] });
    assert.deepEqual(validation.errors.map(e => e.rawMessage), []);
    assert.match(strFromU8(files['project.qde']), new RegExp(`<TextSource [^>]*name="${DOCUMENT}"`));

    await vscode.workspace.fs.delete(annotationUri);
    await eventually(() => api.entries(documentUri).length === 0, 'the annotations to go with their file');
    const summary = await vscode.commands.executeCommand<ImportSummary>('policyAnnotator.import', target);
    assert.ok(summary, 'the import ran');
    // The export holds the whole workspace: other suites' documents may be gone by the time it is read back.
    assert.deepEqual(summary.problems.filter(p => p.where.includes(DOCUMENT)), [], 'no problem with our document');
    assert.ok(summary.added >= 2, `at least our two annotations came back (${summary.added})`);
    await eventually(() => api.entries(documentUri).length === 2, 'the imported annotations in the index');
    assert.equal(await readText(annotationUri), original, 'the annotation file is written again, byte for byte');
  });
});
