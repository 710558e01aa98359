import * as vscode from 'vscode';
import { DRIVER_COMMAND, DRIVER_DESCRIPTION, MERGE_DRIVER_NAME, withMergeAttribute } from '../../core/git/merge-setup';
import { readTextIfExists } from '../annotations/annotation-file-io';
import type { GitCommand } from '../platform/platform';
import { gitRepositoryFor } from './git-extension';

/** What the command did, for the message and for tests. */
export interface MergeSetUp {
  root: vscode.Uri;
  attributesChanged: boolean;
}

/**
 * Makes git merge annotation files and the codebook with `policy-annotator merge-driver` in the
 * repository holding `target`: adds the `.gitattributes` lines (committed, so every clone routes
 * the files; the codebook's at its path from the repository's root) and sets
 * the driver in the repository's local configuration (each clone needs it once; git never takes
 * commands from a repository's files, so it cannot travel with the commit).
 */
export async function setUpGitMerge(target: vscode.Uri, git: GitCommand | undefined, codebook?: vscode.Uri): Promise<MergeSetUp> {
  const folder = await isFolder(target) ? target : vscode.Uri.joinPath(target, '..');
  const repository = gitRepositoryFor(target);
  const { root, setConfig } = repository
    ? { root: repository.rootUri, setConfig: (key: string, value: string) => repository.setConfig(key, value) }
    : await throughGitCommand(git, folder, target);
  await setConfig(`merge.${MERGE_DRIVER_NAME}.name`, DRIVER_DESCRIPTION);
  await setConfig(`merge.${MERGE_DRIVER_NAME}.driver`, DRIVER_COMMAND);
  const attributesUri = vscode.Uri.joinPath(root, '.gitattributes');
  const attributes = withMergeAttribute(await readTextIfExists(attributesUri), codebookPathIn(root, codebook));
  if (attributes !== undefined) await vscode.workspace.fs.writeFile(attributesUri, new TextEncoder().encode(attributes));
  return { root, attributesChanged: attributes !== undefined };
}

/** The command: for the given folder or file, else the active editor's, else a workspace folder picked. */
export async function runSetUpGitMerge(git: GitCommand | undefined, codebook: vscode.Uri | undefined, argument?: vscode.Uri): Promise<MergeSetUp | undefined> {
  const target = argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri ?? await pickFolder();
  if (!target) return undefined;
  try {
    const done = await setUpGitMerge(target, git, codebook);
    const where = vscode.workspace.asRelativePath(done.root, false);
    void vscode.window.showInformationMessage(done.attributesChanged
      ? vscode.l10n.t('Git now merges annotation files in {0} by annotation id, and the codebook by tag. Commit .gitattributes so that every clone uses the driver; each colleague runs this command once in their clone.', where)
      : vscode.l10n.t('Git now merges annotation files in {0} by annotation id, and the codebook by tag; .gitattributes already had the lines.', where));
    return done;
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not set up git merging of annotations: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** The repository's root and its local configuration, through the git command where the extension does not know the repository. */
async function throughGitCommand(git: GitCommand | undefined, folder: vscode.Uri, target: vscode.Uri) {
  if (!git?.canRun(folder)) {
    // The browser has no git command, and a virtual workspace no folder it could run in.
    throw new Error(vscode.l10n.t('This needs git on this computer, with the repository in a local folder.'));
  }
  const top = await git.run(folder, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new Error(vscode.l10n.t('{0} is not in a git repository.', vscode.workspace.asRelativePath(target)));
  });
  const root = vscode.Uri.file(top);
  return { root, setConfig: (key: string, value: string) => git.run(root, ['config', '--local', key, value]) };
}

/** The codebook's path from the repository's root; the default name when it lies elsewhere (another folder of the workspace). */
function codebookPathIn(root: vscode.Uri, codebook: vscode.Uri | undefined): string | undefined {
  const rootPath = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return codebook && codebook.scheme === root.scheme && codebook.path.startsWith(rootPath) ? codebook.path.slice(rootPath.length) : undefined;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Set up git merging of annotations in which folder?') }))?.uri;
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
