import * as vscode from 'vscode';
import { command, UserError } from './annotation-commands';
import type { AnnotationStore } from './annotation-store';
import { targetOf, type AnnotationTargetArgument } from './command-targets';
import { toOffsets, toRange } from './ranges';

/** Going from annotation to annotation, revealing one, and re-attaching an orphan to the selection. */
export function registerNavigationCommands(store: AnnotationStore): vscode.Disposable {
  return vscode.Disposable.from(
    command('policyAnnotator.nextAnnotation', () => step(store, +1)),
    command('policyAnnotator.previousAnnotation', () => step(store, -1)),

    command('policyAnnotator.revealAnnotation', async (argument: AnnotationTargetArgument) => {
      const target = targetOf(argument);
      if (!target) return;
      const uri = target.uri;
      const entry = store.find(uri, target.id);
      const editor = await vscode.window.showTextDocument(uri, { preview: true });
      if (!entry?.range) {
        void vscode.window.showWarningMessage(vscode.l10n.t('This annotation is orphaned: its passage was not found. Select the passage and run Re-attach Orphaned Annotation.'));
        return;
      }
      select(editor, toRange(editor.document, entry.range));
    }),

    // From a tree item or a script: that annotation. From the editor's menu or the palette: one to pick.
    command('policyAnnotator.reattachOrphan', async (argument?: AnnotationTargetArgument) => {
      const editor = vscode.window.activeTextEditor;
      let uri = editor?.document.uri;
      let id: string | undefined;
      const chosen = targetOf(argument);
      if (chosen) {
        uri = chosen.uri;
        id = chosen.id;
      }
      if (!editor || !uri || editor.document.uri.toString() !== uri.toString() || editor.selection.isEmpty) {
        if (uri) await vscode.window.showTextDocument(uri);
        throw new UserError(vscode.l10n.t('Select the passage the annotation belongs to, then run Re-attach Orphaned Annotation again.'));
      }
      if (!id) {
        const orphans = store.entries(uri).filter(e => !e.range);
        if (!orphans.length) throw new UserError(vscode.l10n.t('This document has no orphaned annotations.'));
        const picked = await vscode.window.showQuickPick(
          orphans.map(e => ({ label: e.annotation.quote.replace(/\s+/g, ' '), description: (e.annotation.tags ?? []).join(', '), detail: e.annotation.note, id: e.annotation.id })),
          { title: vscode.l10n.t('Re-attach which annotation to the selection?'), matchOnDetail: true },
        );
        if (!picked) return undefined;
        id = picked.id;
      }
      return store.reattach(uri, id, toOffsets(editor.document, editor.selection));
    }),
  );
}

/** Selects the next (+1) or previous (-1) annotated passage after or before the cursor, wrapping around. */
function step(store: AnnotationStore, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const ranges = store.entries(editor.document.uri).flatMap(e => (e.range ? [e.range] : [])).sort((a, b) => a.start - b.start);
  if (!ranges.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This document has no annotations.'));
    return;
  }
  const cursor = editor.document.offsetAt(editor.selection.start);
  const next = direction > 0
    ? ranges.find(r => r.start > cursor) ?? ranges[0]
    : [...ranges].reverse().find(r => r.start < cursor) ?? ranges[ranges.length - 1];
  select(editor, toRange(editor.document, next));
}

function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
