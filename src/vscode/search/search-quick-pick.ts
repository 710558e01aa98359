import * as vscode from 'vscode';
import type { SearchItem, SearchKind, SearchResult } from '../../core/search';
import type { PreviewSessions } from '../preview-sessions';
import { PassagePreview } from './passage-preview';
import type { WorkspaceSearchIndex } from './workspace-index';

const RECOMMENDATIONS: SearchKind[] = ['recommendation'];
const EVERYTHING: SearchKind[] = ['recommendation', 'prose-recommendation', 'annotation'];
/** Rows for a query: at each keystroke the workbench filters and lays out every row (its main cost in the profile), and typing more narrows the list. */
export const RESULT_LIMIT = 50;
/**
 * Characters of a recommendation in its row: more than the widest row shows. The passage preview
 * shows it whole; every keystroke sends the rows to the workbench, which matches the query in each.
 */
const DETAIL_CHARACTERS = 160;

export interface ResultItem extends vscode.QuickPickItem {
  result: SearchResult;
}

/** The heading of a chapter's recommendations when browsing without a query. */
export interface ChapterSeparator extends vscode.QuickPickItem {
  kind: vscode.QuickPickItemKind.Separator;
  result?: undefined;
}

export type PickItem = ResultItem | ChapterSeparator;

/**
 * A QuickPick that shows the product's ranking as it is. VS Code filters and re-sorts items by
 * its own matcher on the label, and `sortByLabel` is not stable API: so the label holds only an
 * icon (nothing for VS Code to match), every item is `alwaysShow`, and the text goes to the
 * detail, where VS Code may highlight what it recognises without reordering anything.
 */
export class SearchQuickPick {
  /** The open QuickPick, for tests to drive. */
  current: vscode.QuickPick<PickItem> | undefined;
  private scope: SearchKind[] = RECOMMENDATIONS;

  constructor(private readonly workspaceIndex: WorkspaceSearchIndex, private readonly previews: PreviewSessions) {}

  async show(initialQuery = ''): Promise<void> {
    const pick = vscode.window.createQuickPick<PickItem>();
    this.current = pick;
    pick.title = vscode.l10n.t('Search Recommendations');
    pick.placeholder = vscode.l10n.t('Type words in Japanese or English; every word must match');
    pick.matchOnDescription = false;
    pick.matchOnDetail = true;
    pick.busy = true;
    pick.buttons = [this.scopeButton()];
    const annotate = { iconPath: new vscode.ThemeIcon('comment'), tooltip: vscode.l10n.t('Annotate this recommendation') };
    const copy = { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy with its source') };
    const buttons = [annotate, copy];
    let shown: string | undefined;
    const update = () => {
      const rows = pick.value.trim()
        ? this.workspaceIndex.index.search(pick.value, { limit: RESULT_LIMIT, kinds: this.scope }).map(result => toItem(result, buttons))
        : browseItems(this.workspaceIndex.browse(this.scope), buttons);
      // One more character often leaves the rows as they were: the workbench has already
      // re-highlighted them itself, and sending them again would only lay the list out anew.
      const key = rowsKey(rows);
      if (key === shown) return;
      shown = key;
      pick.items = rows;
    };
    const preview = new PassagePreview();
    let typedAt = 0;
    // Ends once the editor has settled: back where the reader was, or on the chosen passage.
    const previewing = this.previews.begin();
    let accepted = false;
    const disposables: vscode.Disposable[] = [
      preview,
      pick.onDidChangeValue(() => {
        typedAt = Date.now();
        update();
      }),
      pick.onDidChangeActive(([item]) => item?.result && preview.schedule(this.workspaceIndex.uriOf(item.result.item), item.result.item, typedAt)),
      pick.onDidTriggerButton(() => {
        this.scope = this.scope === RECOMMENDATIONS ? EVERYTHING : RECOMMENDATIONS;
        pick.buttons = [this.scopeButton()];
        update();
      }),
      pick.onDidAccept(async () => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!item?.result) return;
        accepted = true;
        pick.hide();
        await preview.settle();
        await this.reveal(item.result).finally(() => previewing.dispose());
      }),
      pick.onDidTriggerItemButton(async ({ item, button }) => {
        if (!item.result) return;
        if (button === copy) {
          await vscode.env.clipboard.writeText(citation(item.result));
          void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied with its source'), 3000);
        } else {
          accepted = true;
          pick.hide();
          await preview.settle();
          await this.reveal(item.result).finally(() => previewing.dispose());
          await vscode.commands.executeCommand('policyAnnotator.annotateSelection');
        }
      }),
      pick.onDidHide(() => {
        if (this.current === pick) this.current = undefined;
        if (!accepted) void preview.restore().finally(() => previewing.dispose());
        for (const d of disposables) d.dispose();
        pick.dispose();
      }),
    ];
    pick.value = initialQuery;
    pick.show();
    try {
      await this.workspaceIndex.ready();
    } finally {
      pick.busy = false;
    }
    update();
  }

  /** Opens the document with the result's text selected. */
  private async reveal(result: SearchResult): Promise<void> {
    const uri = this.workspaceIndex.uriOf(result.item);
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const selection = new vscode.Selection(document.positionAt(result.item.start), document.positionAt(result.item.end));
    await vscode.window.showTextDocument(document, { selection });
  }

  private scopeButton(): vscode.QuickInputButton {
    return this.scope === RECOMMENDATIONS
      ? { iconPath: new vscode.ThemeIcon('filter'), tooltip: vscode.l10n.t('Listed recommendations only: click to include recommendations in the text and annotations') }
      : { iconPath: new vscode.ThemeIcon('filter-filled'), tooltip: vscode.l10n.t('Recommendations, recommendations in the text and annotations: click for listed recommendations only') };
  }
}

function toItem(result: SearchResult, buttons: vscode.QuickInputButton[]): ResultItem {
  const { item } = result;
  const icon = item.kind === 'annotation' ? '$(note)' : item.kind === 'prose-recommendation' ? '$(lightbulb-empty)' : '$(lightbulb)';
  return {
    label: icon,
    description: [item.label, item.chapter, `${item.document}:${item.line}`, item.author].filter(Boolean).join(' · '),
    detail: rowText(item.text),
    alwaysShow: true,
    buttons,
    result,
  };
}

/** What a list of rows shows, to tell whether it differs from the one on screen. */
function rowsKey(rows: readonly PickItem[]): string {
  return rows.map(row => (row.result ? `${row.result.item.id}\t${row.description}\t${row.detail}` : `\t${row.label}`)).join('\n');
}

function rowText(text: string): string {
  const flat = [...text.replace(/\s+/g, ' ')];
  return flat.length > DETAIL_CHARACTERS ? `${flat.slice(0, DETAIL_CHARACTERS).join('')}…` : flat.join('');
}

/** Every recommendation under a heading per document and chapter, in reading order. */
function browseItems(items: readonly SearchItem[], buttons: vscode.QuickInputButton[]): PickItem[] {
  const rows: PickItem[] = [];
  let heading: string | undefined;
  for (const item of items) {
    const here = [item.document, item.chapter].filter(Boolean).join(' · ');
    if (here !== heading) rows.push({ kind: vscode.QuickPickItemKind.Separator, label: (heading = here) });
    rows.push(toItem({ item, score: 0, highlights: [] }, buttons));
  }
  return rows;
}

/** The recommendation in quotation marks, then where it comes from. */
function citation(result: SearchResult): string {
  const { item } = result;
  return `「${item.text}」\n— ${[item.document, item.chapter, item.author].filter(Boolean).join(', ')} (${vscode.l10n.t('line {0}', item.line)})`;
}
