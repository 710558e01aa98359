import type { Lines } from './lines';
import type { TocBlock } from './toc-block';
import { matchBullet } from './rules/bullet';
import { matchChapterHeading, titleContinues } from './rules/chapter-heading';
import { namesItselfChapter } from './rules/unnumbered-chapters';
import { isSpace } from './rules/line-start';
import { joinWrapped } from './rules/join-wrapped';
import { matchSectionHeading } from './rules/section-heading';

/**
 * The titles of a document's contents, white space removed once rather than at every chapter:
 * they complete a chapter title broken over lines and name the front matter before the chapters.
 */
export class ContentsTitles {
  /** Titles that are not chapters (はじめに, 理事長メッセージ): they name the front matter. */
  private readonly front: string[];
  private readonly all: string[];

  constructor(toc: TocBlock | undefined) {
    // Print sets a heading in capitals that the contents list in title case (`EXECUTIVE SUMMARY`).
    // Front matter comes before the chapters: what the contents list after the first (a chapter's
    // sections, its 提言１ …, the closing parts) names no front matter, though a summary page
    // before the contents restates it.
    const titles = toc?.titles ?? [];
    const firstChapter = titles.findIndex(t => matchChapterHeading(t) !== undefined);
    this.front = (firstChapter < 0 ? titles : titles.slice(0, firstChapter)).filter(t => !matchChapterHeading(t) && !namesItselfChapter(t)).map(t => compact(t).toLowerCase());
    this.all = (toc?.titles ?? []).map(compact);
  }

  /** Whether the contents name any front matter. */
  get nameFrontMatter(): boolean {
    return this.front.length > 0;
  }

  isFrontMatterTitle(text: string): boolean {
    if (!this.front.length || text.length > 80) return false;
    const t = compact(text).toLowerCase();
    return t.length > 1 && this.front.includes(t);
  }

  /**
   * A chapter title at line i completed from the lines after it: the whole title when the
   * contents list one that the heading strictly begins, otherwise while it ends unfinished.
   * Returns the title and its last line.
   */
  completeChapter(lines: Lines, i: number, title: string): { title: string; last: number } {
    let last = i;
    let full = title;
    const compactTitle = compact(full);
    const tocTitle = this.all.find(t => t.length > compactTitle.length && t.startsWith(compactTitle));
    // A title broken over lines: join the next non-empty lines while they complete it.
    for (let j = i + 1; j < lines.count && j <= i + 3 && (tocTitle || titleContinues(full)); j++) {
      const next = lines.text(j).trim();
      if (!next) continue;
      // A line that ends a sentence is the text under the title, not its end.
      if (matchSectionHeading(next) !== undefined || matchBullet(next) || next.length > 60 || JAPANESE_SENTENCE_END.test(next)) break;
      if (tocTitle && !tocTitle.startsWith(compact(full + next))) break;
      full = joinWrapped(full, next);
      last = j;
      if (tocTitle && compact(full) === tocTitle) break;
    }
    return { title: full, last };
  }
}

const JAPANESE_SENTENCE_END = /。$/;

/** The text without white space (a copy only when it has some). */
function compact(text: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    kept += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}
