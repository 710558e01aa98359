import * as vscode from 'vscode';
import { parseCodebook, stringifyCodebook } from '../../core/codebook/codec';
import { DEFAULT_CODEBOOK_PATH } from '../../core/codebook/model';
import type { ImportMessage, ImportResult } from '../../core/export/w3c-import';
import { importW3c } from '../../core/export/w3c-import';
import { mergeCodesIntoCodebook } from '../../core/qda/codebook-import';
import { readQdc } from '../../core/qda/codebook-xml';
import { importQdpx } from '../../core/qda/project-import';
import { matchSourceDocument } from '../../core/qda/source-match';
import type { AnnotationStore } from '../annotations/annotation-store';
import type { AuthorWithFallbacks } from '../annotations/author';
import type { PolicyDocuments } from '../documents/policy-documents';

export const IMPORT_COMMAND = 'policyAnnotator.import';

/**
 * `Policy Annotator: Import Annotations…`: a W3C export or a REFI-QDA project merged by id into
 * the annotation files beside the documents, or a REFI-QDA codebook into codebook.yaml.
 * Tests and scripts pass the file; otherwise an open dialog asks.
 */
export function registerImport(annotations: AnnotationStore, documents: PolicyDocuments, identity: AuthorWithFallbacks, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(IMPORT_COMMAND, async (file?: vscode.Uri) => {
    const source = file instanceof vscode.Uri ? file : await pickFile();
    if (!source) return undefined;
    const bytes = await vscode.workspace.fs.readFile(source);
    if (/\.qdc$/i.test(source.path)) return importCodebookFile(bytes, source, output);
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing annotations…') }, () =>
      importAnnotationFile(bytes, source, annotations, documents, identity, output));
  });
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import Annotations'),
    openLabel: vscode.l10n.t('Import'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Annotations and codebooks')]: ['jsonld', 'json', 'qdpx', 'qdc'] },
  });
  return picked?.[0];
}

/** The import's counts, for tests and scripts. */
export interface ImportSummary {
  added: number;
  updated: number;
  kept: number;
  errors: number;
  /** Where each error is (a document path or a source's name) and what it is. */
  problems: { where: string; message: string }[];
}

async function importAnnotationFile(bytes: Uint8Array, source: vscode.Uri, annotations: AnnotationStore, documents: PolicyDocuments,
  identity: AuthorWithFallbacks, output: vscode.OutputChannel): Promise<ImportSummary | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  // The core's imports look documents up by path: read the workspace's documents first.
  const byPath = new Map<string, vscode.Uri>();
  for (const uri of await documents.list()) byPath.set(vscode.workspace.asRelativePath(uri, false), uri);
  const texts = new Map<string, string>();
  for (const [path, uri] of byPath) texts.set(path, await documents.read(uri).catch(() => ''));
  const result: ImportResult = /\.qdpx$/i.test(source.path)
    ? importQdpx(bytes, {
      findDocument: name => {
        const path = matchSourceDocument(name, [...byPath.keys()]);
        return path === undefined ? undefined : { path, text: texts.get(path) ?? '' };
      },
      defaultAuthor: await identity.authorFor(folder.uri),
    })
    : importW3c(new TextDecoder().decode(bytes), path => texts.get(path));

  const summary: ImportSummary = { added: 0, updated: 0, kept: 0, errors: 0, problems: [] };
  const messages: ImportMessage[] = [...result.messages];
  for (const { path, file } of result.files) {
    const uri = byPath.get(path);
    if (!uri) {
      messages.push({ severity: 'error', where: path, message: vscode.l10n.t('no such document in the workspace') });
      continue;
    }
    try {
      const merge = await annotations.importAnnotations(uri, file.annotations);
      summary.added += merge.added;
      summary.updated += merge.updated;
      summary.kept += merge.kept;
    } catch (error) {
      messages.push({ severity: 'error', where: path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const errors = messages.filter(m => m.severity === 'error');
  summary.errors = errors.length;
  summary.problems = errors.map(({ where, message }) => ({ where, message }));
  report(output, source, messages);
  const text = vscode.l10n.t('Imported {0}: {1} added, {2} updated, {3} kept.', vscode.workspace.asRelativePath(source), summary.added, summary.updated, summary.kept);
  if (messages.length) {
    const show = vscode.l10n.t('Show Problems');
    void vscode.window.showWarningMessage(`${text} ${vscode.l10n.t('{0} items could not be imported.', summary.errors)}`, show).then(c => c === show && output.show());
  } else {
    void vscode.window.showInformationMessage(text);
  }
  return summary;
}

/** A REFI-QDA codebook's codes join the workspace's codebook.yaml; an unreadable codebook is never written over. */
async function importCodebookFile(bytes: Uint8Array, source: vscode.Uri, output: vscode.OutputChannel): Promise<ImportSummary | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const read = readQdc(new TextDecoder().decode(bytes));
  if (!read.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a REFI-QDA codebook: {1}', vscode.workspace.asRelativePath(source), read.message));
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, DEFAULT_CODEBOOK_PATH);
  let existing = { tags: [] } as ReturnType<typeof mergeCodesIntoCodebook>['codebook'];
  let before: string | undefined;
  try {
    before = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  } catch {
    before = undefined; // No codebook yet: this import starts one.
  }
  if (before !== undefined) {
    const parsed = parseCodebook(before);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be read ({1}); fix it before importing codes into it.', DEFAULT_CODEBOOK_PATH, parsed.problems[0].message));
      return undefined;
    }
    existing = parsed.codebook;
  }
  const merge = mergeCodesIntoCodebook(existing, read.codes);
  const text = stringifyCodebook(merge.codebook);
  if (text !== before) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  report(output, source, read.warnings.map(message => ({ severity: 'warning', where: 'CodeBook', message })));
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} into {1}: {2} codes added, {3} completed, {4} kept.',
    vscode.workspace.asRelativePath(source), DEFAULT_CODEBOOK_PATH, merge.added, merge.completed, merge.kept));
  return { added: merge.added, updated: merge.completed, kept: merge.kept, errors: 0, problems: [] };
}

function report(output: vscode.OutputChannel, source: vscode.Uri, messages: readonly ImportMessage[]): void {
  for (const m of messages) output.appendLine(`${vscode.workspace.asRelativePath(source)}: ${m.where}: ${m.severity}: ${m.message}`);
}
