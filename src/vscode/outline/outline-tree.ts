import * as vscode from 'vscode';
import { enclosingNodes, READER_LABEL } from '../../core/outline';
import type { OutlineNode } from '../../core/outline/model';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { AnnotationIndex } from '../annotation-index';
import type { OutlineCache } from './outline-cache';
import { describe, iconFor, kindLabel, shortTitle } from './outline-presentation';

export type OutlineElement =
  | { type: 'document'; uri: vscode.Uri }
  | { type: 'node'; uri: vscode.Uri; node: OutlineNode; parent: OutlineElement };

export const REVEAL_COMMAND = 'policyAnnotator.revealOutlineNode';

/** Workspace documents -> chapters -> sections -> recommendations. */
export class OutlineTreeProvider implements vscode.TreeDataProvider<OutlineElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private documentElements = new Map<string, OutlineElement & { type: 'document' }>();
  /** Elements are cached per node object so that reveal() and getParent() agree. */
  private nodeElements = new WeakMap<OutlineNode, OutlineElement & { type: 'node' }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly documents: PolicyDocuments, private readonly cache: OutlineCache, private readonly annotations: AnnotationIndex) {
    this.subscriptions = [
      cache.onDidChange(uri => this.documentChanged(uri)),
      annotations.onDidChange(uri => this.documentChanged(uri)),
    ];
  }

  /** Redraws one document's subtree; a document the tree has not listed has nothing to redraw. */
  private documentChanged(uri: vscode.Uri | undefined): void {
    if (!uri) return this.changed.fire(undefined);
    const element = this.documentElements.get(uri.toString());
    if (element) this.changed.fire(element);
  }

  refresh(): void {
    // Start the elements afresh together: a node element kept from before would name a parent
    // the tree no longer has, and two objects with one id make the tree view fail.
    this.documentElements.clear();
    this.nodeElements = new WeakMap();
    this.changed.fire(undefined);
  }

  async getChildren(element?: OutlineElement): Promise<OutlineElement[]> {
    if (!element) {
      const uris = await this.documents.list();
      return uris.map(uri => this.documentElement(uri));
    }
    const nodes = element.type === 'document' ? (await this.cache.get(element.uri)).nodes : element.node.children;
    return nodes.filter(n => n.kind !== 'toc').map(node => this.nodeElement(element.uri, node, element));
  }

  getParent(element: OutlineElement): OutlineElement | undefined {
    return element.type === 'node' ? element.parent : undefined;
  }

  getTreeItem(element: OutlineElement): vscode.TreeItem {
    if (element.type === 'document') {
      const item = new vscode.TreeItem(element.uri, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = element.uri.toString();
      item.description = vscode.workspace.asRelativePath(element.uri.with({ path: element.uri.path.replace(/\/[^/]*$/, '') || '/' }), false);
      item.contextValue = 'policyDocument';
      return item;
    }
    const { node, uri } = element;
    const item = new vscode.TreeItem(shortTitle(node), node.children.length ? collapsedState(node) : vscode.TreeItemCollapsibleState.None);
    item.id = `${uri.toString()}#${node.kind}@${node.start}`;
    item.iconPath = iconFor(node);
    const corrected = node.label === READER_LABEL;
    item.description = [corrected ? vscode.l10n.t('your correction') : '', describe(node, this.countAnnotations(uri, node))].filter(Boolean).join('  ');
    // `outline.<kind>`, and `.corrected` for a node the reader made, whose correction can be removed.
    item.contextValue = `outline.${node.kind}${corrected ? '.corrected' : ''}`;
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal in Editor'), arguments: [uri, node.start, node.end] };
    return item;
  }

  /** The tooltip is built only when hovered: the full text can be long. */
  resolveTreeItem(item: vscode.TreeItem, element: OutlineElement): vscode.TreeItem {
    if (element.type === 'node') {
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown(`**${kindLabel(element.node)}** · ${vscode.l10n.t('line {0}', element.node.line)}\n\n`);
      tooltip.appendText(element.node.title);
      item.tooltip = tooltip;
    }
    return item;
  }

  /** The deepest element at an offset of a document, for following the cursor. */
  async elementAt(uri: vscode.Uri, offset: number): Promise<OutlineElement | undefined> {
    const path = enclosingNodes(await this.cache.get(uri), offset).filter(n => n.kind !== 'toc');
    let element: OutlineElement = this.documentElement(uri);
    for (const node of path) element = this.nodeElement(uri, node, element);
    return path.length ? element : undefined;
  }

  private countAnnotations(uri: vscode.Uri, node: OutlineNode): number {
    return this.annotations.entries(uri).filter(e => e.range && e.range.start >= node.start && e.range.start < node.end).length;
  }

  private documentElement(uri: vscode.Uri): OutlineElement & { type: 'document' } {
    const key = uri.toString();
    let element = this.documentElements.get(key);
    if (!element) this.documentElements.set(key, (element = { type: 'document', uri }));
    return element;
  }

  private nodeElement(uri: vscode.Uri, node: OutlineNode, parent: OutlineElement): OutlineElement & { type: 'node' } {
    let element = this.nodeElements.get(node);
    if (!element) this.nodeElements.set(node, (element = { type: 'node', uri, node, parent }));
    return element;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

function collapsedState(node: OutlineNode): vscode.TreeItemCollapsibleState {
  return node.kind === 'back-matter' || node.kind === 'front-matter' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
}
