import { OutlineBuilder } from './build';
import { markBoldProposals } from './bold-proposals';
import { applyCorrections } from './corrections';
import { markAnnouncedMeasures } from './announced-measures';
import { markCommitmentHeadings } from './commitment-headings';
import { markCountedProposals } from './counted-proposals';
import { markGuidingPrinciples } from './guiding-principles';
import { markRequestedItems } from './requested-items';
import { markOwnedMeasures } from './owned-measures';
import { markRequirementItems } from './requirement-items';
import { detectFormat } from './format';
import { Lines } from './lines';
import type { Outline, OutlineNode } from './model';
import { findTocBlock } from './toc-block';
import { withoutLinkMarkup } from './rules/link-text';
import { withoutInlineTags } from './rules/inline-html';
import { withEscapedMarkersAsItems, withoutHardLineBreaks, withoutMarkdownEscapes } from './rules/markdown-escapes';
import { withoutSpanAttributes } from './rules/span-attributes';
import { findListedContents } from './headings/listed-titles';
import { findHeadingContents } from './headings/heading-contents';
import { HeadingPlan } from './headings/plan';
import { markRepeatedRecommendations } from './repeated-recommendations';
import { markMarkedRepeats, markRestatedRecommendations } from './restated-recommendations';
import { markCoverSummaries } from './cover-summary';
import { markConcludingParagraphs } from './concluding-paragraphs';
import { markProposingFrontMatter } from './proposing-front-matter';
import { markHeadingOverviews } from './heading-overviews';
import { markMinorityParts, markWithdrawnParts } from './withdrawn-parts';
import type { OutlineOptions } from './options';

export type { Outline, OutlineNode, OutlineKind, DocumentFormat } from './model';
export type { OutlineOptions, HeadingPattern, StructureCorrection } from './options';
export { READER_LABEL } from './corrections';

/** Recognises the structure of a policy text: front matter, chapters, sections, recommendations. */
export function outlineDocument(text: string, options: OutlineOptions = {}): Outline {
  const lines = new Lines(withoutHardLineBreaks(withEscapedMarkersAsItems(withoutLeadingBookmarks(withoutDivFences(withoutLoneCarriageReturns(text))))));
  try {
    const toc = findTocBlock(lines) ?? findListedContents(lines) ?? findHeadingContents(lines) ?? findTocBlock(lines, true);
    const format = detectFormat(lines, toc, options.fileName);
    const headings = new HeadingPlan(lines, format, toc, options);
    const built = markBoldProposals(new OutlineBuilder(lines, format, toc, headings, options).build(), lines.source);
    const nodes = markGuidingPrinciples(markMinorityParts(markWithdrawnParts(markRequirementItems(markCommitmentHeadings(markAnnouncedMeasures(markOwnedMeasures(markRequestedItems(markCountedProposals(built, lines), lines, i => headings.isFurniture(i)), lines, i => headings.isFurniture(i)), lines)), lines))));
    markCoverSummaries(nodes);
    markRestatedRecommendations(nodes, lines.source, markRepeatedRecommendations(nodes, lines.source));
    markConcludingParagraphs(nodes);
    markMarkedRepeats(nodes);
    markProposingFrontMatter(nodes);
    markHeadingOverviews(nodes);
    // Most texts hold no link and no tag: their titles are not walked again.
    if (lines.source.includes('](') || lines.source.includes('][')) retitle(nodes, withoutLinkMarkup);
    if (lines.source.includes('</')) retitle(nodes, withoutInlineTags);
    if (format === 'markdown' && lines.source.includes(']{')) retitle(nodes, withoutSpanAttributes);
    if (format === 'markdown' && lines.source.includes('\\')) retitle(nodes, withoutMarkdownEscapes);
    return { format, nodes: options.corrections ? applyCorrections(nodes, lines, options.corrections) : nodes };
  } finally {
    lines.release(); // nothing made from the lines keeps them
  }
}

/**
 * A carriage return inside a line (text converted from PDFs keeps some) is read as a space: lines
 * end at line feeds here, as in the annotation file's positions, and an item or a title goes on
 * over it. One character for one, so every offset stays.
 */
function withoutLoneCarriageReturns(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(LONE_CR, ' ');
}

const LONE_CR = /\r(?!\n)/g;

/**
 * `::: {custom-style="Recommendation"}` … `:::`: pandoc fences the paragraphs of a Word style it
 * keeps (a tribunal's numbered recommendations) in a div. The fences are markup, no text: each
 * reads as a blank line (spaces, one for each character, so every offset stays).
 */
function withoutDivFences(text: string): string {
  return text.includes(':::') ? text.replace(DIV_FENCE, fence => ' '.repeat(fence.length)) : text;
}

const DIV_FENCE = /^[ \t]*:{3,}[ \t]*(?:\{[^}\n]*\}|[A-Za-z][\w-]*)?[ \t]*$/gm;

/**
 * `[]{#_Toc203311001 .anchor}**１\u3000…**`: pandoc writes a Word bookmark as an empty span before the
 * line's own start (a bold line, a heading's or a list item's text: `11. []{#_Hlk… .anchor}INVITES …`),
 * and mammoth as an empty anchor (`<a id="_Toc159823391"></a>__第1章\u3000…__`), where every rule
 * reads a line by its first character. The bookmark moves to the line's end as spaces: each line
 * keeps its length and offsets.
 */
function withoutLeadingBookmarks(text: string): string {
  return text.includes(']{') || text.includes('</a>')
    ? text.replace(LEADING_BOOKMARK, (_, before: string, bookmark: string, rest: string) => before + rest + ' '.repeat(bookmark.length))
    : text;
}

const LEADING_BOOKMARK = /^([ \t]*(?:#{1,6}[ \t]+|[0-9]{1,3}[.)][ \t]+|[-*+][ \t]+)?)(\[\]\{[#.][^}\n]{0,80}\}|(?:<a\s[^<>\n]{0,100}>\s*<\/a>)+(?=[^\s<]))([^\n]*)/gm;

/** Every title as `show` gives it: a Markdown link's text (link-text.ts), the words inside HTML tags (inline-html.ts), Markdown's escaped marks alone (markdown-escapes.ts). */
function retitle(nodes: OutlineNode[], show: (title: string) => string): void {
  for (const node of nodes) {
    node.title = show(node.title);
    retitle(node.children, show);
  }
}

/** Every node, parents before their children. */
export function flattenOutline(outline: Outline): OutlineNode[] {
  const all: OutlineNode[] = [];
  const visit = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      all.push(node);
      visit(node.children);
    }
  };
  visit(outline.nodes);
  return all;
}

/** The nodes that contain an offset, root-most first: e.g. [chapter, section, recommendation]. */
export function enclosingNodes(outline: Outline, offset: number): OutlineNode[] {
  const path: OutlineNode[] = [];
  let level = outline.nodes;
  for (;;) {
    const node = level.find(n => n.start <= offset && offset < Math.max(n.end, n.start + 1));
    if (!node) return path;
    path.push(node);
    level = node.children;
  }
}
