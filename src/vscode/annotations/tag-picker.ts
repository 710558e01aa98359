import * as vscode from 'vscode';
import { readTypedTags, suggests } from '../../core/tag-input';
import type { Codebook } from '../../core/codebook/model';
import { annotationCount } from './counts';

export interface TagItem extends vscode.QuickPickItem {
  tag: string;
}

let current: vscode.QuickPick<TagItem> | undefined;

/**
 * The picker's items: the codebook's codable tags first, in its tree order, each with its
 * description (plain text: QuickPick details are never rendered as Markdown or HTML); then the
 * other tags used in the workspace, most used first, marked as not in the codebook when there is one.
 */
export function tagPickerItems(counts: ReadonlyMap<string, number>, codebook: Codebook | undefined, selected: readonly string[] = []): TagItem[] {
  const inCodebook = new Set(codebook?.tags.map(t => t.name));
  const fromCodebook: TagItem[] = (codebook?.tags ?? []).filter(t => t.codable).map(t => ({
    tag: t.name,
    label: t.name,
    description: counts.has(t.name) ? annotationCount(counts.get(t.name)!) : undefined,
    detail: t.description?.replace(/\s+/g, ' '),
  }));
  const used: TagItem[] = [...counts]
    .filter(([tag]) => !inCodebook.has(tag))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag, count]) => ({ tag, label: tag, description: codebook ? `${annotationCount(count)} · ${vscode.l10n.t('not in the codebook')}` : annotationCount(count) }));
  const items = [...fromCodebook, ...used];
  for (const tag of selected) if (!items.some(item => item.tag === tag)) items.unshift({ tag, label: tag });
  return items;
}

/**
 * Lets the user choose tags from the codebook and those already used in the workspace, or type
 * new ones: whatever is typed shows as a "new tag" item (several at once, separated by commas),
 * checked unless it could be the start of an existing tag; after a comma, the existing tags that
 * contain the piece being typed are suggested (tag-input.ts). Resolves to undefined when cancelled.
 */
export function pickTags(counts: ReadonlyMap<string, number>, selected: readonly string[] = [], codebook?: Codebook): Promise<string[] | undefined> {
  const existing = tagPickerItems(counts, codebook, selected);

  const quickPick = vscode.window.createQuickPick<TagItem>();
  current = quickPick;
  quickPick.canSelectMany = true;
  quickPick.title = vscode.l10n.t('Tags');
  quickPick.matchOnDetail = true;
  quickPick.placeholder = vscode.l10n.t('Choose tags or type new ones, separated by commas');
  quickPick.items = existing;
  quickPick.selectedItems = existing.filter(item => selected.includes(item.tag));
  let typed: TagItem[] = [];

  return new Promise(resolve => {
    const disposables: vscode.Disposable[] = [];
    const finish = (tags: string[] | undefined) => {
      resolve(tags);
      for (const d of disposables) d.dispose();
      if (current === quickPick) current = undefined;
      quickPick.dispose();
    };
    disposables.push(
      quickPick.onDidChangeValue(value => {
        const kept = quickPick.selectedItems;
        const { complete, partial, several } = readTypedTags(value);
        // After a comma VS Code's filter sees the whole line and matches nothing: the tags that
        // contain the piece being typed are shown by us instead.
        for (const item of existing) item.alwaysShow = several && suggests(item.tag, partial);
        typed = [...complete, ...(partial ? [partial] : [])]
          .filter(tag => !existing.some(item => item.tag === tag))
          .map(tag => ({ tag, label: tag, description: codebook ? `${vscode.l10n.t('new tag')} · ${vscode.l10n.t('not in the codebook')}` : vscode.l10n.t('new tag'), alwaysShow: true }));
        quickPick.items = [...typed, ...existing];
        // A tag followed by a comma is taken; the piece being typed is checked unless it may be the start of an existing tag.
        const completed = existing.filter(item => complete.includes(item.tag));
        const surelyNew = typed.filter(item => complete.includes(item.tag) || !existing.some(e => suggests(e.tag, item.tag)));
        quickPick.selectedItems = [...new Set([...kept.filter(item => quickPick.items.includes(item)), ...completed, ...surelyNew])];
      }),
      quickPick.onDidAccept(() => {
        const picked = quickPick.selectedItems.map(item => item.tag);
        // Tags kept stay in their order (the first decides the colour); new ones follow.
        finish([...selected.filter(tag => picked.includes(tag)), ...picked.filter(tag => !selected.includes(tag))]);
      }),
      quickPick.onDidHide(() => finish(undefined)),
    );
    quickPick.show();
  });
}

/** The tag picker open now, for tests to drive. */
export function openTagPicker(): vscode.QuickPick<vscode.QuickPickItem & { tag: string }> | undefined {
  return current;
}
