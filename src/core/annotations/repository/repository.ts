import { mergeImported, type ImportMerge } from '../../export/import-merge';
import { countTags } from '../../tags';
import type { OffsetRange, TextChange } from '../../text/shift-ranges';
import { LineIndex } from '../../text/line-index';
import type { FileProblem } from '../codec';
import { newAnnotationId } from '../ids';
import { annotationFileFor, documentFor, isStructureCorrection, type Annotation } from '../model';
import { describeTarget } from '../target';
import { anchorRange } from './anchor-range';
import { cleanInput, type AnnotationInput } from './annotation-input';
export type { AnnotationInput };
import { CurrentText } from './current-text';
import { DiskSync } from './disk-sync';
import { DocumentAnnotations } from './document-annotations';
import { EditFollower } from './edit-follower';
import { CoalescedChanges } from './coalesced-changes';
import { Emitter } from './emitter';
import { AnnotationNotFoundError, AnnotationsUnavailableError, DocumentUnreadableError } from './errors';
import { systemClock, type AnnotationFilePort, type Clock, type Disposable, type DocumentTextPort } from './ports';


/** One annotation of one document, with where it currently stands (UTF-16 offsets; undefined for an orphan). */
export interface RepositoryEntry {
  document: string;
  annotation: Annotation;
  range?: OffsetRange;
}

export interface RepositoryOptions {
  files: AnnotationFilePort;
  documents: DocumentTextPort;
  /** `Name <email>` of whoever annotates the document. */
  authorOf(document: string): Promise<string>;
  clock?: Clock;
  maxBytes?: number;
}

/**
 * The annotations of every document, kept beside each document in `<name>.annotations.yaml`.
 * Loads and re-anchors them, keeps them in step with edits (edit-follower.ts), writes changes
 * at once, merged three-way with whatever changed on disk (disk-sync.ts). A file it cannot read
 * is reported and never written until fixed. Knows nothing of the editor: files, texts, time
 * and identity come through the ports.
 */
export class AnnotationRepository implements Disposable {
  private readonly states = new Map<string, DocumentAnnotations>();
  private readonly disk: DiskSync;
  private readonly follower: EditFollower;
  private readonly texts: CurrentText;
  private readonly clock: Clock;
  private readonly changes: CoalescedChanges;
  private readonly problems = new Emitter<{ file: string; text: string | undefined; problems: readonly FileProblem[] }>();
  /** Fires at most every 50 ms, with the document that changed, or undefined when several did. */
  readonly onDidChange: CoalescedChanges['event'];
  /** Fires when an annotation file becomes unreadable (its problems) or readable again (none). */
  readonly onDidChangeProblems = this.problems.event;
  private readonly watching: Disposable;
  /** Settles when the files found at start are loaded; changes wait for it. */
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly options: RepositoryOptions) {
    this.clock = options.clock ?? systemClock;
    this.texts = new CurrentText(options.documents);
    this.changes = new CoalescedChanges(this.clock);
    this.onDidChange = this.changes.event;
    this.disk = new DiskSync(options.files, {
      problemsChanged: (state, text, problems) => {
        this.problems.fire({ file: state.file, text, problems });
        this.notify(state.document);
      },
      textSource: state => this.texts.source(state.document),
      replaced: (state, annotations, text) => this.replaceAnnotations(state, annotations, text),
    }, document => options.documents.nameOf(document), options.maxBytes);
    this.follower = new EditFollower(this.clock, documents => this.notify(documents));
    this.watching = options.files.watch(file => void this.reload(file));
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Loads the annotation files found at start. */
  load(files: readonly string[]): Promise<void> {
    this.loading = Promise.allSettled(files.map(file => this.reload(file))).then(() => this.notify(undefined));
    return this.loading;
  }

  /** The annotations (structure corrections left out) of one document, or of every document. */
  entries(document?: string): RepositoryEntry[] {
    return this.listed(document, annotation => !isStructureCorrection(annotation));
  }

  /** The reader's structure corrections of one document, or of every document. */
  corrections(document?: string): RepositoryEntry[] {
    return this.listed(document, isStructureCorrection);
  }

  private listed(document: string | undefined, include: (annotation: Annotation) => boolean): RepositoryEntry[] {
    const states = document !== undefined ? [this.states.get(document)].filter(s => s !== undefined) : [...this.states.values()];
    const entries: RepositoryEntry[] = [];
    for (const state of states) {
      if (state.status !== 'ready') continue;
      for (const annotation of state.sorted()) if (include(annotation)) entries.push({ document: state.document, annotation, range: state.ranges.get(annotation.id) });
    }
    return entries;
  }

  find(document: string, id: string): RepositoryEntry | undefined {
    const state = this.states.get(document);
    const annotation = state?.status === 'ready' ? state.annotations.get(id) : undefined;
    return annotation && state ? { document, annotation, range: state.ranges.get(id) } : undefined;
  }

  /** Every document that has (or had) an annotation file, including unreadable ones, by name. */
  documents(): readonly DocumentAnnotations[] {
    return [...this.states.values()].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  }

  stateOf(document: string): DocumentAnnotations | undefined {
    return this.states.get(document);
  }

  /** How many annotations use each tag, across the workspace (each tag as written). */
  tagCounts(): Map<string, number> {
    return countTags(this.entries().map(e => e.annotation.tags ?? []), { rollUp: false });
  }

  // ---- changing ------------------------------------------------------------------------------

  async create(document: string, range: OffsetRange, input: AnnotationInput): Promise<Annotation> {
    const state = await this.writableState(document);
    const author = await this.options.authorOf(document);
    // The text is read last, so that the offsets (taken from the editor) still refer to it.
    const text = await this.texts.now(document);
    if (text === undefined) throw new DocumentUnreadableError(document);
    const annotation: Annotation = { id: newAnnotationId(), ...describeTarget(text, range.start, range.end), ...cleanInput(input), author, created: this.timestamp() };
    state.annotations.set(annotation.id, annotation);
    state.ranges.set(annotation.id, { start: range.start, end: range.end });
    return this.saved(state, annotation);
  }

  update(document: string, id: string, input: AnnotationInput): Promise<Annotation> {
    return this.change(document, id, current => {
      const next: Annotation = { ...current, updated: this.timestamp() };
      delete next.tags;
      delete next.note;
      return { ...next, ...cleanInput({ tags: input.tags ?? current.tags, note: input.note ?? current.note }) };
    });
  }

  async reply(document: string, id: string, note: string): Promise<Annotation> {
    const author = await this.options.authorOf(document);
    return this.change(document, id, current => ({ ...current, replies: [...(current.replies ?? []), { author, created: this.timestamp(), note }] }));
  }

  /** Moves an annotation (an orphan, usually) to a new passage; its note, tags and replies stay. */
  async reattach(document: string, id: string, range: OffsetRange): Promise<Annotation> {
    const text = await this.texts.now(document);
    if (text === undefined) throw new DocumentUnreadableError(document);
    return this.change(document, id, (current, state) => {
      state.ranges.set(id, { start: range.start, end: range.end });
      return { ...current, ...describeTarget(text, range.start, range.end), updated: this.timestamp() };
    });
  }

  /** Deletes an annotation and returns it, so that the deletion can be undone with `restore`. */
  async delete(document: string, id: string): Promise<Annotation> {
    const state = await this.writableState(document);
    const annotation = state.annotations.get(id);
    if (!annotation) throw new AnnotationNotFoundError(document, id);
    state.annotations.delete(id);
    state.ranges.delete(id);
    await this.saved(state, annotation);
    return annotation;
  }

  /** Puts a deleted annotation back, re-anchored in the current text. */
  async restore(document: string, annotation: Annotation): Promise<void> {
    const state = await this.writableState(document);
    state.annotations.set(annotation.id, annotation);
    const text = await this.texts.now(document);
    state.ranges.set(annotation.id, text === undefined ? undefined : anchorRange(text, annotation));
    await this.saved(state, annotation);
  }

  /**
   * Adds or replaces annotations by id from an import (W3C, REFI-QDA): the more recently changed
   * copy of a known id wins, as in the CLI's import; the file is written once.
   */
  async importAnnotations(document: string, incoming: readonly Annotation[]): Promise<ImportMerge> {
    const state = await this.writableState(document);
    const merge = mergeImported([...state.annotations.values()], incoming);
    const text = await this.texts.now(document);
    for (const annotation of merge.annotations) {
      if (state.annotations.get(annotation.id) === annotation) continue;
      state.annotations.set(annotation.id, annotation);
      state.ranges.set(annotation.id, text === undefined ? undefined : anchorRange(text, annotation));
    }
    this.notify(state.document);
    await this.disk.write(state);
    return merge;
  }

  /** After a rename moved the annotation file along with its document: load it and write the new document name into it. */
  async documentRenamed(document: string): Promise<void> {
    const state = this.stateFor(document);
    await this.disk.reload(state);
    if (state.diskText !== undefined) await this.disk.write(state);
  }

  private async change(document: string, id: string, edit: (current: Annotation, state: DocumentAnnotations) => Annotation): Promise<Annotation> {
    const state = await this.writableState(document);
    const current = state.annotations.get(id);
    if (!current) throw new AnnotationNotFoundError(document, id);
    const next = edit(current, state);
    state.annotations.set(id, next);
    return this.saved(state, next);
  }

  private async saved(state: DocumentAnnotations, annotation: Annotation): Promise<Annotation> {
    this.notify(state.document);
    await this.disk.write(state);
    return annotation;
  }

  /** The document's state, loaded from disk if need be; refuses documents whose file is invalid. */
  private async writableState(document: string): Promise<DocumentAnnotations> {
    await this.loading;
    let state = this.states.get(document);
    if (!state) {
      state = this.stateFor(document);
      await this.disk.reload(state);
    }
    if (state.status === 'invalid') throw new AnnotationsUnavailableError(document, state.file, state.problems[0]);
    return state;
  }

  // ---- files ---------------------------------------------------------------------------------

  /** An annotation file was created, changed or deleted: read it again. */
  reload(file: string): Promise<void> {
    const document = documentFor(file);
    return document === undefined ? Promise.resolve() : this.disk.reload(this.stateFor(document));
  }

  private stateFor(document: string): DocumentAnnotations {
    let state = this.states.get(document);
    if (!state) {
      state = new DocumentAnnotations(document, annotationFileFor(document));
      this.states.set(document, state);
    }
    return state;
  }

  /** Sets the model to a merged list, keeping the current ranges of annotations whose target did not change. */
  private replaceAnnotations(state: DocumentAnnotations, annotations: readonly Annotation[], textNow: () => string | undefined): void {
    const previous = new Map(state.annotations);
    state.annotations.clear();
    for (const a of annotations) state.annotations.set(a.id, a);
    for (const id of [...state.ranges.keys()]) if (!state.annotations.has(id)) state.ranges.delete(id);
    const fresh = annotations.filter(a => {
      const before = previous.get(a.id);
      return !before || before.quote !== a.quote || before.prefix !== a.prefix || before.suffix !== a.suffix || !state.ranges.has(a.id);
    });
    if (fresh.length) {
      const text = textNow();
      const index = text === undefined ? undefined : new LineIndex(text);
      for (const a of fresh) state.ranges.set(a.id, text === undefined ? undefined : anchorRange(text, a, index));
    }
    this.notify(state.document);
  }

  // ---- following the document ----------------------------------------------------------------

  /** Moves ranges with an edit of the open document; those it overlapped are re-anchored once typing pauses. */
  followEdits(document: string, edits: readonly TextChange[]): void {
    const state = this.states.get(document);
    if (state?.status === 'ready') this.follower.follow(state, edits, () => this.options.documents.openText(document));
  }

  /** On save, the position hints in the file catch up with where the annotations now stand. */
  async documentSaved(document: string, text: string): Promise<void> {
    const state = this.states.get(document);
    if (!state || state.status !== 'ready' || state.annotations.size === 0) return;
    this.follower.settle(state, text);
    this.follower.updateHints(state, text);
    await this.disk.write(state);
  }

  /** Anchors every annotation of a document afresh in its current text (closed, or changed on disk). */
  async reanchorAll(document: string): Promise<void> {
    const state = this.states.get(document);
    if (!state || state.status !== 'ready') return;
    const text = await this.texts.now(document);
    this.follower.reanchorAll(state, text);
    this.notify(document);
  }

  private notify(document: string | undefined): void {
    this.changes.add(document);
  }

  /** ISO 8601 UTC to the second, as the file stores it. */
  private timestamp(): string {
    return this.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  dispose(): void {
    this.follower.dispose();
    this.watching.dispose();
    this.changes.dispose();
    this.problems.dispose();
  }
}

