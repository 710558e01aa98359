import type { Lines } from './lines';
import type { OutlineKind, OutlineNode } from './model';
import type { StructureCorrection } from './options';
import { joinWrapped } from './rules/join-wrapped';
import { FlatOutline } from './flat-outline';

/**
 * The label of every node a reader's correction made (a recommendation, a chapter or a section),
 * shown beside it like the label that made a recognised recommendation; the editor words it in
 * the reader's language.
 */
export const READER_LABEL = 'reader';

/** Kinds that never hold other nodes once a reader made them: what follows a marked recommendation is not inside it. */
const LEAF_KINDS: ReadonlySet<OutlineKind> = new Set(['recommendation', 'prose-recommendation', 'item']);
/** A chapter a reader marks takes in what follows, up to the next node of one of these kinds. */
const ENDS_CHAPTER: ReadonlySet<OutlineKind> = new Set(['chapter', 'front-matter', 'back-matter', 'toc']);
/** Likewise for a section, within its chapter. */
const ENDS_SECTION: ReadonlySet<OutlineKind> = new Set([...ENDS_CHAPTER, 'section', 'question']);
/** Nodes that a marked section goes under. */
const HOLDS_SECTIONS: ReadonlySet<OutlineKind> = new Set(['chapter', 'front-matter', 'back-matter']);
/** Nodes that run to the next heading, so that they hold a marked recommendation anywhere before it. */
const RUNS_TO_NEXT_HEADING: ReadonlySet<OutlineKind> = new Set(['chapter', 'section', 'front-matter', 'back-matter', 'question']);

/**
 * The reader's word over the recognised structure, applied in the order given (a later correction
 * of the same line wins):
 * - `chapter`: the marked line(s) become a chapter; what follows, up to the next chapter, moves into it;
 * - `section`: likewise a section, under the chapter it stands in, up to the next section or chapter;
 * - `recommendation`: the marked passage becomes a recommendation labelled as the reader's, under
 *   the innermost node that holds it; the items and recommendations recognised inside it give way;
 * - `none`: the nodes starting on the marked lines go, their children move up to their parent.
 * A node recognised on a marked line gives way to the mark. Nodes keep their place in the text:
 * a node that a new heading cuts ends before it, and parents are widened to hold their children.
 */
export function applyCorrections(nodes: OutlineNode[], lines: Lines, corrections: readonly StructureCorrection[]): OutlineNode[] {
  if (corrections.length === 0) return nodes;
  const flat = new FlatOutline(nodes, lines);
  for (const correction of corrections) {
    const span = flat.span(correction.start, correction.end);
    if (!span) continue;
    if (correction.mark === 'recommendation') {
      flat.removeWhere(e => flat.lineOf(e.node.start) === span.firstLine || (LEAF_KINDS.has(e.node.kind) && e.node.start >= span.start && e.node.start < span.end));
      const index = flat.insertionPoint(span.start);
      const parent = flat.openAncestors(index).reverse().find(e => !LEAF_KINDS.has(e.node.kind) && (RUNS_TO_NEXT_HEADING.has(e.node.kind) || e.node.end > span.start));
      const title = joinedText(lines, span.start, span.end, span.firstLine, span.lastLine);
      flat.insert(index, { node: newNode('recommendation', title, span.start, span.end, span.firstLine, span.lastLine, READER_LABEL), depth: parent ? parent.depth + 1 : 0, leaf: true, heading: false });
      continue;
    }
    flat.removeWhere(e => { const line = flat.lineOf(e.node.start); return line >= span.firstLine && line <= span.lastLine; });
    if (correction.mark === 'none') continue;
    const start = lines.start(span.firstLine);
    const end = lines.end(span.lastLine);
    const title = stripMarkdownHashes(joinedText(lines, start, end, span.firstLine, span.lastLine));
    const index = flat.insertionPoint(start);
    if (correction.mark === 'chapter') {
      flat.insert(index, { node: newNode('chapter', title, start, end, span.firstLine, span.lastLine, READER_LABEL), depth: 0, leaf: false, heading: true });
      flat.adopt(index, ENDS_CHAPTER);
    } else {
      const chapter = flat.openAncestors(index).reverse().find(e => HOLDS_SECTIONS.has(e.node.kind));
      flat.insert(index, { node: newNode('section', title, start, end, span.firstLine, span.lastLine, READER_LABEL), depth: chapter ? chapter.depth + 1 : 0, leaf: false, heading: true });
      flat.adopt(index, ENDS_SECTION);
    }
  }
  return flat.toTree();
}

function newNode(kind: OutlineKind, title: string, start: number, end: number, firstLine: number, lastLine: number, label?: string): OutlineNode {
  return { kind, title, start, end, line: firstLine + 1, endLine: lastLine + 1, ...(label ? { label } : {}), children: [] };
}

/** The text of [start, end) with the lines a PDF or an editor wrapped joined, as the outline's titles are. */
function joinedText(lines: Lines, start: number, end: number, firstLine: number, lastLine: number): string {
  let title = '';
  for (let i = firstLine; i <= lastLine; i++) {
    const piece = lines.source.slice(Math.max(start, lines.start(i)), Math.min(end, lines.end(i))).trim();
    title = joinWrapped(title, piece);
  }
  return title;
}

/** A Markdown line marked as a chapter or a section keeps its words, not its `#`s. */
function stripMarkdownHashes(title: string): string {
  return title.replace(/^#{1,6}\s+/, '');
}
