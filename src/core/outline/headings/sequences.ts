import type { Candidate } from './candidates';
import { COUNTER_WORD_FAMILY, REFERENCE_MATERIALS } from './numbering';
import { findHeadingsAfterFields } from './numbered-fields';

export type HeadingLevel = 'chapter' | 'section';

/**
 * Numbering schemes from the outside in, as documents nest them when they use several
 * (第N章 > 第N節 > 1. > (1) > ①; Chapter > 1. > 1.1; I. > 1.; I. > A.; 第一 > １ > (1); Chapter > Article > 1.). A document's chapters are the outermost
 * scheme that runs through it in order; the schemes inside it are its sections.
 */
const OUTSIDE_IN = ['第章', 'chapter', '第', 'roman', 'bracket', 'article', 'dotted', 'letter', 'bare', 'right-paren', 'kanji', '第節', 'section', 'paren', 'circled'];

/** Schemes that number the divisions of another (parts, articles, clauses): never headings here. */
const IGNORED = new Set(['第部', '第編', '第款', '第項', 'part']);

/** Schemes of the parts a book or white paper groups its chapters in: chapters may count again in each. */
export const PART_FAMILIES = new Set(['第部', '第編', 'part', '別紙第']);

/** Text printed from PDFs indents headings by a space or so at random; contents and lists indent more. */
const NOISE_INDENT = 1;

/** Schemes that name themselves as chapters: one such heading is evidence enough. */
const SELF_NAMED = new Set(['第章', 'chapter']);

/** A heading's level, and its depth: chapters 1, their sections 2, the sections inside those 3 … */
export interface HeadingRank {
  level: HeadingLevel;
  depth: number;
}

/**
 * Decides which numbered lines are headings and at which level: those that continue a sequence
 * (1, 2, 3 …; 3.1 under 3; (1), (2) again under each chapter), not those of a list that runs on
 * consecutive lines, and not a title listed earlier again (a contents or overview before the body).
 * Sections nest as the document nests its schemes (see nestSections).
 */
export function decideHeadings(candidates: Candidate[]): Map<number, HeadingRank> {
  const decided = new Map<number, HeadingRank>();
  const usable = dropRepeatedTitles(dropListRuns(candidates.filter(c => !IGNORED.has(c.family))));
  const appendixTails = new Set<Candidate[]>();
  const tailStarts = new Set<number>();
  const groups = splitAppendixTails(joinContinuedAtOtherIndent(groupBySchemeAndIndent(usable)), appendixTails, tailStarts);
  const byPath = (c: Candidate): HeadingRank => ({ level: c.path.length === 1 ? 'chapter' : 'section', depth: c.path.length });

  const projectChapters = [...groups.values()].filter(g => g[0].level === 'chapter');
  const partChapters = projectChapters.length ? [] : partsAsChapters(candidates, groups);
  let parts = partChapters.length ? [] : partLines(candidates);
  const afterFields = findHeadingsAfterFields(candidates);
  let chapterGroup = projectChapters[0] ?? (partChapters.length ? partChapters : findChapterGroup(groups, parts, afterFields));
  if (!partChapters.length && !projectChapters.length) {
    const joined = findJoinedTexts(groups, parts);
    if (joined && (!chapterGroup || nestsInBody(chapterGroup, joined.group))) [chapterGroup, parts] = [joined.group, joined.starts];
  }
  // A scheme that runs inside one heading of another nests in it, whatever their usual order; one
  // that starts only inside an appendix numbers the attached document's parts.
  const enclosed = chapterGroup && !partChapters.length && !projectChapters.length ? chapterGroup : undefined;
  const enclosing = enclosed && !parts.length ? enclosingScheme(enclosed, groups) ?? schemeBeforeAttachment(enclosed, groups) : undefined;
  if (enclosing) chapterGroup = enclosing;
  const chapters = chapterGroup ? chainAcrossParts(chapterGroup, parts, chapterGroup[0].level || afterFields.has(chapterGroup[0]) ? 1 : leastChapters(chapterGroup)) : [];
  for (const c of chapters) decided.set(c.line, byPath(c));
  if (!chapters.length) for (const c of sectionsOnly(groups)) decided.set(c.line, { level: 'chapter', depth: 1 });
  const chapterFamily = chapterGroup?.[0].family;
  // Appendices are chapters beside numbered chapters (or alone).
  const appendixGroup = chapterFamily === 'appendix' ? undefined : [...groups.values()].find(g => g[0].family === 'appendix' && isFlush(g[0])) ?? appendicesSetApart(groups);
  // So are the reference materials numbered after the body (`参考資料１`) where the body's numbers
  // start again inside them, as divisions of their own; a part that names them all (`参考資料`) holds them otherwise.
  const materialGroup = chapterFamily === REFERENCE_MATERIALS ? undefined : [...groups.values()].find(g => g[0].family === REFERENCE_MATERIALS && isFlush(g[0]) && g.some(c => tailStarts.has(c.line)));
  // An attachment's heading before the body's last chapter (`【参考】他県の例` between `第３` and
  // `第４`, as an audit report sets a reference box inside a chapter) attaches nothing to the document.
  const insideBody = (c: Candidate) => chapters.length > 0 && chapters[0].line < c.line && c.line < chapters[chapters.length - 1].line;
  for (const attached of [appendixGroup, materialGroup]) {
    if (attached) for (const c of chainOf(attached.filter(c => !insideBody(c)), 1)) decided.set(c.line, byPath(c));
  }

  const chapterLines = [...decided.keys()].filter(line => decided.get(line)!.level === 'chapter').sort((a, b) => a - b);
  const chapterNumbers = new Map(chapters.filter(c => c.path.length === 1).map(c => [c.line, c.path[0]]));
  const inner: Candidate[][] = [];
  const decimals: Candidate[][] = [];
  for (const group of groups.values()) {
    const family = group[0].family;
    if (appendixTails.has(group)) {
      inner.push(group);
      continue;
    }
    if (family === chapterFamily || ATTACHED_FAMILIES.has(family) || (group[0].level === 'chapter')) continue;
    if ((family === 'dotted' || family.startsWith(COUNTER_WORD_FAMILY)) && group.every(c => c.path.length > 1)) {
      decimals.push(group);
      continue;
    }
    // `1.1`, `1.2` … `6.2` with a stray `4.` among them (a question of the terms of reference):
    // the decimals are the sections, the lone number a list's.
    const decimal = family === 'dotted' ? group.filter(c => c.path.length > 1) : [];
    if (decimal.length >= LEAST_DECIMALS_PER_STRAY * (group.length - decimal.length) && chainOf(group.filter(c => c.path.length === 1), 2).length === 0) {
      decimals.push(decimal);
      continue;
    }
    if (group[0].level !== 'section' && rank(family) <= rank(chapterFamily) && !(enclosing && group === enclosed)) continue;
    inner.push(group);
  }
  // Decimals go under the scheme whose numbers they carry: the chapters, or a scheme of sections.
  const underSections = new Map<string, Candidate[][]>();
  for (const group of decimals) {
    const owner = decimalsOwner(group, chapters, inner);
    if (owner === undefined) {
      for (const c of subsectionsUnder(group, chapterLines, chapterNumbers)) decided.set(c.line, byPath(c));
    } else {
      underSections.set(owner, [...(underSections.get(owner) ?? []), group]);
    }
  }
  let depth = Math.max(1, ...[...decided.values()].map(r => r.depth));
  for (const sections of nestSections(inner, chapterLines)) {
    depth++;
    for (const c of sections) decided.set(c.line, { level: 'section', depth });
    const owned = sections.length ? underSections.get(sections[0].family) : undefined;
    if (!owned) continue;
    const boundaries = [...chapterLines, ...sections.map(c => c.line)].sort((a, b) => a - b);
    const numbers = new Map(sections.map(c => [c.line, c.path[0]]));
    const parentDepth = depth;
    for (const group of owned) {
      for (const c of subsectionsUnder(group, boundaries, numbers)) {
        decided.set(c.line, { level: 'section', depth: parentDepth + c.path.length - 1 });
        depth = Math.max(depth, parentDepth + c.path.length - 1);
      }
    }
  }
  addRepeatedSectionTitles(usable, decided);
  return decided;
}

/**
 * `（2）問題点の改善に向けた方策` in a chapter that has no `（1）` before it: a section whose title
 * and number stand as headings at one depth in two or more other chapters is a heading too, though
 * its sequence does not run here (a self-evaluation's or a council's report repeats its sections'
 * titles in each chapter and leaves out one that has nothing to say).
 */
function addRepeatedSectionTitles(usable: Candidate[], decided: Map<number, HeadingRank>): void {
  const headings = new Map<string, Candidate[]>();
  for (const c of usable) {
    if (decided.get(c.line)?.level !== 'section') continue;
    const same = headings.get(c.key);
    if (same) same.push(c);
    else headings.set(c.key, [c]);
  }
  for (const c of usable) {
    if (decided.has(c.line)) continue;
    const twins = headings.get(c.key)?.filter(h => sameNumber(h, c));
    if (!twins || twins.length < LEAST_REPEATED_SECTIONS) continue;
    const depth = decided.get(twins[0].line)!.depth;
    if (twins.every(t => decided.get(t.line)!.depth === depth)) decided.set(c.line, { level: 'section', depth });
  }
}

const LEAST_REPEATED_SECTIONS = 2;

/**
 * The scheme of sections whose headings the decimal subsections continue (`1  Scope` then `1.1`,
 * `2  Terms` then `2.1`, inside chapters or parts named `第1章`), as white papers and discussion
 * papers number within their parts; undefined where the chapters are their parents (`第2章` then
 * `2.1`) or nothing tells. A scheme is the parent where each first subsection (`n.1`) follows a
 * heading of it numbered n more often than it follows a chapter numbered n.
 */
function decimalsOwner(decimals: Candidate[], chapters: Candidate[], inner: Candidate[][]): string | undefined {
  const heads = [...chapters.filter(c => c.path.length === 1), ...inner.flat().filter(c => c.path.length === 1)].sort((a, b) => a.line - b.line);
  const chapterLines = new Set(chapters.map(c => c.line));
  const votes = new Map<string, number>();
  let k = 0;
  for (const d of decimals) {
    if (d.path.length !== 2 || d.path[1] !== 1) continue;
    while (k < heads.length && heads[k].line < d.line) k++;
    const parent = heads[k - 1];
    if (!parent || parent.path[0] !== d.path[0]) continue;
    const key = chapterLines.has(parent.line) ? '' : parent.family;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = Math.max(1, votes.get('') ?? 0);
  for (const [family, count] of votes) {
    if (family && count > most) [best, most] = [family, count];
  }
  return best;
}

/**
 * The sections of the inner schemes, outermost first. A scheme is inside another where its
 * numbering starts again after the other's headings (第1節 > 1 > (1) in one council report, (1) > 1
 * in another), and by the usual nesting (OUTSIDE_IN) where the text does not tell. A scheme then
 * counts 1, 2 … again under each heading of the schemes outside it, where one heading alone is
 * enough once the scheme has shown itself as headings elsewhere in the text.
 */
function nestSections(groups: Candidate[][], chapterLines: number[]): Candidate[][] {
  const found = groups.map(group => ({ group, sections: sectionsUnder(group, chapterLines, 2) })).filter(f => f.sections.length > 0);
  found.sort((a, b) => restartsAfter(a.sections, b.sections, chapterLines) - restartsAfter(b.sections, a.sections, chapterLines) || rank(a.group[0].family) - rank(b.group[0].family));
  const nested: Candidate[][] = [];
  const boundaries = [...chapterLines];
  for (const { group } of found) {
    const sections = sectionsUnder(group, [...boundaries].sort((a, b) => a - b), 1);
    nested.push(sections);
    boundaries.push(...sections.map(c => c.line));
  }
  return nested;
}

/** How often `inner` starts again at 1 right after a heading of `outer` (no other heading, nor a chapter, between). */
function restartsAfter(inner: Candidate[], outer: Candidate[], chapterLines: number[]): number {
  const outerLines = new Set(outer.map(c => c.line));
  const innerFirsts = new Set(inner.filter(c => c.path[0] === 1).map(c => c.line));
  const lines = [...inner.map(c => c.line), ...outer.map(c => c.line), ...chapterLines].sort((a, b) => a - b);
  let count = 0;
  for (let k = 1; k < lines.length; k++) if (innerFirsts.has(lines[k]) && outerLines.has(lines[k - 1])) count++;
  return count;
}

function rank(family: string | undefined): number {
  if (family !== undefined && PART_FAMILIES.has(family)) return -1;
  const at = family === undefined ? -1 : OUTSIDE_IN.indexOf(family);
  return at < 0 ? OUTSIDE_IN.length : at;
}

/**
 * Lines of one scheme on consecutive lines are a list (or a contents), not headings, unless the
 * second opens the first's subsections (see opensUnder); lettered
 * lines with no more than a blank line between them are the options of a question (`A. Yes`,
 * `B. No`), a heading having its text under it, or after it on its line (`A. Purpose. This …`).
 */
function dropListRuns(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c, k) => {
    const before = candidates[k - 1];
    const after = candidates[k + 1];
    const gap = c.family === 'letter' && !c.runsIn ? 2 : 1;
    const adjacent = (o: Candidate | undefined) => o !== undefined && o.family === c.family && Math.abs(o.line - c.line) <= gap;
    return (!adjacent(before) || opensUnder(before, c)) && (!adjacent(after) || opensUnder(c, after));
  });
}

/**
 * `1. Factual Information` over `1.1 History of the Flight` on the next line: a heading and its
 * first subsection, as text extracted from PDF sets them without a blank line, are no list.
 */
function opensUnder(parent: Candidate, child: Candidate): boolean {
  const depth = parent.path.length;
  return child.path.length === depth + 1 && child.path[depth] === 1 && samePrefix(parent.path, child.path, depth);
}

/**
 * A numbered title that comes again later, in the part of the text before the first repetition,
 * belongs to a contents or an overview: the later one is the heading. Repetitions after that
 * point (texts joined one after another) are headings each. A title that stands again under
 * another heading of an outer scheme (`（１）現状と課題` under `１．…`, then under `２．…`, as a
 * council's report repeats its sections' titles) is no overview's: both are headings.
 */
function dropRepeatedTitles(candidates: Candidate[]): Candidate[] {
  const seen = new NumberedTitles();
  const firstRepeat = candidates.findIndex(c => !seen.add(c));
  if (firstRepeat < 0) return candidates;
  const later = new NumberedTitles();
  const indexes = new Map<Candidate, number>();
  for (let k = firstRepeat; k < candidates.length; k++) {
    later.add(candidates[k]);
    indexes.set(candidates[k], k);
  }
  return candidates.filter((c, k) => {
    if (k >= firstRepeat) return true;
    const repeat = later.find(c);
    if (!repeat) return true;
    const outer = outerHeadings(candidates, k);
    const repeatOuter = outerHeadings(candidates, indexes.get(repeat)!);
    if (outer.length === 0 || repeatOuter.length === 0) return false;
    return outer[0].key !== repeatOuter[0].key || outer.some(o => repeatOuter.some(r => r.family === o.family && r.key !== o.key));
  });
}

/**
 * The nearest candidates before the k-th of each other scheme, nearest first: the headings it
 * stands under. Two of them (`（１）長所・特色` under `２．点検・評価`, then again under `２．点検・評価` of
 * the next `第２章`, as a self-evaluation repeats its sections in each chapter) stand under other
 * headings where any outer heading differs, not only the nearest.
 */
function outerHeadings(candidates: Candidate[], k: number): Candidate[] {
  const families = [candidates[k].family];
  const outer: Candidate[] = [];
  for (let j = k - 1; j >= 0 && outer.length < MAX_OUTER_SCHEMES; j--) {
    if (families.includes(candidates[j].family)) continue;
    families.push(candidates[j].family);
    outer.push(candidates[j]);
  }
  return outer;
}

const MAX_OUTER_SCHEMES = 3;

/**
 * Numbered titles by their text, each with its scheme and number: no key string is made for a
 * candidate, and a title is compared with the few others of the same text.
 */
class NumberedTitles {
  private readonly byTitle = new Map<string, Candidate[]>();

  /** Adds the candidate; false when one of the same scheme, number and title is there already. */
  add(candidate: Candidate): boolean {
    const same = this.byTitle.get(candidate.key);
    if (!same) {
      this.byTitle.set(candidate.key, [candidate]);
      return true;
    }
    if (same.some(other => sameNumber(other, candidate))) return false;
    same.push(candidate);
    return true;
  }

  /** The first one added of the same scheme, number and title. */
  find(candidate: Candidate): Candidate | undefined {
    return this.byTitle.get(candidate.key)?.find(other => sameNumber(other, candidate));
  }
}

function sameNumber(a: Candidate, b: Candidate): boolean {
  return a.family === b.family && a.path.length === b.path.length && samePrefix(a.path, b.path, a.path.length);
}

/** Flush left but for the noise of print, or listed by the contents wherever the page set it. */
function isFlush(c: Candidate): boolean {
  return c.column <= NOISE_INDENT || c.listed === true;
}

function groupBySchemeAndIndent(candidates: Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.family} ${isFlush(c) ? 0 : 1}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/** Families that head what a document attaches: appendices, and the reference materials numbered after the body (`参考資料１`). */
const ATTACHED_FAMILIES = new Set(['appendix', REFERENCE_MATERIALS]);

/**
 * A letter or report whose body counts `１．`…`６．` and whose `別紙２` (`Appendix B`) counts `１．`
 * again: the numbers inside the appendix are its own sections, and do not break the body's
 * chapters. Each group's candidates from the first that starts again at 1 after an appendix's
 * heading go into a group of their own (added to `tails`), read as sections; that heading's line
 * goes into `tailStarts`.
 */
function splitAppendixTails(groups: Map<string, Candidate[]>, tails: Set<Candidate[]>, tailStarts: Set<number>): Map<string, Candidate[]> {
  const starts = [...groups.values()].filter(g => ATTACHED_FAMILIES.has(g[0].family) && isFlush(g[0])).map(g => g[0].line);
  if (!starts.length) return groups;
  for (const [key, group] of [...groups]) {
    if (ATTACHED_FAMILIES.has(group[0].family)) continue;
    // `別紙` over the body's `１．`…`７．`, then `参考資料１` counting `１．` again: the first
    // attachment heading after the group's first line starts its tail.
    const start = starts.find(line => line > group[0].line);
    if (start === undefined) continue;
    const cut = group.findIndex(c => c.line > start && c.path.length === 1 && c.path[0] === 1);
    if (cut <= 0) continue;
    const tail = group.slice(cut);
    groups.set(key, group.slice(0, cut));
    groups.set(`${key} appendix`, tail);
    tails.add(tail);
    tailStarts.add(start);
  }
  return groups;
}

/**
 * Text printed from PDFs with their layout (facing pages with other margins, centred headings)
 * may set a sequence's later headings at another indentation than its first: `     II.  …` on
 * one page, `III.  …` flush on the next. A group at one indentation whose first heading goes on
 * with the numbers of the other's, after its last heading, joins it.
 */
function joinContinuedAtOtherIndent(groups: Map<string, Candidate[]>): Map<string, Candidate[]> {
  for (const [key, flush] of groups) {
    if (!key.endsWith(' 0')) continue;
    const indentedKey = `${key.slice(0, -2)} 1`;
    const indented = groups.get(indentedKey);
    if (!indented) continue;
    const [earlier, later] = flush[0].line < indented[0].line ? [flush, indented] : [indented, flush];
    const lastTop = [...earlier].reverse().find(c => c.path.length === 1);
    const firstTop = later.find(c => c.path.length === 1);
    if (!lastTop || !firstTop || firstTop.line < earlier[earlier.length - 1].line || firstTop.path[0] !== lastTop.path[0] + 1) continue;
    groups.set(key, [...earlier, ...later].sort((a, b) => a.line - b.line));
    groups.delete(indentedKey);
  }
  return groups;
}

/**
 * `第１部`, `第２部` … (`Part I`, `Part II`) in a text that names no chapters (`第N章`, `Chapter N`):
 * a guideline or plan divided into parts only, whose parts are its chapters, the outermost
 * scheme, with the numbered headings inside them as sections. Part numbers a few lines apart
 * belong to a contents or a table that lists the parts, not to their headings.
 */
function partsAsChapters(candidates: Candidate[], groups: Map<string, Candidate[]>): Candidate[] {
  if ([...groups.values()].some(g => SELF_NAMED.has(g[0].family))) return [];
  const parts = candidates.filter(isPartHeading);
  const apart = parts.filter((c, k) => !(k > 0 && c.line - parts[k - 1].line <= LISTED_PARTS_GAP) && !(k + 1 < parts.length && parts[k + 1].line - c.line <= LISTED_PARTS_GAP));
  return chainOf(dropRepeatedTitles(apart), 2);
}

/** Lines this close hold a listing of the parts, not the parts' headings. */
const LISTED_PARTS_GAP = 3;

/** The lines of the parts' headings (`第1部`, `Part II`), at the margin or centred. */
function partLines(candidates: Candidate[]): number[] {
  return candidates.filter(isPartHeading).map(c => c.line);
}

/**
 * A part's heading at the margin, or centred on its page (`          第Ⅱ部 各論`, as a council's
 * report printed with its layout sets a part's title page): short, and well in; or its number
 * alone there, its title centred under it however long (`PART III` over `STATUS OF …`).
 */
function isPartHeading(c: Candidate): boolean {
  return PART_FAMILIES.has(c.family) && c.path.length === 1 && (c.column <= NOISE_INDENT || (c.column >= CENTRED_INDENT && (c.titleLine !== undefined || c.text.length <= LONGEST_CENTRED_PART)));
}

const CENTRED_INDENT = 10;
const LONGEST_CENTRED_PART = 30;

/**
 * The outermost scheme whose top level runs in order through the text without starting again,
 * except in a new part (第1部 第1章 第2章 第2部 第1章 …). Two headings make a sequence, or one
 * that continues a record's numbered fields (see numbered-fields.ts).
 */
function findChapterGroup(groups: Map<string, Candidate[]>, parts: number[], afterFields: Set<Candidate>): Candidate[] | undefined {
  const ordered = [...groups.values()]
    .filter(g => g[0].family !== 'appendix' && !g[0].level)
    .sort((a, b) => rank(a[0].family) - rank(b[0].family) || a[0].column - b[0].column);
  for (const group of ordered) {
    const top = group.filter(c => c.path.length === 1);
    const chain = chainAcrossParts(group, parts, 1).filter(c => c.path.length === 1);
    const least = chain.length > 0 && afterFields.has(chain[0]) ? 1 : leastChapters(group);
    if (restartsWithinParts(top, parts) === 0 && chain.length >= least) return group;
  }
  const appendices = [...groups.values()].find(g => g[0].family === 'appendix' && isFlush(g[0]));
  return appendices && chainOf(appendices, 1).length >= 2 ? appendices : undefined;
}

/**
 * `A.  Introduction` … `C.  Main areas of concern and recommendations`, then `1.  General measures`
 * … `11.  …`, then `D.  Ratification …`: the scheme taken for chapters runs wholly inside one
 * heading of another scheme that runs in order before and after it, set no further in. That
 * scheme is the chapters and the first its sections (a UN treaty body's concluding observations
 * letter their parts and number the clusters of one part), though schemes usually nest the other
 * way (`1.` > `A.`).
 */
function enclosingScheme(inner: Candidate[], groups: Map<string, Candidate[]>): Candidate[] | undefined {
  const top = inner.filter(c => c.path.length === 1);
  // `第2章` and `Chapter 2` name themselves chapters: nothing encloses them.
  if (!top.length || SELF_NAMED.has(inner[0].family)) return undefined;
  const first = top[0].line;
  const last = top[top.length - 1].line;
  for (const group of groups.values()) {
    if (group === inner || group[0].family === inner[0].family || group[0].family === 'appendix' || group[0].level || group[0].column > top[0].column) continue;
    const chain = chainOf(group, 1);
    if (chain.length < LEAST_ENCLOSING_HEADINGS) continue;
    const before = chain.filter(c => c.line < first).length;
    const after = chain.filter(c => c.line > last).length;
    if (before > 0 && after > 0 && before + after === chain.length) return group;
  }
  return undefined;
}

/**
 * `1.  概要`, `2.  …`, `3.  今後の予定`, then `別添` and the attached guideline's own `第１章` … `第６章`: the
 * scheme taken for chapters starts only after an appendix heading, where another scheme counted
 * two headings or more in order before it. That one is the text's chapters; the appendix holds
 * the attached document, its chapters inside it (a ministry's result of a public consultation,
 * the revised guideline attached).
 */
function schemeBeforeAttachment(attached: Candidate[], groups: Map<string, Candidate[]>): Candidate[] | undefined {
  const first = attached.find(c => c.path.length === 1)?.line;
  const appendix = [...groups.values()].find(g => g[0].family === 'appendix' && isFlush(g[0]))?.find(c => first !== undefined && c.line < first);
  if (!appendix) return undefined;
  for (const group of groups.values()) {
    if (group === attached || group[0].family === 'appendix' || group[0].level) continue;
    const chain = chainOf(group, 1);
    if (chain.length >= 2 && chain[chain.length - 1].line < appendix.line && isFlush(chain[0])) return group;
  }
  return undefined;
}

/** An enclosing scheme runs through the text: three headings at least, one before the other scheme and one after. */
const LEAST_ENCLOSING_HEADINGS = 3;

/** A 第N章 or Chapter N names itself: one is evidence enough. Other schemes need two to make a sequence. */
function leastChapters(group: Candidate[]): number {
  return SELF_NAMED.has(group[0].family) ? 1 : 2;
}

/**
 * A scheme whose top level counts 1, 2, 3 … through the text more than once, each time in full:
 * texts joined one after another (a statement and its translation, opinions gathered in one file)
 * number their chapters alike, and each run is the chapters of its text. A run before the body's
 * (the one the contents lists, or the longest) is a summary previewing it (an academy's 要旨
 * numbered as the report is), whose points are not chapters. A run shorter than one before it, or one that skips, makes lists.
 * Returns the scheme without the summary's run, and the line each text starts at, as a part's.
 */
function findJoinedTexts(groups: Map<string, Candidate[]>, parts: number[]): { group: Candidate[]; starts: number[] } | undefined {
  if (parts.length) return undefined;
  const ordered = [...groups.values()]
    .filter(g => g[0].family !== 'appendix' && !g[0].level && isFlush(g[0]))
    .sort((a, b) => rank(a[0].family) - rank(b[0].family));
  for (const group of ordered) {
    const runs: Candidate[][] = [];
    for (const c of group.filter(c => c.path.length === 1)) {
      if (c.path[0] === 1) runs.push([c]);
      else if (runs.length && c.path[0] === runs[runs.length - 1].slice(-1)[0].path[0] + 1) runs[runs.length - 1].push(c);
      else {
        runs.length = 0;
        break;
      }
    }
    if (runs.length < 2) continue;
    // The body's run is the one whose first heading the contents list, or else the longest.
    const listed = runs.findIndex(r => r[0].listed === true);
    const first = listed >= 0 ? listed : runs.findIndex(r => r.length === Math.max(...runs.map(r => r.length)));
    const longest = runs[first].length;
    if (longest < LEAST_JOINED_RUN || runs.slice(first).some(r => r.length !== longest)) continue;
    const summaryEnd = first > 0 ? runs[first][0].line : -1;
    return { group: group.filter(c => c.line >= summaryEnd), starts: runs.slice(first + 1).map(r => r[0].line - 1) };
  }
  return undefined;
}

/**
 * Whether the scheme taken for chapters runs inside the body of an outer scheme that counts again
 * after a summary (`1  はじめに` … `(1)` … `3  提言` after a 要旨 numbered `1  作成の背景` …): the
 * outer scheme restarting made the inner one look like the only sequence, but it is the sections.
 */
function nestsInBody(inner: Candidate[], outer: Candidate[]): boolean {
  if (rank(outer[0].family) >= rank(inner[0].family)) return false;
  const chain = chainOf(inner, 1).filter(c => c.path.length === 1);
  return chain.length > 0 && chain[0].line > outer[0].line;
}

/** Decimal sections to each plain number among them, at least, for the plain numbers to be strays. */
const LEAST_DECIMALS_PER_STRAY = 4;

/** Chapters a joined text counts at least: two numbered lines apart are too few to tell from a list. */
const LEAST_JOINED_RUN = 3;

/**
 * `1.1 Background`, `1.2 Scope`, `2.1 Coverage` … with no `1.`/`2.` headings over them (their
 * chapter lines lost in conversion, or a memo numbered by sections only): where nothing else gives
 * chapters, the shallowest decimal headings are the chapters when at least three of them count in
 * order (the next one, or the next group's first).
 */
function sectionsOnly(groups: Map<string, Candidate[]>): Candidate[] {
  const group = groups.get('dotted 0');
  if (!group || group.some(c => c.path.length < 2)) return [];
  const depth = Math.min(...group.map(c => c.path.length));
  const shallowest = group.filter(c => c.path.length === depth);
  const chain = [shallowest[0]];
  for (const c of shallowest.slice(1)) if (nextNumber(chain[chain.length - 1].path, c.path)) chain.push(c);
  return chain.length >= LEAST_SECTIONS_ONLY && chain.length * 2 > shallowest.length ? chain : [];
}

const LEAST_SECTIONS_ONLY = 3;

/** 1.2 after 1.1, or 2.1 after 1.3: the next number at the last level, or the first under the next parent. */
function nextNumber(current: number[], next: number[]): boolean {
  const last = current.length - 1;
  if (samePrefix(current, next, last)) return next[last] === current[last] + 1;
  return next[last] === 1 && samePrefix(current, next, last - 1) && next[last - 1] === current[last - 1] + 1;
}

/** How often the numbering starts again at 1 after its first start, with no part's heading since the heading before. */
function restartsWithinParts(top: Candidate[], parts: number[]): number {
  let count = -1;
  for (let k = 0; k < top.length; k++) {
    if (top[k].path[0] !== 1) continue;
    const newPart = k > 0 && parts.some(line => line > top[k - 1].line && line < top[k].line);
    if (count < 0 || !newPart) count++;
  }
  return Math.max(0, count);
}

/** The chain of each part (see chainOf), one after another; the whole text's chain where there are no parts. */
function chainAcrossParts(group: Candidate[], parts: number[], minimum: number): Candidate[] {
  if (!parts.length) return chainOf(group, minimum);
  const chains: Candidate[] = [];
  for (let k = 0; k <= parts.length; k++) {
    const from = k === 0 ? -1 : parts[k - 1];
    const to = k < parts.length ? parts[k] : Infinity;
    chains.push(...chainOf(group.filter(c => c.line > from && c.line < to), 1));
  }
  return chains.filter(c => c.path.length === 1).length >= minimum ? chains : [];
}

/**
 * `Annexure I`, `Annexure II` each alone on its line, set right or centred (see appendixAlone in
 * candidates.ts): appendices at a page's side rather than its margin, two or more in order.
 */
function appendicesSetApart(groups: Map<string, Candidate[]>): Candidate[] | undefined {
  for (const group of groups.values()) {
    if (group[0].family !== 'appendix' || isFlush(group[0])) continue;
    const alone = group.filter(c => c.titleLine === c.line && c.key === c.text && c.column >= SET_APART_COLUMN);
    if (chainOf(alone, 1).length >= 2) return alone;
  }
  return undefined;
}

/** A name this far in is set in the page's middle or at its right, not at the margin nor in a list. */
const SET_APART_COLUMN = 20;

/**
 * The longest run of a scheme's top level that counts up (by one; appendices may skip), with the
 * deeper numbers (3.1, 3.1.1, A.1) that continue it under their parent. Letters start at A: two
 * initials in a row (`J. Smith`, `K. Tanaka`) are names.
 */
function chainOf(group: Candidate[], minimum: number): Candidate[] {
  if (!group.length) return [];
  // Appendices may skip letters; a 第N章 or Chapter N names itself, so a gap does not unmake it.
  const lenient = group[0].family === 'appendix' || SELF_NAMED.has(group[0].family);
  let best: Candidate[] = [];
  let tried = 0;
  for (let s = 0; s < group.length && tried < MOST_STARTS; s++) {
    if (group[s].path.length !== 1 || ((s > 0 || group[s].family === 'letter') && group[s].path[0] > 1 && !lenient)) continue;
    tried++;
    const chain = [group[s]];
    let current = group[s];
    for (let k = s + 1; k < group.length; k++) {
      if (continues(current.path, group[k].path, lenient) && (lenient || sameDigitWidth(current, group[k]))) {
        chain.push(group[k]);
        current = group[k];
      }
    }
    if (chain.filter(c => c.path.length === 1).length > best.filter(c => c.path.length === 1).length) best = chain;
  }
  return best.filter(c => c.path.length === 1).length >= minimum ? best : [];
}

/**
 * How many starts a chain is tried from: a sequence starts at 1 (or at its first member), and a
 * text that starts its numbering again many times is made of lists, whose chains are all short.
 */
const MOST_STARTS = 8;

/**
 * A document writes the one-digit numbers of a sequence in one width (`１`, `２` or `1`, `2`):
 * a number of the other width is another sequence's, such as the footnotes a PDF's text puts
 * between the headings (`４ 課題` … `6 港湾統計年報…` … `５ 対策`). Numbers of two digits are
 * often written narrow among wide ones, and tell nothing; nor do those of a scheme that names
 * itself (`第 1 章`, `第２章`), which no footnote imitates.
 */
function sameDigitWidth(a: Candidate, b: Candidate): boolean {
  const wa = digitWidth(a);
  const wb = digitWidth(b);
  return wa === undefined || wb === undefined || wa === wb;
}

/** Whether a candidate's number is a single full-width or half-width digit (its last level), if it reads so. */
function digitWidth(c: Candidate): 'full' | 'half' | undefined {
  if (c.path[c.path.length - 1] >= 10) return undefined;
  for (let i = 0; i < c.text.length && i < 4; i++) {
    const code = c.text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return 'half';
    if (code >= 0xff10 && code <= 0xff19) return 'full';
  }
  return undefined;
}

/** `next` follows `current`: the next sibling at some level of it, or its first child. */
function continues(current: number[], next: number[], lenient: boolean): boolean {
  if (next.length > current.length + 1) return false;
  if (next.length === current.length + 1) return next[next.length - 1] === 1 && samePrefix(current, next, current.length);
  const depth = next.length - 1;
  if (!samePrefix(current, next, depth)) return false;
  const step = next[depth] - current[depth];
  // One top-level heading may be lost to extraction (a line run into the text before it).
  return step === 1 || (depth === 0 && (step === 2 || (lenient && step > 2)));
}

function samePrefix(a: number[], b: number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `2.1`, `2.2`, `2.2.1` under a chapter numbered 2 in another scheme (`2 現状`, `II.`): decimal
 * subsections that carry their chapter's number, continuing one another from it.
 */
function subsectionsUnder(group: Candidate[], chapterLines: number[], chapterNumbers: Map<number, number>): Candidate[] {
  const accepted: Candidate[] = [];
  let next = 0;
  for (let k = 0; k < chapterLines.length; k++) {
    const end = k + 1 < chapterLines.length ? chapterLines[k + 1] : Infinity;
    while (next < group.length && group[next].line < chapterLines[k]) next++;
    const number = chapterNumbers.get(chapterLines[k]);
    let current = number === undefined ? undefined : [number];
    for (; next < group.length && group[next].line < end; next++) {
      if (current && continues(current, group[next].path, false)) {
        accepted.push(group[next]);
        current = group[next].path;
      }
    }
  }
  return accepted;
}

/**
 * Lines of an inner scheme that count 1, 2, 3 … again under each chapter (or each heading of an
 * outer scheme): at least `minimum` of them in a run, and a run of one must start at 1.
 */
function sectionsUnder(group: Candidate[], boundaries: number[], minimum: number): Candidate[] {
  const accepted: Candidate[] = [];
  let next = 0;
  for (let k = 0; k <= boundaries.length; k++) {
    const end = k < boundaries.length ? boundaries[k] : Infinity;
    const inside: Candidate[] = [];
    while (next < group.length && group[next].line < end) inside.push(group[next++]);
    if (next < group.length && group[next].line === end) next++;
    const chain = chainOf(inside, minimum);
    if (chain.length > 1 || chain[0]?.path[0] === 1) accepted.push(...chain);
  }
  return accepted;
}
