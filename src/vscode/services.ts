import type * as vscode from 'vscode';
import type { PolicyDocuments } from './documents/policy-documents';

/** What the features share; built once in activate() and handed to each register…() call. */
export interface Services {
  context: vscode.ExtensionContext;
  documents: PolicyDocuments;
}
