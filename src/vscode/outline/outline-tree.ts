import * as vscode from 'vscode';
import { enclosingNodes, READER_LABEL } from '../../core/outline';
import type { OutlineNode } from '../../core/outline/model';
import { nodeKey, nodeKeys } from '../../core/outline/node-keys';
import { countInRange } from '../../core/sorted-counts';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { AnnotationIndex } from '../annotation-index';
import type { DocumentTitles } from './document-titles';
import type { OutlineCache } from './outline-cache';
import { describe, iconFor, kindLabel, shortTitle } from './outline-presentation';

/**
 * An element keeps its id for as long as its node keeps its place among its siblings (see
 * node-keys.ts): after an edit the tree gets the same object back with the node of the new
 * text, so VS Code's view keeps resolving it (selection, expansion, reveal).
 */
export type OutlineElement =
  | { type: 'document'; uri: vscode.Uri; id: string }
  | { type: 'node'; uri: vscode.Uri; node: OutlineNode; parent: OutlineElement; id: string };

export const REVEAL_COMMAND = 'policyAnnotator.revealOutlineNode';

/** Workspace documents -> chapters -> sections -> recommendations. */
export class OutlineTreeProvider implements vscode.TreeDataProvider<OutlineElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineElement | OutlineElement[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private documentElements = new Map<string, OutlineElement & { type: 'document' }>();
  /** Elements are cached per id so that reveal() and getParent() agree, across edits too. */
  private nodeElements = new Map<string, OutlineElement & { type: 'node' }>();
  /** Each document's annotation starts, ascending, for the counts on its rows (a document may have thousands). */
  private readonly annotationStarts = new Map<string, number[]>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly documents: PolicyDocuments,
    private readonly cache: OutlineCache,
    private readonly titles: DocumentTitles,
    private readonly annotations: AnnotationIndex,
  ) {
    this.subscriptions = [
      cache.onDidChange(uri => {
        if (!uri) this.titles.forgetAll();
        void (uri ? this.titles.refresh(uri) : Promise.resolve()).then(() => this.documentChanged(uri));
      }),
      annotations.onDidChange(uri => this.annotationsChanged(uri)),
    ];
  }

  /**
   * New counts on the rows of the documents listed: the annotation files of a workspace are read
   * in the background after the Outline first drew, and the list of documents did not change.
   */
  private annotationsChanged(uri: vscode.Uri | undefined): void {
    if (uri) return this.documentChanged(uri);
    this.annotationStarts.clear();
    const listed = [...this.documentElements.values()];
    if (listed.length) this.changed.fire(listed);
  }

  /** Redraws one document's subtree; a document the tree has not listed has nothing to redraw. */
  private documentChanged(uri: vscode.Uri | undefined): void {
    if (uri) this.annotationStarts.delete(uri.toString());
    else this.annotationStarts.clear();
    if (!uri) return this.changed.fire(undefined);
    const element = this.documentElements.get(uri.toString());
    if (element) this.changed.fire(element);
  }

  refresh(): void {
    // Start the elements afresh together: a node element kept from before would name a parent
    // the tree no longer has, and two objects with one id make the tree view fail.
    this.documentElements.clear();
    this.nodeElements = new Map();
    this.annotationStarts.clear();
    this.changed.fire(undefined);
  }

  async getChildren(element?: OutlineElement): Promise<OutlineElement[]> {
    if (!element) {
      this.documents.checkList();
      const uris = await this.documents.list();
      await Promise.all(uris.map(uri => this.titles.headingOf(uri)));
      this.cache.warm(uris);
      return uris.map(uri => this.documentElement(uri));
    }
    const nodes = visibleNodes(element.type === 'document' ? (await this.cache.get(element.uri)).nodes : element.node.children);
    const keys = nodeKeys(nodes);
    return nodes.map((node, i) => this.nodeElement(element, keys[i], node));
  }

  getParent(element: OutlineElement): OutlineElement | undefined {
    return element.type === 'node' ? element.parent : undefined;
  }

  getTreeItem(element: OutlineElement): vscode.TreeItem {
    if (element.type === 'document') return this.documentItem(element);
    const { node, uri } = element;
    const item = new vscode.TreeItem(shortTitle(node), node.children.length ? collapsedState(node) : vscode.TreeItemCollapsibleState.None);
    item.id = element.id;
    item.iconPath = iconFor(node);
    const corrected = node.label === READER_LABEL;
    item.description = [corrected ? vscode.l10n.t('your correction') : '', describe(node, this.countAnnotations(uri, node))].filter(Boolean).join('  ');
    // `outline.<kind>`, and `.corrected` for a node the reader made, whose correction can be removed.
    item.contextValue = `outline.${node.kind}${corrected ? '.corrected' : ''}`;
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal in Editor'), arguments: [uri, node.start, node.end] };
    return item;
  }

  /**
   * A document's row: its title (the file name when it names none), with the author and date its
   * opening states; its path on hover; a click opens it.
   */
  private documentItem(element: OutlineElement & { type: 'document' }): vscode.TreeItem {
    const fileName = element.uri.path.slice(element.uri.path.lastIndexOf('/') + 1);
    const { title, byline } = this.titles.known(element.uri); // read while listing the documents
    const item = new vscode.TreeItem(title ?? fileName, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = element.id;
    item.resourceUri = element.uri;
    item.description = [title ? fileName : '', byline?.author, byline?.date].filter(Boolean).join(' · ') || undefined;
    item.tooltip = [
      vscode.workspace.asRelativePath(element.uri, true),
      byline?.author ? vscode.l10n.t('Author: {0}', byline.author) : '',
      byline?.date ? vscode.l10n.t('Date: {0}', byline.date) : '',
    ].filter(Boolean).join('\n');
    item.contextValue = 'policyDocument';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Document'), arguments: [element.uri] };
    return item;
  }

  /** The tooltip is built only when hovered: the full text can be long. */
  resolveTreeItem(item: vscode.TreeItem, element: OutlineElement): vscode.TreeItem {
    if (element.type === 'node') {
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown(`**${kindLabel(element.node)}** · ${vscode.l10n.t('line {0}', element.node.line)}\n\n`);
      // The label is the document's text: shown as text, never read as Markdown.
      if (element.node.label) tooltip.appendText(vscode.l10n.t('Recognised by: {0}', element.node.label)).appendMarkdown('\n\n');
      tooltip.appendText(element.node.title);
      item.tooltip = tooltip;
    }
    return item;
  }

  /** The deepest element at an offset of a document, for following the cursor. */
  async elementAt(uri: vscode.Uri, offset: number): Promise<OutlineElement | undefined> {
    const outline = await this.cache.get(uri);
    const path = enclosingNodes(outline, offset).filter(n => n.kind !== 'toc');
    let element: OutlineElement = this.documentElement(uri);
    let siblings = visibleNodes(outline.nodes);
    for (const node of path) {
      element = this.nodeElement(element, nodeKey(siblings, node), node);
      siblings = visibleNodes(node.children);
    }
    return path.length ? element : undefined;
  }

  private countAnnotations(uri: vscode.Uri, node: OutlineNode): number {
    const key = uri.toString();
    let starts = this.annotationStarts.get(key);
    if (!starts) {
      starts = this.annotations.entries(uri).flatMap(e => (e.range ? [e.range.start] : [])).sort((a, b) => a - b);
      this.annotationStarts.set(key, starts);
    }
    return countInRange(starts, node.start, node.end);
  }

  private documentElement(uri: vscode.Uri): OutlineElement & { type: 'document' } {
    const key = uri.toString();
    let element = this.documentElements.get(key);
    if (!element) this.documentElements.set(key, (element = { type: 'document', uri, id: key }));
    return element;
  }

  /** The element of a node under its parent, the same object for the same key: it takes the node of the latest text. */
  private nodeElement(parent: OutlineElement, key: string, node: OutlineNode): OutlineElement & { type: 'node' } {
    const id = `${parent.id}/${key}`;
    let element = this.nodeElements.get(id);
    if (!element) this.nodeElements.set(id, (element = { type: 'node', uri: parent.uri, node, parent, id }));
    else element.node = node;
    return element;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** The table of contents never shows in the tree: the chapters it lists do. */
function visibleNodes(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.filter(n => n.kind !== 'toc');
}

/**
 * Chapters come collapsed, a document's contents with each chapter's count, and open where the
 * cursor goes (the tree follows it) or on a click; what is inside a chapter comes open. VS Code
 * fetches an expanded row's children before it draws its parent's, one round trip between the
 * window and the extension host per level: expanded chapters made a document take a second
 * longer to show its chapters.
 */
function collapsedState(node: OutlineNode): vscode.TreeItemCollapsibleState {
  return COLLAPSED_KINDS.has(node.kind) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
}

const COLLAPSED_KINDS = new Set<OutlineNode['kind']>(['chapter', 'front-matter', 'back-matter']);
