import * as vscode from 'vscode';
import { registerAnnotations } from './vscode/annotations/register-annotations';
import { PolicyDocuments } from './vscode/documents/policy-documents';
import { registerOutline } from './vscode/outline/register-outline';
import { registerExport } from './vscode/export/register-export';
import { registerGit } from './vscode/git/register-git';
import { registerReport } from './vscode/report/register-report';
import { registerSearch } from './vscode/search/register-search';
import type { Services } from './vscode/services';

/** Wires the features together; each register…() returns one disposable. */
export function activate(context: vscode.ExtensionContext) {
  const documents = new PolicyDocuments();
  const services: Services = { context, documents };
  context.subscriptions.push(documents);
  context.subscriptions.push(registerGit(services)); // Sets services.identity, which annotations ask for authors.
  // First: it sets services.annotations, which the features after it read.
  const annotations = registerAnnotations(services);
  context.subscriptions.push(annotations.disposable);
  const outline = registerOutline(services, annotations.store); // Structure corrections are written to the annotation files.
  context.subscriptions.push(outline.disposable);
  const search = registerSearch(services, outline.inputs); // Outlines documents with the same corrections and project file.
  context.subscriptions.push(search.disposable);
  context.subscriptions.push(registerExport(services));
  context.subscriptions.push(registerReport(services));
  return { services, annotations: annotations.api, outline: outline.api, search: search.api };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
