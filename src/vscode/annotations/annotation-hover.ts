import * as vscode from 'vscode';
import type { AnnotationEntry, AnnotationIndex } from '../annotation-index';
import { inertMarkdown, literalMarkdown } from '../../core/text/inert-markdown';
import { markdownCode } from '../../core/text/markdown-code';
import type { WorkspaceCodebook } from '../codebook/workspace-codebook';
import { commandLink } from './command-links';
import { targetArgument } from './command-targets';

/**
 * A glance at the annotations under the mouse: tags, note, author, date and links to edit, reply
 * and delete. The full note and its replies are in the comment thread (see annotation-comments.ts).
 */
export function registerAnnotationHover(store: AnnotationIndex, codebook: WorkspaceCodebook): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ pattern: '**/*' }, {
    provideHover(document, position) {
      if (!store.document(document.uri)) return undefined;
      const offset = document.offsetAt(position);
      const here = store.entries(document.uri).filter(e => e.range && e.range.start <= offset && offset < e.range.end);
      if (!here.length) return undefined;
      const first = here[0].range!;
      return new vscode.Hover(here.map(entry => hoverText(entry, tag => codebook.entry(tag)?.description)), new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
    },
  });
}

/** `describe` gives a tag's codebook description, shown as plain text (never Markdown from a file). */
export function hoverText(entry: AnnotationEntry, describe: (tag: string) => string | undefined = () => undefined): vscode.MarkdownString {
  const { annotation } = entry;
  const md = new vscode.MarkdownString(undefined, true);
  md.supportHtml = false;
  const target = targetArgument({ uri: entry.uri, id: annotation.id });
  md.isTrusted = { enabledCommands: ['policyAnnotator.editAnnotation', 'policyAnnotator.replyToAnnotation', 'policyAnnotator.deleteAnnotation'] };
  // Tags come from colleagues' files: each is a code span nothing inside can close (no link, no command).
  md.appendMarkdown('$(tag) ');
  if (annotation.tags?.length) md.appendMarkdown(annotation.tags.map(markdownCode).join(' '));
  else md.appendText(vscode.l10n.t('(untagged)'));
  md.appendMarkdown('\n\n');
  for (const tag of annotation.tags ?? []) {
    const description = describe(tag);
    if (description) md.appendText(`${tag}: ${description.replace(/\s+/g, ' ')}`).appendMarkdown('\n\n');
  }
  // The note shows as Markdown that formats but can run nothing (inert-markdown.ts).
  if (annotation.note) md.appendMarkdown(inertMarkdown(annotation.note)).appendMarkdown('\n\n');
  const date = new Date(annotation.updated ?? annotation.created).toLocaleString(vscode.env.language);
  md.appendMarkdown(`*${literalMarkdown(vscode.l10n.t('{0}, {1}', annotation.author, date))}*`);
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
