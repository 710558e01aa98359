import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/model';
import { commentText, type AnnotationComment, type AnnotationComments } from './annotation-comments';
import type { AnnotationStore } from './annotation-store';
import { annotationAtCursor, targetOf, type AnnotationTarget, type AnnotationTargetArgument } from './command-targets';
import { toOffsets } from './ranges';
import type { WorkspaceCodebook } from '../codebook/workspace-codebook';
import { pickTags } from './tag-picker';

/** What a test (or another extension) may pass instead of answering the prompts. */
export interface AnnotateArguments {
  tags?: string[];
  note?: string;
  /** The document and UTF-16 offsets; default: the active editor's selection. */
  uri?: string | vscode.Uri;
  range?: { start: number; end: number };
}

/** A target with what a script or test gives instead of answering the prompts. */
type TargetWithInput = AnnotationTargetArgument & { tags?: string[]; note?: string };

/**
 * Creating, editing, replying to and deleting annotations. Each command takes one target (see
 * command-targets.ts), or acts on the annotation under the cursor from the palette; the comment
 * surfaces have their own commands, which take the thread or comment VS Code hands them. Inputs
 * given in the argument (tests, scripts) are used instead of asking.
 */
export function registerAnnotationCommands(store: AnnotationStore, comments: AnnotationComments, codebook: WorkspaceCodebook): vscode.Disposable {
  const deleted: { uri: vscode.Uri; annotation: Annotation }[] = [];
  const orCursor = (target: AnnotationTarget | undefined): AnnotationTarget => {
    const found = target ?? annotationAtCursor(store);
    if (!found) throw new UserError(vscode.l10n.t('Place the cursor in an annotated passage first.'));
    return found;
  };
  const ofThread = (thread: vscode.CommentThread): AnnotationTarget => orCursor(comments.annotationOf(thread));

  const undoDelete = async () => {
    const last = deleted.pop();
    if (!last) throw new UserError(vscode.l10n.t('There is no deleted annotation to restore.'));
    await store.restore(last.uri, last.annotation);
  };

  const deleteAnnotation = async ({ uri, id }: AnnotationTarget) => {
    const annotation = await store.delete(uri, id);
    deleted.push({ uri, annotation });
    // Not awaited: the command is done; the notification offers the undo for as long as it shows.
    void vscode.window.showInformationMessage(vscode.l10n.t('Annotation deleted: {0}', ellipsis(annotation.quote)), vscode.l10n.t('Undo'))
      .then(choice => {
        if (choice && deleted.at(-1)?.annotation === annotation) return undoDelete();
        return undefined;
      })
      .then(undefined, showError);
    return annotation;
  };

  return vscode.Disposable.from(
    command('policyAnnotator.annotateSelection', async (argument?: AnnotateArguments) => {
      const args: AnnotateArguments = typeof argument === 'object' && argument !== null ? argument : {};
      const { uri, document, range } = await selectionToAnnotate(args);
      if (store.document(uri)?.status === 'invalid') await store.create(uri, range, {}); // Refused with the reason.
      const tags = args.tags ?? await pickTags(store.tagCounts(), [], codebook.codebook);
      if (!tags) return undefined;
      if (args.note !== undefined) return store.create(uri, range, { tags, note: args.note });
      const editorRange = new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
      await comments.startDraft(uri, editorRange, tags);
      return undefined;
    }),

    command('policyAnnotator.saveDraft', async (reply: vscode.CommentReply) => {
      const thread = reply.thread;
      const document = await vscode.workspace.openTextDocument(thread.uri);
      // A thread started from the gutter may cover no text: it then annotates its whole line.
      const line = document.lineAt(thread.range?.start.line ?? 0);
      const range = thread.range && !thread.range.isEmpty ? thread.range : line.range;
      const tags = comments.tagsOfDraft(thread);
      if (range.isEmpty) throw new UserError(vscode.l10n.t('Select the passage to annotate first.'));
      const annotation = await store.create(thread.uri, toOffsets(document, range), { tags, note: reply.text });
      thread.dispose();
      return annotation;
    }),

    // From the thread's title bar VS Code passes the thread; from beside the note box, the reply (with its thread).
    command('policyAnnotator.cancelDraft', (argument: vscode.CommentThread | vscode.CommentReply) => ('thread' in argument ? argument.thread : argument).dispose()),

    // From the palette, a tree item or a hover link: tags first, then the note.
    command('policyAnnotator.editAnnotation', async (argument?: TargetWithInput) => {
      const { uri, id } = orCursor(targetOf(argument));
      const current = store.find(uri, id)?.annotation;
      if (!current) throw new UserError(vscode.l10n.t('The annotation no longer exists.'));
      if (argument?.note !== undefined || argument?.tags !== undefined) return store.update(uri, id, { tags: argument.tags, note: argument.note });
      const tags = await pickTags(store.tagCounts(), current.tags ?? [], codebook.codebook);
      if (!tags) return undefined;
      if (tags.join('\n') !== (current.tags ?? []).join('\n')) await store.update(uri, id, { tags });
      await comments.open(uri, id, { edit: true });
      return undefined;
    }),

    // From the note's own title bar: straight to editing the note.
    command('policyAnnotator.editNote', ({ target }: AnnotationComment) => comments.open(target.uri, target.id, { edit: true })),

    command('policyAnnotator.saveNote', async (comment: AnnotationComment) => {
      const { uri, id } = comment.target;
      const annotation = await store.update(uri, id, { note: commentText(comment) });
      comments.redraw(uri, id);
      return annotation;
    }),

    command('policyAnnotator.cancelNoteEdit', ({ target }: AnnotationComment) => comments.redraw(target.uri, target.id)),

    command('policyAnnotator.replyToAnnotation', async (argument?: TargetWithInput) => {
      const { uri, id } = orCursor(targetOf(argument));
      if (typeof argument?.note === 'string') return store.reply(uri, id, argument.note);
      await comments.open(uri, id);
      return undefined;
    }),

    // The reply box under a thread.
    command('policyAnnotator.replyInThread', (reply: vscode.CommentReply) => {
      const { uri, id } = ofThread(reply.thread);
      return store.reply(uri, id, reply.text);
    }),

    command('policyAnnotator.deleteAnnotation', (argument?: AnnotationTargetArgument) => deleteAnnotation(orCursor(targetOf(argument)))),

    // The thread's title bar.
    command('policyAnnotator.deleteThreadAnnotation', (thread: vscode.CommentThread) => deleteAnnotation(ofThread(thread))),
    // A thread near the view has no reply box until asked for one (see AnnotationComments).
    command('policyAnnotator.replyFromThread', (thread: vscode.CommentThread) => {
      const { uri, id } = ofThread(thread);
      return comments.open(uri, id);
    }),

    command('policyAnnotator.undoDelete', undoDelete),
  );

  async function selectionToAnnotate(args: AnnotateArguments) {
    let editor = vscode.window.activeTextEditor;
    if (args.uri) {
      const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
      if (editor?.document.uri.toString() !== uri.toString()) editor = await vscode.window.showTextDocument(uri);
    }
    if (!editor) throw new UserError(vscode.l10n.t('Open a document and select the passage to annotate.'));
    const document = editor.document;
    // Annotations live in a file beside the document: an unsaved or read-only document has no such place.
    if (document.isUntitled || vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) !== true) {
      throw new UserError(vscode.l10n.t('Save the document to a folder first: its annotations are kept in a file beside it.'));
    }
    const range = args.range ?? toOffsets(document, editor.selection);
    if (range.end <= range.start) throw new UserError(vscode.l10n.t('Select the passage to annotate first.'));
    return { uri: document.uri, document, range };
  }
}

/** An error whose message is meant for the user as is. */
export class UserError extends Error {}

/**
 * Registers a command whose errors are shown to the user rather than thrown back (a thrown error
 * would show a second, less clear notification). Callers that pass arguments read the outcome
 * from the result: undefined when nothing was done.
 */
export function command(id: string, run: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: never[]) => {
    try {
      return await run(...args);
    } catch (error) {
      showError(error);
      return undefined;
    }
  });
}

function showError(error: unknown): void {
  void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
}

function ellipsis(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
