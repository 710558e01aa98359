import * as vscode from 'vscode';
import { SearchIndex, recommendationItems, type SearchItem, type SearchKind } from '../../core/search';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from '../outline/outline-cache';
import { nextTask } from '../next-task';
import type { OutlineInputs } from '../outline/outline-inputs';

/**
 * The search index of the workspace: built once in the background (with progress), then updated
 * per document as documents and annotations change; never rebuilt on a keystroke.
 */
export class WorkspaceSearchIndex implements vscode.Disposable {
  readonly index = new SearchIndex();
  /** The document of each indexed path, to open a result. */
  private readonly uris = new Map<string, vscode.Uri>();
  /** Each document's recommendations in reading order, for browsing without a query. */
  private readonly recommendations = new Map<string, SearchItem[]>();
  private built: Promise<void> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly documents: PolicyDocuments, private readonly outlines: OutlineCache, private readonly annotations: AnnotationIndex, inputs: OutlineInputs) {
    this.subscriptions.push(documents.onDidChange(change => {
      if (!this.built) return;
      if (change.kind === 'all') {
        this.built = undefined;
      } else if (change.kind === 'deleted') {
        this.index.setDocument(key(change.uri), []);
        this.recommendations.delete(key(change.uri));
      } else {
        void this.indexDocument(change.uri);
      }
    }));
    // A reader's correction or the project's file changes what counts as a recommendation (an
    // edit of a document comes through the documents' event above, once).
    this.subscriptions.push(inputs.onDidChange(uri => {
      if (!this.built) return;
      if (uri) void this.indexDocument(uri);
      else this.built = this.build();
    }));
    this.subscriptions.push(annotations.onDidChange(uri => {
      if (this.built) this.indexAnnotations(uri);
    }));
  }

  /** Resolves when every document is indexed; the first call starts the work. */
  ready(): Promise<void> {
    this.built ??= this.build();
    return this.built;
  }

  private build(): Promise<void> {
    return Promise.resolve(vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing recommendations') },
      async progress => {
        // Corrections are read from the annotation files: load them before outlining.
        await this.annotations.ready;
        const uris = await this.documents.list();
        this.dropAllBut(new Set(uris.map(key)));
        for (let i = 0; i < uris.length; i++) {
          // One document at a time between other work: a keystroke never waits for the whole workspace.
          await nextTask();
          await this.indexDocument(uris[i]);
          progress.report({ message: `${i + 1}/${uris.length}` });
        }
        await nextTask();
        this.indexAnnotations();
        // Throwaway queries, short and long, Japanese and English: the first ones pay for compiling
        // the search and sizing its tables, which the reader's first keystroke would wait for.
        for (const query of WARM_UP_QUERIES) {
          await nextTask();
          this.index.search(query, { limit: 50 });
        }
      },
    ));
  }

  private async indexDocument(uri: vscode.Uri): Promise<void> {
    try {
      const { text, outline } = await this.outlines.read(uri);
      const path = vscode.workspace.asRelativePath(uri, false);
      this.uris.set(path, uri);
      const items = recommendationItems(path, text, outline).map(item => ({ ...item, id: `${uri.toString()}#${item.start}` }));
      this.index.setDocument(key(uri), items);
      this.recommendations.set(key(uri), items);
    } catch {
      this.index.setDocument(key(uri), []); // deleted or unreadable: nothing to find there
      this.recommendations.delete(key(uri));
    }
  }

  /** Forgets the documents no longer listed (new globs, a codebook moved onto a document's path). */
  private dropAllBut(listed: ReadonlySet<string>): void {
    for (const stale of [...this.recommendations.keys()].filter(k => !listed.has(k))) {
      this.index.setDocument(stale, []);
      this.recommendations.delete(stale);
    }
  }

  /** Every recommendation of the given kinds, document by document (by path) in reading order. */
  browse(kinds: readonly SearchKind[]): SearchItem[] {
    return [...this.recommendations.values()]
      .sort((a, b) => (a[0]?.document ?? '').localeCompare(b[0]?.document ?? ''))
      .flatMap(items => items.filter(item => kinds.includes(item.kind)));
  }

  /** Annotation notes and tags, searchable in the wider scope: those of one document, or all. */
  private indexAnnotations(only?: vscode.Uri): void {
    const byDocument = new Map<string, SearchItem[]>();
    const paths = new Map<string, string>();
    for (const { annotation, uri, range } of this.annotations.entries(only)) {
      const name = uri.toString();
      let path = paths.get(name);
      if (path === undefined) paths.set(name, (path = this.pathOf(uri)));
      const items = byDocument.get(name) ?? [];
      items.push({
        id: `annotation:${annotation.id}`,
        kind: 'annotation',
        text: [annotation.note, (annotation.tags ?? []).map(t => `#${t}`).join(' '), `「${annotation.quote}」`].filter(Boolean).join(' '),
        document: path,
        line: annotation.start.line,
        start: range?.start ?? 0,
        end: range?.end ?? 0,
        author: annotation.author,
      });
      byDocument.set(name, items);
    }
    const replaced = only ? [only.toString()] : [...this.annotationDocuments, ...byDocument.keys()];
    for (const name of new Set(replaced)) {
      const items = byDocument.get(name) ?? [];
      this.index.setDocument(`annotations:${name}`, items);
      if (items.length) this.annotationDocuments.add(name);
      else this.annotationDocuments.delete(name);
    }
  }

  /** Documents whose annotations are in the index. */
  private readonly annotationDocuments = new Set<string>();

  /** The document a result comes from. */
  uriOf(item: SearchItem): vscode.Uri | undefined {
    return this.uris.get(item.document);
  }

  private pathOf(uri: vscode.Uri): string {
    const path = vscode.workspace.asRelativePath(uri, false);
    this.uris.set(path, uri);
    return path;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

const WARM_UP_QUERIES = ['の', 'する', 'a', 'policy'];

function key(uri: vscode.Uri): string {
  return uri.toString();
}
