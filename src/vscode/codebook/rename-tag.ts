import * as vscode from 'vscode';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../core/annotations/codec';
import { ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import { parseCodebook, stringifyCodebook } from '../../core/codebook/codec';
import { normalTagName } from '../../core/codebook/model';
import { renameTagInCodebook, renameTagInFile } from '../../core/codebook/rename';
import { lineChanges } from '../../core/text/line-changes';
import { sortTagsAsTree } from '../../core/tags';
import type { WorkspaceCodebook } from './workspace-codebook';

export const RENAME_TAG_COMMAND = 'policyAnnotator.renameTag';

/** What a test (or another extension) may pass instead of answering the prompts. */
export interface RenameTagArguments {
  from?: string;
  to?: string;
  /** Show the refactoring preview before applying (default true). */
  preview?: boolean;
}

/** What the command did: how many annotations and files it changed, and whether the edit was applied. */
export interface RenameTagResult {
  annotations: number;
  files: number;
  codebook: boolean;
  applied: boolean;
}

/**
 * `Rename or Merge Tag…`: renames a tag (and its sub-tags) in every annotation file of the
 * workspace and in the codebook as one WorkspaceEdit, shown in the refactoring preview; Undo
 * takes it all back. Only the changed lines of files that carry the tag are edited; files that
 * cannot be read are left alone and counted in the message.
 */
export function registerRenameTag(tagCounts: () => ReadonlyMap<string, number>, codebook: WorkspaceCodebook): vscode.Disposable {
  return vscode.commands.registerCommand(RENAME_TAG_COMMAND, async (argument?: RenameTagArguments): Promise<RenameTagResult | undefined> => {
    const args = typeof argument === 'object' && argument !== null ? argument : {};
    const from = args.from ?? await askTag(tagCounts(), codebook);
    if (!from) return undefined;
    const to = args.to ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Rename or Merge Tag'),
      prompt: vscode.l10n.t('New name for {0} (an existing tag merges the two)', from),
      value: from,
      validateInput: value => (normalTagName(value) ? undefined : vscode.l10n.t('Type a tag name.')),
    });
    if (!to || normalTagName(to) === normalTagName(from)) return undefined;
    const { edit, result, unreadable } = await buildRenameEdit(from, to, codebook, args.preview !== false);
    if (unreadable > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0} annotation files could not be read and were left unchanged.', unreadable));
    if (edit.size === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No annotation carries the tag {0}.', from));
      return result;
    }
    result.applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
    if (result.applied) await saveEdited(edit);
    return result;
  });
}

async function askTag(counts: ReadonlyMap<string, number>, codebook: WorkspaceCodebook): Promise<string | undefined> {
  const tags = sortTagsAsTree([...counts.keys(), ...(codebook.codebook?.tags.map(t => t.name) ?? [])]);
  const picked = await vscode.window.showQuickPick(tags.map(tag => ({ label: tag, description: String(counts.get(tag) ?? 0), detail: codebook.entry(tag)?.description })), {
    title: vscode.l10n.t('Rename or Merge Tag'),
    placeHolder: vscode.l10n.t('Choose the tag to rename'),
  });
  return picked?.label;
}

async function buildRenameEdit(from: string, to: string, codebook: WorkspaceCodebook, preview: boolean) {
  const edit = new vscode.WorkspaceEdit();
  // needsConfirmation is what makes VS Code show the preview (an extension cannot ask for it
  // otherwise); such changes start unticked there, and nothing is written until they are applied.
  const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: preview, label: vscode.l10n.t('Rename tag {0} to {1}', from, to) };
  const result: RenameTagResult = { annotations: 0, files: 0, codebook: false, applied: false };
  let unreadable = 0;
  const replaceLines = (uri: vscode.Uri, before: string, after: string) => {
    for (const change of lineChanges(before, after)) {
      edit.replace(uri, new vscode.Range(change.startLine, 0, change.endLine, 0), change.text, metadata);
    }
  };
  for (const uri of await vscode.workspace.findFiles(`**/*${ANNOTATION_FILE_SUFFIX}`, '**/node_modules/**')) {
    const text = await currentText(uri);
    const parsed = parseAnnotationFile(text);
    if (!parsed.ok) {
      unreadable++;
      continue;
    }
    const renamed = renameTagInFile(parsed.file, from, to);
    if (!renamed) continue;
    replaceLines(uri, text, stringifyAnnotationFile(renamed.file));
    result.annotations += renamed.changed;
    result.files++;
  }
  const codebookUri = codebook.uri;
  const codebookText = codebookUri && await currentText(codebookUri).catch(() => undefined);
  const parsedCodebook = codebookText !== undefined ? parseCodebook(codebookText) : undefined;
  const renamedCodebook = parsedCodebook?.ok ? renameTagInCodebook(parsedCodebook.codebook, from, to) : undefined;
  if (codebookUri && codebookText !== undefined && renamedCodebook) {
    replaceLines(codebookUri, codebookText, stringifyCodebook(renamedCodebook));
    result.codebook = true;
  }
  return { edit, result, unreadable };
}

/** The editor's text when the file is open (it may hold unsaved edits), the file's otherwise. */
async function currentText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  return open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The edit opens the files it changes; saving them lets the annotations (read from disk) follow. */
async function saveEdited(edit: vscode.WorkspaceEdit): Promise<void> {
  for (const [uri] of edit.entries()) {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (document?.isDirty) await document.save();
  }
}
