import * as vscode from 'vscode';
import { outlineDocument, type Outline } from '../../core/outline';
import type { PolicyDocuments } from '../documents/policy-documents';

/**
 * One outline per document, recomputed only when its text changed: an edit re-outlines that
 * document alone, never the workspace.
 */
export class OutlineCache implements vscode.Disposable {
  private readonly outlines = new Map<string, { text: string; outline: Outline }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly documents: PolicyDocuments) {
    this.subscription = documents.onDidChange(change => {
      if (change.kind === 'all') {
        this.outlines.clear();
        this.changed.fire(undefined);
      } else {
        if (change.kind === 'deleted') this.outlines.delete(change.uri.toString());
        this.changed.fire(change.kind === 'changed' ? change.uri : undefined);
      }
    });
  }

  /** The outline of a document's current text (the editor's, when open). */
  async get(uri: vscode.Uri): Promise<Outline> {
    return this.outlineOf(uri, await this.documents.read(uri));
  }

  /** The outline of an open document, without reading anything. */
  forDocument(document: vscode.TextDocument): Outline {
    return this.outlineOf(document.uri, document.getText());
  }

  private outlineOf(uri: vscode.Uri, text: string): Outline {
    const key = uri.toString();
    const cached = this.outlines.get(key);
    if (cached && cached.text === text) return cached.outline;
    const outline = outlineDocument(text, { fileName: uri.path });
    this.outlines.set(key, { text, outline });
    return outline;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
