import type { OutlineNode } from './model';
import { readTitleNumber } from './headings/numbering';
import { readsAsProposal } from './rules/proposal-title';

/** Fewer numbered headings than this in a chapter are its topics, whatever they say. */
const LEAST_COMMITMENTS = 2;

/**
 * Party manifestos and 政策集 that state each commitment as a numbered heading of a chapter
 * (`### １）…を廃止する`, `## 2. …を一本化します`) and give its reasons below, with no label over
 * any list. Where nothing in the document is listed as a recommendation (a document that labels
 * its proposals labels them all), the numbered sections of a chapter are its recommendations when
 * most of them state an action (a verb, `…を進める`, or should/べき) rather than name a topic
 * (`支援の拡充`), and none holds sections of its own. Each keeps its number as its label; the
 * proposing sentences of its reasons are no proposals of their own.
 */
export function markCommitmentHeadings(nodes: OutlineNode[]): OutlineNode[] {
  if (holdsRecommendation(nodes)) return nodes;
  markWithin(nodes);
  return nodes;
}

/** Each level of headings on its own: a chapter's, and the steps of a section (`### 進め方` over `#### 2-1. …を定義する`). */
function markWithin(siblings: OutlineNode[]): void {
  markAmong(siblings);
  for (const node of siblings) if (node.kind === 'chapter' || node.kind === 'section') markWithin(node.children);
}

function markAmong(siblings: OutlineNode[]): void {
  const numbered = siblings.filter(node => node.kind === 'section' && readTitleNumber(node.title) !== undefined);
  if (numbered.length < LEAST_COMMITMENTS || numbered.some(node => node.children.some(child => child.kind === 'section'))) return;
  const stating = numbered.filter(node => readsAsProposal(node.title)).length;
  if (stating * 2 <= numbered.length) return;
  for (const node of numbered) headingAsRecommendation(node);
}

/**
 * A numbered heading that states a recommendation becomes it: labelled by its number, and the
 * proposing sentences of the text under it are no proposals of their own.
 */
export function headingAsRecommendation(node: OutlineNode): void {
  node.kind = 'recommendation';
  node.label = node.title.slice(0, readTitleNumber(node.title)!.titleStart).trim();
  node.children = node.children.filter(child => child.kind !== 'prose-recommendation');
}

function holdsRecommendation(nodes: OutlineNode[]): boolean {
  return nodes.some(node => node.kind === 'recommendation' || holdsRecommendation(node.children));
}
