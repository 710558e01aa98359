import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, exportAnnotationBytes, isExportFormat, type ExportFormat } from '../../core/export/formats';
import type { MarkdownLabels } from '../../core/export/markdown';
import { defaultExportPath } from '../../core/own-files';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from '../outline/outline-cache';
import { gatherWorkspaceSources } from './workspace-sources';
import { countAnnotations } from '../../core/export/rows';

export const EXPORT_COMMAND = 'policyAnnotator.export';

/** Arguments for scripts and tests; without them the command asks with a QuickPick and a save dialog. */
export interface ExportArgs {
  format?: ExportFormat;
  target?: vscode.Uri;
}

/** `Policy Annotator: Export Annotations…`: writes every annotation of the workspace to one file. */
export function registerExport(annotations: AnnotationIndex, documents: PolicyDocuments, outlines: OutlineCache): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_COMMAND, (args?: ExportArgs) => exportWorkspace(annotations, documents, outlines, args ?? {}));
}

/** Resolves to the file written, or undefined when the user cancelled. */
async function exportWorkspace(annotations: AnnotationIndex, documents: PolicyDocuments, outlines: OutlineCache, args: ExportArgs): Promise<vscode.Uri | undefined> {
  const format = isExportFormat(args.format) ? args.format : await pickFormat();
  if (!format) return undefined;
  const target = args.target ?? await pickTarget(format);
  if (!target) return undefined;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations…') }, async () => {
    const { sources } = await gatherWorkspaceSources(annotations, documents, outlines, { allDocuments: false });
    const rawCsvCells = vscode.workspace.getConfiguration('policyAnnotator').get<boolean>('export.rawCsvCells', false);
    const projectName = vscode.workspace.workspaceFolders?.[0]?.name;
    const exported = exportAnnotationBytes(sources, format, { markdownLabels: markdownLabels(), projectName, rawCsvCells });
    await vscode.workspace.fs.writeFile(target, exported.bytes);
    if (exported.orphansLeftOut) {
      vscode.window.showWarningMessage(vscode.l10n.t('{0} orphaned annotations were left out: a REFI-QDA project codes only text that is in the document.', exported.orphansLeftOut));
    }
    const count = countAnnotations(sources);
    if (!args.target) {
      const open = vscode.l10n.t('Open');
      vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} annotations to {1}.', count, vscode.workspace.asRelativePath(target)), open)
        .then(choice => choice === open && vscode.commands.executeCommand('vscode.open', target));
    }
    return target;
  });
}

interface FormatItem extends vscode.QuickPickItem {
  format: ExportFormat;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: FormatItem[] = [
    { format: 'csv', label: vscode.l10n.t('CSV (spreadsheet)'), detail: vscode.l10n.t('One row per annotation: document, chapter, section, quote, tags, note, author, dates, line.') },
    { format: 'w3c', label: vscode.l10n.t('W3C Web Annotations (JSON-LD)'), detail: vscode.l10n.t('The standard exchange format; Policy Annotator can import it back.') },
    { format: 'markdown', label: vscode.l10n.t('Markdown digest'), detail: vscode.l10n.t('Quotes, tags and notes grouped by document and chapter, to read or paste into a paper.') },
    { format: 'qdpx', label: vscode.l10n.t('REFI-QDA project (.qdpx)'), detail: vscode.l10n.t('Documents, codes, codings and notes for QDA software (NVivo, ATLAS.ti, MAXQDA, QualCoder).') },
    { format: 'qdc', label: vscode.l10n.t('REFI-QDA codebook (.qdc)'), detail: vscode.l10n.t('The tags as a codebook for QDA software, with descriptions and colours.') },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('Choose a format') });
  return picked?.format;
}

/** Offers the exports folder (see own-files.ts): what is written there is never read as a document. */
async function pickTarget(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const extension = EXPORT_EXTENSIONS[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri = folder ? defaultExportUri(folder, format) : undefined;
  // The dialog opens in the folder only if it exists.
  if (defaultUri) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(defaultUri, '..')).then(undefined, () => undefined);
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export Annotations'),
    saveLabel: vscode.l10n.t('Export'),
    defaultUri,
    filters: { [filterName(format)]: [extension] },
  });
}

/** The default target in a workspace folder, for the save dialog (and for tests to compare with). */
export function defaultExportUri(folder: vscode.Uri, format: ExportFormat): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...defaultExportPath(format, new Date()).split('/'));
}

function filterName(format: ExportFormat): string {
  switch (format) {
    case 'csv': return vscode.l10n.t('CSV');
    case 'w3c': return vscode.l10n.t('JSON-LD');
    case 'markdown': return vscode.l10n.t('Markdown');
    case 'qdpx': return vscode.l10n.t('REFI-QDA project');
    case 'qdc': return vscode.l10n.t('REFI-QDA codebook');
  }
}

function markdownLabels(): MarkdownLabels {
  return {
    title: vscode.l10n.t('Annotations'),
    noChapter: vscode.l10n.t('Outside any chapter'),
    line: vscode.l10n.t('line'),
    section: vscode.l10n.t('Section'),
    tags: vscode.l10n.t('Tags'),
    replies: vscode.l10n.t('Replies'),
    orphaned: vscode.l10n.t('quote not found in the current text'),
    count: vscode.l10n.t('{0} annotations', '{0}'),
  };
}
