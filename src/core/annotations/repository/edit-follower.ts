import { LineIndex } from '../../text/line-index';
import { shiftRanges, type TextChange } from '../../text/shift-ranges';
import { anchorRange } from './anchor-range';
import type { DocumentAnnotations } from './document-annotations';
import type { Clock } from './ports';

/** How long typing pauses before the annotations an edit touched are re-anchored. */
export const REANCHOR_DELAY_MS = 200;

/**
 * Keeps annotation ranges in step with the text being edited: every edit shifts the ranges at
 * once (cheap), and the annotations an edit overlapped are anchored again only once typing
 * pauses (the fuzzy search is not cheap), or at once when the document is saved; listeners are
 * told once typing pauses.
 */
export class EditFollower {
  private readonly timers = new Map<DocumentAnnotations, { timer: unknown; textNow: () => string | undefined }>();

  constructor(private readonly clock: Clock, private readonly changed: (document: string) => void) {}

  /**
   * The ranges move at once (a hover or a command reads them); listeners hear of it once typing
   * pauses. The editor moves highlights and comment threads with the text itself, and a change
   * event at every keystroke made the views redraw a document's thousand annotations while the
   * reader typed.
   */
  follow(state: DocumentAnnotations, edits: readonly TextChange[], textNow: () => string | undefined): void {
    if (edits.length === 0 || state.annotations.size === 0) return;
    for (const id of shiftRanges(state.ranges, edits)) state.touched.add(id);
    this.cancel(state);
    const timer = this.clock.setTimer(() => {
      this.timers.delete(state);
      const text = textNow();
      if (text !== undefined && (state.touched.size > 0 || state.lostWhileEditing.size > 0)) this.reanchorTouched(state, text);
      else this.changed(state.document);
    }, REANCHOR_DELAY_MS);
    this.timers.set(state, { timer, textNow });
  }

  /** Typing has just stopped (a save): settle what it touched now rather than after the pause. */
  settle(state: DocumentAnnotations, text: string): void {
    if (!this.timers.has(state)) return;
    this.cancel(state);
    this.reanchorTouched(state, text);
  }

  /** Writes where each annotation now stands into its position hint. */
  updateHints(state: DocumentAnnotations, text: string): void {
    const index = new LineIndex(text);
    for (const [id, annotation] of state.annotations) {
      const range = state.ranges.get(id);
      if (!range) continue;
      const start = index.positionAt(range.start);
      const end = index.positionAt(range.end);
      if (start.line !== annotation.start.line || start.column !== annotation.start.column || end.line !== annotation.end.line || end.column !== annotation.end.column) {
        state.annotations.set(id, { ...annotation, start, end });
      }
    }
  }

  /** Anchors every annotation afresh (undefined text: the document is gone, all are orphans). */
  reanchorAll(state: DocumentAnnotations, text: string | undefined): void {
    this.cancel(state);
    const index = text === undefined ? undefined : new LineIndex(text);
    for (const a of state.annotations.values()) state.ranges.set(a.id, text === undefined ? undefined : anchorRange(text, a, index));
    state.touched.clear();
    state.lostWhileEditing.clear();
  }

  private reanchorTouched(state: DocumentAnnotations, text: string): void {
    if (state.status !== 'ready') return;
    const index = new LineIndex(text);
    for (const id of [...state.touched, ...state.lostWhileEditing]) {
      const annotation = state.annotations.get(id);
      if (!annotation) continue;
      const range = state.ranges.get(id);
      const hint = range ? { ...annotation, start: index.positionAt(range.start), end: index.positionAt(range.end) } : annotation;
      const anchored = anchorRange(text, hint, index);
      state.ranges.set(id, anchored);
      if (anchored) state.lostWhileEditing.delete(id);
      else state.lostWhileEditing.add(id);
    }
    state.touched.clear();
    this.changed(state.document);
  }

  private cancel(state: DocumentAnnotations): void {
    const pending = this.timers.get(state);
    if (pending) this.clock.clearTimer(pending.timer);
    this.timers.delete(state);
  }

  dispose(): void {
    for (const { timer } of this.timers.values()) this.clock.clearTimer(timer);
    this.timers.clear();
  }
}
