// The `browser` entry: the web worker extension host of vscode.dev and github.dev.
import type * as vscode from 'vscode';
import { activateWith } from './extension';
import { webPlatform } from './vscode/platform/web-platform';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, webPlatform);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
