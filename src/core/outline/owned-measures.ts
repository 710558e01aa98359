import type { Lines } from './lines';
import type { OutlineKind, OutlineNode } from './model';
import { createNode, placeWithin } from './tree';
import { paragraphEnd } from './recommending-paragraphs';
import { joinWrapped, withoutEmphasis } from './rules/join-wrapped';
import { matchListItem } from './rules/list-item';
import { boldLineText } from './headings/candidates';

/**
 * `**（１）住宅・建築物の耐震化の促進【建築指導課】**` over its `・…を促進する。` points: a Japanese local
 * government's plan (a resilience plan, a comprehensive plan's programme) names after each of its
 * measures the department in charge. Each measure so titled is one recommendation, with the points
 * listed under it, labelled by its department; what was read inside it (the points as items or
 * recommendations of a label's) is its own. A measure listed again under another heading
 * (`（再掲）`) restates one: an item, its points no recommendations. Read only where LEAST_MEASURES
 * measures name their department.
 */
export function markOwnedMeasures(nodes: OutlineNode[], lines: Lines, isFurniture: (i: number) => boolean): OutlineNode[] {
  if (!DEPARTMENT_CLOSE.test(lines.source)) return nodes;
  const found = findOwnedMeasures(lines, isFurniture);
  if (found.filter(measure => !measure.restated).length < LEAST_MEASURES) return nodes;
  for (const measure of found) {
    const chapter = nodes.find(node => node.kind === 'chapter' && node.line <= measure.first + 1 && measure.last + 1 <= node.endLine);
    if (!chapter) continue;
    const node = createNode(measure.restated ? 'item' : 'recommendation', measure.title, lines, measure.first, measure.last);
    node.label = measure.department;
    placeWithin(chapter, node, READ_INSIDE);
  }
  return nodes;
}

interface OwnedMeasure {
  /** 0-based first and last line. */
  first: number;
  last: number;
  title: string;
  department: string;
  restated: boolean;
}

const READ_INSIDE: ReadonlySet<OutlineKind> = new Set(['item', 'prose-recommendation', 'recommendation']);
const LEAST_MEASURES = 3;

function findOwnedMeasures(lines: Lines, isFurniture: (i: number) => boolean): OwnedMeasure[] {
  const found: OwnedMeasure[] = [];
  for (let i = 0; i < lines.count; i++) {
    const last = lines.lastCode(i);
    if (!TITLE_ENDS.has(last)) continue;
    const bullet = matchListItem(lines.text(i), lines.firstCode(i));
    const owned = OWNED_TITLE.exec(withoutEmphasis((bullet ? bullet.text : lines.text(i).replace(HEADING_MARKS, '')).trim()));
    if (!owned) continue;
    const department = owned[2] ?? owned[3];
    if (!department.split(DEPARTMENT_SEPARATORS).every(name => DEPARTMENT.test(name))) continue;
    // A listed measure (`● こども会議の開催\u3000\u3000（こども政策課）`) runs on in the lines set under it.
    const end = pointsEnd(lines, bullet ? paragraphEnd(lines, i, isFurniture) : i, isFurniture);
    let title = owned[0];
    for (let j = i + 1; j <= end; j++) if (!isFurniture(j) && lines.firstCode(j) >= 0) title = joinWrapped(title, lines.text(j).trim());
    found.push({ first: i, last: end, title, department, restated: RESTATED.test(owned[0]) });
    i = end;
  }
  return found;
}

/** The last line of the points listed under a measure's title on line i (blank lines and a page's furniture between them). */
function pointsEnd(lines: Lines, i: number, isFurniture: (i: number) => boolean): number {
  let last = i;
  for (let j = i + 1; j < lines.count; j++) {
    if (lines.firstCode(j) < 0 || isFurniture(j)) continue;
    // The next measure's title, or a scenario's in bold (`**1-2\u3000…**`), is no point of this one.
    const item = matchListItem(lines.text(j), lines.firstCode(j));
    if (boldLineText(lines.text(j)) !== undefined || !item || OWNED_TITLE.test(item.text.trim())) break;
    last = paragraphEnd(lines, j, isFurniture);
    j = last;
  }
  return last;
}

/**
 * A measure's title, short and no sentence, closed by the department in brackets (`（１）…の促進【建築指導課・消防本部】`)
 * or in parentheses set apart at the line's end (`● こども会議の開催\u3000\u3000（こども政策課）`), and a mark that it is listed again.
 */
const OWNED_TITLE = /^([^。]{2,60}?)\s*(?:【([^【】]{2,40})】|[（(]([^（）()【】]{2,40})[）)])\s*(?:[(（]再掲[)）])?$/;
/** `（再掲）` before the department or after it. */
const RESTATED = /[(（]再掲[)）]/;
/** How a municipality's department or office is named at its end: `建築指導課`, `危機管理室`, `消防本部`, `子育て支援センター`. */
const DEPARTMENT_ENDS = '(?:課|部|室|局|本部|センター|事務所)';
const DEPARTMENT = new RegExp(`^[^\\s、。]{1,20}${DEPARTMENT_ENDS}$`);
const DEPARTMENT_SEPARATORS = /[・、，,／/]/;
/** Where a department closes a title: `…課】`, `…部）`. */
const DEPARTMENT_CLOSE = new RegExp(`${DEPARTMENT_ENDS}[】）)]`);
/** The characters a measure's title line ends with: its bracket, or the bold marks around it. */
const TITLE_ENDS = new Set([0x3011, 0xff09, 0x29, 0x2a, 0x5f]); // 】 ） ) * _
const HEADING_MARKS = /^\s*#{1,6}\s+/;
