import type { FileProblem } from '../annotations/codec';
import { hasConflictMarkers } from '../annotations/conflicts';
import type { Side } from '../annotations/merge-text';
import { codebookText, parseCodebook, tagBlock } from './codec';
import { mergeCodebooks, type CodebookConflict } from './merge3';
import { CODEBOOK_SCHEMA_ID, type Codebook } from './model';

export type CodebookTextMerge =
  | { status: 'merged'; text: string; codebook: Codebook }
  /** The text holds every tag, and each conflicting one twice between git's markers. */
  | { status: 'conflict'; text: string; conflicts: CodebookConflict[] }
  | { status: 'invalid'; side: Side; problems: FileProblem[] };

/** How the two sides are named on the conflict markers (git names them after the branches). */
export interface ConflictLabels {
  ours: string;
  theirs: string;
}

/**
 * Merges three texts of codebook.yaml (what git hands a merge driver) by tag. A blank base means
 * the file was added on both sides; a base that itself holds conflict markers (the virtual
 * ancestor of a recursive merge) counts as none, so that nothing either side has is lost.
 */
export function mergeCodebookTexts(texts: { base?: string; ours: string; theirs: string }, labels: ConflictLabels = { ours: 'ours', theirs: 'theirs' }): CodebookTextMerge {
  const base = texts.base === undefined || texts.base.trim() === '' || hasConflictMarkers(texts.base) ? undefined : parseCodebook(texts.base);
  if (base && !base.ok) return { status: 'invalid', side: 'base', problems: base.problems };
  const ours = parseCodebook(texts.ours);
  if (!ours.ok) return { status: 'invalid', side: 'ours', problems: ours.problems };
  const theirs = parseCodebook(texts.theirs);
  if (!theirs.ok) return { status: 'invalid', side: 'theirs', problems: theirs.problems };
  const { codebook, conflicts } = mergeCodebooks(base?.codebook, ours.codebook, theirs.codebook);
  if (conflicts.length === 0) return { status: 'merged', text: codebookText(codebook, tagBlock), codebook };
  const conflicting = new Map(conflicts.map(c => [c.tag, c]));
  const text = codebookText(codebook, tag => {
    const conflict = conflicting.get(tag.name);
    if (!conflict) return tagBlock(tag);
    return [`<<<<<<< ${labels.ours}`, ...tagBlock(conflict.ours), '=======', ...tagBlock(conflict.theirs), `>>>>>>> ${labels.theirs}`];
  });
  return { status: 'conflict', text, conflicts };
}

/** Whether a text is a codebook (by its schema line), so that a merge driver sends it to the codebook merge. */
export function isCodebookText(text: string): boolean {
  return new RegExp(`^schema:[ \\t]*["']?${CODEBOOK_SCHEMA_ID.replace(/[/.]/g, '\\$&')}["']?[ \\t]*\\r?$`, 'm').test(text);
}

/** One line per conflicting tag, for the driver's message: `security/maritime (description, color)`. */
export function describeConflicts(conflicts: readonly CodebookConflict[]): string[] {
  return conflicts.map(c => `${c.tag} (${c.fields.join(', ')})`);
}
