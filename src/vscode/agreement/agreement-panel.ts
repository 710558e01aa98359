import * as vscode from 'vscode';
import { computeAgreement, type AgreementResult } from '../../core/agreement/agreement';
import { agreementJson } from '../../core/agreement/agreement-json';
import { TEXT_UNIT_KINDS, type TextUnitKind } from '../../core/agreement/text-units';
import { prepareDocuments, type PreparedDocument } from '../../core/export/rows';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from '../outline/outline-cache';
import { gatherWorkspaceSources } from '../export/workspace-sources';
import { PageDrawings } from '../report/page-drawings';
import { reportHtml } from '../report/report-html';
import { AGREEMENT_STRINGS, type AgreementLabels } from './agreement-strings';


const VIEW_TYPE = 'policyAnnotator.agreement';

/** What the page drew, as it reports it back (tests compare it with the data). */
export interface AgreementRendered {
  tagRows: number;
  coders: number;
  disagreements: number;
}

type PageMessage =
  | { type: 'ready' }
  | { type: 'unit'; unit: string }
  | { type: 'chooseCoders' }
  | { type: 'open'; index: number }
  | { type: 'rendered'; summary: AgreementRendered };

/**
 * The Agreement page, beside the annotation report and drawn with its stylesheet: figures per tag
 * and pair of coders, and the passages where coders differ, each opened side by side (one coder's
 * annotation selected on the left, the other's on the right).
 */
export class AgreementPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private unit: TextUnitKind = 'sentence';
  private coders: string[] | undefined;
  private result: AgreementResult | undefined;
  private documents: PreparedDocument[] = [];
  private uris = new Map<string, vscode.Uri>();
  private error: string | undefined;
  private pageReady = false;
  private readonly drawings = new PageDrawings<AgreementRendered>();
  readonly onDidDispose: vscode.Event<void>;

  constructor(extensionUri: vscode.Uri, private readonly annotations: AnnotationIndex, private readonly policyDocuments: PolicyDocuments, private readonly outlines: OutlineCache) {
    const mediaRoot = vscode.Uri.joinPath(extensionUri, 'media', 'report');
    const title = vscode.l10n.t(AGREEMENT_STRINGS.title);
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [mediaRoot] });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    this.panel.webview.html = reportHtml(this.panel.webview, mediaRoot, title, 'agreement.js');
    this.onDidDispose = this.panel.onDidDispose;
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: PageMessage) => void this.onMessage(message)),
      this.panel.onDidDispose(() => this.disposeListeners()),
    );
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Recomputes from the workspace's annotations and resolves once the page has drawn it (or without a drawing, when none comes in time). */
  async refresh(choice: { unit?: TextUnitKind; coders?: string[] } = {}): Promise<{ result?: AgreementResult; error?: string; rendered?: AgreementRendered }> {
    this.unit = choice.unit ?? this.unit;
    this.coders = choice.coders ?? this.coders;
    const { sources, uris } = await gatherWorkspaceSources(this.annotations, this.policyDocuments, this.outlines, { allDocuments: false });
    this.documents = prepareDocuments(sources);
    this.uris = uris;
    try {
      this.result = computeAgreement(this.documents, { unit: this.unit, coders: this.coders });
      this.error = undefined;
    } catch (error) {
      this.result = undefined;
      this.error = error instanceof Error ? error.message : String(error);
    }
    const rendered = this.drawings.next();
    this.post();
    return { result: this.result, error: this.error, rendered: await rendered };
  }

  /** Opens the document of the n-th disagreement twice, side by side, each coder's annotations selected. */
  async openDisagreement(index: number): Promise<boolean> {
    const d = this.result?.disagreements[index];
    const uri = d && this.uris.get(d.document);
    if (!d || !uri) return false;
    const text = await vscode.workspace.openTextDocument(uri);
    const rows = this.documents.find(doc => doc.path === d.document)?.rows ?? [];
    const columns = [vscode.ViewColumn.One, vscode.ViewColumn.Two];
    for (const [k, side] of d.coders.slice(0, 2).entries()) {
      const ranges = rows.filter(r => side.ids.includes(r.annotation.id) && r.range).map(r => r.range!);
      const start = ranges.length ? Math.min(...ranges.map(r => r.start)) : d.start;
      const end = ranges.length ? Math.max(...ranges.map(r => r.end)) : d.start;
      await vscode.window.showTextDocument(text, { viewColumn: columns[k], selection: new vscode.Range(text.positionAt(start), text.positionAt(end)), preview: false });
    }
    return true;
  }

  /** Lets the user tick the coders to compare among every author of the workspace's annotations. */
  private async chooseCoders(): Promise<void> {
    const authors = [...new Set(this.documents.flatMap(d => d.rows.map(r => r.annotation.author)))].sort();
    const chosen = new Set(this.result?.coders.map(c => c.label) ?? authors);
    const picked = await vscode.window.showQuickPick(authors.map(label => ({ label, picked: chosen.has(label) })), { canPickMany: true, title: vscode.l10n.t(AGREEMENT_STRINGS.coders) });
    if (picked && picked.length >= 2) await this.refresh({ coders: picked.map(p => p.label) });
  }

  dispose(): void {
    this.panel.dispose();
  }

  private post(): void {
    if (!this.pageReady) return;
    const labels = Object.fromEntries(Object.entries(AGREEMENT_STRINGS).map(([key, english]) => [key, vscode.l10n.t(english, '{0}', '{1}', '{2}')])) as AgreementLabels;
    const data = this.result ? agreementJson(this.result, this.documents) : undefined;
    void this.panel.webview.postMessage({ type: 'data', data, error: this.error, unit: this.unit, units: TEXT_UNIT_KINDS, labels });
  }

  private async onMessage(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        this.post();
        break;
      case 'unit':
        if (TEXT_UNIT_KINDS.includes(message.unit as TextUnitKind)) await this.refresh({ unit: message.unit as TextUnitKind });
        break;
      case 'chooseCoders':
        await this.chooseCoders();
        break;
      case 'open':
        await this.openDisagreement(message.index);
        break;
      case 'rendered':
        this.drawings.drawn(message.summary);
        break;
    }
  }

  private disposeListeners(): void {
    this.drawings.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
