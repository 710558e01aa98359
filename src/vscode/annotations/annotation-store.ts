import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/model';
import type { AnnotationInput, AnnotationRepository, RepositoryEntry } from '../../core/annotations/repository/repository';
import type { DocumentAnnotations } from '../../core/annotations/repository/document-annotations';
import { AnnotationNotFoundError, AnnotationsUnavailableError, DocumentUnreadableError } from '../../core/annotations/repository/errors';
import { ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import type { ImportMerge } from '../../core/export/import-merge';
import type { OffsetRange } from '../../core/text/shift-ranges';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { AnnotatedDocument, AnnotationEntry, AnnotationIndex } from '../annotation-index';
import type { AnnotationDiagnostics } from './annotation-diagnostics';
import { toUri } from './workspace-ports';

export type { AnnotationInput };

/** Raised when annotations cannot be added to a document whose annotation file is invalid. */
export class AnnotationsUnavailable extends Error {}

/**
 * The editor's side of the annotation repository (src/core/annotations/repository): feeds it the
 * editor's events (typing, saving, closing, documents changed on disk), shows its file problems in
 * the Problems view, turns its names back into URIs and its errors into localised messages.
 */
export class AnnotationStore implements AnnotationIndex, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.changed.event;
  readonly ready: Promise<void>;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly repository: AnnotationRepository, documents: PolicyDocuments, diagnostics: AnnotationDiagnostics) {
    this.disposables = [
      this.changed,
      repository,
      repository.onDidChange(document => this.changed.fire(document === undefined ? undefined : toUri(document))),
      repository.onDidChangeProblems(({ file, text, problems }) => {
        if (problems.length) diagnostics.report(toUri(file), text ?? '', problems);
        else diagnostics.clear(toUri(file));
      }),
      vscode.workspace.onDidChangeTextDocument(e => repository.followEdits(e.document.uri.toString(), e.contentChanges.map(c => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })))),
      vscode.workspace.onDidSaveTextDocument(document => void repository.documentSaved(document.uri.toString(), document.getText())
        .catch(error => this.reportWriteError(document.uri, error))),
      vscode.workspace.onDidCloseTextDocument(document => void repository.reanchorAll(document.uri.toString())),
      documents.onDidChange(change => {
        // Open documents follow their edits; a closed one changed, created or deleted on disk is anchored afresh.
        if (change.kind !== 'all' && !vscode.workspace.textDocuments.some(d => d.uri.toString() === change.uri.toString())) void repository.reanchorAll(change.uri.toString());
      }),
    ];
    this.ready = Promise.resolve(documents.files.find(path => path.endsWith(ANNOTATION_FILE_SUFFIX), [`**/*${ANNOTATION_FILE_SUFFIX}`])
      .then(files => repository.load(files.map(uri => uri.toString()))));
  }

  // ---- reading (AnnotationIndex) -------------------------------------------------------------

  entries(uri?: vscode.Uri): AnnotationEntry[] {
    return this.repository.entries(uri?.toString()).map(e => this.entry(e, uri));
  }

  corrections(uri?: vscode.Uri): AnnotationEntry[] {
    return this.repository.corrections(uri?.toString()).map(e => this.entry(e, uri));
  }

  find(uri: vscode.Uri, id: string): AnnotationEntry | undefined {
    const found = this.repository.find(uri.toString(), id);
    return found && this.entry(found, uri);
  }

  document(uri: vscode.Uri): AnnotatedDocument | undefined {
    const state = this.repository.stateOf(uri.toString());
    return state && view(state);
  }

  documents(): AnnotatedDocument[] {
    return this.repository.documents().map(view);
  }

  tagCounts(): Map<string, number> {
    return this.repository.tagCounts();
  }

  private entry(e: RepositoryEntry, uri: vscode.Uri | undefined): AnnotationEntry {
    return { uri: uri ?? toUri(e.document), annotation: e.annotation, range: e.range };
  }

  // ---- changing ------------------------------------------------------------------------------

  create(uri: vscode.Uri, range: OffsetRange, input: AnnotationInput): Promise<Annotation> {
    return localised(this.repository.create(uri.toString(), range, input));
  }

  update(uri: vscode.Uri, id: string, input: AnnotationInput): Promise<Annotation> {
    return localised(this.repository.update(uri.toString(), id, input));
  }

  reply(uri: vscode.Uri, id: string, note: string): Promise<Annotation> {
    return localised(this.repository.reply(uri.toString(), id, note));
  }

  reattach(uri: vscode.Uri, id: string, range: OffsetRange): Promise<Annotation> {
    return localised(this.repository.reattach(uri.toString(), id, range));
  }

  delete(uri: vscode.Uri, id: string): Promise<Annotation> {
    return localised(this.repository.delete(uri.toString(), id));
  }

  restore(uri: vscode.Uri, annotation: Annotation): Promise<void> {
    return localised(this.repository.restore(uri.toString(), annotation));
  }

  importAnnotations(uri: vscode.Uri, annotations: readonly Annotation[]): Promise<ImportMerge> {
    return localised(this.repository.importAnnotations(uri.toString(), annotations));
  }

  documentRenamed(uri: vscode.Uri): Promise<void> {
    return localised(this.repository.documentRenamed(uri.toString()));
  }

  private reportWriteError(uri: vscode.Uri, error: unknown): void {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', vscode.workspace.asRelativePath(uri) + ANNOTATION_FILE_SUFFIX, error instanceof Error ? error.message : String(error)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A read-only view of one document's state for the views. */
function view(state: DocumentAnnotations): AnnotatedDocument {
  return {
    uri: toUri(state.document),
    fileUri: toUri(state.file),
    status: state.status,
    problems: state.problems,
    count: state.annotationCount(),
    orphans: () => state.orphanCount(),
    highlights: () => state.highlights(),
  };
}

/** The repository's errors, in the user's language. */
async function localised<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof AnnotationsUnavailableError) {
      const problem = error.problem;
      throw new AnnotationsUnavailable(vscode.l10n.t(
        'Annotations for {0} are unavailable until {1} is fixed (line {2}, column {3}: {4}).',
        vscode.workspace.asRelativePath(toUri(error.document)), vscode.workspace.asRelativePath(toUri(error.file)),
        problem?.line ?? 1, problem?.column ?? 1, problem?.message ?? ''));
    }
    if (error instanceof AnnotationNotFoundError) throw new Error(vscode.l10n.t('The annotation no longer exists.'));
    if (error instanceof DocumentUnreadableError) throw new Error(vscode.l10n.t('Cannot read {0}.', vscode.workspace.asRelativePath(toUri(error.document))));
    throw error;
  }
}
