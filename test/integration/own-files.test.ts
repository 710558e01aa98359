import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { defaultExportPath, EXPORT_FOLDER } from '../../src/core/own-files';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import type { SearchApi } from '../../src/vscode/search/register-search';
import { eventually } from './support/host';

async function api(): Promise<{ outline: OutlineApi; search: SearchApi }> {
  return vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate();
}

function root(): vscode.Uri {
  return vscode.workspace.workspaceFolders![0].uri;
}

async function listedDocuments(outline: OutlineApi): Promise<string[]> {
  return (await outline.provider.getChildren()).flatMap(d => (d.type === 'document' ? [vscode.workspace.asRelativePath(d.uri, false)] : []));
}

describe('Our own files are never read as documents, in a real VS Code', () => {
  it('keeps a Markdown export, at the default place or named as an export, out of the Outline and the search', async () => {
    const { outline, search } = await api();
    await search.workspaceIndex.ready();
    const defaultTarget = vscode.Uri.joinPath(root(), ...defaultExportPath('markdown', new Date()).split('/'));
    const named = vscode.Uri.joinPath(root(), 'digest.annotations.md');
    // A plain Markdown file written beside them is a document: the test would pass for no reason otherwise.
    const control = vscode.Uri.joinPath(root(), 'own-files-control.md');
    await vscode.workspace.fs.writeFile(control, new TextEncoder().encode('# Control\n\n## Chapter 1: Ice\n\nText.\n\n### Recommendations\n\n- Chart the glaciers of the control file.\n'));
    try {
      for (const target of [defaultTarget, named]) {
        const written = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.export', { format: 'markdown', target });
        assert.equal(written?.toString(), target.toString());
      }
      const digest = new TextDecoder().decode(await vscode.workspace.fs.readFile(defaultTarget));
      assert.ok(digest.includes('衛星データ'), 'the digest quotes the sample annotations');

      await eventually(async () => (await listedDocuments(outline)).includes('own-files-control.md'), 'the control file to be listed');
      const listed = await listedDocuments(outline);
      assert.ok(!listed.some(path => path.startsWith(`${EXPORT_FOLDER}/`) || path.endsWith('.annotations.md')), listed.join(', '));
      await eventually(() => search.workspaceIndex.index.search('glaciers control').length === 1, 'the control file to be indexed');
      const fromExports = search.workspaceIndex.index.search('衛星データ', { kinds: ['recommendation', 'prose-recommendation'] })
        .filter(r => r.item.document.startsWith(EXPORT_FOLDER) || r.item.document.endsWith('.annotations.md'));
      assert.deepEqual(fromExports.map(r => r.item.document), []);
    } finally {
      for (const uri of [defaultTarget, named, control]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
