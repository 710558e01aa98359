import type * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/model';
import type { Highlightable } from '../../core/highlights/highlight-ranges';
import type { OffsetRange } from '../../core/text/shift-ranges';
import type { FileProblem } from './annotation-diagnostics';

/**
 * Everything the editor knows about one document's annotations. `annotations` is the model as
 * it will be written; `ranges` is where each annotation stands in the document's current text
 * (the editor's, unsaved edits included), undefined for an orphan.
 */
export class DocumentState {
  /** 'invalid': the file could not be read; its annotations are unavailable and it is never written. */
  status: 'ready' | 'invalid' = 'ready';
  problems: FileProblem[] = [];
  readonly annotations = new Map<string, Annotation>();
  readonly ranges = new Map<string, OffsetRange | undefined>();
  /** The file's text as last read or written; undefined while there is no file. */
  diskText: string | undefined;
  /** Changes made here and not yet written, with the version each started from (see merge-by-id). */
  changed = new Map<string, Annotation | undefined>();
  deleted = new Map<string, Annotation>();
  /** Annotations an edit overlapped (to re-anchor) or lost while editing (to look for again, e.g. after an undo). */
  readonly touched = new Set<string>();
  readonly lostWhileEditing = new Set<string>();
  /** Reads and writes of this file run one after the other. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly documentUri: vscode.Uri, readonly fileUri: vscode.Uri) {}

  get hasPendingChanges(): boolean {
    return this.changed.size > 0 || this.deleted.size > 0;
  }

  /** Runs the task after every earlier read or write of this file. */
  serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Records a change to an annotation, remembering the version it started from. */
  markChanged(id: string, base: Annotation | undefined): void {
    if (!this.changed.has(id)) this.changed.set(id, base);
  }

  markDeleted(id: string, current: Annotation): void {
    if (this.changed.has(id)) {
      const base = this.changed.get(id);
      this.changed.delete(id);
      if (base) this.deleted.set(id, base); // Created here and never written: nothing to delete on disk.
    } else {
      this.deleted.set(id, current);
    }
  }

  /** Hands the pending changes to a write; `restorePending` gives back those a failed write did not save. */
  takePending(): { changed: Map<string, Annotation | undefined>; deleted: Map<string, Annotation> } {
    const pending = { changed: this.changed, deleted: this.deleted };
    this.changed = new Map();
    this.deleted = new Map();
    return pending;
  }

  restorePending(pending: { changed: Map<string, Annotation | undefined>; deleted: Map<string, Annotation> }): void {
    for (const [id, base] of pending.changed) if (!this.changed.has(id) && !this.deleted.has(id)) this.changed.set(id, base);
    for (const [id, base] of pending.deleted) if (!this.changed.has(id) && !this.deleted.has(id)) this.deleted.set(id, base);
  }

  /** What to highlight, in no particular order (the editor orders decorations itself): no sort on the refresh path. */
  highlights(): Highlightable[] {
    const list: Highlightable[] = [];
    for (const [id, annotation] of this.annotations) list.push({ range: this.ranges.get(id), tags: annotation.tags });
    return list;
  }

  /** The annotations ordered by where they stand now (orphans last), then by id. */
  sorted(): Annotation[] {
    // Keys looked up once, not in every comparison: every refresh after a keystroke sorts them all.
    const keyed = [...this.annotations.values()].map(a => ({ start: this.ranges.get(a.id)?.start ?? Number.MAX_SAFE_INTEGER, a }));
    keyed.sort((x, y) => x.start - y.start || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
    return keyed.map(k => k.a);
  }
}
