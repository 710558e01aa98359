import * as vscode from 'vscode';

/** The part of the built-in git extension's API (`vscode.git`, API version 1) used here. */
export interface GitRepository {
  readonly rootUri: vscode.Uri;
  getConfig(key: string): Promise<string>;
  setConfig(key: string, value: string): Promise<string>;
}

interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitExtensionExports {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/**
 * The repository holding `uri` according to the built-in git extension, or undefined when the
 * extension is disabled, not active yet, or knows no repository there. Never activates it.
 */
export function gitRepositoryFor(uri: vscode.Uri): GitRepository | undefined {
  try {
    const extension = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
    if (!extension?.isActive || !extension.exports.enabled) return undefined;
    return extension.exports.getAPI(1).getRepository(uri) ?? undefined;
  } catch {
    return undefined; // An API change must not stop annotating: the git command is the fallback.
  }
}
