import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/model';
import { inertMarkdown } from '../../core/text/inert-markdown';
import type { AnnotationTarget } from './command-targets';
import { toRange } from './ranges';
import type { AnnotationEntry, AnnotationIndex } from '../annotation-index';
import type { PreviewSessions } from '../preview-sessions';

/** Lines above and below what an editor shows whose annotations get their thread ready, so that a short scroll finds them. */
const THREAD_MARGIN_LINES = 10;
/** More annotations than this near the view, and only those at a cursor get a thread (see sync). */
const MOST_THREADS_NEAR_VIEW = 12;

/**
 * Notes and replies live in VS Code comment threads, one thread per annotation near what the
 * editors show (and per annotation opened from a command), not per annotation of the document:
 * the workbench slows down badly with hundreds of threads (measured on a document with 500
 * annotations: the first keystroke took 38 s with a thread each, about 3 s with threads near the
 * view only), while highlights and hovers already mark every passage. Chosen over an input box and hovers because a note is often several paragraphs:
 * the comment editor is a real multi-line editor with Markdown preview, replies thread under the
 * note natively, and editing happens in place. Hovers stay for a glance (see annotation-hover.ts).
 */
export class AnnotationComments implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController('policyAnnotator.annotations', vscode.l10n.t('Annotations'));
  /** `${documentUri}#${id}` -> the annotation's thread, and what it was last drawn from. */
  private readonly threads = new Map<string, { thread: vscode.CommentThread; drawn?: Annotation }>();
  private readonly threadIds = new WeakMap<vscode.CommentThread, AnnotationTarget>();
  /** Threads opened from a command keep existing wherever the editor scrolls, until their document closes. */
  private readonly pinned = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.controller];
  /** Documents whose threads follow the cursor since the last sync (a densely annotated passage in view). */
  private followingCursor = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: AnnotationIndex,
    canAnnotate: (document: vscode.TextDocument) => boolean,
    private readonly previews: PreviewSessions,
  ) {
    this.controller.options = {
      prompt: vscode.l10n.t('Write a note about this passage'),
      placeHolder: vscode.l10n.t('Note (several lines and Markdown are fine)'),
    };
    // Lets the gutter "+" start an annotation on any line of a document that can be annotated.
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: document => store.document(document.uri)?.status === 'invalid' || !canAnnotate(document)
        ? []
        : [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)],
    };
    this.disposables.push(
      store.onDidChange(() => this.scheduleSync()),
      vscode.workspace.onDidOpenTextDocument(() => this.scheduleSync()),
      vscode.workspace.onDidCloseTextDocument(() => this.scheduleSync()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleSync()),
      vscode.window.onDidChangeTextEditorVisibleRanges(() => this.scheduleSync()),
      // In a densely annotated passage the threads follow the cursor (see sync); elsewhere a move
      // of the cursor (every key typed) changes nothing.
      vscode.window.onDidChangeTextEditorSelection(e => { if (this.followingCursor.has(e.textEditor.document.uri.toString())) this.scheduleSync(); }),
      previews.onDidEnd(() => this.scheduleSync()),
    );
    this.scheduleSync();
  }

  /** The annotation a thread shows, if it is one of ours. */
  annotationOf(thread: vscode.CommentThread): AnnotationTarget | undefined {
    return this.threadIds.get(thread);
  }

  /** Opens an annotation's thread in the editor with its reply box, e.g. to reply; with `edit`, its note in edit mode. */
  async open(uri: vscode.Uri, id: string, options: { edit?: boolean } = {}): Promise<void> {
    // Threads exist for open documents only: open it first (from the view, it may not be).
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    this.pinned.add(`${uri.toString()}#${id}`);
    this.sync();
    const entry = this.threads.get(`${uri.toString()}#${id}`);
    if (!entry) return;
    entry.thread.canReply = true;
    entry.thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    if (options.edit && entry.thread.comments[0]) {
      // The box being edited holds the note as typed, not the escaped text drawn in preview.
      entry.thread.comments = entry.thread.comments.map((c, i) => (i === 0 ? { ...c, body: (c as AnnotationComment).source, mode: vscode.CommentMode.Editing } : c));
    }
    if (entry.thread.range) editor.revealRange(entry.thread.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Draws an annotation's thread afresh from the store, leaving edit mode (after a save or a cancel). */
  redraw(uri: vscode.Uri, id: string): void {
    const entry = this.threads.get(`${uri.toString()}#${id}`);
    if (entry) {
      entry.drawn = undefined;
      entry.thread.comments = entry.thread.comments.map(c => ({ ...c, mode: vscode.CommentMode.Preview }));
    }
    this.sync();
  }

  /**
   * Opens a comment box at the selection where the user writes the note of a new annotation.
   * VS Code's own "add comment" is used when it is there: it puts the cursor in the box, which a
   * thread created through the API does not (typing would then replace the selected passage).
   */
  async startDraft(uri: vscode.Uri, range: vscode.Range, tags: string[]): Promise<void> {
    this.pendingDraft = { uri: uri.toString(), range, tags };
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.toString() === uri.toString() && editor.selection.isEqual(new vscode.Selection(range.start, range.end))) {
      const opened = await vscode.commands.executeCommand('workbench.action.addComment').then(() => true, () => false);
      if (opened) return;
    }
    const thread = this.controller.createCommentThread(uri, range, []);
    thread.contextValue = 'draft';
    thread.label = tags.length ? vscode.l10n.t('New annotation: {0}', tags.join(', ')) : vscode.l10n.t('New annotation');
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    this.drafts.set(thread, tags);
  }

  /** The tags chosen for a draft thread; a thread opened from the gutter "+" has none. */
  tagsOfDraft(thread: vscode.CommentThread): string[] {
    const own = this.drafts.get(thread);
    if (own) return own;
    const pending = this.pendingDraft;
    if (pending && pending.uri === thread.uri.toString() && thread.range?.intersection(pending.range)) {
      this.pendingDraft = undefined;
      return pending.tags;
    }
    return [];
  }

  private readonly drafts = new WeakMap<vscode.CommentThread, string[]>();
  private pendingDraft: { uri: string; range: vscode.Range; tags: string[] } | undefined;

  /** The annotation ids of a document that have a thread now. */
  threadsOf(uri: vscode.Uri): string[] {
    const prefix = `${uri.toString()}#`;
    return [...this.threads.keys()].filter(key => key.startsWith(prefix)).map(key => key.slice(prefix.length));
  }

  /** Syncs soon, once the editor has stopped moving (a preview's stops are passed over: see PreviewSessions). */
  private scheduleSync(): void {
    clearTimeout(this.timer);
    if (this.previews.active) return;
    this.timer = setTimeout(() => this.previews.active || this.sync(), 100);
  }

  /**
   * Creates, updates and disposes threads: one for each annotation near what an editor shows, or,
   * where more than a few are there (a densely annotated passage), for those at a cursor only.
   * Each thread costs the window a widget and a render of its comments: dozens made at once after
   * a jump held up the keys typed next. Threads opened from a command or being edited stay.
   */
  private sync(): void {
    clearTimeout(this.timer);
    const wanted = new Set<string>();
    const following = new Set<string>();
    const shown = shownLines();
    for (const document of vscode.workspace.textDocuments) {
      if (!this.store.document(document.uri)) continue;
      const windows = shown.get(document.uri.toString()) ?? [];
      const near: { key: string; entry: AnnotationEntry; range: vscode.Range; kept: boolean }[] = [];
      for (const entry of this.store.entries(document.uri)) {
        if (!entry.range) continue;
        const key = `${entry.uri.toString()}#${entry.annotation.id}`;
        const range = toRange(document, entry.range);
        const kept = this.pinned.has(key) || (this.threads.get(key)?.thread.comments.some(c => c.mode === vscode.CommentMode.Editing) ?? false);
        if (kept || windows.some(w => range.end.line >= w.from && range.start.line <= w.to)) near.push({ key, entry, range, kept });
      }
      const cursors = near.length > MOST_THREADS_NEAR_VIEW ? cursorsIn(document) : undefined;
      if (cursors) following.add(document.uri.toString());
      for (const { key, entry, range, kept } of near) {
        if (cursors && !kept && !cursors.some(cursor => range.contains(cursor))) continue;
        wanted.add(key);
        this.draw(key, entry, range);
      }
    }
    this.followingCursor = following;
    for (const [key, { thread }] of this.threads) {
      if (!wanted.has(key)) {
        thread.dispose();
        this.threads.delete(key);
      }
    }
    const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
    for (const key of this.pinned) if (!open.has(key.slice(0, key.lastIndexOf('#')))) this.pinned.delete(key);
  }

  /** Makes or updates an annotation's thread, drawing its comments only when the annotation changed. */
  private draw(key: string, entry: AnnotationEntry, range: vscode.Range): void {
    let existing = this.threads.get(key);
    if (existing && existing.drawn === entry.annotation && existing.thread.range?.isEqual(range)) return;
    if (!existing) {
      // Made with its comments: a thread made empty is drawn first as a new comment, with a reply
      // box (an editor model of its own). A thread gets its reply box when asked for it (see open()).
      const thread = this.controller.createCommentThread(entry.uri, range, commentsOf(entry.uri, entry.annotation));
      thread.canReply = this.pinned.has(key);
      thread.contextValue = 'annotation';
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      thread.label = labelOf(entry.annotation);
      this.threadIds.set(thread, { uri: entry.uri, id: entry.annotation.id });
      existing = { thread, drawn: entry.annotation };
      this.threads.set(key, existing);
    }
    if (!existing.thread.range?.isEqual(range)) existing.thread.range = range;
    if (existing.drawn === entry.annotation) return;
    if (existing.thread.comments.some(c => c.mode === vscode.CommentMode.Editing)) return; // Do not throw away what is being typed.
    existing.thread.label = labelOf(entry.annotation);
    existing.thread.comments = commentsOf(entry.uri, entry.annotation);
    existing.drawn = entry.annotation;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const { thread } of this.threads.values()) thread.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** document uri -> the line windows its visible editors show, widened by the margin. */
function shownLines(): Map<string, { from: number; to: number }[]> {
  const shown = new Map<string, { from: number; to: number }[]>();
  for (const editor of vscode.window.visibleTextEditors) {
    const key = editor.document.uri.toString();
    const windows = shown.get(key) ?? [];
    for (const r of editor.visibleRanges) windows.push({ from: r.start.line - THREAD_MARGIN_LINES, to: r.end.line + THREAD_MARGIN_LINES });
    shown.set(key, windows);
  }
  return shown;
}

/** A comment that knows which annotation it belongs to, for the commands on its title bar. */
export interface AnnotationComment extends vscode.Comment {
  target: AnnotationTarget;
  /** The note or reply as typed (the body draws it through inertMarkdown). */
  source: string;
}

/** The text of a comment, as typed (a string while editing) or as drawn (Markdown). */
export function commentText(comment: vscode.Comment): string {
  return typeof comment.body === 'string' ? comment.body : comment.body.value;
}

/** A thread's title: the annotation's tags. */
function labelOf(annotation: Annotation): string {
  return (annotation.tags ?? []).join(', ') || vscode.l10n.t('(untagged)');
}

/** The note first (contextValue `note`, editable), then the replies. */
function commentsOf(documentUri: vscode.Uri, annotation: Annotation): AnnotationComment[] {
  const ids = { target: { uri: documentUri, id: annotation.id } };
  const note: AnnotationComment = {
    ...ids,
    body: markdown(annotation.note ?? ''),
    source: annotation.note ?? '',
    mode: vscode.CommentMode.Preview,
    author: { name: annotation.author },
    contextValue: 'note',
    timestamp: new Date(annotation.updated ?? annotation.created),
    label: annotation.updated ? vscode.l10n.t('edited') : undefined,
  };
  const replies = (annotation.replies ?? []).map((reply): AnnotationComment => ({
    ...ids,
    body: markdown(reply.note),
    source: reply.note,
    mode: vscode.CommentMode.Preview,
    author: { name: reply.author },
    contextValue: 'reply',
    timestamp: new Date(reply.created),
    label: reply.merged ? vscode.l10n.t('kept from a concurrent edit') : undefined,
  }));
  return [note, ...replies];
}

/** Notes are shown as Markdown without running anything: no links of any kind, no HTML, no icons. */
function markdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(inertMarkdown(text));
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** Where the cursors of the editors showing a document are. */
function cursorsIn(document: vscode.TextDocument): vscode.Position[] {
  return vscode.window.visibleTextEditors.filter(e => e.document === document).flatMap(e => e.selections.map(selection => selection.active));
}
