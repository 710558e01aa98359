import * as vscode from 'vscode';
import { hasConflictMarkers } from '../../core/annotations/conflicts';
import { resolveConflictedText } from '../../core/annotations/merge-text';
import { annotationFileFor, ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import { readTextIfExists, writeTextAtomically } from '../annotations/annotation-file-io';
import type { Platform } from '../platform/platform';

export const RESOLVE_COMMAND = 'policyAnnotator.resolveConflicts';

/** What the command did, for tests. */
export type ResolveOutcome = 'resolved' | 'clean' | 'failed' | 'cancelled';

/**
 * Resolves an annotation file that git left with conflict markers by the three-way merge of
 * its two versions (and their base, with diff3-style markers). Nothing is written until the
 * user runs it, and nothing at all when a version cannot be read.
 */
export async function resolveConflicts(platform: Platform, argument?: vscode.Uri | string): Promise<ResolveOutcome> {
  const fileUri = annotationFileOf(argument);
  if (!fileUri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an annotation file with git conflict markers (or its document) first.'));
    return 'cancelled';
  }
  const shown = vscode.workspace.asRelativePath(fileUri);
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === fileUri.toString());
  if (open?.isDirty) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} has unsaved changes: save or revert them, then resolve the conflicts.', shown));
    return 'cancelled';
  }
  const text = await readTextIfExists(fileUri);
  if (text === undefined || !hasConflictMarkers(text)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no git conflict markers.', shown));
    return 'clean';
  }
  const resolved = resolveConflictedText(text);
  if (!resolved.ok) {
    const problem = resolved.problems[0];
    void vscode.window.showErrorMessage(resolved.side
      ? vscode.l10n.t('Could not resolve {0}: {1} is not a valid annotation file (its line {2}, column {3}: {4}). The file was not changed.', shown, sideName(resolved.side), problem.line, problem.column, problem.message)
      : vscode.l10n.t('Could not resolve {0}: line {1}: {2}. The file was not changed.', shown, problem.line, problem.message));
    return 'failed';
  }
  await writeTextAtomically(fileUri, resolved.text, platform);
  void vscode.window.showInformationMessage(vscode.l10n.t('Resolved the conflicts in {0}: {1} annotations kept from both versions. Mark it resolved in git (git add) when you are done.', shown, resolved.file.annotations.length));
  return 'resolved';
}

/** Offers the command as a quick fix on the conflict-marker problems the annotation store reports. */
export class ResolveConflictsQuickFix implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!document.uri.path.endsWith(ANNOTATION_FILE_SUFFIX)) return [];
    const markers = context.diagnostics.filter(d => /git conflict marker/.test(d.message));
    if (markers.length === 0 || !hasConflictMarkers(document.getText())) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Resolve the conflicts by merging both versions of the annotations'), vscode.CodeActionKind.QuickFix);
    action.command = { command: RESOLVE_COMMAND, title: action.title, arguments: [document.uri] };
    action.diagnostics = markers;
    action.isPreferred = true;
    return [action];
  }
}

/** The annotation file meant: the argument (the file itself or its document), else the active editor's. */
function annotationFileOf(argument: vscode.Uri | string | undefined): vscode.Uri | undefined {
  const uri = typeof argument === 'string' ? vscode.Uri.parse(argument) : argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  return uri.path.endsWith(ANNOTATION_FILE_SUFFIX) ? uri : uri.with({ path: annotationFileFor(uri.path) });
}

function sideName(side: 'base' | 'ours' | 'theirs'): string {
  return side === 'ours' ? vscode.l10n.t('your version') : side === 'theirs' ? vscode.l10n.t('their version') : vscode.l10n.t('the common ancestor');
}
