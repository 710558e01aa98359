import * as vscode from 'vscode';

/** How long the highlighted row must stay before its passage is shown: arrowing through rows stays quick. */
const PREVIEW_DELAY_MS = 200;
/**
 * While the reader types, the passage waits for a pause this long: opening and scrolling an editor
 * at every keystroke would slow the list down (the workbench draws it on the same thread).
 */
export const TYPING_PAUSE_MS = 600;

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
  /** Counts schedules and cancels: a preview still opening its document gives up when it is no longer the latest. */
  private generation = 0;
  /** The preview being shown, if one is on its way. */
  private showing: Promise<void> = Promise.resolve();

  /** Shows the passage once the row has stayed highlighted a moment, and the reader has paused typing (at `typedAt`, epoch ms). */
  schedule(uri: vscode.Uri | undefined, passage: { start: number; end: number }, typedAt = 0): void {
    this.cancel();
    if (!uri) return;
    const generation = this.generation;
    const delay = Math.max(PREVIEW_DELAY_MS, typedAt + TYPING_PAUSE_MS - Date.now());
    this.timer = setTimeout(() => {
      this.showing = this.show(uri, passage, generation).catch(() => undefined);
    }, delay);
  }

  /** No preview from now on; resolves once one already on its way has landed (so that what comes next lands last). */
  async settle(): Promise<void> {
    this.cancel();
    await this.showing;
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.generation++;
  }

  private async show(uri: vscode.Uri, passage: { start: number; end: number }, generation: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    if (generation !== this.generation) return;
    const selection = new vscode.Selection(document.positionAt(passage.start), document.positionAt(passage.end));
    const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: true, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.shown = true;
  }

  /** Back to the editor and selection the reader had before the search. */
  async restore(): Promise<void> {
    await this.settle();
    if (!this.shown || !this.before) return;
    await vscode.window.showTextDocument(this.before.document, { selection: this.beforeSelection, viewColumn: this.before.viewColumn });
  }

  dispose(): void {
    this.cancel();
  }
}
