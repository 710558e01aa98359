import type { Highlightable } from '../../highlights/highlight-ranges';
import type { OffsetRange } from '../../text/shift-ranges';
import type { FileProblem } from '../codec';
import { isStructureCorrection, type Annotation, type AnnotationFile } from '../model';

/**
 * What the repository knows about one document's annotations. `annotations` is the model as it
 * will be written; `ranges` is where each annotation stands in the document's current text (the
 * editor's, unsaved edits included), undefined for an orphan; `base` is the file as last read or
 * written, the common ancestor when the file and the model both changed.
 */
export class DocumentAnnotations {
  /** 'invalid': the file could not be read; its annotations are unavailable and it is never written. */
  status: 'ready' | 'invalid' = 'ready';
  problems: readonly FileProblem[] = [];
  readonly annotations = new Map<string, Annotation>();
  readonly ranges = new Map<string, OffsetRange | undefined>();
  /** The file's text as last read or written; undefined while there is no file. */
  diskText: string | undefined;
  /** The file's content as last read or written; undefined while there has been no valid file. */
  base: AnnotationFile | undefined;
  /** Annotations an edit overlapped (to re-anchor) or lost while editing (to look for again, e.g. after an undo). */
  readonly touched = new Set<string>();
  readonly lostWhileEditing = new Set<string>();
  /** Reads and writes of this file run one after the other. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly document: string, readonly file: string) {}

  /** Runs the task after every earlier read or write of this file. */
  serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** True when the model holds something the file as last read does not. */
  get hasUnwrittenChanges(): boolean {
    const base = this.base?.annotations ?? [];
    if (base.length !== this.annotations.size) return true;
    return base.some(a => this.annotations.get(a.id) !== a);
  }

  /** What to highlight, in no particular order (the editor orders decorations itself): no sort on the refresh path. */
  highlights(): Highlightable[] {
    const list: Highlightable[] = [];
    for (const [id, annotation] of this.annotations) if (!isStructureCorrection(annotation)) list.push({ range: this.ranges.get(id), tags: annotation.tags });
    return list;
  }

  /** How many annotations the file holds; its structure corrections are not annotations. */
  annotationCount(): number {
    let count = 0;
    for (const annotation of this.annotations.values()) if (!isStructureCorrection(annotation)) count++;
    return count;
  }

  /** The annotations ordered by where they stand now (orphans last), then by id. */
  sorted(): Annotation[] {
    // Keys looked up once, not in every comparison: every refresh after a keystroke sorts them all.
    const keyed = [...this.annotations.values()].map(a => ({ start: this.ranges.get(a.id)?.start ?? Number.MAX_SAFE_INTEGER, a }));
    keyed.sort((x, y) => x.start - y.start || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
    return keyed.map(k => k.a);
  }

  orphanCount(): number {
    let orphans = 0;
    for (const [id, annotation] of this.annotations) if (!this.ranges.get(id) && !isStructureCorrection(annotation)) orphans++;
    return orphans;
  }
}
