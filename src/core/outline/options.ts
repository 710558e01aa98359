import type { StructureMark } from '../annotations/model';

/**
 * What a project adds to structure recognition (read from a file in its workspace by the editor and
 * the CLI alike) and what a reader has corrected. The core never reads files or settings itself.
 */
export interface OutlineOptions {
  /** The document's file name: its extension tells Markdown from plain text. */
  fileName?: string;
  /** More labels that introduce a block of recommendations (e.g. "Proposals", "施策"). */
  recommendationLabels?: readonly string[];
  /**
   * More heading numbering schemes: literal text with `{n}` for a number (Arabic, full-width, kanji
   * or Roman) and `{a}` for a letter, e.g. `Article {n}` or `第{n}条`, at chapter or section depth.
   */
  headingPatterns?: readonly HeadingPattern[];
  /** The reader's corrections, where they stand in this text now (see corrections.ts); applied after recognition. */
  corrections?: readonly StructureCorrection[];
}

/** A reader's correction anchored in the text: UTF-16 offsets of the marked line(s) or passage. */
export interface StructureCorrection {
  mark: StructureMark;
  start: number;
  end: number;
}

export interface HeadingPattern {
  pattern: string;
  level: 'chapter' | 'section';
}
