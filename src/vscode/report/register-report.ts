import * as vscode from 'vscode';
import { prepareDocuments } from '../../core/export/rows';
import { buildReport, type ReportData } from '../../core/report/report-data';
import { gatherWorkspaceSources } from '../export/workspace-sources';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import { reportHtml } from './report-html';
import { reportLabels } from './report-labels';

export const SHOW_REPORT_COMMAND = 'policyAnnotator.showReport';
/** Internal: what clicking an annotation in the report does; tests call it directly. */
export const OPEN_REPORT_ANNOTATION_COMMAND = 'policyAnnotator.report.openAnnotation';
const VIEW_TYPE = 'policyAnnotator.report';
const REFRESH_DELAY_MS = 400;

/** What the page drew, as it reports it back (tests compare it with the data). */
export interface RenderSummary {
  rows: number;
  columns: number;
  cellTotal: number;
  coverageRows: number;
  charts: number;
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

/** `Policy Annotator: Show Annotation Report`: one panel, refreshed when annotations change. */
export function registerReport(extensionUri: vscode.Uri, annotations: AnnotationIndex, documents: PolicyDocuments): vscode.Disposable {
  let panel: ReportPanel | undefined;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, async (): Promise<ShownReport> => {
      if (!panel) {
        panel = new ReportPanel(extensionUri, annotations, documents);
        panel.onDidDispose(() => { panel = undefined; });
      } else {
        panel.reveal();
      }
      return panel.refresh();
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
  private waitingForRender: ((summary?: RenderSummary) => void)[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidDispose: vscode.Event<void>;

  constructor(extensionUri: vscode.Uri, private readonly annotations: AnnotationIndex, private readonly documents: PolicyDocuments) {
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

  /** Recomputes the data and resolves once the page has drawn it (or after 10 s without an answer). */
  async refresh(): Promise<ShownReport> {
    const { sources, uris } = await gatherWorkspaceSources(this.annotations, this.documents, { allDocuments: true });
    this.data = buildReport(prepareDocuments(sources));
    this.uris = uris;
    const rendered = new Promise<RenderSummary | undefined>(resolve => {
      const timer = setTimeout(() => resolve(undefined), 10_000);
      this.waitingForRender.push(summary => { clearTimeout(timer); resolve(summary); });
    });
    this.post();
    return { data: this.data, rendered: await rendered };
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
        for (const resolve of this.waitingForRender.splice(0)) resolve(message.summary);
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
    for (const resolve of this.waitingForRender.splice(0)) resolve(undefined);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
