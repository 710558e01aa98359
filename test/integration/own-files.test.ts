import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { stringifyAnnotationFile } from '../../src/core/annotations/codec';
import { describeTarget } from '../../src/core/annotations/target';
import { stringifyCodebook } from '../../src/core/codebook/codec';
import { defaultExportPath, EXPORT_FOLDER } from '../../src/core/own-files';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import type { SearchApi } from '../../src/vscode/search/register-search';
import { annotationsApi, eventually, readText, writeText } from './support/host';

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

  it('keeps a Markdown digest saved under a plain name out of the Outline and the search, by its marker', async () => {
    const { outline, search } = await api();
    await search.workspaceIndex.ready();
    const brief = vscode.Uri.joinPath(root(), 'maritime-brief.md');
    const annotationFile = vscode.Uri.joinPath(root(), 'maritime-brief.md.annotations.yaml');
    const digest = vscode.Uri.joinPath(root(), 'digest-notes.md');
    // The digest's text without its first line: a researcher's own notes, which are read.
    const copied = vscode.Uri.joinPath(root(), 'own-files-copied-notes.md');
    const recommendation = 'Governments should screen foreign investment in port operators.';
    const text = await readText(brief);
    const at = text.indexOf(recommendation);
    await writeText(annotationFile, stringifyAnnotationFile({ document: 'maritime-brief.md', annotations: [{
      id: '01KAMB3Q8V000001OWNFILES01', ...describeTarget(text, at, at + recommendation.length),
      author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-20T09:30:00Z',
    }] }));
    try {
      const annotations = await annotationsApi();
      await eventually(() => annotations.entries(brief).length === 1, 'the annotation to be loaded');
      const written = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.export', { format: 'markdown', target: digest });
      assert.equal(written?.toString(), digest.toString());
      const exported = await readText(digest);
      assert.ok(exported.includes(`> ${recommendation}`), 'the digest quotes the whole recommendation');
      await writeText(copied, exported.slice(exported.indexOf('\n') + 1));

      const found = () => search.workspaceIndex.index.search('screen foreign investment', { kinds: ['recommendation', 'prose-recommendation'] })
        .map(r => r.item.document);
      await eventually(() => found().includes('own-files-copied-notes.md'), 'the copy without the marker to be indexed');
      assert.ok(found().includes('maritime-brief.md'), found().join(', '));
      assert.ok(!found().includes('digest-notes.md'), found().join(', '));
      await eventually(async () => (await listedDocuments(outline)).includes('own-files-copied-notes.md'), 'the copy to be listed');
      assert.ok(!(await listedDocuments(outline)).includes('digest-notes.md'));

      // Opened in an editor, the digest is still no document (no outline, no comments on it).
      const editor = await vscode.window.showTextDocument(digest);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
      assert.ok(!(await listedDocuments(outline)).includes('digest-notes.md'));
      assert.ok(!found().includes('digest-notes.md'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [digest, copied, annotationFile]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('keeps the codebook out of the documents at the path the setting gives, as soon as it is set', async () => {
    const { outline, search } = await api();
    const settings = vscode.workspace.getConfiguration('policyAnnotator');
    const codebook = vscode.Uri.joinPath(root(), 'research', 'tags.yaml');
    const control = vscode.Uri.joinPath(root(), 'research', 'control.yaml');
    // A description that reads as a recommendation, short enough to stay on one line of YAML.
    const yaml = (words: string) => stringifyCodebook({ tags: [{ name: 'glaciers', description: `Governments should chart ${words}.`, codable: true }] });
    /** The indexed recommendations matching the query, as `document: text`. */
    const indexed = async (query: string) => {
      await search.workspaceIndex.ready();
      return search.workspaceIndex.index.search(query, { kinds: ['recommendation', 'prose-recommendation'] }).map(r => `${r.item.document}: ${r.item.text}`);
    };
    await writeText(codebook, yaml('the codebook glaciers'));
    await writeText(control, yaml('the control glaciers'));
    await settings.update('documents', ['**/*.txt', '**/*.md', 'research/*.yaml'], vscode.ConfigurationTarget.Workspace);
    try {
      // Before the setting names it, the globs match it: the test would pass for no reason otherwise.
      await eventually(async () => (await listedDocuments(outline)).includes('research/tags.yaml'), 'the file to be listed while it is not the codebook');

      await settings.update('codebook', 'research/tags.yaml', vscode.ConfigurationTarget.Workspace);
      await eventually(async () => !(await listedDocuments(outline)).includes('research/tags.yaml'), 'the codebook to leave the Outline');
      assert.ok((await listedDocuments(outline)).includes('research/control.yaml'), 'a file beside it stays a document');
      await eventually(async () => (await indexed('control glaciers')).some(r => r.startsWith('research/control.yaml: ')), 'the file beside it to be indexed');
      assert.deepEqual((await indexed('codebook glaciers')).filter(r => r.startsWith('research/tags.yaml')), []);

      // Written again while it is the codebook, it stays out; the file beside it is read again.
      await writeText(codebook, yaml('the codebook glaciers again'));
      await writeText(control, yaml('the control glaciers again'));
      await eventually(async () => (await indexed('control glaciers again')).some(r => r.includes('control glaciers again')), 'the file beside it to be indexed again');
      assert.ok(!(await listedDocuments(outline)).includes('research/tags.yaml'));
      assert.deepEqual((await indexed('codebook glaciers again')).filter(r => r.startsWith('research/tags.yaml')), []);
    } finally {
      await settings.update('codebook', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('documents', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'research'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
