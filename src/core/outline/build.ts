import type { Line } from './lines';
import type { DocumentFormat, OutlineNode } from './model';
import type { TocBlock } from './toc-block';
import { createNode, extend, extendTo } from './tree';
import { matchBullet } from './rules/bullet';
import { matchByline } from './rules/byline';
import { matchChapterHeading, titleContinues } from './rules/chapter-heading';
import { isBackMatterHeading } from './rules/back-matter';
import { joinWrapped } from './rules/join-wrapped';
import { matchConclusion } from './rules/conclusion';
import { firstVisibleCode, mayBeStructure } from './rules/line-start';
import { isNoise } from './rules/noise';
import { isTocHeading } from './rules/toc';
import { matchNumberedHeading } from './rules/numbered-heading';
import { isFieldLabel, isPlainHeading } from './rules/plain-heading';
import { findProseRecommendations, matchOrdinalParagraph, ProseMarkerCursor } from './rules/prose-recommendation';
import { asksForAction, matchQuestion } from './rules/question';
import { isRecommendationHeading } from './rules/recommendation-heading';
import { matchMarkdownHeading, matchSectionHeading } from './rules/section-heading';

/**
 * Walks the lines once, applying the rules in a fixed order, and keeps the open chapter,
 * section and list item. Which rules apply depends on the detected format.
 */
export class OutlineBuilder {
  readonly roots: OutlineNode[] = [];
  private chapter?: OutlineNode;
  private section?: OutlineNode;
  private item?: OutlineNode;
  private inRecommendations = false;
  private question?: { node: OutlineNode; forAction: boolean };
  private group?: OutlineNode;
  private backMatter?: OutlineNode;
  /** Titles of the contents that are not chapters, white space removed, to name the front matter. */
  private readonly frontTitles: string[];
  /** Contents titles, white space removed, compacted once rather than at every chapter. */
  private readonly compactTocTitles: string[];
  private markdownLevel?: number;
  private readonly proseMarkers?: ProseMarkerCursor;

  /** `text` is the whole text the lines come from; with it, lines without a proposal marker are passed over at once. */
  constructor(private readonly lines: Line[], readonly format: DocumentFormat, private readonly toc: TocBlock | undefined, text?: string) {
    if (text !== undefined) this.proseMarkers = new ProseMarkerCursor(text);
    this.frontTitles = (toc?.titles ?? []).filter(t => !matchChapterHeading(t)).map(compact);
    this.compactTocTitles = (toc?.titles ?? []).map(compact);
  }

  build(): OutlineNode[] {
    for (let i = 0; i < this.lines.length; i++) {
      if (this.toc && i === this.toc.first) {
        this.closeAll();
        this.roots.push(createNode('toc', isTocHeading(this.lines[i].text) ? this.lines[i].text.trim() : '目次', this.lines[i], this.lines[this.toc.last]));
        i = this.toc.last;
        continue;
      }
      i = this.consume(i);
    }
    return this.roots;
  }

  /** Handles line i (and any lines it absorbs); returns the last line index consumed. */
  private consume(i: number): number {
    const line = this.lines[i];
    const text = line.text;
    const first = firstVisibleCode(text);
    if (first < 0) {
      this.item = undefined;
      return i;
    }
    if (!mayBeStructure(first) && this.onlyRunningTextRulesApply()) return this.consumeRunningText(line, text);
    if (isNoise(text)) return i;
    if (this.format !== 'outlook' && isBackMatterHeading(text)) {
      this.closeAll();
      this.backMatter = this.push(createNode('back-matter', text.trim().replace(/[:：]$/, ''), line));
      return i;
    }
    if (this.backMatter) {
      extendTo([this.backMatter], line);
      return i;
    }
    const byline = matchByline(text);
    if (byline) {
      const owner = this.chapter;
      if (owner) Object.assign(owner, byline);
      extendTo([owner], line);
      // The byline closes the chapter's last section: what follows is not its text.
      this.section = this.item = undefined;
      this.inRecommendations = false;
      return i;
    }
    return this.format === 'survey' ? this.consumeSurvey(i) : this.consumeDocument(i);
  }

  private consumeDocument(i: number): number {
    const line = this.lines[i];
    const text = line.text;
    const chapter = this.format === 'markdown' ? undefined : matchChapterHeading(text);
    if (chapter) return this.openChapter(i, chapter.title);
    if (this.format === 'report') {
      const numbered = matchNumberedHeading(text);
      if (numbered) return this.openChapter(i, numbered);
    }
    const markdown = matchMarkdownHeading(text);
    if (markdown) return this.openMarkdownHeading(i, markdown.level, markdown.title);
    if ((!this.chapter || this.chapter.kind === 'front-matter') && this.isFrontMatterTitle(text)) {
      this.closeAll();
      this.chapter = this.push(createNode('front-matter', text.trim(), line));
      return i;
    }
    const section = matchSectionHeading(text);
    if (section !== undefined) return this.openSection(i, section);
    if (isRecommendationHeading(text)) return this.openSection(i, text.trim());

    const bullet = matchBullet(text);
    if (bullet && (this.inRecommendations || (this.format === 'report' && /^[①-⑳]/.test(bullet.marker)))) {
      const node = createNode(this.inRecommendations ? 'recommendation' : 'item', bullet.text, line);
      node.start += bullet.offset;
      this.item = this.addChild(node);
      return i;
    }
    if (this.format === 'report' && /成果[①-⑳]/.test(text)) {
      this.item = undefined;
      this.addChild(createNode('item', text.trim(), line));
      return i;
    }
    const conclusion = matchConclusion(text);
    if (conclusion) {
      // A finding the text draws, listed under its heading; the lines that follow continue it.
      const node = createNode('item', conclusion.text, line);
      node.start += conclusion.offset;
      this.item = this.addChild(node);
      return i;
    }
    if (this.item && !bullet) {
      this.item.title = joinWrapped(this.item.title, text.trim());
      extendTo([this.item, this.section, this.chapter], line);
      return i;
    }
    if (this.format === 'article' && (isFieldLabel(text) || isPlainHeading(text, this.nextText(i))) && i > this.firstContentLine()) {
      return this.openSection(i, text.trim());
    }
    if (matchOrdinalParagraph(text)) {
      this.addChild(createNode('recommendation', text.trim(), line));
      return i;
    }
    this.addProseRecommendations(line);
    return i;
  }

  /** Articles, surveys and reports have unmarked headings; front matter is named by the contents. */
  private onlyRunningTextRulesApply(): boolean {
    if (this.format === 'article' || this.format === 'survey' || this.format === 'report') return false;
    return !(this.frontTitles.length && (!this.chapter || this.chapter.kind === 'front-matter'));
  }

  /** A line that starts like running text: it continues a list item or is prose. */
  private consumeRunningText(line: Line, text: string): number {
    if (this.backMatter) {
      extendTo([this.backMatter], line);
    } else if (this.item) {
      this.item.title = joinWrapped(this.item.title, text.trim());
      extendTo([this.item, this.section, this.chapter], line);
    } else if (endsWithPercent(text) && isNoise(text)) {
      // a chart label such as `回答 42%`
    } else {
      this.addProseRecommendations(line);
    }
    return line.number - 1;
  }

  private consumeSurvey(i: number): number {
    const line = this.lines[i];
    const text = line.text;
    const question = matchQuestion(text);
    if (question !== undefined) {
      this.item = undefined;
      this.group = undefined;
      if (this.question?.node.title !== question) {
        this.question = { node: this.push(createNode('question', question, line)), forAction: asksForAction(question) };
      }
      extendTo([this.question.node], line);
      return i;
    }
    if (!this.question) return i;
    const answerKind = this.question.forAction ? 'recommendation' : 'item';
    const bullet = matchBullet(text);
    if (/^\s*[⚫●]/.test(text) && bullet) {
      const next = this.nextText(i);
      if (next !== undefined && /^\s*[•・]/.test(next)) {
        this.group = createNode('group', bullet.text, line);
        this.question.node.children.push(this.group);
        this.item = undefined;
      } else {
        this.group = undefined;
        this.item = createNode(answerKind, bullet.text, line);
        this.item.start += bullet.offset;
        this.question.node.children.push(this.item);
      }
    } else if (bullet && /^\s*[•・]/.test(text)) {
      this.item = createNode(answerKind, bullet.text, line);
      this.item.start += bullet.offset;
      (this.group ?? this.question.node).children.push(this.item);
    } else if (this.item) {
      this.item.title = joinWrapped(this.item.title, text.trim());
    } else {
      return i;
    }
    extendTo([this.item, this.group, this.question.node], line);
    return i;
  }

  private openChapter(i: number, title: string): number {
    this.closeAll();
    let last = i;
    let full = title;
    const compactTitle = compact(full);
    const tocTitle = this.compactTocTitles.find(t => t !== compactTitle && t.startsWith(compactTitle));
    // A title broken over lines: join the next non-empty lines while they complete it.
    for (let j = i + 1; j < this.lines.length && j <= i + 3 && (tocTitle || titleContinues(full)); j++) {
      const next = this.lines[j].text.trim();
      if (!next) continue;
      if (matchSectionHeading(next) !== undefined || matchBullet(next) || next.length > 60) break;
      if (tocTitle && !tocTitle.startsWith(compact(full + next))) break;
      full += next;
      last = j;
      if (tocTitle && compact(full) === tocTitle) break;
    }
    this.chapter = this.push(createNode('chapter', full, this.lines[i], this.lines[last]));
    return last;
  }

  private openMarkdownHeading(i: number, level: number, title: string): number {
    this.markdownLevel ??= markdownChapterLevel(this.lines);
    if (level < this.markdownLevel) return i; // the document's own title
    if (level === this.markdownLevel) {
      this.closeAll();
      this.chapter = this.push(createNode('chapter', title, this.lines[i]));
      return i;
    }
    return this.openSection(i, title);
  }

  private openSection(i: number, title: string): number {
    this.item = undefined;
    this.section = createNode('section', title, this.lines[i]);
    this.inRecommendations = isRecommendationHeading(title);
    if (this.chapter) {
      this.chapter.children.push(this.section);
      extendTo([this.chapter], this.lines[i]);
    } else {
      this.roots.push(this.section);
    }
    return i;
  }

  private addProseRecommendations(line: Line): void {
    extend(this.section, line);
    extend(this.chapter, line);
    if (this.chapter?.kind === 'front-matter' || this.format === 'survey') return;
    if (this.proseMarkers && !this.proseMarkers.hasMarker(line.start, line.end)) return;
    for (const { start, end } of findProseRecommendations(line.text)) {
      const node = createNode('prose-recommendation', line.text.slice(start, end), line);
      node.start = line.start + start;
      node.end = line.start + end;
      this.addChild(node);
    }
  }

  private addChild(node: OutlineNode): OutlineNode {
    const parent = this.section ?? this.chapter;
    if (parent) parent.children.push(node);
    else this.roots.push(node);
    extendTo([this.section, this.chapter], this.lines[node.endLine - 1]);
    return node;
  }

  private push(node: OutlineNode): OutlineNode {
    this.roots.push(node);
    return node;
  }

  private closeAll(): void {
    this.chapter = this.section = this.item = undefined;
    this.inRecommendations = false;
  }

  private isFrontMatterTitle(text: string): boolean {
    if (!this.frontTitles.length || text.length > 80) return false;
    const t = compact(text);
    return t.length > 1 && this.frontTitles.includes(t);
  }

  private nextText(i: number): string | undefined {
    for (let j = i + 1; j < this.lines.length; j++) if (this.lines[j].text.trim()) return this.lines[j].text;
    return undefined;
  }

  private firstContentLine(): number {
    return this.lines.findIndex(l => l.text.trim().length > 0);
  }
}

/** Markdown: the level of chapter headings (one `#` title above `##` chapters is common). */
function markdownChapterLevel(lines: Line[]): number {
  const levels = lines.map(l => matchMarkdownHeading(l.text)?.level).filter((l): l is number => l !== undefined);
  if (!levels.length) return 1;
  const top = Math.min(...levels);
  return levels.filter(l => l === top).length === 1 && levels.some(l => l > top) ? top + 1 : top;
}

function compact(text: string): string {
  return /\s/.test(text) ? text.replace(/\s+/g, '') : text;
}

function endsWithPercent(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '　')) i--;
  return text[i] === '%' || text[i] === '％';
}
