import * as vscode from 'vscode';
import { highlightRangesByStyle, paletteSlot, type LineCharacterRange } from '../../core/highlights/highlight-ranges';
import { tagWithAncestors } from '../../core/tags';
import type { AnnotationIndex } from '../annotation-index';

/** Palette slots contributed under `contributes.colors` (policyAnnotator.tag1Background …). */
export const PALETTE_SIZE = 8;
const UNTAGGED = 'untagged';
const REFRESH_DELAY_MS = 50;

/**
 * Highlights annotated passages, coloured by tag, with marks in the overview ruler.
 * Decoration types are made once per colour (the palette at start, configured colours when the
 * setting changes); refreshes are debounced and cost one pass over the document's annotations.
 */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private tagColors: Record<string, string> = {};
  private readonly applied = new Map<string, Map<string, LineCharacterRange[]>>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: AnnotationIndex) {
    for (let slot = 1; slot <= PALETTE_SIZE; slot++) this.types.set(`slot:${slot}`, makeType(new vscode.ThemeColor(`policyAnnotator.tag${slot}Background`)));
    this.types.set(UNTAGGED, makeType(new vscode.ThemeColor('policyAnnotator.untaggedBackground')));
    this.readSettings();
    this.disposables.push(
      store.onDidChange(() => this.scheduleRefresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (!e.affectsConfiguration('policyAnnotator.tagColors')) return;
        this.readSettings();
        this.refresh();
      }),
    );
    this.scheduleRefresh();
  }

  /** What is highlighted in a document: style -> ranges (tests read it through the extension's API). */
  decorationsFor(uri: vscode.Uri): { style: string; ranges: LineCharacterRange[] }[] {
    return [...(this.applied.get(uri.toString()) ?? [])].map(([style, ranges]) => ({ style, ranges }));
  }

  /** The style of a passage: the colour configured for its first tag (or an ancestor), else the tag's palette slot. */
  styleOf(tags: readonly string[]): string {
    const first = tags[0];
    if (first === undefined) return UNTAGGED;
    for (const tag of tagWithAncestors(first).reverse()) {
      const configured = this.tagColors[tag];
      if (configured && this.types.has(`custom:${configured}`)) return `custom:${configured}`;
    }
    return `slot:${paletteSlot(first, PALETTE_SIZE) + 1}`;
  }

  private readSettings(): void {
    for (const [key, type] of this.types) {
      if (key.startsWith('custom:')) {
        type.dispose();
        this.types.delete(key);
      }
    }
    this.tagColors = vscode.workspace.getConfiguration('policyAnnotator').get<Record<string, string>>('tagColors', {});
    for (const colour of new Set(Object.values(this.tagColors))) {
      if (typeof colour !== 'string' || !colour.trim()) continue;
      // A hex value is used as is; anything else names a theme colour (ours or the theme's).
      const value = /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : new vscode.ThemeColor(colour);
      this.types.set(`custom:${colour}`, makeType(value));
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  refresh(): void {
    clearTimeout(this.timer);
    this.applied.clear();
    for (const editor of vscode.window.visibleTextEditors) {
      const state = this.store.document(editor.document.uri);
      const highlights = state?.status === 'ready' ? state.highlights() : [];
      const byStyle = highlightRangesByStyle(editor.document.getText(), highlights, tags => this.styleOf(tags));
      if (highlights.length) this.applied.set(editor.document.uri.toString(), byStyle);
      for (const [style, type] of this.types) {
        const ranges = byStyle.get(style) ?? [];
        editor.setDecorations(type, ranges.map(r => new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter)));
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const type of this.types.values()) type.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function makeType(colour: string | vscode.ThemeColor): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: colour,
    overviewRulerColor: colour,
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    // An underline keeps passages visible where a theme's background colours are faint (high contrast).
    borderStyle: 'solid',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('policyAnnotator.annotationUnderline'),
    // Text typed at either edge stays outside, as the store's own ranges do (shift-ranges.ts): no flicker until
    // the refresh. That is ClosedClosed ("will not widen"); OpenOpen would widen the highlight over the new text.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}
