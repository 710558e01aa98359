import * as vscode from 'vscode';
import { annotationCount } from './counts';
import type { AnnotationIndex } from '../annotation-index';

/**
 * A status bar item for the active document: how many annotations (and orphans) it has, or that
 * its annotations are unavailable because the annotation file is invalid (click: open the file at
 * the first problem). The Problems view says the same, but only if one looks there.
 */
export function registerAnnotationStatus(store: AnnotationIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('policyAnnotator.annotationStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Policy Annotator: annotations');
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const state = uri && store.document(uri);
    if (!state || (state.status === 'ready' && state.count === 0)) {
      item.hide();
      return;
    }
    if (state.status === 'invalid') {
      const problem = state.problems[0];
      item.text = `$(error) ${vscode.l10n.t('Annotations unavailable')}`;
      item.tooltip = vscode.l10n.t('{0} cannot be read; fix it to see and add annotations.', vscode.workspace.asRelativePath(state.fileUri));
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      const at = new vscode.Position(Math.max(0, (problem?.line ?? 1) - 1), Math.max(0, (problem?.column ?? 1) - 1));
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [state.fileUri, { selection: new vscode.Range(at, at) }] };
    } else {
      const orphans = state.orphans();
      item.text = orphans
        ? `$(comment) ${state.count} $(warning) ${orphans}`
        : `$(comment) ${state.count}`;
      item.tooltip = orphans
        ? vscode.l10n.t('{0} annotations, {1} orphaned (their passage was not found)', state.count, orphans)
        : annotationCount(state.count);
      item.backgroundColor = orphans ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      item.command = { command: 'policyAnnotator.annotations.focus', title: vscode.l10n.t('Annotations') };
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, store.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
