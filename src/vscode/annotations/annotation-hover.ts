import * as vscode from 'vscode';
import type { AnnotationEntry, AnnotationIndex } from '../annotation-index';
import { markdownCode } from '../../core/text/markdown-code';
import { commandLink } from './command-links';
import { targetArgument } from './command-targets';

/**
 * A glance at the annotations under the mouse: tags, note, author, date and links to edit, reply
 * and delete. The full note and its replies are in the comment thread (see annotation-comments.ts).
 */
export function registerAnnotationHover(store: AnnotationIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ pattern: '**/*' }, {
    provideHover(document, position) {
      if (!store.document(document.uri)) return undefined;
      const offset = document.offsetAt(position);
      const here = store.entries(document.uri).filter(e => e.range && e.range.start <= offset && offset < e.range.end);
      if (!here.length) return undefined;
      const first = here[0].range!;
      return new vscode.Hover(here.map(hoverText), new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
    },
  });
}

export function hoverText(entry: AnnotationEntry): vscode.MarkdownString {
  const { annotation } = entry;
  const md = new vscode.MarkdownString(undefined, true);
  const target = targetArgument({ uri: entry.uri, id: annotation.id });
  md.isTrusted = { enabledCommands: ['policyAnnotator.editAnnotation', 'policyAnnotator.replyToAnnotation', 'policyAnnotator.deleteAnnotation'] };
  // Tags come from colleagues' files: each is a code span nothing inside can close (no link, no command).
  md.appendMarkdown('$(tag) ');
  if (annotation.tags?.length) md.appendMarkdown(annotation.tags.map(markdownCode).join(' '));
  else md.appendText(vscode.l10n.t('(untagged)'));
  md.appendMarkdown('\n\n');
  if (annotation.note) md.appendText(annotation.note).appendMarkdown('\n\n');
  const date = new Date(annotation.updated ?? annotation.created).toLocaleString(vscode.env.language);
  md.appendMarkdown('*');
  md.appendText(vscode.l10n.t('{0}, {1}', annotation.author, date));
  md.appendMarkdown('*');
  const replies = annotation.replies?.length ?? 0;
  if (replies) md.appendMarkdown(' · ').appendText(replies === 1 ? vscode.l10n.t('1 reply') : vscode.l10n.t('{0} replies', replies));
  md.appendMarkdown('\n\n');
  md.appendMarkdown([
    commandLink('$(edit) ' + vscode.l10n.t('Edit'), 'policyAnnotator.editAnnotation', target),
    commandLink('$(reply) ' + vscode.l10n.t('Reply'), 'policyAnnotator.replyToAnnotation', target),
    commandLink('$(trash) ' + vscode.l10n.t('Delete'), 'policyAnnotator.deleteAnnotation', target),
  ].join(' · '));
  return md;
}
