import type { DocumentTextPort } from './ports';

/** A document's current text: the editor's when it is open (unsaved edits included), else the file's. */
export class CurrentText {
  constructor(private readonly documents: DocumentTextPort) {}

  /** The text now; undefined when the document is gone or unreadable. */
  async now(document: string): Promise<string | undefined> {
    return this.documents.openText(document) ?? (await this.documents.read(document).catch(() => undefined));
  }

  /**
   * A synchronous view of the text: the editor's at the moment it is asked (edits made meanwhile
   * included) when open, else the file's as read now.
   */
  async source(document: string): Promise<() => string | undefined> {
    const saved = this.documents.openText(document) === undefined ? await this.now(document) : undefined;
    return () => this.documents.openText(document) ?? saved;
  }
}
