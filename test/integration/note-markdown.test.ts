import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ShownReport } from '../../src/vscode/report/register-report';
import { annotationsApi, eventually, writeText } from './support/host';

const NAME = 'note-markdown.policy.txt';
const TEXT = '第1章 港湾\n◆ 提言\n- 岸壁の耐震補強を進める。\n';
const QUOTE = '岸壁の耐震補強';
/** A colleague's note: Markdown to format, and a command link, an image and HTML that must do nothing. */
const NOTE = '**急ぐ** べき理由:\\n- 老朽化\\n- 需要増\\n[消す](command:policyAnnotator.deleteAnnotation?%5B%5D) ![i](https://e.example/i.png) <b>x</b>';

function annotationFile(): string {
  return [
    `# Policy Annotator annotations for ${NAME}`,
    'schema: policy-annotator/1',
    `document: ${NAME}`,
    'annotations:',
    '  - id: 01KAMB3Q8V00000000000000M1',
    `    quote: ${QUOTE}`,
    '    prefix: "- "',
    '    suffix: を進める。',
    '    start: 3:3',
    '    end: 3:10',
    '    tags: ["[t](command:x)"]',
    `    note: "${NOTE}"`,
    '    author: Colleague <colleague@example.org>',
    '    created: 2026-11-21T08:00:00Z',
    '',
  ].join('\n');
}

describe('A note\'s Markdown in hover and report, in a real VS Code', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const documentUri = () => vscode.Uri.joinPath(root(), NAME);

  before(async () => {
    await writeText(documentUri(), TEXT);
    await writeText(vscode.Uri.joinPath(root(), `${NAME}.annotations.yaml`), annotationFile());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [documentUri(), vscode.Uri.joinPath(root(), `${NAME}.annotations.yaml`)]) await vscode.workspace.fs.delete(uri);
  });

  it('formats the note in the hover, and makes no link of its text or tags', async () => {
    const annotations = await annotationsApi();
    const document = await vscode.workspace.openTextDocument(documentUri());
    await vscode.window.showTextDocument(document);
    await eventually(() => annotations.entries(documentUri()).some(e => e.range), 'the colleague\'s annotation to anchor');
    const inside = document.positionAt(TEXT.indexOf(QUOTE) + 2);
    const hover = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', documentUri(), inside);
      const text = found.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
      return text.includes('policyAnnotator.editAnnotation') ? text : undefined;
    }, 'our hover');
    assert.ok(hover.includes('**急ぐ**'), `bold stays Markdown: ${hover}`);
    assert.match(hover, /^- 老朽化$/m, 'a list item stays a list item');
    // Code spans (the tags) never make links, whatever is inside: only the rest is searched.
    const outsideCode = hover.replace(/(`+)[\s\S]*?\1/g, '');
    const unescapedLinks = [...outsideCode.matchAll(/(?<!\\)\]\((command:[\w.]+|https?:)/g)].map(m => m[1]);
    assert.deepEqual(unescapedLinks, ['command:policyAnnotator.editAnnotation', 'command:policyAnnotator.replyToAnnotation', 'command:policyAnnotator.deleteAnnotation'],
      'our edit, reply and delete links, none from the note or the tag');
    assert.ok(!/(?<!\\)<b>/.test(hover), 'no HTML');
  });

  it('gives the report the note as formatted blocks, with the link left as text', async () => {
    const { data } = await vscode.commands.executeCommand<ShownReport>('policyAnnotator.showReport');
    const annotation = data.annotations.find(a => a.document.endsWith(NAME));
    assert.ok(annotation?.noteBlocks, 'the note is in the report');
    const [first, list, last] = annotation.noteBlocks;
    assert.deepEqual(first, { kind: 'paragraph', spans: [{ text: '急ぐ', style: 'strong' }, { text: ' べき理由:' }] });
    assert.deepEqual(list, { kind: 'list', ordered: false, items: [[{ text: '老朽化' }], [{ text: '需要増' }]] });
    assert.ok(last.kind === 'paragraph' && last.spans.map(s => s.text).join('').startsWith('[消す](command:'), 'the link is plain text');
  });
});
