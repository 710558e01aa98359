import { outlineDocument, type OutlineOptions } from '../outline';
import type { OutlineNode } from '../outline/model';
import type { SearchItem } from './types';

/**
 * The recommendations of a document (listed and in prose), with their chapter and author; the
 * options carry the project's additions and the reader's corrections.
 */
export function recommendationItems(document: string, text: string, options: OutlineOptions = {}): SearchItem[] {
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
  visit(outlineDocument(text, { ...options, fileName: document }).nodes, undefined);
  return items;
}
