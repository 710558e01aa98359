import * as vscode from 'vscode';
import { annotationCount } from './counts';

interface TagItem extends vscode.QuickPickItem {
  tag: string;
}

/**
 * Lets the user choose tags already used in the workspace (most used first, with counts) or type
 * new ones: whatever is typed shows as a "new tag" item (several at once, separated by commas),
 * checked unless it could be the start of an existing tag. Resolves to undefined when cancelled.
 */
export function pickTags(counts: ReadonlyMap<string, number>, selected: readonly string[] = []): Promise<string[] | undefined> {
  const existing: TagItem[] = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag, count]) => ({ tag, label: tag, description: annotationCount(count) }));
  for (const tag of selected) if (!counts.has(tag)) existing.unshift({ tag, label: tag });

  const quickPick = vscode.window.createQuickPick<TagItem>();
  quickPick.canSelectMany = true;
  quickPick.title = vscode.l10n.t('Tags');
  quickPick.placeholder = vscode.l10n.t('Choose tags or type new ones, separated by commas');
  quickPick.items = existing;
  quickPick.selectedItems = existing.filter(item => selected.includes(item.tag));
  let typed: TagItem[] = [];

  return new Promise(resolve => {
    const disposables: vscode.Disposable[] = [];
    const finish = (tags: string[] | undefined) => {
      resolve(tags);
      for (const d of disposables) d.dispose();
      quickPick.dispose();
    };
    disposables.push(
      quickPick.onDidChangeValue(value => {
        const kept = quickPick.selectedItems;
        typed = splitTags(value)
          .filter(tag => !existing.some(item => item.tag === tag))
          .map(tag => ({ tag, label: tag, description: vscode.l10n.t('new tag'), alwaysShow: true }));
        quickPick.items = [...typed, ...existing];
        // A typed tag is checked for the user unless it may be the start of an existing one (typed to filter).
        const surelyNew = typed.filter(item => !existing.some(e => e.tag.toLowerCase().includes(item.tag.toLowerCase())));
        quickPick.selectedItems = [...kept.filter(item => quickPick.items.includes(item)), ...surelyNew];
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

function splitTags(value: string): string[] {
  return value.split(/[,、，]/).map(t => t.trim()).filter(t => t.length > 0);
}
