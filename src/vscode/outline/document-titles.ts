import type * as vscode from 'vscode';
import { documentByline, type DocumentByline } from '../../core/outline/document-byline';
import { documentTitle } from '../../core/outline/document-title';
import type { PolicyDocuments } from '../documents/policy-documents';

/** What a document's row shows of its opening: its title, and the author and date under it. */
export interface DocumentHeading {
  title?: string;
  byline?: DocumentByline;
}

/**
 * Each document's title, author and date for its row in the Outline: read while the documents
 * are listed (so a row is drawn at once) and read again when the document changes.
 */
export class DocumentTitles {
  private readonly reading = new Map<string, Promise<DocumentHeading>>();
  private readonly read = new Map<string, DocumentHeading>();

  constructor(private readonly documents: PolicyDocuments) {}

  /** The document's heading; its title is undefined when its opening names none (the row shows the file name). */
  headingOf(uri: vscode.Uri): Promise<DocumentHeading> {
    const key = uri.toString();
    let heading = this.reading.get(key);
    if (!heading) {
      heading = this.documents.read(uri).then(text => ({ title: documentTitle(text), byline: documentByline(text) }), () => ({}));
      this.reading.set(key, heading);
      void heading.then(read => this.read.set(key, read));
    }
    return heading;
  }

  /** Reads the heading again after the document changed; until then the row keeps the one read last. */
  refresh(uri: vscode.Uri): Promise<DocumentHeading> {
    this.reading.delete(uri.toString());
    return this.headingOf(uri);
  }

  forgetAll(): void {
    this.reading.clear();
  }

  /** The heading last read, without waiting (empty before it is read). */
  known(uri: vscode.Uri): DocumentHeading {
    return this.read.get(uri.toString()) ?? {};
  }
}
