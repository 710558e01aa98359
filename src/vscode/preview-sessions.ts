import * as vscode from 'vscode';

/**
 * Whether a passage preview is under way: the search shows each highlighted row's passage in the
 * editor, so the editor jumps from place to place at every keystroke. Work that follows the
 * editor's view (comment threads near it, which the workbench is slow to draw) waits for the
 * preview to end, where the editor settles, instead of redrawing at every stop on the way.
 */
export class PreviewSessions implements vscode.Disposable {
  private open = 0;
  private readonly ended = new vscode.EventEmitter<void>();
  /** Fires when the last preview under way ends. */
  readonly onDidEnd = this.ended.event;

  get active(): boolean {
    return this.open > 0;
  }

  /** Starts a preview; disposing the result ends it (once). */
  begin(): vscode.Disposable {
    this.open++;
    let ended = false;
    return new vscode.Disposable(() => {
      if (ended) return;
      ended = true;
      if (--this.open === 0) this.ended.fire();
    });
  }

  dispose(): void {
    this.ended.dispose();
  }
}
