import * as vscode from 'vscode';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { PreviewSessions } from '../preview-sessions';
import type { OutlineElement, OutlineTreeProvider } from './outline-tree';

/**
 * Selects the chapter, section or recommendation under the cursor in the tree (TreeView.reveal);
 * not at each stop of a passage preview, but where the editor settles when it ends.
 */
export function followCursor(view: vscode.TreeView<OutlineElement>, provider: OutlineTreeProvider, documents: PolicyDocuments, previews: PreviewSessions): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reveal = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !view.visible || !documents.isPolicyDocument(editor.document)) return;
    const element = await provider.elementAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
    if (element) await view.reveal(element, { select: true, focus: false, expand: true });
  };
  // Debounced: moving the cursor must stay instant, the tree can follow a moment later.
  const schedule = (editor: vscode.TextEditor | undefined) => {
    clearTimeout(timer);
    if (previews.active) return;
    timer = setTimeout(() => void reveal(editor).catch(() => undefined), 120);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(e => schedule(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    view.onDidChangeVisibility(() => schedule(vscode.window.activeTextEditor)),
    previews.onDidEnd(() => schedule(vscode.window.activeTextEditor)),
    { dispose: () => clearTimeout(timer) },
  );
}
