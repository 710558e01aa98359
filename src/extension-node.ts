// The `main` entry: the extension host in Node (desktop VS Code, a remote, code-server).
import type * as vscode from 'vscode';
import { activateWith } from './extension';
import { nodePlatform } from './vscode/platform/node-platform';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, nodePlatform);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
