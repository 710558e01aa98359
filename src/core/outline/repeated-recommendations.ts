import type { OutlineNode } from './model';

/**
 * A recommendation stated word for word twice: committee and inquiry reports list their
 * recommendations together at the front (or gather them at the end) and state each again where
 * its argument is. The last statement is the one that stands (the body's after a front list, the
 * gathered list after the bold paragraphs of the body); the earlier ones become items, still shown
 * where they are. Short titles (`Fund the quays.`) may be said twice on purpose and are left alone.
 */
export function markRepeatedRecommendations(nodes: OutlineNode[]): OutlineNode[] {
  const recommendations: OutlineNode[] = [];
  collect(nodes, recommendations);
  if (recommendations.length < 2) return nodes;
  const last = new Map<string, OutlineNode>();
  for (const node of recommendations) {
    const key = repeatKey(node.title);
    if (key.length >= SHORTEST_REPEATED) last.set(key, node);
  }
  if (last.size === recommendations.length) return nodes;
  for (const node of recommendations) {
    const key = repeatKey(node.title);
    if (key.length >= SHORTEST_REPEATED && last.get(key) !== node) node.kind = 'item';
  }
  return nodes;
}

/** Titles shorter than this (in characters, spaces and marks left out) are never taken for a repeat. */
const SHORTEST_REPEATED = 40;

function collect(nodes: readonly OutlineNode[], into: OutlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'recommendation') into.push(node);
    collect(node.children, into);
  }
}

/** The title's words, width, case and spacing folded, without a paragraph number before them (`2.6 The committee …`). */
function repeatKey(title: string): string {
  return title.normalize('NFKC').replace(PARAGRAPH_NUMBER, '').replace(NOT_WORD, '').toLowerCase();
}

const PARAGRAPH_NUMBER = /^\s*[0-9]+(?:\.[0-9]+)*\.?\s+/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
