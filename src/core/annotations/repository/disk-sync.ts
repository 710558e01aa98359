import { stringifyAnnotationFile, type FileProblem } from '../codec';
import { DEFAULT_MAX_BYTES } from '../codec/guards';
import { mergeAnnotationFiles } from '../merge3';
import type { Annotation, AnnotationFile } from '../model';
import type { DocumentAnnotations } from './document-annotations';
import type { AnnotationFilePort } from './ports';
import { readAnnotationFile, type AnnotationFileRead } from './read-annotation-file';

/** What the disk sync tells the repository. */
export interface DiskSyncListener {
  /** The file became unreadable (problems) or readable again (no problems). */
  problemsChanged(state: DocumentAnnotations, text: string | undefined, problems: readonly FileProblem[]): void;
  /**
   * Reads what is needed to anchor in the document's text, then gives a synchronous way to get
   * that text: the model is swapped and anchored at once, so no reader sees it half anchored and
   * no change made meanwhile is lost.
   */
  textSource(state: DocumentAnnotations): Promise<() => string | undefined>;
  /** The model now holds these annotations: anchor those whose target is new in the text. */
  replaced(state: DocumentAnnotations, annotations: readonly Annotation[], text: () => string | undefined): void;
}

const NO_FILE: AnnotationFile = { document: '', annotations: [] };

/**
 * Keeps one document's model and its annotation file in step. Both directions go through the
 * same three-way merge as git's (merge3.ts): the file as last read is the base, the model is
 * ours, the file now on disk is theirs. So a colleague's pull while annotating loses nothing, an
 * edit made on either side beats no change, and a file that cannot be read is never written.
 */
export class DiskSync {
  constructor(
    private readonly port: AnnotationFilePort,
    private readonly listener: DiskSyncListener,
    /** The name written as `document:`: the document's own file name, whatever the file said. */
    private readonly nameOf: (document: string) => string,
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  /** Reads the file again (created, changed or deleted on disk) and merges it with the model. */
  reload(state: DocumentAnnotations): Promise<void> {
    return state.serialize(async () => {
      const read = await this.read(state.file);
      if (textOf(read) === state.diskText && state.status === 'ready' && read.status !== 'invalid') return; // Our own write coming back.
      const hadChanges = state.hasUnwrittenChanges;
      if (!(await this.mergeFromDisk(state, read))) return;
      if (hadChanges) await this.writeNow(state);
    });
  }

  /** Writes the model after any read or write under way. */
  write(state: DocumentAnnotations): Promise<void> {
    return state.serialize(() => this.writeNow(state));
  }

  /**
   * Writes the model if it differs from the file: first merges in whatever changed on disk since
   * it was read; writes nothing when the text would be the same, and never writes over an invalid file.
   */
  private async writeNow(state: DocumentAnnotations): Promise<void> {
    if (state.status !== 'ready') return;
    const onDisk = await this.read(state.file);
    if ((textOf(onDisk) !== state.diskText || onDisk.status === 'invalid') && !(await this.mergeFromDisk(state, onDisk))) return;
    if (onDisk.status === 'missing' && state.annotations.size === 0) return; // Nothing to keep, no file to make.
    const file: AnnotationFile = { document: this.nameOf(state.document), annotations: state.sorted() };
    const text = stringifyAnnotationFile(file);
    if (text !== textOf(onDisk)) await this.port.writeAtomically(state.file, text);
    state.diskText = text;
    state.base = file;
  }

  /** Merges the file's content into the model; false (and the state invalid) when the file cannot be read. */
  private async mergeFromDisk(state: DocumentAnnotations, read: AnnotationFileRead): Promise<boolean> {
    if (read.status === 'invalid') {
      this.markInvalid(state, read.text, read.problems);
      return false;
    }
    const onDisk = read.status === 'ok' ? read.file : NO_FILE;
    const text = await this.listener.textSource(state);
    const wasInvalid = state.status === 'invalid';
    const ours: AnnotationFile = { document: state.base?.document ?? onDisk.document, annotations: [...state.annotations.values()] };
    const merged = mergeAnnotationFiles(state.base, ours, onDisk);
    state.status = 'ready';
    state.problems = [];
    state.diskText = textOf(read);
    state.base = onDisk;
    if (wasInvalid) this.listener.problemsChanged(state, textOf(read), []);
    this.listener.replaced(state, merged.annotations, text);
    return true;
  }

  /** The one place a file becomes unavailable: its problems are reported and the model stops following edits. */
  private markInvalid(state: DocumentAnnotations, text: string | undefined, problems: readonly FileProblem[]): void {
    state.status = 'invalid';
    state.problems = problems;
    state.diskText = text;
    state.ranges.clear(); // Edits are not followed meanwhile: anchor afresh once the file is fixed.
    this.listener.problemsChanged(state, text, problems);
  }

  private read(file: string): Promise<AnnotationFileRead> {
    return readAnnotationFile(this.port, file, this.maxBytes);
  }
}

function textOf(read: AnnotationFileRead): string | undefined {
  return read.status === 'missing' ? undefined : read.text;
}
