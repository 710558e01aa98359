import * as vscode from 'vscode';
import type { LineCharacterRange } from '../../core/highlights/highlight-ranges';
import type { AnnotationEntry, AuthorIdentity } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import { registerAnnotationCommands, command } from './annotation-commands';
import { AnnotationComments } from './annotation-comments';
import { AnnotationDecorations } from './annotation-decorations';
import { registerAnnotationEntryCompletion } from './annotation-entry-completion';
import { openTagPicker } from './tag-picker';
import { registerAnnotationHover } from './annotation-hover';
import { registerAnnotationStatus } from './annotation-status';
import type { AnnotationStore } from './annotation-store';
import { AnnotationTree } from './annotation-tree';
import { registerTagFilter } from './annotation-tag-filter';
import { tagPickerItems, type TagItem } from './tag-picker';
import type { WorkspaceCodebook } from '../codebook/workspace-codebook';
import { followDocumentRenames } from './follow-renames';
import { registerNavigationCommands } from './navigation-commands';
import type { PreviewSessions } from '../preview-sessions';

/** What the extension's API exposes of annotations, for integration tests to observe. */
export interface AnnotationsApi {
  /** Settles when the annotation files present at start are loaded. */
  ready: Promise<void>;
  entries(uri?: vscode.Uri): AnnotationEntry[];
  corrections(uri?: vscode.Uri): AnnotationEntry[];
  /** 'invalid' while the document's annotation file cannot be read. */
  statusOf(uri: vscode.Uri): 'ready' | 'invalid' | undefined;
  /** The highlighted ranges in a visible document, by style, after redrawing them now. */
  decorationsFor(uri: vscode.Uri): { style: string; ranges: LineCharacterRange[] }[];
  /** The Annotations view's data, as VS Code reads it. */
  view: vscode.TreeDataProvider<unknown>;
  /** The annotation ids of a document that have a comment thread now (threads exist near what editors show). */
  commentThreads(uri: vscode.Uri): string[];
  /** The tag picker while it is open. */
  tagPicker(): vscode.QuickPick<vscode.QuickPickItem & { tag: string }> | undefined;
  /** The tag picker's items as it would show them now (codebook tags first, with descriptions). */
  tagPickerItems(): TagItem[];
}

/**
 * Inline annotation on top of the store (built in activate()): highlights, hovers, comment
 * threads for notes and replies, the Annotations view and the commands.
 */
export function registerAnnotations(
  store: AnnotationStore, documents: PolicyDocuments, identity: AuthorIdentity, workspaceState: vscode.Memento, codebook: WorkspaceCodebook, previews: PreviewSessions,
): { disposable: vscode.Disposable; api: AnnotationsApi } {
  const comments = new AnnotationComments(store, document => documents.isPolicyDocument(document), previews);
  const decorations = new AnnotationDecorations(store, codebook);
  const tree = new AnnotationTree(store, workspaceState, codebook);
  const disposable = vscode.Disposable.from(
    comments, decorations, tree,
    registerAnnotationHover(store, codebook),
    registerAnnotationEntryCompletion(identity),
    registerAnnotationStatus(store),
    followDocumentRenames(uri => store.documentRenamed(uri)),
    registerAnnotationCommands(store, comments, codebook),
    registerNavigationCommands(store),
    command('policyAnnotator.groupAnnotationsByTag', () => tree.setGrouping('tag')),
    command('policyAnnotator.groupAnnotationsByDocument', () => tree.setGrouping('document')),
    registerTagFilter(tree, store),
  );
  const api: AnnotationsApi = {
    ready: store.ready,
    entries: uri => store.entries(uri),
    corrections: uri => store.corrections(uri),
    statusOf: uri => store.document(uri)?.status,
    decorationsFor: uri => {
      decorations.refresh();
      return decorations.decorationsFor(uri);
    },
    commentThreads: uri => comments.threadsOf(uri),
    view: tree as vscode.TreeDataProvider<unknown>,
    tagPicker: openTagPicker,
    tagPickerItems: () => tagPickerItems(store.tagCounts(), codebook.codebook),
  };
  return { disposable, api };
}
