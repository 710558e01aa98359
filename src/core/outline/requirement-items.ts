import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { joinWrapped } from './rules/join-wrapped';
import { matchListItem, indentOf } from './rules/list-item';
import { requirementKeyword } from './rules/policy-id';

/**
 * Standards, protocol specifications and baselines that declare the capital key words of BCP 14
 * (`The key words "MUST", "MUST NOT", … are to be interpreted as described in RFC 2119`) state
 * their requirements in those words, often as the items of a list (`* Implementations MUST NOT
 * negotiate SSL version 3.`, its rationale indented under it). In such a text a list item whose
 * sentence holds one (not `MAY`, which permits) is a recommendation wherever it stands, its
 * keyword the label, with the lines that continue it; an item a block already took stays as it
 * was, and the proposing sentences inside it are part of it. A text that does not declare them
 * (one file of a standard kept a criterion to a file, `## Requirements` over its `* The codebase
 * MUST …` items) shows it writes in them where one list states two requirements or more.
 */
export function markRequirementItems(nodes: OutlineNode[], lines: Lines): OutlineNode[] {
  const declared = declaresKeyWords(lines.source);
  // Without the declaration (a standard split into a file per criterion declares its words once,
  // elsewhere), a list that states two requirements or more in them shows the text writes in them.
  if (!declared && !lines.source.includes('MUST') && !lines.source.includes('SHALL') && !lines.source.includes('SHOULD')) return nodes;
  const found = requirementItems(lines);
  const lists = new Map<number, number>();
  for (const item of found) lists.set(item.list, (lists.get(item.list) ?? 0) + 1);
  for (const item of found) {
    if (!declared && lists.get(item.list)! < LEAST_UNDECLARED_REQUIREMENTS) continue;
    const node = createNode('recommendation', item.sentence, lines, item.first, item.last);
    node.start += item.offset;
    node.label = item.keyword;
    place(nodes, node);
  }
  return nodes;
}

/** In a text that does not declare its key words, the requirements one list must state (see markRequirementItems). */
const LEAST_UNDECLARED_REQUIREMENTS = 2;

interface RequirementItem {
  first: number;
  last: number;
  offset: number;
  sentence: string;
  keyword: string;
  /** The run of list items it stands in: a line of text or a heading between items starts another. */
  list: number;
}

/** The list items of the text whose sentence states a requirement in a capital key word. */
function requirementItems(lines: Lines): RequirementItem[] {
  const found: RequirementItem[] = [];
  let list = 0;
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first < 0) continue;
    const item = matchListItem(lines.text(i), first);
    if (!item?.text) {
      list++;
      continue;
    }
    const { sentence, last } = itemExtent(lines, i, item.text);
    const keyword = STATES_REQUIREMENT.test(sentence) ? requirementKeyword(sentence) : undefined;
    if (keyword) found.push({ first: i, last, offset: item.offset, sentence, keyword, list });
    i = last;
  }
  return found;
}

/**
 * A key word used as one: after its subject and before its verb (`Implementations MUST NOT
 * negotiate …`, `keys MUST be changed`), or as what something is (`is RECOMMENDED`). A change log
 * that names the words (`from SHOULD NOT to MUST NOT`, `a MUST-level requirement`) requires nothing.
 */
const STATES_REQUIREMENT = /[\w)\]}]\s+(?:MUST|SHALL|SHOULD)(?:\s+NOT)?\s+(?!to\b|level\b)[a-z]|\b(?:is|are|be)\s+(?:NOT\s+)?(?:RECOMMENDED|REQUIRED)\b/;

/** A text declares its key words before it uses them, near its start: only that far is read. */
function declaresKeyWords(source: string): boolean {
  const opening = source.length > DECLARATION_REACH ? source.slice(0, DECLARATION_REACH) : source;
  return opening.includes(KRAMDOWN_BOILERPLATE) || ((opening.includes('2119') || opening.includes('BCP')) && KEY_WORDS_DECLARED.test(opening));
}

const DECLARATION_REACH = 100_000;

/** `The key words "MUST", … in this document are to be interpreted as described in BCP 14 / RFC 2119`. */
const KEY_WORDS_DECLARED = /key\s*words[^.]{0,300}?\b(?:BCP\s*14|RFC\s*2119|RFC\s*8174)\b|\b(?:BCP\s*14|RFC\s*2119)\b[^.]{0,200}?key\s*words/i;
/** The same paragraph as the Markdown source of an Internet-Draft asks for it (kramdown-rfc). */
const KRAMDOWN_BOILERPLATE = '{::boilerplate bcp14';

/**
 * The item's sentence (its first paragraph, wrapped lines joined) and its last line: the lines that
 * go on under it, past blank lines, while they are indented deeper than its marker.
 */
function itemExtent(lines: Lines, i: number, text: string): { sentence: string; last: number } {
  const marker = indentOf(lines.text(i));
  let sentence = text.trim();
  let last = i;
  let inFirstParagraph = true;
  for (let j = i + 1; j < lines.count; j++) {
    const first = lines.firstCode(j);
    if (first < 0) {
      inFirstParagraph = false;
      continue;
    }
    const line = lines.text(j);
    if (matchListItem(line, first) || line.trimStart().startsWith('#')) break;
    if (!inFirstParagraph && indentOf(line) <= marker) break;
    if (inFirstParagraph) sentence = joinWrapped(sentence, line.trim());
    last = j;
  }
  return { sentence, last };
}

/**
 * Sets the node among the nodes that hold its text, in order. It goes in only where no node of
 * the outline other than a chapter, a section or a proposing sentence covers any of its text.
 */
function place(siblings: OutlineNode[], node: OutlineNode): void {
  const holder = siblings.find(other => other.start <= node.start && node.end <= other.end && isContainer(other));
  if (holder) {
    place(holder.children, node);
    return;
  }
  const overlapping = siblings.filter(other => other.start < node.end && node.start < other.end);
  if (overlapping.some(other => other.kind !== 'prose-recommendation')) return;
  const kept = siblings.filter(other => !overlapping.includes(other));
  const at = kept.findIndex(other => other.start >= node.end);
  kept.splice(at < 0 ? kept.length : at, 0, node);
  siblings.splice(0, siblings.length, ...kept);
}

function isContainer(node: OutlineNode): boolean {
  return node.kind === 'chapter' || node.kind === 'section' || node.kind === 'front-matter';
}
