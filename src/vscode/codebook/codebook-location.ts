import * as vscode from 'vscode';
import { DEFAULT_CODEBOOK_PATH } from '../../core/codebook/model';

/** Where the codebook is kept, relative to the first workspace folder. */
export const CODEBOOK_SETTING = 'policyAnnotator.codebook';

/** The codebook file's place (`codebook.yaml` unless the setting names another); undefined without a workspace folder. */
export function codebookUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  // The section's own configuration: the whole one is copied on each call, which activation felt.
  const relative = vscode.workspace.getConfiguration('policyAnnotator').get<string>('codebook') || DEFAULT_CODEBOOK_PATH;
  // The path stays inside the folder: `..` segments are dropped.
  const segments = relative.split(/[\\/]/).filter(s => s && s !== '..' && s !== '.');
  return folder && segments.length > 0 ? vscode.Uri.joinPath(folder.uri, ...segments) : undefined;
}
