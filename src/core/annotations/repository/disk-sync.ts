import { parseAnnotationFile, stringifyAnnotationFile, type FileProblem, type ParseResult } from '../codec';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../codec/guards';
import { mergeAnnotationFiles } from '../merge3';
import type { Annotation, AnnotationFile } from '../model';
import type { DocumentAnnotations } from './document-annotations';
import type { AnnotationFilePort } from './ports';

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

const NO_FILE: ParseResult = { ok: true, file: { document: '', annotations: [] } };

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
      const text = await this.readChecked(state.file);
      if (text.text === state.diskText && state.status === 'ready' && !text.problems) return; // Our own write coming back.
      const hadChanges = state.hasUnwrittenChanges;
      if (!(await this.mergeFromDisk(state, text))) return;
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
    const onDisk = await this.readChecked(state.file);
    if ((onDisk.text !== state.diskText || onDisk.problems) && !(await this.mergeFromDisk(state, onDisk))) return;
    if (onDisk.text === undefined && state.annotations.size === 0) return; // Nothing to keep, no file to make.
    const file: AnnotationFile = { document: this.nameOf(state.document), annotations: state.sorted() };
    const text = stringifyAnnotationFile(file);
    if (text !== onDisk.text) await this.port.writeAtomically(state.file, text);
    state.diskText = text;
    state.base = file;
  }

  /** Merges the file's content into the model; false (and the state invalid) when the file cannot be read. */
  private async mergeFromDisk(state: DocumentAnnotations, read: { text: string | undefined; problems?: FileProblem[] }): Promise<boolean> {
    const parsed = read.problems ? { ok: false as const, problems: read.problems } : read.text === undefined ? NO_FILE : parseAnnotationFile(read.text, { maxBytes: this.maxBytes });
    if (!parsed.ok) {
      this.markInvalid(state, read.text, parsed.problems);
      return false;
    }
    const text = await this.listener.textSource(state);
    const wasInvalid = state.status === 'invalid';
    const ours: AnnotationFile = { document: state.base?.document ?? parsed.file.document, annotations: [...state.annotations.values()] };
    const merged = mergeAnnotationFiles(state.base, ours, parsed.file);
    state.status = 'ready';
    state.problems = [];
    state.diskText = read.text;
    state.base = parsed.file;
    if (wasInvalid) this.listener.problemsChanged(state, read.text, []);
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

  /** The file's text; a file over the size limit is refused from its size, without reading it. */
  private async readChecked(file: string): Promise<{ text: string | undefined; problems?: FileProblem[] }> {
    const stat = await this.port.stat(file);
    if (stat && stat.size > this.maxBytes) {
      return { text: undefined, problems: [{ message: tooLargeMessage(stat.size, this.maxBytes), line: 1, column: 1 }] };
    }
    return { text: await this.port.read(file) };
  }
}
