import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/model';
import { commentText, type AnnotationComments } from './annotation-comments';
import type { AnnotationStore } from './annotation-store';
import { isObject, resolveTarget, toUri } from './command-targets';
import { toOffsets } from './ranges';
import { pickTags } from './tag-picker';

/** What a test (or another extension) may pass instead of answering the prompts. */
export interface AnnotateArguments {
  tags?: string[];
  note?: string;
  /** The document and UTF-16 offsets; default: the active editor's selection. */
  uri?: string | vscode.Uri;
  range?: { start: number; end: number };
}

/**
 * Creating, editing, replying to and deleting annotations. Each command takes its inputs as an
 * argument when given (tests, links) and asks for them otherwise.
 */
export function registerAnnotationCommands(store: AnnotationStore, comments: AnnotationComments): vscode.Disposable {
  const deleted: { uri: vscode.Uri; annotation: Annotation }[] = [];
  const target = (argument: unknown) => {
    const found = resolveTarget(argument, store, comments);
    if (!found) throw new UserError(vscode.l10n.t('Place the cursor in an annotated passage first.'));
    return found;
  };

  const undoDelete = async () => {
    const last = deleted.pop();
    if (!last) throw new UserError(vscode.l10n.t('There is no deleted annotation to restore.'));
    await store.restore(last.uri, last.annotation);
  };

  return vscode.Disposable.from(
    command('policyAnnotator.annotateSelection', async (argument?: AnnotateArguments) => {
      const args: AnnotateArguments = isObject(argument) ? (argument as AnnotateArguments) : {};
      const { uri, document, range } = await selectionToAnnotate(args);
      if (store.document(uri)?.status === 'invalid') await store.create(uri, range, {}); // Refused with the reason.
      const tags = args.tags ?? await pickTags(store.tagCounts());
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

    command('policyAnnotator.editAnnotation', async (argument?: unknown) => {
      const { uri, id } = target(argument);
      const current = store.find(uri, id)?.annotation;
      if (!current) throw new UserError(vscode.l10n.t('The annotation no longer exists.'));
      if (isObject(argument) && ('note' in argument || 'tags' in argument) && !('annotationId' in argument)) {
        return store.update(uri, id, { tags: argument.tags as string[] | undefined, note: argument.note as string | undefined });
      }
      // From the note's own title bar: straight to editing the note. Elsewhere: tags first, then the note.
      if (isObject(argument) && 'annotationId' in argument) return comments.open(uri, id, { edit: true });
      const tags = await pickTags(store.tagCounts(), current.tags ?? []);
      if (!tags) return undefined;
      if (tags.join('\n') !== (current.tags ?? []).join('\n')) await store.update(uri, id, { tags });
      await comments.open(uri, id, { edit: true });
      return undefined;
    }),

    command('policyAnnotator.saveNote', async (comment: vscode.Comment) => {
      const { uri, id } = target(comment);
      const annotation = await store.update(uri, id, { note: commentText(comment) });
      comments.redraw(uri, id);
      return annotation;
    }),

    command('policyAnnotator.cancelNoteEdit', (comment: vscode.Comment) => {
      const { uri, id } = target(comment);
      comments.redraw(uri, id);
    }),

    command('policyAnnotator.replyToAnnotation', async (argument?: unknown) => {
      const { uri, id } = target(argument);
      if (isObject(argument) && 'thread' in argument && 'text' in argument) return store.reply(uri, id, String(argument.text));
      if (isObject(argument) && typeof argument.note === 'string') return store.reply(uri, id, argument.note);
      await comments.open(uri, id);
      return undefined;
    }),

    command('policyAnnotator.deleteAnnotation', async (argument?: unknown) => {
      const { uri, id } = target(argument);
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
    }),

    command('policyAnnotator.undoDelete', undoDelete),
  );

  async function selectionToAnnotate(args: AnnotateArguments) {
    let editor = vscode.window.activeTextEditor;
    if (args.uri) {
      const uri = toUri(args.uri);
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
