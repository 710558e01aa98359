import { outlineDocument } from '../outline';
import type { Outline, OutlineNode } from '../outline/model';
import type { SearchItem } from './types';

/**
 * The recommendations of a document (listed and in prose), with their chapter and author; the
 * outline of the text is made here unless the caller has it already.
 */
export function recommendationItems(document: string, text: string, outline: Outline = outlineDocument(text, { fileName: document })): SearchItem[] {
  const items: SearchItem[] = [];
  const visit = (nodes: OutlineNode[], chapter: OutlineNode | undefined) => {
    for (const node of nodes) {
      const within = node.kind === 'chapter' || node.kind === 'question' || node.kind === 'front-matter' ? node : chapter;
      if (node.kind === 'recommendation' || node.kind === 'prose-recommendation') {
        items.push({
          id: `${document}#${node.start}`,
          kind: node.kind,
          text: node.title,
          document,
          line: node.line,
          start: node.start,
          end: node.end,
          ...(within ? { chapter: within.title } : {}),
          ...(within?.author ? { author: within.author } : {}),
        });
      }
      if (node.kind !== 'back-matter' && node.kind !== 'toc') visit(node.children, within);
    }
  };
  visit(outline.nodes, undefined);
  return items;
}
