import * as vscode from 'vscode';
import { AnnotationRepository } from './core/annotations/repository/repository';
import { AnnotationDiagnostics } from './vscode/annotations/annotation-diagnostics';
import { AnnotationStore } from './vscode/annotations/annotation-store';
import { AuthorWithFallbacks } from './vscode/annotations/author';
import { registerAnnotations } from './vscode/annotations/register-annotations';
import { WorkspaceAnnotationFiles, WorkspaceDocumentTexts, toUri } from './vscode/annotations/workspace-ports';
import { registerAgreement } from './vscode/agreement/register-agreement';
import { registerAddTagToCodebook } from './vscode/codebook/add-tag-to-codebook';
import { registerRenameTag } from './vscode/codebook/rename-tag';
import { UncodedTagDiagnostics } from './vscode/codebook/uncoded-tag-diagnostics';
import { WorkspaceCodebook } from './vscode/codebook/workspace-codebook';
import { PolicyDocuments } from './vscode/documents/policy-documents';
import { registerExport } from './vscode/export/register-export';
import { registerImport } from './vscode/export/register-import';
import { GitIdentity } from './vscode/git/git-identity';
import { registerGit } from './vscode/git/register-git';
import { OutlineCache } from './vscode/outline/outline-cache';
import { OutlineInputs } from './vscode/outline/outline-inputs';
import { ProjectOutlines } from './vscode/outline/project-outlines';
import { registerOutline } from './vscode/outline/register-outline';
import { registerReport } from './vscode/report/register-report';
import { registerOpenSample } from './vscode/sample/open-sample';
import type { Platform } from './vscode/platform/platform';
import { PreviewSessions } from './vscode/preview-sessions';
import { registerSearch } from './vscode/search/register-search';

/**
 * Builds the shared services, hands each feature what it needs; each register…() returns one
 * disposable. The same for both extension hosts: extension-node.ts and extension-web.ts only
 * pass their platform.
 */
export function activateWith(context: vscode.ExtensionContext, platform: Platform) {
  const documents = new PolicyDocuments(platform);
  const gitIdentity = new GitIdentity(platform.git);
  const identity = new AuthorWithFallbacks(gitIdentity, platform);
  const diagnostics = new AnnotationDiagnostics();
  const repository = new AnnotationRepository({
    files: new WorkspaceAnnotationFiles(platform),
    documents: new WorkspaceDocumentTexts(documents),
    authorOf: document => identity.authorFor(toUri(document)),
  });
  const annotations = new AnnotationStore(repository, documents, diagnostics);
  // Outlines follow the project's outline file and the reader's corrections (kept in the annotation files).
  const outlineInputs = new OutlineInputs(new ProjectOutlines(), annotations);
  const outlines = new OutlineCache(documents, outlineInputs);
  const codebook = new WorkspaceCodebook();
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Policy Annotator'));
  const previews = new PreviewSessions();
  context.subscriptions.push(documents, diagnostics, annotations, outlineInputs.project, outlineInputs, outlines, codebook, output, previews);

  const annotationFeature = registerAnnotations(annotations, documents, identity, context.workspaceState, codebook, previews);
  const outline = registerOutline(documents, outlines, outlineInputs, annotations, annotations, previews);
  const search = registerSearch(documents, outlines, annotations, outlineInputs, previews);
  context.subscriptions.push(
    annotationFeature.disposable, outline.disposable, search.disposable,
    registerGit(platform, () => codebook.uri),
    registerExport(annotations, documents, outlines),
    registerImport(annotations, documents, identity, output),
    registerReport(context.extensionUri, annotations, documents, outlines),
    registerAgreement(context.extensionUri, annotations, documents, outlines),
    registerRenameTag(() => annotations.tagCounts(), codebook),
    registerOpenSample(context.extensionUri),
    new UncodedTagDiagnostics(codebook),
    registerAddTagToCodebook(() => annotations.tagCounts(), codebook),
  );
  // The Outline, the search and the report all start from the list of documents, and searching the
  // workspace for them takes a while (seconds on a busy remote host): it starts now, not when the
  // first of them asks.
  void documents.list().catch(() => undefined);
  return { platform, gitIdentity, annotationIndex: annotations, annotations: annotationFeature.api, outline: outline.api, search: search.api };
}
