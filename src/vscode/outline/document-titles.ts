import type * as vscode from 'vscode';
import { documentTitle } from '../../core/outline/document-title';
import type { PolicyDocuments } from '../documents/policy-documents';

/**
 * Each document's title for its row in the Outline: read while the documents are listed (so a
 * row is drawn at once) and read again when the document changes.
 */
export class DocumentTitles {
  private readonly reading = new Map<string, Promise<string | undefined>>();
  private readonly read = new Map<string, string | undefined>();

  constructor(private readonly documents: PolicyDocuments) {}

  /** The document's title, or undefined when its opening names none (the row shows the file name). */
  titleOf(uri: vscode.Uri): Promise<string | undefined> {
    const key = uri.toString();
    let title = this.reading.get(key);
    if (!title) {
      title = this.documents.read(uri).then(documentTitle, () => undefined);
      this.reading.set(key, title);
      void title.then(read => this.read.set(key, read));
    }
    return title;
  }

  /** Reads the title again after the document changed; until then the row keeps the one read last. */
  refresh(uri: vscode.Uri): Promise<string | undefined> {
    this.reading.delete(uri.toString());
    return this.titleOf(uri);
  }

  forgetAll(): void {
    this.reading.clear();
  }

  /** The title last read, without waiting (undefined before it is read or when there is none). */
  known(uri: vscode.Uri): string | undefined {
    return this.read.get(uri.toString());
  }
}
