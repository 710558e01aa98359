import type { AnnotationFilePort, Clock, DocumentTextPort } from '../../../src/core/annotations/repository/ports';

/** Annotation files in a Map; `change` writes as a colleague (git pull) would, with or without the watcher noticing. */
export class MemoryFiles implements AnnotationFilePort {
  readonly files = new Map<string, string>();
  writes = 0;
  private listeners: ((file: string) => void)[] = [];

  async read(file: string): Promise<string | undefined> {
    return this.files.get(file);
  }

  async writeAtomically(file: string, text: string): Promise<void> {
    this.writes++;
    this.files.set(file, text);
  }

  async stat(file: string): Promise<{ size: number } | undefined> {
    const text = this.files.get(file);
    return text === undefined ? undefined : { size: Buffer.byteLength(text) };
  }

  watch(onChange: (file: string) => void) {
    this.listeners.push(onChange);
    return { dispose: () => { this.listeners = this.listeners.filter(l => l !== onChange); } };
  }

  /** Someone else changes the file; `notice` is whether the watcher reports it. */
  change(file: string, text: string | undefined, notice = true): void {
    if (text === undefined) this.files.delete(file);
    else this.files.set(file, text);
    if (notice) for (const listener of this.listeners) listener(file);
  }
}

/** Document texts: saved ones, and those open in an editor (with their unsaved edits). */
export class MemoryDocuments implements DocumentTextPort {
  readonly saved = new Map<string, string>();
  readonly open = new Map<string, string>();

  openText(document: string): string | undefined {
    return this.open.get(document);
  }

  async read(document: string): Promise<string | undefined> {
    return this.saved.get(document);
  }

  nameOf(document: string): string {
    return document.slice(document.lastIndexOf('/') + 1);
  }
}

/** A clock that moves only when told: timers run when `advance` passes their time. */
export class ManualClock implements Clock {
  private time = Date.parse('2026-12-01T10:00:00Z');
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;

  now(): Date {
    return new Date(this.time);
  }

  setTimer(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  }

  clearTimer(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = until;
  }

  get pending(): number {
    return this.timers.size;
  }
}

/** Lets queued promise callbacks (reads and writes under way) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise(resolve => setImmediate(resolve));
}
