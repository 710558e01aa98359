import * as vscode from 'vscode';
import { correctionsInOrder } from '../../core/annotations/structure-corrections';
import type { OutlineOptions, StructureCorrection } from '../../core/outline';
import type { AnnotationIndex } from '../annotation-index';
import type { ProjectOutlines } from './project-outlines';

/**
 * What a document's outline is built with besides its text: the project's additions and the
 * reader's corrections where they stand now. Fires for a document whose corrections were added,
 * removed, changed or found again, and for every document when a project file changed; the
 * outline, symbols, search and report then outline it again. (Corrections that only moved with
 * an edit need no event: the edit itself refreshes the document, and `keyOf` tells the new places.)
 */
export class OutlineInputs implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.changed.event;
  /** Each document's corrections as last seen, to tell which documents a change of annotations concerns. */
  private readonly seen = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(readonly project: ProjectOutlines, private readonly annotations?: AnnotationIndex) {
    this.subscriptions = [
      this.changed,
      project.onDidChange(() => this.changed.fire(undefined)),
      ...(annotations ? [annotations.onDidChange(uri => this.correctionsMayHaveChanged(uri))] : []),
    ];
  }

  optionsFor(uri: vscode.Uri): OutlineOptions {
    return { ...this.project.forDocument(uri), fileName: uri.path, corrections: this.correctionsOf(uri) };
  }

  /** A short key of a document's inputs: the same key, the same outline for the same text. */
  keyOf(uri: vscode.Uri): string {
    // Every input is in the key, so that a reader never gets an outline made before the project's file changed.
    return `${signature(this.correctionsOf(uri))}|${JSON.stringify(this.project.forDocument(uri))}`;
  }

  private correctionsOf(uri: vscode.Uri): StructureCorrection[] {
    const entries = this.annotations?.corrections(uri) ?? [];
    const ranges = new Map(entries.map(e => [e.annotation.id, e.range]));
    return correctionsInOrder(entries.map(e => e.annotation)).flatMap(annotation => {
      const range = ranges.get(annotation.id);
      return range ? [{ mark: annotation.mark!, start: range.start, end: range.end }] : [];
    });
  }

  private correctionsMayHaveChanged(uri: vscode.Uri | undefined): void {
    const uris = uri ? [uri] : this.documentsWithCorrections();
    for (const each of uris) {
      const key = each.toString();
      const now = (this.annotations?.corrections(each) ?? []).map(e => `${e.annotation.id}:${e.annotation.mark}:${e.range ? 'anchored' : 'orphaned'}`).join(',');
      if (now === (this.seen.get(key) ?? '')) continue;
      if (now) this.seen.set(key, now);
      else this.seen.delete(key);
      this.changed.fire(each);
    }
  }

  /** Documents that have corrections now or had them before. */
  private documentsWithCorrections(): vscode.Uri[] {
    const uris = new Map((this.annotations?.corrections() ?? []).map(e => [e.uri.toString(), e.uri]));
    for (const key of this.seen.keys()) if (!uris.has(key)) uris.set(key, vscode.Uri.parse(key));
    return [...uris.values()];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function signature(corrections: readonly StructureCorrection[]): string {
  return corrections.map(c => `${c.mark}@${c.start}-${c.end}`).join(',');
}
