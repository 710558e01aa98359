/** How long to wait for a page to say it drew: a webview starts slowly on a busy machine. */
const DRAWING_WAIT_MS = 30_000;

/**
 * The drawings a webview page reports back (`{ type: 'rendered', summary }`), for whoever waits
 * on them: the report and the agreement page resolve their commands with what was drawn.
 */
export class PageDrawings<Summary> {
  private waiting: ((summary?: Summary) => void)[] = [];

  /** Settles with the summary of the page's next drawing, or undefined when none comes in time. */
  next(): Promise<Summary | undefined> {
    return new Promise(resolve => {
      const timer = setTimeout(() => resolve(undefined), DRAWING_WAIT_MS);
      this.waiting.push(summary => { clearTimeout(timer); resolve(summary); });
    });
  }

  /**
   * Runs `ask` (a message to the page) and settles with the first drawing after it that passes
   * `wanted`: others may come first (a refresh in between).
   */
  async until(ask: () => void, wanted: (summary: Summary) => boolean): Promise<Summary | undefined> {
    const deadline = Date.now() + DRAWING_WAIT_MS;
    const first = this.next();
    ask();
    for (let summary = await first; summary; summary = await this.next()) {
      if (wanted(summary)) return summary;
      if (Date.now() >= deadline) return undefined;
    }
    return undefined;
  }

  /** The page drew: every waiter gets its summary. */
  drawn(summary: Summary): void {
    for (const resolve of this.waiting.splice(0)) resolve(summary);
  }

  /** The page is gone: nobody waits any longer. */
  dispose(): void {
    for (const resolve of this.waiting.splice(0)) resolve(undefined);
  }
}
