import * as vscode from 'vscode';
import { prepareDocuments } from '../../core/export/rows';
import { enclosingNodes } from '../../core/outline';
import type { OutlineNode } from '../../core/outline/model';
import { buildReport, type ReportData } from '../../core/report/report-data';
import { gatherWorkspaceSources } from '../export/workspace-sources';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from '../outline/outline-cache';
import { reportHtml } from './report-html';
import { PageDrawings } from './page-drawings';
import { reportLabels } from './report-labels';


export const SHOW_REPORT_COMMAND = 'policyAnnotator.showReport';
/** Internal: what clicking an annotation in the report does; tests call it directly. */
export const OPEN_REPORT_ANNOTATION_COMMAND = 'policyAnnotator.report.openAnnotation';
/** Every annotation of one chapter with its note: from a chapter's menu in the Outline, or at the cursor. */
export const SHOW_CHAPTER_NOTES_COMMAND = 'policyAnnotator.showChapterNotes';
const VIEW_TYPE = 'policyAnnotator.report';
const REFRESH_DELAY_MS = 400;

/** What the page drew, as it reports it back (tests compare it with the data). */
export interface RenderSummary {
  rows: number;
  columns: number;
  cellTotal: number;
  coverageRows: number;
  /** The listed-recommendations cell of each coverage row, as drawn (`2 of 3`). */
  coverageListed: string[];
  charts: number;
  /** The annotations listed below the heat map (a cell's, or a whole chapter's), as drawn. */
  details: { quote: string; note: string }[];
  /** The chapter whose annotations are listed, when a whole chapter is. */
  chapter: { document: string; chapter: string } | null;
}

/** What the command resolves to: the data shown and, once the page has drawn it, its summary. */
export interface ShownReport {
  data: ReportData;
  rendered?: RenderSummary;
}

type PageMessage =
  | { type: 'ready' }
  | { type: 'open'; document: string; id: string }
  | { type: 'rendered'; summary: RenderSummary };

/** What the Outline view hands a command of a row's menu (outline-tree.ts). */
interface OutlineRow {
  uri: vscode.Uri;
  node?: OutlineNode;
  parent?: OutlineRow;
}

/** `Policy Annotator: Show Annotation Report`: one panel, refreshed when annotations change. */
export function registerReport(extensionUri: vscode.Uri, annotations: AnnotationIndex, documents: PolicyDocuments, outlines: OutlineCache): vscode.Disposable {
  let panel: ReportPanel | undefined;
  const show = () => {
    if (!panel) {
      panel = new ReportPanel(extensionUri, annotations, documents, outlines);
      panel.onDidDispose(() => { panel = undefined; });
    } else {
      panel.reveal();
    }
    return panel;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, (): Promise<ShownReport> => show().refresh()),
    vscode.commands.registerCommand(SHOW_CHAPTER_NOTES_COMMAND, async (row?: OutlineRow): Promise<ShownReport | undefined> => {
      const chapter = row?.node ? chapterOfRow(row) : await chapterAtCursor(outlines);
      if (!chapter) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor in a chapter of a policy document, or choose a chapter in the Outline.'));
        return undefined;
      }
      const shown = show();
      const report = await shown.refresh();
      return shown.showChapter(vscode.workspace.asRelativePath(chapter.uri, false), chapter.title) ?? report;
    }),
    vscode.commands.registerCommand(OPEN_REPORT_ANNOTATION_COMMAND, (args: { document: string; id: string }) =>
      panel?.open(args.document, args.id) ?? false),
    { dispose: () => panel?.dispose() },
  );
}

class ReportPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private data: ReportData | undefined;
  private uris = new Map<string, vscode.Uri>();
  private pageReady = false;
  private readonly drawings = new PageDrawings<RenderSummary>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidDispose: vscode.Event<void>;

  constructor(extensionUri: vscode.Uri, private readonly annotations: AnnotationIndex, private readonly documents: PolicyDocuments, private readonly outlines: OutlineCache) {
    const mediaRoot = vscode.Uri.joinPath(extensionUri, 'media', 'report');
    const title = vscode.l10n.t('Annotation Report');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [mediaRoot],
    });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    this.panel.webview.html = reportHtml(this.panel.webview, mediaRoot, title);
    this.onDidDispose = this.panel.onDidDispose;
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: PageMessage) => this.onMessage(message)),
      this.panel.onDidDispose(() => this.disposeListeners()),
    );
    const later = () => this.refreshLater();
    this.disposables.push(annotations.onDidChange(later), documents.onDidChange(later));
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Recomputes the data and resolves once the page has drawn it (or without a drawing, when none comes in time). */
  async refresh(): Promise<ShownReport> {
    const { sources, uris } = await gatherWorkspaceSources(this.annotations, this.documents, this.outlines, { allDocuments: true });
    this.data = buildReport(prepareDocuments(sources));
    this.uris = uris;
    const rendered = this.drawings.next();
    this.post();
    return { data: this.data, rendered: await rendered };
  }

  /** Lists every annotation of one chapter below the heat map; undefined when the chapter has none. */
  async showChapter(document: string, chapter: string): Promise<ShownReport | undefined> {
    if (!this.data?.columns.some(c => c.document === document && c.chapter === chapter)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No annotations in this chapter yet.'));
      return undefined;
    }
    const rendered = await this.drawings.until(
      () => void this.panel.webview.postMessage({ type: 'showChapter', document, chapter }),
      summary => summary.chapter?.document === document && summary.chapter.chapter === chapter,
    );
    return { data: this.data, rendered };
  }

  dispose(): void {
    this.panel.dispose();
  }

  private refreshLater(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private post(): void {
    if (this.pageReady && this.data) void this.panel.webview.postMessage({ type: 'data', data: this.data, labels: reportLabels() });
  }

  private onMessage(message: PageMessage): void {
    switch (message.type) {
      case 'ready':
        // Also after the page was hidden and shown again: it starts empty each time.
        this.pageReady = true;
        this.post();
        break;
      case 'rendered':
        this.drawings.drawn(message.summary);
        break;
      case 'open':
        void vscode.commands.executeCommand(OPEN_REPORT_ANNOTATION_COMMAND, { document: message.document, id: message.id });
        break;
    }
  }

  /** Opens the annotation's document with the annotated passage selected; false when it is not in the report. */
  async open(document: string, id: string): Promise<boolean> {
    const uri = this.uris.get(document);
    const annotation = this.data?.annotations.find(a => a.document === document && a.id === id);
    if (!uri || !annotation) return false;
    const text = await vscode.workspace.openTextDocument(uri);
    const selection = annotation.start !== undefined && annotation.end !== undefined
      ? new vscode.Range(text.positionAt(annotation.start), text.positionAt(annotation.end))
      : new vscode.Range(annotation.line - 1, 0, annotation.line - 1, 0);
    await vscode.window.showTextDocument(text, { selection, viewColumn: vscode.ViewColumn.Beside });
    return true;
  }

  private disposeListeners(): void {
    clearTimeout(this.refreshTimer);
    this.drawings.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The chapter a row of the Outline belongs to: the row itself, or the chapter above it. */
function chapterOfRow(row: OutlineRow): { uri: vscode.Uri; title: string } | undefined {
  for (let at: OutlineRow | undefined = row; at; at = at.parent) {
    if (at.node?.kind === 'chapter') return { uri: row.uri, title: at.node.title };
  }
  return undefined;
}

/** The chapter holding the cursor of the active editor. */
async function chapterAtCursor(outlines: OutlineCache): Promise<{ uri: vscode.Uri; title: string } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { outline } = await outlines.read(editor.document.uri).catch(() => ({ outline: undefined }));
  if (!outline) return undefined;
  const chapter = enclosingNodes(outline, editor.document.offsetAt(editor.selection.active)).find(n => n.kind === 'chapter');
  return chapter && { uri: editor.document.uri, title: chapter.title };
}
