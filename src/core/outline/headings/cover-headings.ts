import type { Lines } from '../lines';
import { isOpeningTitle } from '../rules/unnumbered-chapters';
import { isTocHeading } from '../rules/toc';
import { matchMarkdownHeading } from '../rules/section-heading';
import { isListed, titleKey, type MarkdownHeading } from './markdown-levels';
import { readTitleNumber } from './numbering';
import { findBoldHeadings } from './capital-headings';
import { isThematicBreak } from '../rules/thematic-break';

/**
 * `# Ports as Partners` / `## A Framework for Coastal Towns`, then a byline or a date and the first
 * chapter: a white paper's subtitle, set a level under its title, straight under it. It holds no
 * text (only short lines of who and when, none a sentence) and no heading of its own, is numbered
 * nowhere and names no opening part; it belongs to the title, not to the chapters.
 */
export function isTitleSubtitle(lines: Lines, title: MarkdownHeading, heading: MarkdownHeading, next: MarkdownHeading, hidden: Uint8Array | undefined): boolean {
  // The heading after a subtitle is at its level or above it, or names the opening part of the text
  // (`### Introduction` under `## POTENTIAL PATHWAYS …`, as a converter sets them by font size).
  if (heading.level <= title.level || (next.level > heading.level && !isOpeningTitle(next.title)) || readTitleNumber(heading.title) !== undefined || isOpeningTitle(heading.title)) return false;
  for (let i = (title.last ?? title.line) + 1; i < heading.line; i++) if (lines.firstCode(i) >= 0) return false;
  return holdsNoText(lines, heading, next, MOST_SUBTITLE_LINES, hidden);
}

/**
 * `# **Establishing a Predictable Framework for …**` / `# **…予見可能な制度枠組みの確立**`: a bilingual
 * paper's title and its translation, two headings of one level with no line between, one in Latin
 * letters and the other in Japanese, over the cover's lines only (its committee, its date): the
 * translation belongs to the title.
 */
export function isTranslatedTitle(lines: Lines, title: MarkdownHeading, heading: MarkdownHeading, next: MarkdownHeading, hidden: Uint8Array | undefined): boolean {
  if (heading.level !== title.level || isJapanese(heading.title) === isJapanese(title.title)) return false;
  for (let i = (title.last ?? title.line) + 1; i < heading.line; i++) if (lines.firstCode(i) >= 0) return false;
  // A bilingual cover gives each of its lines twice, in each language.
  return holdsNoText(lines, heading, next, 2 * MOST_SUBTITLE_LINES, hidden);
}

/**
 * `# 蒼川市気候市民会議` / `# 提言書`: a cover's title set over two headings of one level, the
 * second naming only the document's kind (提言書, 報告書, 答申, `Final Report`), with nothing but
 * blank lines between: the second belongs to the title.
 */
export function namesTitleKind(lines: Lines, title: MarkdownHeading, heading: MarkdownHeading): boolean {
  if (heading.level !== title.level || !DOCUMENT_KIND.test(heading.title.trim())) return false;
  for (let i = (title.last ?? title.line) + 1; i < heading.line; i++) if (lines.firstCode(i) >= 0) return false;
  return true;
}

const DOCUMENT_KIND = /^(?:提言書|報告書|答申書?|建議書?|意見書|要望書|提案書|(?:final\s+|interim\s+)?report)(?:\s*[（(][^）)]{1,10}[）)])?$/i;

/** Whether a title is written in Japanese: most of its letters are kana or kanji. */
function isJapanese(title: string): boolean {
  const japanese = (title.match(JAPANESE_LETTERS) ?? []).length;
  const latin = (title.match(LATIN_LETTERS) ?? []).length;
  return japanese > latin;
}

const JAPANESE_LETTERS = /[\u3040-\u30ff\u3400-\u9fff]/g;
const LATIN_LETTERS = /[A-Za-z]/g;

/**
 * `# “No One Came to Help”` / `## Barriers to Shelter for …`, then the whole report under bold
 * lines (`**Summary**`, `**I. Background**`): a report converted from Word or a web page that kept
 * only its cover's headings. The subtitle, the one heading after the title, straight under it, holds
 * the text's own headings set in bold; it belongs to the title, not to the chapters.
 */
export function isLoneSubtitle(lines: Lines, title: MarkdownHeading, heading: MarkdownHeading): boolean {
  if (heading.level <= title.level || readTitleNumber(heading.title) !== undefined || isOpeningTitle(heading.title)) return false;
  for (let i = (title.last ?? title.line) + 1; i < heading.line; i++) if (lines.firstCode(i) >= 0) return false;
  return findBoldHeadings(lines, i => i <= heading.line).length > 0;
}

/**
 * Whether a heading holds only a few short lines of who and when before the next heading (no
 * sentence, no list), an image's mark at most: a cover's line, not a part of the text. A
 * converter's page break (`-----`) ends the cover: what follows is the next page's, not the heading's.
 */
function holdsNoText(lines: Lines, heading: MarkdownHeading, next: MarkdownHeading, most: number, hidden: Uint8Array | undefined): boolean {
  let shown = 0;
  for (let i = (heading.last ?? heading.line) + 1; i < next.line; i++) {
    if (lines.firstCode(i) < 0 || hidden?.[i]) continue;
    const text = lines.text(i).trim();
    // `## Contents`: the cover has ended, the contents' entries are no text under the heading.
    if (isTocHeading(matchMarkdownHeading(text)?.title ?? text) || isThematicBreak(text)) return true;
    if (++shown > most || text.length > LONGEST_BYLINE || SENTENCE_STOP.test(text) || LIST_ITEM.test(text)) return false;
  }
  return true;
}

/**
 * `## T20 Policy Brief`, `## Making Ports Fit for Purpose` over its authors, then `## Abstract`: a
 * converter that sets every styled line of a brief at one level leaves the cover's lines as headings
 * before the text opens. Where a heading of the chapters' level opens the text (`Abstract`,
 * `Executive Summary`, `Introduction`), the headings before it that hold no text are the cover's.
 * Returns how many of the headings are.
 */
export function coverLines(lines: Lines, headings: readonly MarkdownHeading[], hidden: Uint8Array | undefined, listed: readonly string[]): number {
  const opening = headings.findIndex(h => isOpeningTitle(h.title) || ABSTRACT.test(h.title));
  if (opening > 0) {
    for (let k = 0; k < opening; k++) {
      if (headings[k].level !== headings[opening].level || !holdsNoText(lines, headings[k], headings[k + 1], MOST_COVER_LINES, hidden)) return 0;
    }
    return opening;
  }
  return listed.length ? unlistedCover(lines, headings, hidden, listed) : 0;
}

/**
 * `# 研究開発テーマ`, `# 「…」`, `## 事後評価報告書` over the body's name, then `# 評価委員名簿` over its
 * table: a report whose title page a converter set as headings, none of which its contents list. The
 * headings that hold no text before the first that does, where that one is as high as they are
 * (a part's heading stands over deeper ones), are the cover's.
 */
function unlistedCover(lines: Lines, headings: readonly MarkdownHeading[], hidden: Uint8Array | undefined, listed: readonly string[]): number {
  let k = 0;
  while (k + 1 < headings.length && holdsNoText(lines, headings[k], headings[k + 1], MOST_COVER_LINES, hidden)) k++;
  if (k === 0 || headings[k].level > Math.min(...headings.slice(0, k).map(h => h.level))) return 0;
  return headings.slice(0, k).some(h => isListed(titleKey(h.title), listed)) ? 0 : k;
}

const ABSTRACT = /^abstract$/i;
/** A cover names the authors, each with a line of affiliation at most. */
const MOST_COVER_LINES = 12;

/** A byline and a date under a subtitle take a few short lines (a rule under them too). */
const MOST_SUBTITLE_LINES = 4;
/** A byline: a name with its role and affiliation. */
const LONGEST_BYLINE = 140;
const SENTENCE_STOP = /[.。!?！？]\**$/;
/** A list's item is the heading's text, not who wrote the paper (a rule, `---`, is no item). */
const LIST_ITEM = /^(?:[-*+•・](?![-*_]{2})\s|[0-9０-９]{1,3}[.)）．]\s?)/;
