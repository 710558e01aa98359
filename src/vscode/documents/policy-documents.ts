import * as vscode from 'vscode';
import { isOwnFile, OWN_FILE_GLOBS } from '../../core/own-files';

const EXCLUDE = `{**/node_modules/**,**/.git/**,${OWN_FILE_GLOBS.join(',')}}`;

/**
 * Which files are policy documents (the `policyAnnotator.documents` globs, never our own files:
 * see own-files.ts), their current text
 * (the editor's when open, the disk's otherwise), and one event for every way a document
 * changes: typed in an editor, changed, created or deleted on disk.
 */
export class PolicyDocuments implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DocumentChange>();
  /** Fires once per document change; editor changes are debounced per document. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private watchers: vscode.FileSystemWatcher[] = [];

  constructor(private readonly editDelayMs = 150) {
    this.watch();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => this.onEdit(e.document)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('policyAnnotator.documents')) {
          this.watch();
          this.fire({ kind: 'all' });
        }
      }),
    );
  }

  /** The configured globs, e.g. `**\/*.txt`. */
  globs(): string[] {
    return vscode.workspace.getConfiguration('policyAnnotator').get<string[]>('documents', ['**/*.txt', '**/*.md']);
  }

  /** True when the document matches the configured globs (or uses the policy-text language). */
  isPolicyDocument(document: vscode.TextDocument): boolean {
    if (isOwnFile(document.uri.path)) return false;
    if (document.languageId === 'policy-text') return true;
    return this.globs().some(glob => vscode.languages.match({ pattern: glob }, document) > 0);
  }

  /**
   * Every policy document in the workspace, sorted by path. Kept until a document is created or
   * deleted or the globs change: the report asks on every change, and a search of the workspace
   * for files each time would cost more than everything else it does.
   */
  list(): Promise<vscode.Uri[]> {
    if (!this.listed) {
      const listing = this.findAll();
      this.listed = listing;
      listing.catch(() => { if (this.listed === listing) this.listed = undefined; });
    }
    return this.listed.then(uris => [...uris]);
  }

  private listed: Promise<vscode.Uri[]> | undefined;

  private async findAll(): Promise<vscode.Uri[]> {
    const seen = new Map<string, vscode.Uri>();
    for (const glob of this.globs()) {
      for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE)) seen.set(uri.toString(), uri);
    }
    return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The document's text: the open editor's (unsaved edits included) or the file's. */
  async read(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return decodeText(await vscode.workspace.fs.readFile(uri));
  }

  /** A document created or deleted (or new globs) makes the list stale, before any listener asks for it again. */
  private fire(change: DocumentChange): void {
    if (change.kind !== 'changed') this.listed = undefined;
    this.changed.fire(change);
  }

  private onEdit(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'output' || !this.isPolicyDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(key, setTimeout(() => {
      this.pendingEdits.delete(key);
      this.fire({ kind: 'changed', uri: document.uri });
    }, this.editDelayMs));
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = this.globs().map(glob => {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const isDocument = (uri: vscode.Uri) => !isOwnFile(uri.path) && !uri.path.includes('/node_modules/');
      watcher.onDidCreate(uri => isDocument(uri) && this.fire({ kind: 'created', uri }));
      watcher.onDidChange(uri => isDocument(uri) && this.fire({ kind: 'changed', uri }));
      watcher.onDidDelete(uri => isDocument(uri) && this.fire({ kind: 'deleted', uri }));
      return watcher;
    });
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export type DocumentChange =
  | { kind: 'created' | 'changed' | 'deleted'; uri: vscode.Uri }
  | { kind: 'all' };

/** Decodes UTF-8 text, dropping a BOM; the core sees the same characters the editor shows. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
