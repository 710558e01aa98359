import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../src/core/annotations/codec';
import type { Annotation } from '../../src/core/annotations/model';
import { describeTarget } from '../../src/core/annotations/target';
import { formatAuthor } from '../../src/core/git/merge-setup';
import type { AnnotationsApi } from '../../src/vscode/annotations/register-annotations';
import type { AuthorIdentity } from '../../src/vscode/annotation-index';
import { EXTENSION_ID, eventually } from './support/host';


// Our own words: two recommendations, each a passage a researcher annotates.
const DOCUMENT_TEXT = [
  '第2章 水資源',
  '- 流域ごとの水需要の見通しを公表すべきである。',
  '- 渇水時の融通ルールを近隣自治体と定めるべきである。',
  '',
].join('\n');

interface Exports {
  gitIdentity: AuthorIdentity;
  annotations: AnnotationsApi;
}

async function extension(): Promise<Exports> {
  const exports = await vscode.extensions.getExtension(EXTENSION_ID)!.activate() as Exports;
  await exports.annotations.ready;
  return exports;
}


const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

function annotationOf(text: string, quote: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  return { id, ...describeTarget(text, start, start + quote.length), author: 'Colleague <colleague@example.org>', created: '2026-11-20T09:00:00Z', ...fields };
}

describe('Sharing annotations through git, in a real VS Code', function () {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  let documentUri: vscode.Uri;
  let fileUri: vscode.Uri;
  const cleanup: vscode.Uri[] = [];

  beforeEach(async () => {
    const name = `git-test-${Date.now().toString(36)}.txt`;
    documentUri = vscode.Uri.joinPath(root(), name);
    fileUri = vscode.Uri.joinPath(root(), `${name}.annotations.yaml`);
    cleanup.push(documentUri, fileUri);
    await write(documentUri, DOCUMENT_TEXT);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of cleanup.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('shows annotations that a pull writes into the YAML file, and re-anchors them in a pulled document', async () => {
    const { annotations } = await extension();
    const first = annotationOf(DOCUMENT_TEXT, '水需要の見通し', '01JE1000000000000000000001', { note: 'Before the pull.' });
    await write(fileUri, stringifyAnnotationFile({ document: documentUri.path.split('/').pop()!, annotations: [first] }));
    await eventually(() => annotations.entries(documentUri).length === 1, 'the first annotation');

    // The pull: a colleague's new annotation and edited note arrive, and the document gains a line at the top.
    const pulledText = '前書きの一行。\n' + DOCUMENT_TEXT;
    const second = annotationOf(DOCUMENT_TEXT, '融通ルール', '01JE1000000000000000000002', { tags: ['drought'] });
    await write(documentUri, pulledText);
    await write(fileUri, stringifyAnnotationFile({
      document: documentUri.path.split('/').pop()!,
      annotations: [{ ...first, note: 'After the pull.', updated: '2026-11-21T09:00:00Z' }, second],
    }));
    const entries = await eventually(() => {
      const found = annotations.entries(documentUri);
      return found.length === 2 && found[0].annotation.note === 'After the pull.' && found[1].range?.start === pulledText.indexOf('融通ルール') ? found : undefined;
    }, 'the pulled annotations, re-anchored in the pulled text');
    assert.equal(entries[0].range?.start, pulledText.indexOf('水需要の見通し'));
    assert.deepEqual(entries[1].annotation.tags, ['drought']);
  });

  it('takes the author from git, else from the setting (the git extension is off here)', async () => {
    const { gitIdentity, annotations } = await extension();
    const gitConfig = (key: string) => {
      try {
        return execFileSync('git', ['config', '--get', key], { cwd: root().fsPath, encoding: 'utf8' }).trim();
      } catch {
        return undefined; // Not set, or git is missing: the identity falls back.
      }
    };
    const fromGit = formatAuthor(gitConfig('user.name'), gitConfig('user.email')) ?? '';
    assert.equal(await gitIdentity.authorFor(documentUri), fromGit);

    const settings = vscode.workspace.getConfiguration('policyAnnotator');
    await settings.update('author', 'Setting Person <setting@example.org>', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await vscode.window.showTextDocument(documentUri);
      const start = DOCUMENT_TEXT.indexOf('水需要');
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 3));
      const created = await vscode.commands.executeCommand<Annotation>('policyAnnotator.annotateSelection', { tags: ['water'], note: 'Who wrote this?' });
      assert.equal(created?.author, fromGit || 'Setting Person <setting@example.org>');
      await eventually(() => annotations.entries(documentUri).length === 1, 'the new annotation');
    } finally {
      await settings.update('author', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reports conflict markers, offers the quick fix, and resolves them by merging both versions', async () => {
    const { annotations } = await extension();
    const base = annotationOf(DOCUMENT_TEXT, '水需要の見通し', '01JE1000000000000000000001', { note: 'Base.' });
    const ours = stringifyAnnotationFile({ document: documentUri.path.split('/').pop()!, annotations: [base, annotationOf(DOCUMENT_TEXT, '融通ルール', '01JE10000000000000000000AA')] });
    const theirs = stringifyAnnotationFile({ document: documentUri.path.split('/').pop()!, annotations: [base, annotationOf(DOCUMENT_TEXT, '融通ルール', '01JE10000000000000000000BB')] });
    const theirLines = theirs.split('\n');
    const common = ours.split('\n').findIndex((line, i) => line !== theirLines[i]);
    const lines = (text: string) => text.split('\n').slice(common, -1);
    const conflicted = [...ours.split('\n').slice(0, common), '<<<<<<< HEAD', ...lines(ours), '=======', ...lines(theirs), '>>>>>>> origin/main', ''].join('\n');
    await write(fileUri, conflicted);
    await eventually(() => annotations.statusOf(documentUri) === 'invalid', 'the conflicted file to be reported');
    const problems = await eventually(() => {
      const found = vscode.languages.getDiagnostics(fileUri);
      return found.some(d => /git conflict marker/.test(d.message)) ? found : undefined;
    }, 'the conflict markers in the Problems view');
    assert.equal(await read(fileUri), conflicted, 'nothing touches the file before the user asks');

    await vscode.window.showTextDocument(fileUri);
    const markerRange = problems.find(d => /git conflict marker/.test(d.message))!.range;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', fileUri, markerRange);
    const fix = actions.find(a => a.command?.command === 'policyAnnotator.resolveConflicts');
    assert.ok(fix, `a quick fix is offered: ${actions.map(a => a.title).join(', ')}`);

    assert.equal(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])), 'resolved');
    const parsed = parseAnnotationFile(await read(fileUri));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.annotations.map(a => a.id), ['01JE1000000000000000000001', '01JE10000000000000000000AA', '01JE10000000000000000000BB']);
    await eventually(() => annotations.statusOf(documentUri) === 'ready' && annotations.entries(documentUri).length === 3, 'both versions loaded');
  });

  it('sets up git merging: the .gitattributes lines for annotation files and the codebook, and the local driver configuration', async () => {
    await extension();
    const folder = root().fsPath;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' }).trim();
    git('init', '--quiet');
    const attributes = vscode.Uri.joinPath(root(), '.gitattributes');
    try {
      await write(attributes, '*.png binary\n');
      const done = await vscode.commands.executeCommand<{ attributesChanged: boolean }>('policyAnnotator.setUpGitMerge', root());
      assert.equal(done?.attributesChanged, true);
      assert.equal(await read(attributes), '*.png binary\n*.annotations.yaml merge=policy-annotator\n/codebook.yaml merge=policy-annotator\n');
      assert.equal(git('config', '--local', '--get', 'merge.policy-annotator.driver'), 'npx policy-annotator merge-driver %O %A %B %P');
      const again = await vscode.commands.executeCommand<{ attributesChanged: boolean }>('policyAnnotator.setUpGitMerge', root());
      assert.equal(again?.attributesChanged, false, 'running it twice adds nothing');
      assert.equal(await read(attributes), '*.png binary\n*.annotations.yaml merge=policy-annotator\n/codebook.yaml merge=policy-annotator\n');
    } finally {
      await vscode.workspace.fs.delete(attributes).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), '.git'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
