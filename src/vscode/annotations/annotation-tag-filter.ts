import * as vscode from 'vscode';
import { countTags, sortTagsAsTree, tagDepth } from '../../core/tags';
import type { AnnotationIndex } from '../annotation-index';
import type { AnnotationTree } from './annotation-tree';
import { command } from './annotation-commands';
import { annotationCount } from './counts';

export const FILTER_BY_TAG_COMMAND = 'policyAnnotator.filterAnnotationsByTag';
export const CLEAR_TAG_FILTER_COMMAND = 'policyAnnotator.clearAnnotationsTagFilter';

interface FilterItem extends vscode.QuickPickItem {
  tag: string;
}

/**
 * The Annotations view's tag filter: a pick of every tag in use, parents included and indented
 * above their children, with how many annotations each covers. The command takes the tags as an
 * argument too (keybindings, tests); an empty list clears the filter.
 */
export function registerTagFilter(tree: AnnotationTree, store: AnnotationIndex): vscode.Disposable {
  return vscode.Disposable.from(
    command(FILTER_BY_TAG_COMMAND, async (tags?: unknown) => {
      const chosen = Array.isArray(tags) && tags.every(t => typeof t === 'string') ? tags as string[] : await pickFilterTags(store, tree.tagFilter);
      if (chosen) tree.setTagFilter(chosen);
    }),
    command(CLEAR_TAG_FILTER_COMMAND, () => tree.setTagFilter([])),
  );
}

async function pickFilterTags(store: AnnotationIndex, current: readonly string[]): Promise<string[] | undefined> {
  const counts = countTags(store.entries().map(e => e.annotation.tags ?? []), { rollUp: true });
  const items: FilterItem[] = sortTagsAsTree(counts.keys()).map(tag => ({
    tag,
    // Indented by depth so that a child reads under its parent; choosing a parent keeps its children.
    label: `${'\u2003'.repeat(tagDepth(tag))}${tag}`,
    description: annotationCount(counts.get(tag) ?? 0),
    picked: current.includes(tag),
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No annotation has a tag yet.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Filter Annotations by Tag'),
    placeHolder: vscode.l10n.t('Choose tags; a tag keeps the tags below it. Choose none to show all.'),
  });
  return picked?.map(item => item.tag);
}
