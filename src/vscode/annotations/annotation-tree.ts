import * as vscode from 'vscode';
import type { Codebook } from '../../core/codebook/model';
import { normalTagName } from '../../core/codebook/model';
import { groupByNestedTags, passesTagFilter, type TagGroup } from '../../core/tag-groups';
import type { AnnotatedDocument, AnnotationEntry, AnnotationIndex } from '../annotation-index';
import type { FileProblem } from './annotation-diagnostics';
import { hoverText } from './annotation-hover';
import { targetArgument } from './command-targets';
import { annotationCount } from './counts';

export type Grouping = 'document' | 'tag';

type Node =
  | { kind: 'orphans'; entries: AnnotationEntry[] }
  | { kind: 'document'; state: AnnotatedDocument; entries: AnnotationEntry[] }
  /** A tag with the tags nested below it (`a/b` under `a`); `group` undefined for the untagged. */
  /** `tag` makes the row the target of the commands of its menu (Add Tags to the Codebook). */
  | { kind: 'tag'; tag: string | undefined; group: TagGroup<AnnotationEntry> | undefined; entries: AnnotationEntry[] }
  /** `uri` and `id` make the node the target of the commands of its menu (command-targets.ts). */
  | { kind: 'annotation'; entry: AnnotationEntry; grouping: Grouping; uri: string; id: string }
  | { kind: 'problem'; state: AnnotatedDocument; problem: FileProblem };

const GROUPING_KEY = 'policyAnnotator.annotationsGrouping';
const FILTER_KEY = 'policyAnnotator.annotationsTagFilter';
/** Context key for the view title: whether a tag filter is on (shows the command that clears it). */
const FILTERED_CONTEXT = 'policyAnnotator.annotationsFiltered';

/** The codebook the view marks tags against (none: no tag is marked). */
export interface CodebookSource {
  readonly codebook: Codebook | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** Marks a tag not in the codebook in a list of tags; the text presentation keeps it a plain sign, not an emoji. */
const UNCODED_MARK = ' \u26a0\ufe0e';

/**
 * The Annotations view: by document or by nested tag (a toggle in the view title), with counts,
 * narrowed to chosen tags by a filter; orphaned annotations in a group of their own, shown by their
 * quote; unreadable files with their problems.
 * Items carry ids for the commands of their menus (contextValue `annotation` or `orphan`).
 */
export class AnnotationTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;
  grouping: Grouping;
  /** Tags chosen in the filter: only annotations carrying one of them, or a tag below one, are listed. */
  tagFilter: readonly string[];

  constructor(private readonly store: AnnotationIndex, private readonly memento: vscode.Memento, private readonly codebook: CodebookSource) {
    this.grouping = memento.get<Grouping>(GROUPING_KEY, 'document');
    this.tagFilter = memento.get<string[]>(FILTER_KEY, []);
    void vscode.commands.executeCommand('setContext', GROUPING_KEY, this.grouping);
    this.view = vscode.window.createTreeView('policyAnnotator.annotations', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, store.onDidChange(() => this.scheduleRefresh()), codebook.onDidChange(() => this.scheduleRefresh()));
    this.showFilter();
  }

  setTagFilter(tags: readonly string[]): void {
    this.tagFilter = [...tags];
    void this.memento.update(FILTER_KEY, this.tagFilter);
    this.showFilter();
    this.changed.fire(undefined);
  }

  private showFilter(): void {
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.tagFilter.length > 0);
    this.view.message = this.tagFilter.length
      ? vscode.l10n.t('Showing annotations tagged {0} (or a tag below it).', this.tagFilter.join(', '))
      : undefined;
  }

  /** The annotations the view lists: all of them, or those passing the tag filter. */
  private visibleEntries(): AnnotationEntry[] {
    const entries = this.store.entries();
    return this.tagFilter.length ? entries.filter(e => passesTagFilter(e.annotation.tags ?? [], this.tagFilter)) : entries;
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void this.memento.update(GROUPING_KEY, grouping);
    void vscode.commands.executeCommand('setContext', GROUPING_KEY, grouping);
    this.changed.fire(undefined);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const entries = this.store.entries();
      this.view.description = entries.length ? annotationCount(entries.length) : undefined;
      void vscode.commands.executeCommand('setContext', 'policyAnnotator.hasOrphans', entries.some(e => !e.range));
      this.changed.fire(undefined);
    }, 100);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'orphans':
        return node.entries.map(entry => this.annotationNode(entry));
      case 'tag':
        return [
          ...(node.group?.children ?? []).map((group): Node => ({ kind: 'tag', tag: group.tag, group, entries: group.own })),
          ...node.entries.map(entry => this.annotationNode(entry)),
        ];
      case 'document':
        if (node.state.status === 'invalid') return node.state.problems.map(problem => ({ kind: 'problem', state: node.state, problem }));
        return node.entries.map(entry => this.annotationNode(entry));
      default:
        return [];
    }
  }

  private roots(): Node[] {
    const entries = this.visibleEntries();
    const orphans = entries.filter(e => !e.range);
    const anchored = entries.filter(e => e.range);
    const roots: Node[] = orphans.length ? [{ kind: 'orphans', entries: orphans }] : [];
    if (this.grouping === 'document') {
      // One pass over the annotations, not one per document: a workspace has thousands of each.
      const byDocument = new Map<string, AnnotationEntry[]>();
      for (const entry of anchored) {
        const key = entry.uri.toString();
        const list = byDocument.get(key);
        if (list) list.push(entry);
        else byDocument.set(key, [entry]);
      }
      for (const state of this.store.documents()) {
        const mine = byDocument.get(state.uri.toString()) ?? [];
        if (mine.length || state.status === 'invalid') roots.push({ kind: 'document', state, entries: mine });
      }
      return roots;
    }
    const { roots: groups, untagged } = groupByNestedTags(anchored, entry => entry.annotation.tags ?? []);
    for (const group of groups) roots.push({ kind: 'tag', tag: group.tag, group, entries: group.own });
    if (untagged.length) roots.push({ kind: 'tag', tag: undefined, group: undefined, entries: untagged });
    for (const state of this.store.documents()) if (state.status === 'invalid') roots.push({ kind: 'document', state, entries: [] });
    return roots;
  }

  private annotationNode(entry: AnnotationEntry): Node {
    return { kind: 'annotation', entry, grouping: this.grouping, uri: entry.uri.toString(), id: entry.annotation.id };
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphaned'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entries.length);
        item.tooltip = vscode.l10n.t('Annotations whose passage was not found in the current text. Select the passage and re-attach them.');
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.contextValue = 'orphans';
        return item;
      }
      case 'document': {
        const invalid = node.state.status === 'invalid';
        const item = new vscode.TreeItem(node.state.uri, vscode.TreeItemCollapsibleState.Expanded);
        item.description = invalid ? vscode.l10n.t('annotations unavailable') : String(node.entries.length);
        if (invalid) {
          item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
          item.tooltip = vscode.l10n.t('{0} cannot be read; fix it to see and add annotations.', vscode.workspace.asRelativePath(node.state.fileUri));
        }
        item.contextValue = invalid ? 'unavailableDocument' : 'document';
        return item;
      }
      case 'tag': {
        const { tag } = node;
        const item = new vscode.TreeItem(node.group?.name ?? vscode.l10n.t('(untagged)'), vscode.TreeItemCollapsibleState.Collapsed);
        const uncoded = tag !== undefined && this.isUncoded(tag);
        // A parent counts its own annotations and those of the tags below it, each once.
        const count = String(node.group?.total ?? node.entries.length);
        item.description = uncoded ? `${count} · ${vscode.l10n.t('not in the codebook')}` : count;
        item.iconPath = uncoded ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('tag');
        item.tooltip = uncoded
          ? `${tag}\n${vscode.l10n.t('This tag is not in the codebook. Add it there (the button on this line) so that everyone codes alike.')}`
          : tag;
        item.id = `tag:${tag ?? ''}`;
        item.contextValue = uncoded ? 'uncodedTag' : 'tag';
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(node.problem.message, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.problem.line}:${node.problem.column}`;
        item.iconPath = new vscode.ThemeIcon('error');
        const position = new vscode.Position(node.problem.line - 1, node.problem.column - 1);
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [node.state.fileUri, { selection: new vscode.Range(position, position) }] };
        return item;
      }
      case 'annotation': {
        const { entry } = node;
        const orphan = !entry.range;
        const item = new vscode.TreeItem(shortQuote(entry.annotation.quote), vscode.TreeItemCollapsibleState.None);
        const documentName = vscode.workspace.asRelativePath(entry.uri);
        item.description = node.grouping === 'document' && !orphan
          ? (entry.annotation.tags ?? []).map(tag => (this.isUncoded(tag) ? tag + UNCODED_MARK : tag)).join(', ')
          : documentName;
        item.iconPath = new vscode.ThemeIcon(orphan ? 'debug-disconnect' : entry.annotation.replies?.length ? 'comment-discussion' : 'comment');
        item.contextValue = orphan ? 'orphan' : 'annotation';
        item.command = { command: 'policyAnnotator.revealAnnotation', title: vscode.l10n.t('Show the passage'), arguments: [targetArgument({ uri: entry.uri, id: entry.annotation.id })] };
        return item;
      }
    }
  }

  /** The note and its replies, only for the item hovered: thousands of items are drawn at once. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind !== 'annotation') return item;
    const tooltip = hoverText(node.entry);
    const uncoded = (node.entry.annotation.tags ?? []).filter(tag => this.isUncoded(tag));
    // As text: the tags come from colleagues' files.
    if (uncoded.length) tooltip.appendMarkdown('\n\n$(warning) ').appendText(vscode.l10n.t('Not in the codebook: {0}', uncoded.join(', ')));
    item.tooltip = tooltip;
    return item;
  }

  /** A tag the codebook does not describe; none is while there is no codebook. */
  private isUncoded(tag: string): boolean {
    const codebook = this.codebook.codebook;
    if (!codebook) return false;
    const name = normalTagName(tag);
    return !codebook.tags.some(t => t.name === name);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Long quotes are cut so that the tags beside them stay in view; the whole quote is in the hover. */
const QUOTE_LABEL_LENGTH = 36;

function shortQuote(quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim();
  return oneLine.length > QUOTE_LABEL_LENGTH ? oneLine.slice(0, QUOTE_LABEL_LENGTH - 1) + '…' : oneLine;
}
