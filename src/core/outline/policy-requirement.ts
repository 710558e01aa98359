import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { joinWrapped } from './rules/join-wrapped';
import { matchPolicyId, mayStartPolicyId, requirementKeyword } from './rules/recommendation-marker';

/** How far below its id a policy's sentence may start (blank lines between). */
const MAX_GAP = 2;

/**
 * A configuration baseline's or a standard's numbered policy: `#### MS.EXO.1.1v1` followed by one
 * sentence with a capital SHALL, SHOULD or MUST. The sentence is the recommendation; its label
 * names the policy and the keyword. Returns the node, or undefined when line i is not such an id.
 */
export function matchPolicyRequirement(lines: Lines, i: number, first: number): OutlineNode | undefined {
  // Asked of every line: its text is read only when its first character can start an id.
  const id = mayStartPolicyId(first) ? matchPolicyId(lines.text(i), first) : undefined;
  if (!id) return undefined;
  let j = i + 1;
  while (j < lines.count && j <= i + 1 + MAX_GAP && lines.firstCode(j) < 0) j++;
  if (j >= lines.count || lines.firstCode(j) < 0 || lines.firstCode(j) === 0x23 /* # */) return undefined;
  let last = j;
  let sentence = lines.text(j).trim();
  while (last + 1 < lines.count && lines.firstCode(last + 1) >= 0 && lines.firstCode(last + 1) !== 0x23) {
    sentence = joinWrapped(sentence, lines.text(++last).trim());
  }
  const keyword = requirementKeyword(sentence);
  if (!keyword) return undefined;
  const node = createNode('recommendation', sentence, lines, j, last);
  node.start += lines.text(j).length - lines.text(j).trimStart().length;
  node.label = `${id} ${keyword}`;
  return node;
}
