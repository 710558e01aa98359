import * as vscode from 'vscode';
import { stringify } from 'yaml';
import { newAnnotationId } from '../../core/annotations/ids';
import type { AuthorIdentity } from '../annotation-index';

/** Annotation files only: a snippet for every YAML file would offer this entry everywhere. */
const ANNOTATION_FILES: vscode.DocumentSelector = [
  { language: 'yaml', pattern: '**/*.annotations.yaml' },
  { language: 'yaml', pattern: '**/*.annotations.yml' },
];

const PREFIXES = ['annotation', '- id'];

/**
 * Offers a whole new annotation entry in an annotation file, with what a snippet cannot write:
 * a fresh id, the creation time in UTC as the file requires, and the author from git.
 */
export function registerAnnotationEntryCompletion(identity: AuthorIdentity): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(ANNOTATION_FILES, {
    async provideCompletionItems(document, position) {
      const before = document.lineAt(position.line).text.slice(0, position.character);
      const typed = before.trimStart();
      // Only where an entry can start: at the start of a line, as `annotation` or `- id`.
      const filter = PREFIXES.find(prefix => prefix.startsWith(typed));
      if (filter === undefined) return undefined;
      const now = new Date();
      const item = new vscode.CompletionItem('annotation', vscode.CompletionItemKind.Snippet);
      item.detail = vscode.l10n.t('New annotation entry');
      item.documentation = vscode.l10n.t('The editor re-anchors the entry by its quote when the document is open.');
      item.filterText = filter;
      item.range = new vscode.Range(position.line, before.length - typed.length, position.line, position.character);
      item.insertText = entrySnippet(newAnnotationId(now), now, await identity.authorFor(document.uri));
      return [item];
    },
  });
}

function entrySnippet(id: string, now: Date, author: string): vscode.SnippetString {
  const snippet = new vscode.SnippetString();
  snippet.appendText(`- id: ${id}\n  quote: `).appendPlaceholder('the exact annotated text');
  snippet.appendText('\n  prefix: ""\n  suffix: ""\n  start: ').appendPlaceholder('1:1');
  snippet.appendText('\n  end: ').appendPlaceholder('1:2');
  snippet.appendText('\n  tags: [').appendPlaceholder('tag');
  snippet.appendText(']\n  note: |-\n    ').appendPlaceholder('note');
  snippet.appendText(`\n  author: ${yamlScalar(author)}\n  created: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`);
  return snippet.appendTabstop(0);
}

/** The author as YAML writes it: plain when it can be, quoted when a colon or a mark would misread. */
function yamlScalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}
