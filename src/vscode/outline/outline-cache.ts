import * as vscode from 'vscode';
import { outlineDocument, type Outline } from '../../core/outline';
import type { PolicyDocuments } from '../documents/policy-documents';
import { nextTask } from '../next-task';
import type { OutlineInputs } from './outline-inputs';

/** How much text warm() outlines ahead: a few dozen reports, not a whole archive. */
const WARM_BUDGET_CHARS = 4_000_000;

/** A document's text and the outline of exactly that text. */
export interface OutlinedText {
  text: string;
  outline: Outline;
}

/**
 * One outline per document version and outline inputs (the reader's corrections, the project's
 * outline file), for every consumer (the Outline view, symbols and folding, search, export and
 * the report): an open document is outlined once per editor version, a closed one once per
 * change on disk, so an edit re-outlines that document alone, never the workspace, and a closed
 * document is not even read again until it changes.
 */
export class OutlineCache implements vscode.Disposable {
  private readonly outlines = new Map<string, OutlinedText & { inputs: string; version?: number; fresh: boolean }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private readonly closed: vscode.Disposable;
  private readonly inputsChanged: vscode.Disposable;

  constructor(private readonly documents: PolicyDocuments, private readonly inputs: OutlineInputs) {
    this.subscription = documents.onDidChange(change => {
      if (change.kind === 'all') {
        this.outlines.clear();
        this.changed.fire(undefined);
      } else {
        if (change.kind === 'deleted') this.outlines.delete(change.uri.toString());
        else this.forget(change.uri);
        this.changed.fire(change.kind === 'changed' ? change.uri : undefined);
      }
    });
    // A document opened again starts again at version 1, and once closed its file decides: its text is compared then.
    this.closed = vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri));
    this.inputsChanged = inputs.onDidChange(uri => {
      if (uri) this.outlines.delete(uri.toString());
      else this.outlines.clear();
      this.changed.fire(uri);
    });
  }

  /** The outline of a document's current text (the editor's, when open). */
  async get(uri: vscode.Uri): Promise<Outline> {
    return (await this.read(uri)).outline;
  }

  /** The document's current text (the editor's, when open) with its outline; rejects when it cannot be read. */
  async read(uri: vscode.Uri): Promise<OutlinedText> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    if (open) return this.outlined(open);
    const cached = this.outlines.get(key);
    if (cached?.fresh && cached.version === undefined && cached.inputs === this.inputs.keyOf(uri)) return cached;
    return this.outlineOf(uri, await this.documents.read(uri));
  }

  /**
   * The outline of an open document, without reading anything: symbols, folding and the cursor
   * ask often, and the same version is never outlined twice.
   */
  forDocument(document: vscode.TextDocument): Outline {
    return this.outlined(document).outline;
  }

  private outlined(document: vscode.TextDocument): OutlinedText {
    const cached = this.outlines.get(document.uri.toString());
    if (cached && cached.version === document.version && cached.inputs === this.inputs.keyOf(document.uri)) return cached;
    return this.outlineOf(document.uri, document.getText(), document.version);
  }

  private outlineOf(uri: vscode.Uri, text: string, version?: number): OutlinedText {
    const key = uri.toString();
    const cached = this.outlines.get(key);
    const inputs = this.inputs.keyOf(uri);
    if (cached && cached.text === text && cached.inputs === inputs) {
      cached.version = version;
      cached.fresh = true;
      return cached;
    }
    const entry = { text, inputs, outline: outlineDocument(text, this.inputs.optionsFor(uri)), version, fresh: true };
    this.outlines.set(key, entry);
    return entry;
  }

  /**
   * Outlines documents ahead of their first use, one at a time between other work, up to a
   * budget of text: the Outline calls it once it has listed the documents, so that expanding one
   * shows its chapters at once (the first outline of a session runs in code the engine has not
   * compiled yet, several times slower than the next).
   */
  warm(uris: readonly vscode.Uri[]): void {
    if (this.warming) return;
    this.warming = (async () => {
      let budget = WARM_BUDGET_CHARS;
      for (const uri of uris) {
        if (budget <= 0 || this.disposed) break;
        await nextTask();
        budget -= await this.read(uri).then(({ text }) => text.length, () => 0);
      }
    })().finally(() => { this.warming = undefined; });
  }

  private warming: Promise<void> | undefined;
  private disposed = false;

  /** The text may have changed: compare it again on the next read (the outline is kept if it did not). */
  private forget(uri: vscode.Uri): void {
    const cached = this.outlines.get(uri.toString());
    if (cached) {
      cached.version = undefined;
      cached.fresh = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
    this.closed.dispose();
    this.inputsChanged.dispose();
    this.changed.dispose();
  }
}
