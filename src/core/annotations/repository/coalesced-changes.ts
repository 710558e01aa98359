import { Emitter } from './emitter';
import type { Clock } from './ports';

/** How long notifications are held back, so that listeners (views, search) do not run on every keystroke. */
const NOTIFY_DELAY_MS = 50;

/**
 * Change notifications gathered over 50 ms: one event with the document that changed, or
 * undefined when several did.
 */
export class CoalescedChanges {
  private readonly emitter = new Emitter<string | undefined>();
  readonly event = this.emitter.event;
  private readonly changedSince = new Set<string>();
  private timer: unknown;

  constructor(private readonly clock: Clock) {}

  /** Records a change of one document, or of all (undefined). */
  add(document: string | undefined): void {
    this.changedSince.add(document ?? '*');
    if (this.timer !== undefined) return;
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      const changed = [...this.changedSince];
      this.changedSince.clear();
      this.emitter.fire(changed.length === 1 && changed[0] !== '*' ? changed[0] : undefined);
    }, NOTIFY_DELAY_MS);
  }

  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.emitter.dispose();
  }
}
