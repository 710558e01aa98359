import * as vscode from 'vscode';
import { PolicyDocuments } from './vscode/documents/policy-documents';
import type { Services } from './vscode/services';

/** Wires the features together; each register…() returns one disposable. */
export function activate(context: vscode.ExtensionContext) {
  const documents = new PolicyDocuments();
  const services: Services = { context, documents };
  context.subscriptions.push(documents);
  return { services };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
