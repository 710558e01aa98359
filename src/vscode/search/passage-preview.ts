import * as vscode from 'vscode';

/** How long the highlighted row must stay before its passage is shown: arrowing through rows stays quick. */
const PREVIEW_DELAY_MS = 200;

/**
 * Shows the passage of the highlighted search row in the editor, as Go to Symbol does, so that a
 * recommendation longer than its one-line row can be read whole; when the search is closed
 * without choosing, the editor the reader was in comes back.
 */
export class PassagePreview implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly before = vscode.window.activeTextEditor;
  private readonly beforeSelection = this.before?.selection;
  private shown = false;

  schedule(uri: vscode.Uri | undefined, passage: { start: number; end: number }): void {
    clearTimeout(this.timer);
    if (!uri) return;
    this.timer = setTimeout(() => void this.show(uri, passage).catch(() => undefined), PREVIEW_DELAY_MS);
  }

  private async show(uri: vscode.Uri, passage: { start: number; end: number }): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const selection = new vscode.Selection(document.positionAt(passage.start), document.positionAt(passage.end));
    const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: true, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.shown = true;
  }

  /** Back to the editor and selection the reader had before the search. */
  async restore(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.shown || !this.before) return;
    await vscode.window.showTextDocument(this.before.document, { selection: this.beforeSelection, viewColumn: this.before.viewColumn });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
