import * as vscode from 'vscode';
import type { StructureMark } from '../../core/annotations/model';
import type { OffsetRange } from '../../core/text/shift-ranges';
import { command, UserError } from '../annotations/annotation-commands';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { AnnotationEntry } from '../annotation-index';
import type { OutlineElement } from './outline-tree';

/** What the structure commands need of the annotation store: corrections are entries of the annotation file. */
export interface CorrectionStore {
  corrections(uri: vscode.Uri): AnnotationEntry[];
  create(uri: vscode.Uri, range: OffsetRange, input: { mark: StructureMark }): Promise<unknown>;
  delete(uri: vscode.Uri, id: string): Promise<unknown>;
}

/** The passage a command acts on: the editor's selection or line, or an Outline view item. */
interface StructureTarget {
  document: vscode.TextDocument;
  range: OffsetRange;
}

const MARK_COMMANDS: [string, StructureMark][] = [
  ['policyAnnotator.markAsChapter', 'chapter'],
  ['policyAnnotator.markAsSection', 'section'],
  ['policyAnnotator.markAsRecommendation', 'recommendation'],
  ['policyAnnotator.markAsNotStructure', 'none'],
];

/**
 * Mark as Chapter / Section / Recommendation, Not Structure, and Remove Structure Correction, on
 * the editor's selection (or the cursor's line) or on an Outline view item. A new mark replaces
 * the corrections already on its lines, so a line carries the reader's latest word only.
 */
export function registerStructureCommands(store: CorrectionStore, documents: PolicyDocuments): vscode.Disposable {
  const mark = async (kind: StructureMark, argument: unknown) => {
    const target = await targetOf(argument, kind === 'recommendation', documents);
    for (const entry of correctionsOnLines(store, target)) await store.delete(target.document.uri, entry.annotation.id);
    await store.create(target.document.uri, target.range, { mark: kind });
  };
  return vscode.Disposable.from(
    ...MARK_COMMANDS.map(([id, kind]) => command(id, (argument?: unknown) => mark(kind, argument))),
    command('policyAnnotator.removeStructureCorrection', async (argument?: unknown) => {
      const target = await targetOf(argument, false, documents);
      const found = correctionsOnLines(store, target);
      if (found.length === 0) throw new UserError(vscode.l10n.t('There is no structure correction on this line.'));
      for (const entry of found) await store.delete(target.document.uri, entry.annotation.id);
    }),
  );
}

/** Outline items whose whole text is one passage; the others are marked by their heading line. */
const PASSAGE_KINDS = new Set(['recommendation', 'prose-recommendation', 'item']);

/**
 * From an Outline view item: its heading line, or the whole passage of an item when a passage is
 * wanted (Mark as Recommendation). From the editor: the selection, or the cursor's line without
 * the white space around it.
 */
async function targetOf(argument: unknown, wantsPassage: boolean, documents: PolicyDocuments): Promise<StructureTarget> {
  if (isOutlineNode(argument)) {
    const document = await vscode.workspace.openTextDocument(argument.uri);
    const { node } = argument;
    const range = wantsPassage && PASSAGE_KINDS.has(node.kind) ? { start: node.start, end: node.end } : lineOf(document, node.line - 1);
    return { document, range };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !documents.isPolicyDocument(editor.document)) throw new UserError(vscode.l10n.t('Open a policy document and place the cursor on the line to correct.'));
  if (editor.document.isUntitled) throw new UserError(vscode.l10n.t('Save the document to a folder first: its annotations are kept in a file beside it.'));
  const { document, selection } = editor;
  const range = selection.isEmpty ? lineOf(document, selection.active.line) : { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
  if (document.getText().slice(range.start, range.end).trim() === '') throw new UserError(vscode.l10n.t('Place the cursor on a line of text, or select the passage.'));
  return { document, range };
}

/** A line's text without the white space around it. */
function lineOf(document: vscode.TextDocument, line: number): OffsetRange {
  const { text, range } = document.lineAt(line);
  const start = document.offsetAt(range.start) + (text.length - text.trimStart().length);
  return { start, end: Math.max(start, document.offsetAt(range.end) - (text.length - text.trimEnd().length)) };
}

/** The corrections that stand on any line the target touches. */
function correctionsOnLines(store: CorrectionStore, target: StructureTarget): AnnotationEntry[] {
  const { document, range } = target;
  const first = document.positionAt(range.start).line;
  const last = document.positionAt(Math.max(range.start, range.end - 1)).line;
  return store.corrections(document.uri).filter(entry => {
    if (!entry.range) return false;
    return document.positionAt(entry.range.start).line <= last && document.positionAt(Math.max(entry.range.start, entry.range.end - 1)).line >= first;
  });
}

function isOutlineNode(argument: unknown): argument is OutlineElement & { type: 'node' } {
  return typeof argument === 'object' && argument !== null && (argument as OutlineElement).type === 'node';
}
