import * as vscode from 'vscode';
import { anchorAnnotation } from '../../core/annotations/anchoring';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { newAnnotationId } from '../../core/annotations/ids';
import { mergeById } from '../../core/annotations/merge-by-id';
import { ANNOTATION_FILE_SUFFIX, annotationFileFor, documentFor, isStructureCorrection, type Annotation, type StructureMark } from '../../core/annotations/model';
import { describeTarget } from '../../core/annotations/target';
import { LineIndex } from '../../core/text/line-index';
import { shiftRanges, type OffsetRange } from '../../core/text/shift-ranges';
import type { AnnotationEntry, AnnotationIndex, Services } from '../services';
import type { AnnotationDiagnostics } from './annotation-diagnostics';
import { readTextIfExists, writeTextAtomically } from './annotation-file-io';
import { authorFor } from './author';
import { DocumentState } from './document-state';

/** Larger annotation files are refused rather than parsed (a runaway file must not hang the editor). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** How long typing pauses before the annotations an edit touched are re-anchored. */
const REANCHOR_DELAY_MS = 200;

/** Raised when annotations cannot be added to a document whose annotation file is invalid. */
export class AnnotationsUnavailableError extends Error {}

export interface AnnotationInput {
  tags?: string[];
  note?: string;
  /** Makes the entry a structure correction rather than an annotation. */
  mark?: StructureMark;
}

/**
 * The annotations of every document, kept beside each document in `<name>.annotations.yaml`.
 * Loads and re-anchors them, keeps them in step with edits, writes changes at once (atomically,
 * merged by id with whatever changed on disk) and position hints when the document is saved.
 * A file it cannot read is reported and never written until fixed.
 */
export class AnnotationStore implements AnnotationIndex, vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires at most every 50 ms, with the document that changed, or undefined when several did. */
  readonly onDidChange = this.changed.event;
  private readonly changedSince = new Set<string>();
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly reanchorTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Settles when the annotation files found at start have been loaded. */
  readonly ready: Promise<void>;

  constructor(private readonly services: Services, private readonly diagnostics: AnnotationDiagnostics) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${ANNOTATION_FILE_SUFFIX}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => void this.reload(uri)),
      watcher.onDidChange(uri => void this.reload(uri)),
      watcher.onDidDelete(uri => void this.reload(uri)),
      vscode.workspace.onDidChangeTextDocument(e => this.followEdits(e)),
      vscode.workspace.onDidSaveTextDocument(document => void this.writePositionHints(document)),
      vscode.workspace.onDidCloseTextDocument(document => void this.reanchorAll(document.uri)),
      services.documents.onDidChange(change => {
        // Open documents follow their edits; a closed one changed, created or deleted on disk is anchored afresh.
        if (change.kind !== 'all' && !this.openDocument(change.uri)) void this.reanchorAll(change.uri);
      }),
    );
    this.ready = this.loadAll();
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The annotations (structure corrections left out) of one document, or of the workspace. */
  entries(uri?: vscode.Uri): AnnotationEntry[] {
    return this.listed(uri, annotation => !isStructureCorrection(annotation));
  }

  /** The reader's structure corrections of one document, or of the workspace. */
  corrections(uri?: vscode.Uri): AnnotationEntry[] {
    return this.listed(uri, isStructureCorrection);
  }

  private listed(uri: vscode.Uri | undefined, include: (annotation: Annotation) => boolean): AnnotationEntry[] {
    const states = uri ? [this.states.get(uri.toString())].filter(s => s !== undefined) : [...this.states.values()];
    const entries: AnnotationEntry[] = [];
    for (const state of states) {
      if (state.status !== 'ready') continue;
      for (const annotation of state.sorted()) {
        if (include(annotation)) entries.push({ uri: state.documentUri, annotation, range: state.ranges.get(annotation.id) });
      }
    }
    return entries;
  }

  /** Every document that has (or had) an annotation file, including unreadable ones. */
  documents(): readonly DocumentState[] {
    return [...this.states.values()].sort((a, b) => a.documentUri.path.localeCompare(b.documentUri.path));
  }

  stateOf(uri: vscode.Uri): DocumentState | undefined {
    return this.states.get(uri.toString());
  }

  find(uri: vscode.Uri, id: string): AnnotationEntry | undefined {
    const state = this.states.get(uri.toString());
    const annotation = state?.status === 'ready' ? state.annotations.get(id) : undefined;
    return annotation && state ? { uri: state.documentUri, annotation, range: state.ranges.get(id) } : undefined;
  }

  /** How many annotations use each tag, across the workspace. */
  tagCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { annotation } of this.entries()) for (const tag of annotation.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return counts;
  }

  // ---- changing ------------------------------------------------------------------------------

  async create(documentUri: vscode.Uri, range: OffsetRange, input: AnnotationInput): Promise<Annotation> {
    const state = await this.writableState(documentUri);
    const author = await authorFor(this.services, documentUri);
    // The text is read last, so that the offsets (taken from the editor) still refer to it.
    const text = await this.currentText(documentUri);
    if (text === undefined) throw new Error(vscode.l10n.t('Cannot read {0}.', vscode.workspace.asRelativePath(documentUri)));
    const annotation: Annotation = {
      id: newAnnotationId(),
      ...describeTarget(text, range.start, range.end),
      ...cleanInput(input),
      author,
      created: timestamp(),
    };
    state.annotations.set(annotation.id, annotation);
    state.ranges.set(annotation.id, { start: range.start, end: range.end });
    state.markChanged(annotation.id, undefined);
    this.notify(documentUri);
    await this.write(state);
    return annotation;
  }

  async update(documentUri: vscode.Uri, id: string, input: AnnotationInput): Promise<Annotation> {
    return this.change(documentUri, id, current => {
      const next: Annotation = { ...current, updated: timestamp() };
      delete next.tags;
      delete next.note;
      return { ...next, ...cleanInput({ tags: input.tags ?? current.tags, note: input.note ?? current.note }) };
    });
  }

  async reply(documentUri: vscode.Uri, id: string, note: string): Promise<Annotation> {
    const author = await authorFor(this.services, documentUri);
    return this.change(documentUri, id, current => ({ ...current, replies: [...(current.replies ?? []), { author, created: timestamp(), note }] }));
  }

  /** Moves an annotation (an orphan, usually) to a new passage; its note, tags and replies stay. */
  async reattach(documentUri: vscode.Uri, id: string, range: OffsetRange): Promise<Annotation> {
    const text = await this.currentText(documentUri);
    if (text === undefined) throw new Error(vscode.l10n.t('Cannot read {0}.', vscode.workspace.asRelativePath(documentUri)));
    return this.change(documentUri, id, current => {
      this.stateOf(documentUri)!.ranges.set(id, { start: range.start, end: range.end });
      return { ...current, ...describeTarget(text, range.start, range.end), updated: timestamp() };
    });
  }

  /** Deletes an annotation and returns it, so that the deletion can be undone with `restore`. */
  async delete(documentUri: vscode.Uri, id: string): Promise<Annotation> {
    const state = await this.writableState(documentUri);
    const annotation = state.annotations.get(id);
    if (!annotation) throw new Error(vscode.l10n.t('The annotation no longer exists.'));
    state.annotations.delete(id);
    state.ranges.delete(id);
    state.markDeleted(id, annotation);
    this.notify(documentUri);
    await this.write(state);
    return annotation;
  }

  /** Puts a deleted annotation back, re-anchored in the current text. */
  async restore(documentUri: vscode.Uri, annotation: Annotation): Promise<void> {
    const state = await this.writableState(documentUri);
    state.annotations.set(annotation.id, annotation);
    if (state.deleted.has(annotation.id)) {
      const base = state.deleted.get(annotation.id)!;
      state.deleted.delete(annotation.id);
      state.markChanged(annotation.id, base);
    } else {
      state.markChanged(annotation.id, undefined);
    }
    const text = await this.currentText(documentUri);
    state.ranges.set(annotation.id, text === undefined ? undefined : anchor(text, annotation));
    this.notify(documentUri);
    await this.write(state);
  }

  private async change(documentUri: vscode.Uri, id: string, edit: (current: Annotation) => Annotation): Promise<Annotation> {
    const state = await this.writableState(documentUri);
    const current = state.annotations.get(id);
    if (!current) throw new Error(vscode.l10n.t('The annotation no longer exists.'));
    const next = edit(current);
    state.annotations.set(id, next);
    state.markChanged(id, current);
    this.notify(documentUri);
    await this.write(state);
    return next;
  }

  /** The document's state, loaded from disk if need be; refuses documents whose file is invalid. */
  private async writableState(documentUri: vscode.Uri): Promise<DocumentState> {
    await this.ready;
    let state = this.states.get(documentUri.toString());
    if (!state) {
      state = this.stateFor(documentUri);
      await this.reload(state.fileUri);
    }
    if (state.status === 'invalid') {
      const problem = state.problems[0];
      throw new AnnotationsUnavailableError(vscode.l10n.t(
        'Annotations for {0} are unavailable until {1} is fixed (line {2}, column {3}: {4}).',
        vscode.workspace.asRelativePath(documentUri), vscode.workspace.asRelativePath(state.fileUri),
        problem?.line ?? 1, problem?.column ?? 1, problem?.message ?? ''));
    }
    return state;
  }

  // ---- files ---------------------------------------------------------------------------------

  private async loadAll(): Promise<void> {
    const files = await vscode.workspace.findFiles(`**/*${ANNOTATION_FILE_SUFFIX}`, '{**/node_modules/**,**/.git/**}');
    await Promise.all(files.map(uri => this.reload(uri)));
    this.notify(undefined);
  }

  private stateFor(documentUri: vscode.Uri): DocumentState {
    const key = documentUri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = new DocumentState(documentUri, documentUri.with({ path: annotationFileFor(documentUri.path) }));
      this.states.set(key, state);
    }
    return state;
  }

  /**
   * Reads the annotation file again (created, changed or deleted on disk) and merges it by id with
   * the changes not written yet; an unreadable file makes the document's annotations unavailable.
   */
  private reload(fileUri: vscode.Uri): Promise<void> {
    const documentPath = documentFor(fileUri.path);
    if (!documentPath) return Promise.resolve();
    const state = this.stateFor(fileUri.with({ path: documentPath }));
    return state.serialize(async () => {
      const text = await readTextIfExists(fileUri);
      if (text === state.diskText && state.status === 'ready') return; // Our own write coming back.
      const parsed = text === undefined ? { ok: true as const, file: { document: '', annotations: [] } } : parseAnnotationFile(text, { maxBytes: MAX_FILE_BYTES });
      if (!parsed.ok) {
        state.status = 'invalid';
        state.problems = parsed.problems;
        state.diskText = text;
        state.ranges.clear(); // Edits are not followed meanwhile: anchor afresh once the file is fixed.
        this.diagnostics.report(fileUri, text!, parsed.problems);
        this.notify(state.documentUri);
        return;
      }
      this.diagnostics.clear(fileUri);
      const merged = mergeById(parsed.file.annotations, [...state.annotations.values()], state);
      state.status = 'ready';
      state.problems = [];
      state.diskText = text;
      await this.replaceAnnotations(state, merged);
      if (state.hasPendingChanges) await this.writeNow(state);
    });
  }

  /** After a rename moved the annotation file along with its document: load it and write the new document name into it. */
  async documentRenamed(documentUri: vscode.Uri): Promise<void> {
    const fileUri = documentUri.with({ path: annotationFileFor(documentUri.path) });
    if ((await readTextIfExists(fileUri)) === undefined) return;
    const state = this.stateFor(documentUri);
    await this.reload(fileUri);
    await this.write(state);
  }

  /** Writes the document's annotations after any read or write under way. */
  private write(state: DocumentState): Promise<void> {
    return state.serialize(() => this.writeNow(state));
  }

  /**
   * Writes the model if it differs from the file: first merges in whatever changed on disk since
   * it was read; writes nothing when the text would be the same, and never writes over an invalid file.
   */
  private async writeNow(state: DocumentState): Promise<void> {
    if (state.status !== 'ready') return;
    const onDisk = await readTextIfExists(state.fileUri);
    const pending = state.takePending();
    try {
      if (onDisk !== state.diskText) {
        const parsed = onDisk === undefined ? { ok: true as const, file: { document: '', annotations: [] } } : parseAnnotationFile(onDisk, { maxBytes: MAX_FILE_BYTES });
        if (!parsed.ok) {
          state.restorePending(pending);
          state.status = 'invalid';
          state.problems = parsed.problems;
          state.diskText = onDisk;
          state.ranges.clear();
          this.diagnostics.report(state.fileUri, onDisk!, parsed.problems);
          this.notify(state.documentUri);
          return;
        }
        await this.replaceAnnotations(state, mergeById(parsed.file.annotations, [...state.annotations.values()], pending));
      }
      if (onDisk === undefined && state.annotations.size === 0) return; // Nothing to keep, no file to make.
      const text = stringifyAnnotationFile({ document: basename(state.documentUri), annotations: state.sorted() });
      if (text !== onDisk) await writeTextAtomically(state.fileUri, text);
      state.diskText = text;
    } catch (error) {
      state.restorePending(pending);
      throw error;
    }
  }

  /** Sets the model to a merged list, keeping the current ranges of annotations whose target did not change. */
  private async replaceAnnotations(state: DocumentState, annotations: Annotation[]): Promise<void> {
    const previous = new Map(state.annotations);
    state.annotations.clear();
    for (const a of annotations) state.annotations.set(a.id, a);
    for (const id of [...state.ranges.keys()]) if (!state.annotations.has(id)) state.ranges.delete(id);
    const fresh = annotations.filter(a => {
      const before = previous.get(a.id);
      return !before || before.quote !== a.quote || before.prefix !== a.prefix || before.suffix !== a.suffix || !state.ranges.has(a.id);
    });
    if (fresh.length) {
      const text = await this.currentText(state.documentUri);
      const index = text === undefined ? undefined : new LineIndex(text);
      for (const a of fresh) state.ranges.set(a.id, text === undefined ? undefined : anchor(text, a, index));
    }
    this.notify(state.documentUri);
  }

  /** Anchors every annotation of a document afresh in its current text. */
  private async reanchorAll(documentUri: vscode.Uri): Promise<void> {
    const state = this.states.get(documentUri.toString());
    if (!state || state.status !== 'ready') return;
    const text = await this.currentText(documentUri);
    const index = text === undefined ? undefined : new LineIndex(text);
    for (const a of state.annotations.values()) state.ranges.set(a.id, text === undefined ? undefined : anchor(text, a, index));
    state.touched.clear();
    state.lostWhileEditing.clear();
    this.notify(documentUri);
  }

  // ---- following the editor ------------------------------------------------------------------

  /** Moves ranges with each edit; only the annotations an edit overlapped are re-anchored, after typing pauses. */
  private followEdits(event: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(event.document.uri.toString());
    if (!state || state.status !== 'ready' || event.contentChanges.length === 0 || state.annotations.size === 0) return;
    const touched = shiftRanges(state.ranges, event.contentChanges.map(c => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })));
    for (const id of touched) state.touched.add(id);
    this.notify(state.documentUri);
    if (state.touched.size === 0 && state.lostWhileEditing.size === 0) return;
    const key = state.documentUri.toString();
    clearTimeout(this.reanchorTimers.get(key));
    this.reanchorTimers.set(key, setTimeout(() => {
      this.reanchorTimers.delete(key);
      this.reanchorTouched(state, event.document);
    }, REANCHOR_DELAY_MS));
  }

  private reanchorTouched(state: DocumentState, document: vscode.TextDocument): void {
    if (document.isClosed || state.status !== 'ready') return;
    const text = document.getText();
    const index = new LineIndex(text);
    for (const id of [...state.touched, ...state.lostWhileEditing]) {
      const annotation = state.annotations.get(id);
      if (!annotation) continue;
      const range = state.ranges.get(id);
      const hint = range ? { ...annotation, start: index.positionAt(range.start), end: index.positionAt(range.end) } : annotation;
      const anchored = anchor(text, hint, index);
      state.ranges.set(id, anchored);
      if (anchored) state.lostWhileEditing.delete(id);
      else state.lostWhileEditing.add(id);
    }
    state.touched.clear();
    this.notify(state.documentUri);
  }

  /** On save, the position hints in the file catch up with where the annotations now stand. */
  private async writePositionHints(document: vscode.TextDocument): Promise<void> {
    const state = this.states.get(document.uri.toString());
    if (!state || state.status !== 'ready' || state.annotations.size === 0) return;
    const key = state.documentUri.toString();
    if (this.reanchorTimers.has(key)) {
      // Typing has just stopped: settle the annotations it touched before their positions are written.
      clearTimeout(this.reanchorTimers.get(key));
      this.reanchorTimers.delete(key);
      this.reanchorTouched(state, document);
    }
    const index = new LineIndex(document.getText());
    for (const [id, annotation] of state.annotations) {
      const range = state.ranges.get(id);
      if (!range) continue;
      const start = index.positionAt(range.start);
      const end = index.positionAt(range.end);
      if (start.line !== annotation.start.line || start.column !== annotation.start.column || end.line !== annotation.end.line || end.column !== annotation.end.column) {
        state.annotations.set(id, { ...annotation, start, end });
      }
    }
    await this.write(state).catch(error => this.reportWriteError(state, error));
  }

  /** Coalesces change notifications, so that listeners (views, outline, search) do not run on every keystroke. */
  private notify(uri: vscode.Uri | undefined): void {
    this.changedSince.add(uri ? uri.toString() : '*');
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      const changed = [...this.changedSince];
      this.changedSince.clear();
      this.changed.fire(changed.length === 1 && changed[0] !== '*' ? vscode.Uri.parse(changed[0]) : undefined);
    }, 50);
  }

  reportWriteError(state: DocumentState, error: unknown): void {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', vscode.workspace.asRelativePath(state.fileUri), error instanceof Error ? error.message : String(error)));
  }

  /** The editor's text when the document is open (unsaved edits included), else the file's; undefined if it is gone. */
  private async currentText(uri: vscode.Uri): Promise<string | undefined> {
    const open = this.openDocument(uri);
    if (open) return open.getText();
    try {
      return await this.services.documents.read(uri);
    } catch {
      return undefined;
    }
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
  }

  dispose(): void {
    for (const timer of this.reanchorTimers.values()) clearTimeout(timer);
    clearTimeout(this.notifyTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Where an annotation stands in the text, or undefined for an orphan. */
function anchor(text: string, annotation: Annotation, index?: LineIndex): OffsetRange | undefined {
  const result = anchorAnnotation(text, annotation, index);
  return result.status === 'orphaned' || result.start === undefined || result.end === undefined ? undefined : { start: result.start, end: result.end };
}

/** ISO 8601 UTC to the second, as the file stores it. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Tags trimmed and deduplicated, an empty note dropped: absent fields stay absent in the file. */
function cleanInput(input: AnnotationInput): AnnotationInput {
  const tags = [...new Set((input.tags ?? []).map(t => t.trim()).filter(t => t.length > 0))];
  const note = input.note?.replace(/\r\n?/g, '\n').trim();
  return { ...(input.mark ? { mark: input.mark } : {}), ...(tags.length ? { tags } : {}), ...(note ? { note } : {}) };
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
