import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { joinWrapped } from './rules/join-wrapped';
import { lowerCaseKeyword, matchLeadingPolicyId, matchPolicyId, mayStartPolicyId, requirementKeyword, type PolicyId } from './rules/policy-id';

/** How far below its id a policy's sentence may start (blank lines between). */
const MAX_GAP = 2;
const HASH = 0x23;

/**
 * A standard's, a baseline's or a control catalogue's numbered policy: an id on a line of its own
 * (`#### XY.MAIL.1.1v1`, `**[REQ-04]**`, `***Control: AB-1234; …***`) and the paragraph under it,
 * or an id that opens its paragraph (`REQ-04: The service SHALL …`, `**LG-1: Title.** Organizations
 * shall …`). The paragraph is the recommendation, when it has a capital SHALL, SHOULD or MUST (in
 * lower case too after a titled id) or its id names itself a control or a requirement; its label
 * names the policy and the keyword. Returns the node, or undefined when line i holds no such id.
 */
export function matchPolicyRequirement(lines: Lines, i: number, first: number): OutlineNode | undefined {
  // Asked of every line: its text is read only when its first character can start an id.
  if (!mayStartPolicyId(first)) return undefined;
  const text = lines.text(i);
  const policy = matchPolicyId(text, first);
  if (policy) return statementUnder(lines, i, policy);
  const leading = matchLeadingPolicyId(text, first);
  if (!leading) return undefined;
  // A practice titled in bold beside its id is stated in its title and the sentences after it.
  const titled = leading.title !== undefined;
  return statement(lines, i, titled ? `${leading.title} ${text.slice(leading.rest)}` : text.slice(leading.rest), { id: leading.id, named: false }, titled);
}

function statementUnder(lines: Lines, i: number, policy: PolicyId): OutlineNode | undefined {
  let j = i + 1;
  while (j < lines.count && j <= i + 1 + MAX_GAP && lines.firstCode(j) < 0) j++;
  if (j >= lines.count || lines.firstCode(j) < 0 || lines.firstCode(j) === HASH) return undefined;
  const text = lines.text(j);
  // `#### REQUIREMENT 3` over `**[REQ-04]** The service SHALL …`: the paragraph's own id is the label's.
  const own = matchLeadingPolicyId(text, lines.firstCode(j));
  return statement(lines, j, own ? text.slice(own.rest) : text, own ? { id: `${policy.id} ${own.id}`, named: policy.named } : policy);
}

/** The paragraph from line j on (its first line's text given), if it states a requirement. */
function statement(lines: Lines, j: number, firstText: string, policy: PolicyId, titled = false): OutlineNode | undefined {
  let last = j;
  let sentence = firstText.trim();
  while (last + 1 < lines.count && lines.firstCode(last + 1) >= 0 && lines.firstCode(last + 1) !== HASH) {
    sentence = joinWrapped(sentence, lines.text(++last).trim());
  }
  const keyword = requirementKeyword(sentence) ?? (titled ? lowerCaseKeyword(sentence) : undefined);
  if (!sentence || (!keyword && !policy.named)) return undefined;
  const node = createNode('recommendation', sentence, lines, j, last);
  node.start += lines.text(j).length - lines.text(j).trimStart().length;
  node.label = keyword ? `${policy.id} ${keyword}` : policy.id;
  return node;
}
