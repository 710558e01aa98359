import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { stringifyAnnotationFile } from '../../src/core/annotations/codec';
import type { Annotation } from '../../src/core/annotations/model';
import { parseAnnotationFile } from '../../src/core/annotations/codec';
import { stringifyCodebook } from '../../src/core/codebook/codec';
import { LineIndex } from '../../src/core/text/line-index';
import type { AgreementPanel } from '../../src/vscode/agreement/agreement-panel';
import type { RenameTagResult } from '../../src/vscode/codebook/rename-tag';
import { annotationsApi, eventually, readText, writeText } from './support/host';

// Our own words, in the shape of a policy text.
const TEXT = '港湾の点検を毎年行うべきである。結果は公表する。\n予算を確保すべきである。\n';
const HANAKO = 'Hanako Yamada <hanako@example.org>';
const TARO = 'Taro Sato <taro@example.org>';

let serial = 0;
function annotation(quote: string, author: string, tags: string[]): Annotation {
  const lines = new LineIndex(TEXT);
  const at = TEXT.indexOf(quote);
  return {
    id: `01KAMB3Q8V${String(++serial).padStart(6, '0')}IT00000000`.slice(0, 26),
    quote, prefix: TEXT.slice(Math.max(0, at - 32), at), suffix: TEXT.slice(at + quote.length, at + quote.length + 32),
    start: lines.positionAt(at), end: lines.positionAt(at + quote.length), tags, author, created: '2026-11-20T09:30:00Z',
  };
}

describe('Codebook, tag renaming and agreement in a real VS Code', function () {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const created: vscode.Uri[] = [];

  async function annotatedDocument(name: string, annotations: Annotation[]): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(root(), name);
    const file = vscode.Uri.joinPath(root(), `${name}.annotations.yaml`);
    created.push(uri, file);
    await writeText(uri, TEXT);
    await writeText(file, stringifyAnnotationFile({ document: name, annotations }));
    const api = await annotationsApi();
    await eventually(() => api.entries(uri).length === annotations.length, `the annotations of ${name} are loaded`);
    return uri;
  }

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('offers the codebook\'s tags first in the tag picker, with their descriptions', async () => {
    const codebook = vscode.Uri.joinPath(root(), 'codebook.yaml');
    created.push(codebook);
    await writeText(codebook, stringifyCodebook({ tags: [
      { name: 'it-maritime', description: '海上の安全保障に関する箇所', codable: true },
      { name: 'it-group', description: 'Only groups others', codable: false },
    ] }));
    const api = await annotationsApi();
    const items = await eventually(() => {
      const shown = api.tagPickerItems();
      return shown[0]?.tag === 'it-maritime' ? shown : undefined;
    }, 'the codebook is read and its tag listed first');
    assert.equal(items[0].detail, '海上の安全保障に関する箇所');
    assert.ok(!items.some(item => item.tag === 'it-group'), 'a tag that only groups others is not offered');
  });

  // The refactoring preview has its own test (rename-preview.test.ts): the edit is applied directly here.
  it('renames a tag across two annotation files as one edit, and rewrites no other file', async () => {
    const a = await annotatedDocument('it-rename-a.txt', [annotation('港湾の点検', HANAKO, ['it-old', 'other'])]);
    const b = await annotatedDocument('it-rename-b.txt', [annotation('予算を確保', TARO, ['it-old/sub'])]);
    const untouched = await annotatedDocument('it-rename-c.txt', [annotation('結果は公表', TARO, ['other'])]);
    const before = await readText(vscode.Uri.parse(`${untouched}.annotations.yaml`));
    const result = await vscode.commands.executeCommand<RenameTagResult>('policyAnnotator.renameTag', { from: 'it-old', to: 'it-new', preview: false });
    assert.deepEqual(result, { annotations: 2, files: 2, codebook: false, applied: true });
    const tagsOf = async (uri: vscode.Uri) => {
      const parsed = parseAnnotationFile(await readText(vscode.Uri.parse(`${uri}.annotations.yaml`)));
      assert.ok(parsed.ok);
      return parsed.file.annotations[0].tags;
    };
    assert.deepEqual(await tagsOf(a), ['it-new', 'other']);
    assert.deepEqual(await tagsOf(b), ['it-new/sub']);
    assert.equal(await readText(vscode.Uri.parse(`${untouched}.annotations.yaml`)), before, 'a file without the tag is not rewritten');
    const api = await annotationsApi();
    await eventually(() => api.entries(b)[0]?.annotation.tags?.[0] === 'it-new/sub', 'the annotations follow the saved files');
  });

  it('opens the Agreement page with two authors\' annotations and opens a disagreement side by side', async () => {
    await annotatedDocument('it-agreement.txt', [
      annotation('港湾の点検を毎年行うべきである。', HANAKO, ['it-port']),
      annotation('港湾の点検を毎年行う', TARO, ['it-port']),
      annotation('予算を確保すべきである。', HANAKO, ['it-budget']),
    ]);
    const shown = await vscode.commands.executeCommand<Awaited<ReturnType<AgreementPanel['refresh']>>>('policyAnnotator.showAgreement', { coders: [HANAKO, TARO] });
    assert.equal(shown.error, undefined);
    const result = shown.result!;
    assert.deepEqual(result.coders.map(c => c.label), [HANAKO, TARO]);
    assert.ok(result.documents.includes('it-agreement.txt'));
    const port = result.tags.find(t => t.tag === 'it-port')!;
    assert.equal(port.pairs[0].kappa, 1, 'both gave the first sentence it-port');
    assert.deepEqual(shown.rendered, { tagRows: result.tags.length + 1, coders: 2, disagreements: result.disagreements.length });
    const index = result.disagreements.findIndex(d => d.document === 'it-agreement.txt' && d.tag === 'it-port');
    assert.ok(index >= 0, 'the boundary placed differently is listed');
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.agreement.openDisagreement', index), true);
    const editors = vscode.window.visibleTextEditors.filter(e => e.document.uri.path.endsWith('/it-agreement.txt'));
    assert.equal(editors.length, 2, 'the document is open twice, side by side');
    const selected = editors.map(e => e.document.getText(e.selection)).sort();
    assert.deepEqual(selected, ['港湾の点検を毎年行う', '港湾の点検を毎年行うべきである。']);
  });
});
