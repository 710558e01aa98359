import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { stringifyAnnotationFile } from '../../src/core/annotations/codec';
import { annotationsApi, eventually, writeText } from './support/host';

// Our own words, and text a hostile colleague could push: Markdown links to our own commands,
// HTML and a spreadsheet formula, in tags, the note and the author.
const DOCUMENT_TEXT = '第1章 総論\n◆ 提言\n- 港湾の点検を毎年行うべきである。\n';
const QUOTE = '港湾の点検';
const ID = '01KAMB3Q8V00000000000000H1';
const LINK = '[run](command:policyAnnotator.deleteAnnotation?%5B%7B%22id%22%3A%22x%22%7D%5D)';
const TAGS = ['a` ' + LINK + ' `b', '`' + LINK + '`', '<img src=x onerror=alert(1)>', '$(trash)', 'x``` ' + LINK];
const NOTE = `${LINK} <a href="command:policyAnnotator.editAnnotation">edit</a> =HYPERLINK("http://example.invalid")`;

/** The Markdown without its code spans (CommonMark: a run of n backticks up to the next run of exactly n). */
function withoutCodeSpans(markdown: string): string {
  let out = '';
  let at = 0;
  for (let open = /`+/g.exec(markdown); open; ) {
    const closer = new RegExp(`(?<!\`)${open[0]}(?!\`)`, 'g');
    closer.lastIndex = open.index + open[0].length;
    const close = closer.exec(markdown);
    if (!close) break;
    out += markdown.slice(at, open.index);
    at = close.index + close[0].length;
    const next = /`+/g;
    next.lastIndex = at;
    open = next.exec(markdown);
  }
  return out + markdown.slice(at);
}

/** Every `command:` link a renderer would make of the Markdown, as [command, decoded argument]. */
function commandLinks(markdown: string): [string, unknown][] {
  return [...withoutCodeSpans(markdown).matchAll(/\]\(command:([\w.]+)\?([^)\s]*)\)/g)].map(m => [m[1], JSON.parse(decodeURIComponent(m[2]))]);
}

describe('Hostile text in a colleague\'s annotation file', function () {
  this.timeout(60_000);
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  let documentUri: vscode.Uri;

  before(async () => {
    const folder = vscode.Uri.joinPath(root(), `hostile-${Date.now().toString(36)}`);
    await vscode.workspace.fs.createDirectory(folder);
    documentUri = vscode.Uri.joinPath(folder, 'port.txt');
    await writeText(documentUri, DOCUMENT_TEXT);
    const start = DOCUMENT_TEXT.indexOf(QUOTE);
    await writeText(vscode.Uri.joinPath(folder, 'port.txt.annotations.yaml'), stringifyAnnotationFile({
      document: 'port.txt',
      annotations: [{
        id: ID, quote: QUOTE, prefix: '- ', suffix: 'を毎年行うべきである。',
        start: { line: 3, column: start - DOCUMENT_TEXT.lastIndexOf('\n', start) }, end: { line: 3, column: start - DOCUMENT_TEXT.lastIndexOf('\n', start) + QUOTE.length },
        tags: TAGS, note: NOTE, author: `${LINK} <x@example.org>`, created: '2026-11-21T08:00:00Z',
      }],
    }));
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('the hover holds only our own three command links, each for this annotation\'s id; the tags stay code', async () => {
    const annotations = await annotationsApi();
    const editor = await vscode.window.showTextDocument(documentUri);
    await eventually(() => annotations.entries(documentUri).some(e => e.range), 'the colleague\'s annotation placed');
    const inside = editor.document.positionAt(DOCUMENT_TEXT.indexOf(QUOTE) + 1);
    const hovers = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', documentUri, inside);
      const ours = found.flatMap(h => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('policyAnnotator.editAnnotation'));
      return ours.length ? ours : undefined;
    }, 'our hover');
    for (const md of hovers) {
      assert.notEqual(md.supportHtml, true, 'HTML is never rendered');
      const links = commandLinks(md.value);
      assert.deepEqual(links.map(([command]) => command), ['policyAnnotator.editAnnotation', 'policyAnnotator.replyToAnnotation', 'policyAnnotator.deleteAnnotation'], md.value);
      for (const [, argument] of links) assert.deepEqual(argument, [{ uri: documentUri.toString(), id: ID }]);
      assert.notEqual(md.isTrusted, true, 'only named commands are enabled, never every command');
    }
  });
});
