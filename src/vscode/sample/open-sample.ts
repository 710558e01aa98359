import * as vscode from 'vscode';
import { freeName } from '../../core/free-name';

export const OPEN_SAMPLE_COMMAND = 'policyAnnotator.openSample';
const SAMPLE_FOLDER = 'policy-annotator-sample';

interface OpenSampleOptions {
  /** The folder to create the sample in (tests; otherwise the user chooses). */
  parent?: vscode.Uri;
  /** False: only create the folder (tests: opening a folder reloads the window). */
  open?: boolean;
}

/**
 * "Try It on a Sample": copies the sample workspace shipped with the extension (an outlook with
 * chapters and recommendations, a survey, a Markdown brief, and annotations) into a new folder the
 * user places, then opens it. Through `workspace.fs`, so it works on vscode.dev as on the desktop.
 */
export function registerOpenSample(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async (options: OpenSampleOptions = {}) => {
    const parent = options.parent ?? await chooseParent();
    if (!parent) return undefined;
    const source = vscode.Uri.joinPath(extensionUri, 'samples');
    const taken = new Set((await vscode.workspace.fs.readDirectory(parent).then(undefined, () => [])).map(([name]) => name));
    const target = vscode.Uri.joinPath(parent, freeName(SAMPLE_FOLDER, taken));
    await copyFolder(source, target);
    if (options.open !== false) {
      // A window with a folder already open keeps it: the sample opens beside it.
      await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: vscode.workspace.workspaceFolders !== undefined });
    }
    return target;
  });
}

async function chooseParent(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    title: vscode.l10n.t('Where should the sample folder be created?'),
    openLabel: vscode.l10n.t('Create the Sample Here'),
  });
  return picked?.[0];
}

async function copyFolder(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.createDirectory(target);
  for (const [name, type] of await vscode.workspace.fs.readDirectory(source)) {
    const from = vscode.Uri.joinPath(source, name);
    const to = vscode.Uri.joinPath(target, name);
    if (type & vscode.FileType.Directory) await copyFolder(from, to);
    else if (type & vscode.FileType.File) await vscode.workspace.fs.writeFile(to, await vscode.workspace.fs.readFile(from));
  }
}
