import * as vscode from 'vscode';
import { isOwnFile, OWN_FILE_GLOBS } from '../../core/own-files';
import { CODEBOOK_SETTING, codebookUri } from '../codebook/codebook-location';
import type { Platform } from '../platform/platform';
import { ExportedFiles, isExportedDocument } from './exported-files';
import { globMatcher } from '../../core/files/glob';
import { WorkspaceFiles } from './workspace-files';
import { decodeDocument } from '../../core/text/document-text';

const EXCLUDE = `{**/node_modules/**,**/.git/**,${OWN_FILE_GLOBS.join(',')}}`;

/** How many files are read at once to tell exports from documents: on a remote host each read is a round trip. */
const PARALLEL_READS = 16;

/**
 * Which files are policy documents (the `policyAnnotator.documents` globs, never our own files:
 * by path, see own-files.ts, or by content, see exported-files.ts), their current text
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
  private readonly exports: ExportedFiles;
  /** The workspace's files, listed without the file search where the workspace is small. */
  readonly files: WorkspaceFiles;

  constructor(private readonly platform: Pick<Platform, 'readFileStart' | 'readFile' | 'readDirectory'>, private readonly editDelayMs = 150) {
    this.exports = new ExportedFiles(platform);
    this.files = new WorkspaceFiles(platform);
    this.watch();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => this.onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument(document => this.onOpen(document)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        this.fire({ kind: 'all' });
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('policyAnnotator.documents')) this.watch();
        // A codebook moved elsewhere is ours at its new place, and the old file may be a document.
        if (e.affectsConfiguration('policyAnnotator.documents') || e.affectsConfiguration(CODEBOOK_SETTING)) this.fire({ kind: 'all' });
      }),
    );
  }

  /** The configured globs, e.g. `**\/*.txt`. */
  globs(): string[] {
    return vscode.workspace.getConfiguration('policyAnnotator').get<string[]>('documents', ['**/*.txt', '**/*.md']);
  }

  /** True when the document matches the configured globs (or uses the policy-text language). */
  isPolicyDocument(document: vscode.TextDocument): boolean {
    if (this.isExcludedPath(document.uri) || isExportedDocument(document)) return false;
    if (document.languageId === 'policy-text') return true;
    return this.globs().some(glob => vscode.languages.match({ pattern: glob }, document) > 0);
  }

  /**
   * Every policy document in the workspace, sorted by path. Searched for once, then kept up to
   * date from the file watchers (see amendList) until the globs change: the report asks on every
   * change, and a search of the workspace for files each time would cost more than everything
   * else it does.
   */
  list(): Promise<vscode.Uri[]> {
    if (!this.listed) {
      this.keep(this.findAll());
      this.searchedAt = Date.now();
    }
    return this.listed!.then(uris => [...uris]);
  }

  /**
   * Checks a list older than a few seconds against a new search, in the background (see
   * reconcile), for what the watchers missed. Asked by the Outline when it lists the documents,
   * not by every use of the list: a search of the workspace costs processor time (a process on a
   * remote host) that typing in the search would feel.
   */
  checkList(): void {
    if (!this.listedKeys || this.reconciling || Date.now() - this.searchedAt < RECONCILE_AFTER_MS) return;
    this.reconciling = this.reconcile().catch(() => undefined).finally(() => { this.reconciling = undefined; });
  }

  private searchedAt = 0;
  private reconciling: Promise<void> | undefined;

  /**
   * Watchers miss some changes (a file written into a folder created a moment before, remote
   * hosts under load), and the workspace search can answer from before a change: so a document
   * joins or leaves the list here only once the file system confirms it exists or is gone.
   */
  private async reconcile(): Promise<void> {
    this.searchedAt = Date.now();
    const found = await this.findAll();
    const listed = this.listedKeys;
    if (!listed) return; // the list was made again meanwhile
    const foundKeys = new Set(found.map(String));
    for (const uri of found) {
      if (!listed.has(uri.toString()) && await exists(uri)) this.fire({ kind: 'created', uri });
    }
    for (const key of listed) {
      const uri = vscode.Uri.parse(key);
      if (!foundKeys.has(key) && !(await exists(uri))) this.fire({ kind: 'deleted', uri });
    }
  }

  private keep(listing: Promise<vscode.Uri[]>): void {
    this.listed = listing;
    this.listedKeys = undefined;
    listing.then(uris => { if (this.listed === listing) this.listedKeys = new Set(uris.map(String)); }, () => { if (this.listed === listing) this.listed = undefined; });
  }

  /**
   * A document created or deleted changes the list in place. Searching the workspace again at
   * once may answer from before the change: the host's search catches up with the disk later than
   * its file watchers do, and the list then kept a deleted file or missed a new one.
   */
  private amendList(kind: 'created' | 'deleted', uri: vscode.Uri): void {
    const key = uri.toString();
    this.keep(this.listed!.then(uris => {
      const others = uris.filter(other => other.toString() !== key);
      return kind === 'created' ? [...others, uri].sort(byPath) : others;
    }));
  }

  private listed: Promise<vscode.Uri[]> | undefined;
  /** The documents of the last listing, once it is done. */
  private listedKeys: Set<string> | undefined;

  /**
   * A document of the workspace opened in an editor but missing from the list: a file watcher
   * missed its creation (network drives, remote hosts under load). It joins the list.
   */
  private onOpen(document: vscode.TextDocument): void {
    if (!this.listedKeys || this.listedKeys.has(document.uri.toString())) return;
    if (!vscode.workspace.getWorkspaceFolder(document.uri) || !this.isPolicyDocument(document)) return;
    this.fire({ kind: 'created', uri: document.uri });
  }

  private async findAll(): Promise<vscode.Uri[]> {
    const seen = new Map<string, vscode.Uri>();
    const codebook = codebookUri()?.path; // read once, not per file found
    const globs = this.globs();
    const matchers = globs.map(globMatcher);
    const found = await this.files.find(path => matchers.some(matches => matches(path)), globs, EXCLUDE);
    for (const uri of found) if (!this.isExcludedPath(uri, codebook)) seen.set(uri.toString(), uri);
    const candidates = [...seen.values()];
    const documents: vscode.Uri[] = [];
    for (let i = 0; i < candidates.length; i += PARALLEL_READS) {
      const batch = candidates.slice(i, i + PARALLEL_READS);
      const exported = await Promise.all(batch.map(uri => this.exports.isExported(uri)));
      documents.push(...batch.filter((_, j) => !exported[j]));
    }
    return documents.sort(byPath);
  }

  /** Never a document by its path: our own files (the codebook wherever the setting puts it), and node_modules. */
  private isExcludedPath(uri: vscode.Uri, codebook = codebookUri()?.path): boolean {
    return isOwnFile(uri.path, { codebook }) || uri.path.includes('/node_modules/');
  }

  /** The document's text: the open editor's (unsaved edits included) or the file's. */
  async read(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return decodeText(await (this.platform.readFile(uri) ?? vscode.workspace.fs.readFile(uri)));
  }

  /** The list follows a document created or deleted, and is searched for again after new globs, before any listener asks. */
  private fire(change: DocumentChange): void {
    if (change.kind === 'all') this.listed = this.listedKeys = undefined;
    else if (change.kind !== 'changed' && this.listed) this.amendList(change.kind, change.uri);
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

  /**
   * One watcher per glob and workspace folder: the globs are relative to the folder, as in
   * findFiles (a plain glob string would be matched against absolute paths, so `docs/*.txt` would
   * never fire).
   */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.watchers = this.globs().flatMap(glob => folders.map(folder => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
      watcher.onDidCreate(uri => void this.onDiskChange(uri, 'created'));
      watcher.onDidChange(uri => void this.onDiskChange(uri, 'changed'));
      watcher.onDidDelete(uri => void this.onDiskChange(uri, 'deleted'));
      return watcher;
    }));
  }

  /**
   * A file written over can turn from a document into an export (a digest saved over notes.md)
   * or back: listeners then hear that the document went or came, not that it changed.
   */
  private async onDiskChange(uri: vscode.Uri, kind: 'created' | 'changed' | 'deleted'): Promise<void> {
    if (this.isExcludedPath(uri)) return;
    const wasExported = await this.exports.known(uri);
    this.exports.forget(uri);
    if (kind === 'deleted') {
      if (!wasExported) this.fire({ kind, uri });
      return;
    }
    const isExported = await this.exports.isExported(uri);
    if (kind === 'created') {
      if (!isExported) this.fire({ kind, uri });
    } else if (isExported) {
      if (!wasExported) this.fire({ kind: 'deleted', uri });
    } else {
      this.fire({ kind: wasExported ? 'created' : 'changed', uri });
    }
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

/** Decodes a file as the editor opens it (UTF-16 by its byte order mark, UTF-8 otherwise, no BOM): the core sees the characters the editor shows. */
export function decodeText(bytes: Uint8Array): string {
  return decodeDocument(bytes).text;
}

function byPath(a: vscode.Uri, b: vscode.Uri): number {
  return a.path.localeCompare(b.path);
}

/** How old the list may get before a use of it checks it against a new search of the workspace. */
const RECONCILE_AFTER_MS = 5000;

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
