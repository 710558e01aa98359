// Helpers shared by the integration suites, which run inside the VS Code extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../../../src/vscode/annotations/register-annotations';

export const EXTENSION_ID = 'policy-annotator.policy-annotator';

/** The annotations part of the extension's API, once the files present at start are loaded. */
export async function annotationsApi(): Promise<AnnotationsApi> {
  const exports = await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  await exports.annotations.ready;
  return exports.annotations;
}

/** Polls until the check passes (file watchers and debounced refreshes settle on their own time). */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError}` : ''}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** The sample workspace's folder. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the sample workspace is open');
  return folder.uri;
}

/**
 * Skips a test that needs a webview to draw, in the browser's web worker host as the web suite
 * runs it: its headless browser refuses the service worker that webviews load through there.
 */
export function needsWebviews(test: Mocha.Context): void {
  if (vscode.env.uiKind === vscode.UIKind.Web && vscode.env.remoteName === undefined) test.skip();
}
