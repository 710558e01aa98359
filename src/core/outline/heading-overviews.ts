import type { OutlineNode } from './model';
import { bareTitle } from './rules/recommendation-heading';

/**
 * `| 基本方針 | 施策 |` over `| １ … | （１）普及啓発の推進 |`: a plan's overview of its measures (施策体系)
 * names, by their titles, the parts that set them out further on. Recommendations whose titles are
 * the titles of headings after them are that overview's entries, no recommendations of their own:
 * they become items, still shown where they are. Two at least under one label, so that a heading
 * that happens to restate one proposal leaves it alone.
 */
export function markHeadingOverviews(nodes: OutlineNode[]): void {
  const headingNodes: OutlineNode[] = [];
  const recommendations: OutlineNode[] = [];
  collect(nodes, headingNodes, recommendations);
  if (recommendations.length < LEAST_NAMED || !headingNodes.length) return;
  // Titles are made bare only where there are recommendations to compare (most outlines at a keystroke have few).
  const headings = new Map<string, number>();
  for (const node of headingNodes) {
    const title = bareTitle(node.title);
    if (title) headings.set(title, node.line);
  }
  const byEnding = headingsByEnding(headings);
  const byLabel = new Map<string, OutlineNode[]>();
  for (const node of recommendations) {
    const heading = headingNamed(bareTitle(node.title), headings, byEnding);
    if (heading === undefined || heading <= node.line) continue;
    const key = node.label ?? '';
    const named = byLabel.get(key);
    if (named) named.push(node);
    else byLabel.set(key, [node]);
  }
  for (const named of byLabel.values()) if (named.length >= LEAST_NAMED) for (const node of named) node.kind = 'item';
}

const LEAST_NAMED = 2;

/**
 * The line of the heading titled so, or ending so (`普及啓発の推進` for `食品ロス削減に関する普及啓発の
 * 推進`: an overview names a part by the short end of its title), if any.
 */
function headingNamed(title: string, headings: ReadonlyMap<string, number>, byEnding: ReadonlyMap<string, string[]>): number | undefined {
  const exact = headings.get(title);
  if (exact !== undefined || title.length < SHORTEST_ENDING) return exact;
  const longer = byEnding.get(title.slice(-SHORTEST_ENDING))?.find(heading => heading.endsWith(title));
  return longer === undefined ? undefined : headings.get(longer);
}

/** An ending shorter than this names no heading: `の推進` ends too many. */
const SHORTEST_ENDING = 5;

/** The headings' titles by their last characters, so that an ending is compared with few. */
function headingsByEnding(headings: ReadonlyMap<string, number>): Map<string, string[]> {
  const byEnding = new Map<string, string[]>();
  for (const title of headings.keys()) {
    if (title.length < SHORTEST_ENDING) continue;
    const ending = title.slice(-SHORTEST_ENDING);
    const titles = byEnding.get(ending);
    if (titles) titles.push(title);
    else byEnding.set(ending, [title]);
  }
  return byEnding;
}

/** The chapters and sections, and the recommendations, in order. */
function collect(nodes: readonly OutlineNode[], headings: OutlineNode[], recommendations: OutlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'chapter' || node.kind === 'section') {
      headings.push(node);
    } else if (node.kind === 'recommendation') {
      recommendations.push(node);
    }
    collect(node.children, headings, recommendations);
  }
}
