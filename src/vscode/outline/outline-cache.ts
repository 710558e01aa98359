import * as vscode from 'vscode';
import { outlineDocument, type Outline } from '../../core/outline';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineInputs } from './outline-inputs';

/**
 * One outline per document, recomputed only when its text or its inputs (the reader's corrections,
 * the project's file) changed: an edit re-outlines that document alone, never the workspace.
 */
export class OutlineCache implements vscode.Disposable {
  private readonly outlines = new Map<string, { text: string; inputs: string; version?: number; outline: Outline }>();
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
        else this.forgetVersion(change.uri);
        this.changed.fire(change.kind === 'changed' ? change.uri : undefined);
      }
    });
    // A document opened again starts again at version 1: its text decides then.
    this.closed = vscode.workspace.onDidCloseTextDocument(document => this.forgetVersion(document.uri));
    this.inputsChanged = inputs.onDidChange(uri => {
      if (uri) this.outlines.delete(uri.toString());
      else this.outlines.clear();
      this.changed.fire(uri);
    });
  }

  /** The outline of a document's current text (the editor's, when open). */
  async get(uri: vscode.Uri): Promise<Outline> {
    return this.outlineOf(uri, await this.documents.read(uri));
  }

  /**
   * The outline of an open document, without reading anything: symbols, folding and the cursor
   * ask often, and the same version is never outlined twice.
   */
  forDocument(document: vscode.TextDocument): Outline {
    const cached = this.outlines.get(document.uri.toString());
    if (cached && cached.version === document.version && cached.inputs === this.inputs.keyOf(document.uri)) return cached.outline;
    return this.outlineOf(document.uri, document.getText(), document.version);
  }

  private outlineOf(uri: vscode.Uri, text: string, version?: number): Outline {
    const key = uri.toString();
    const cached = this.outlines.get(key);
    const inputs = this.inputs.keyOf(uri);
    if (cached && cached.text === text && cached.inputs === inputs) {
      if (version !== undefined) cached.version = version;
      return cached.outline;
    }
    const outline = outlineDocument(text, this.inputs.optionsFor(uri));
    this.outlines.set(key, { text, inputs, version, outline });
    return outline;
  }

  private forgetVersion(uri: vscode.Uri): void {
    const cached = this.outlines.get(uri.toString());
    if (cached) cached.version = undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.closed.dispose();
    this.inputsChanged.dispose();
    this.changed.dispose();
  }
}
