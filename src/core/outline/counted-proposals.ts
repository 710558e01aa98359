import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { readTitleNumber } from './headings/numbering';
import { NUMBER_WORDS } from './rules/numerals';
import { isClosingTitle, isOpeningTitle } from './rules/unnumbered-chapters';
import { QUALIFIABLE_LABELS } from './rules/recommendation-labels';

/** A count below this ("two proposals") is said too often in passing to point at a series. */
const LEAST_COUNTED = 3;
/** Words a count may stand apart from its noun by: `208 Expert Proposals`, `12 key policy recommendations`. */
const MOST_WORDS_BETWEEN = 2;
/** `#12: Title`, `No. 12 Title`, `№12`: how catalogues number their entries, beside the schemes of headings. */
const CATALOGUE_NUMBER = /^(#|No\.\s?|№\s?)([0-9]{1,3})(?=[:.：．)）]|\s)[:.：．)）]?\s*/;
const CATALOGUE_STARTS = '#N№';
const KANJI_DIGITS = '〇一二三四五六七八九';

/**
 * The nouns a count of proposals ends in: the labels that name proposals whatever qualifies them
 * (`Recommendations`, `Proposals`, `Pledges`, `提言`, `提案` …), not those that may name anything
 * (`strategies`, `actions`, `policies`).
 */
const ENGLISH_NOUNS = QUALIFIABLE_LABELS.filter(label => /^[A-Za-z]+$/.test(label)).map(label => label.toLowerCase());
const JAPANESE_NOUNS = QUALIFIABLE_LABELS.filter(label => !/[A-Za-z]/.test(label));

/**
 * Reports whose purpose is a numbered catalogue of proposals (`208 Expert Proposals for …`,
 * `十五の提言`, `Our 12 recommendations`) give each proposal its own heading, numbered once through
 * the whole document (`## #1: Training Data Attribution` across its chapters, or its chapters
 * themselves after `以下の5項目を提言します。`), under titles that name a topic rather than state an
 * action. The document says how many it makes before it makes them; when a series of numbered
 * headings counts exactly 1 … N after the text states N proposals, each heading of the series is
 * a recommendation, its number its label: a section becomes one, a chapter stays a chapter and
 * holds one at its heading. A series that restarts, skips or stops short of the stated count is
 * left as it was, and so are chapters that open or close a report (`1. Introduction`).
 */
export function markCountedProposals(nodes: OutlineNode[], lines: Lines): OutlineNode[] {
  for (const series of numberedSeries(nodes)) {
    if (series.length < LEAST_COUNTED) continue;
    const stated = countStatedAt(lines.source.slice(0, series[0].node.start), series.length);
    // `以下の５点を提言する。` over `提言１：…` … `提言５：…`: the count is met by the list it leads
    // into, and a later series of headings (the findings' `１．` … `５．`) is no catalogue.
    if (stated < 0 || recommendationsBetween(nodes, stated, series[0].node.start) >= series.length) continue;
    if (series.some(({ node }) => node.kind === 'chapter' && (isOpeningTitle(withoutNumber(node)) || isClosingTitle(withoutNumber(node))))) continue;
    for (const entry of series) markProposal(entry, lines);
  }
  return nodes;
}

interface SeriesEntry { node: OutlineNode; label: string; siblings: OutlineNode[] }

/**
 * The runs 1, 2, 3 … of each numbering shape among chapter and section headings, in document
 * order; a shape whose numbers run any other way makes no series.
 */
function numberedSeries(nodes: OutlineNode[]): SeriesEntry[][] {
  const byShape = new Map<string, SeriesEntry[] | null>();
  const visit = (siblings: OutlineNode[]) => {
    for (const node of siblings) {
      const numbered = (node.kind === 'section' || node.kind === 'chapter') && readNumber(node.title);
      if (numbered) {
        const run = byShape.get(numbered.shape);
        const entry = { node, label: numbered.label, siblings };
        if (run === undefined) byShape.set(numbered.shape, numbered.value === 1 ? [entry] : null);
        else if (run && numbered.value === run.length + 1) run.push(entry);
        else byShape.set(numbered.shape, null);
      }
      visit(node.children);
    }
  };
  visit(nodes);
  return [...byShape.values()].filter((run): run is SeriesEntry[] => run !== null);
}

/**
 * The heading becomes a recommendation; the proposing sentences of its text are part of it. A
 * deeper heading under it (converters misjudge levels) opens the next topic, so it and what
 * follows move out beside the recommendation, which ends before it.
 */
function markProposal({ node, label, siblings }: SeriesEntry, lines: Lines): void {
  if (node.kind === 'chapter') {
    markChapterProposal(node, label, lines);
    return;
  }
  node.kind = 'recommendation';
  node.label = label;
  const firstSection = node.children.findIndex(child => child.kind === 'section');
  if (firstSection >= 0) {
    const moved = node.children.splice(firstSection);
    siblings.splice(siblings.indexOf(node) + 1, 0, ...moved);
    const last = lastTextLine(lines, node.line - 1, moved[0].line - 1);
    node.end = lines.end(last);
    node.endLine = last + 1;
  }
  // What a label's block read in its text (`【政策提言】` over the series) is the recommendation's text too.
  node.children = node.children.filter(child => child.kind !== 'prose-recommendation' && child.kind !== 'recommendation');
}

/**
 * A chapter that is a proposal holds it at its heading: the recommendation spans the heading and
 * the text up to the chapter's first section, and takes the place of the proposing sentences there.
 */
function markChapterProposal(chapter: OutlineNode, label: string, lines: Lines): void {
  const firstSection = chapter.children.find(child => child.kind === 'section');
  const last = lastTextLine(lines, chapter.line - 1, firstSection ? firstSection.line - 1 : chapter.endLine);
  const proposal: OutlineNode = {
    kind: 'recommendation', title: chapter.title, label, start: chapter.start, end: lines.end(last), line: chapter.line, endLine: last + 1, children: [],
  };
  const inside = (child: OutlineNode) => child.start < proposal.end;
  chapter.children = [proposal, ...chapter.children.filter(child => !(inside(child) && (child.kind === 'recommendation' || child.kind === 'prose-recommendation')))];
}

/** The last line with text from the heading at index `heading` up to (not including) index `stop`. */
function lastTextLine(lines: Lines, heading: number, stop: number): number {
  let last = stop - 1;
  while (last > heading && lines.text(last).trim() === '') last--;
  return last;
}

function withoutNumber(node: OutlineNode): string {
  return node.title.slice(readTitleNumber(node.title)?.titleStart ?? 0);
}

/**
 * `第１章` … `第６章`, `Chapter 3`, `Part II`: headings a counter word names as the report's own
 * divisions, whose count may meet the proposals it states (`６つの提言` over six chapters) by chance.
 */
const DIVISION_WORDS = new Set(['第章', '第部', '第編', 'chapter', 'part']);

function readNumber(title: string): { shape: string; value: number; label: string } | undefined {
  const catalogue = CATALOGUE_STARTS.includes(title[0]) ? CATALOGUE_NUMBER.exec(title) : null;
  if (catalogue) return { shape: catalogue[1].trim(), value: Number(catalogue[2]), label: catalogue[0].replace(/[:.：．)）]?\s*$/, '') };
  const numbering = readTitleNumber(title);
  if (!numbering || numbering.path.length !== 1 || DIVISION_WORDS.has(numbering.family)) return undefined;
  const label = title.slice(0, numbering.titleStart).trim();
  return { shape: `${numbering.family}:${label.replace(/[0-9０-９]+/g, '')}`, value: numbering.path[0], label };
}

/** The recommendations that start between offsets `from` and `to`. */
function recommendationsBetween(nodes: readonly OutlineNode[], from: number, to: number): number {
  let count = 0;
  for (const node of nodes) {
    if (node.start >= to) break;
    if (node.kind === 'recommendation' && node.start >= from) count++;
    if (node.end > from) count += recommendationsBetween(node.children, from, to);
  }
  return count;
}

/**
 * Where the text last says it makes this many proposals, in figures, in words or in kanji (the
 * offset after the saying), or -1 where it never says so.
 */
function countStatedAt(source: string, count: number): number {
  let at = -1;
  for (const pattern of countPatterns(count)) for (const match of source.matchAll(pattern)) at = Math.max(at, match.index + match[0].length);
  return at;
}

function countPatterns(count: number): RegExp[] {
  const figures = `${count}|${toFullWidth(String(count))}`;
  const word = NUMBER_WORDS[count - 1];
  // Not a heading's number (`Section 7      Progress on recommendations …` in the contents).
  const english = new RegExp(`(?<![0-9A-Za-z,.])(?<!\\b(?:${HEADING_WORDS})\\s+)(?:${figures}${word ? `|${word}` : ''})\\s+(?:[A-Za-z][A-Za-z-]*\\s+){0,${MOST_WORDS_BETWEEN}}(?:${ENGLISH_NOUNS.join('|')})\\b`, 'gi');
  // `十五の提言`, `5つの提言`, and the count of what it proposes: `以下の5項目を提言します`, `次の3点を提案する`.
  const japanese = new RegExp(`(?<![0-9０-９〇一二三四五六七八九十])(?:${figures}|${toKanji(count)})(?:(?:つ|項目|件|本)?の(?:${JAPANESE_NOUNS.join('|')})|(?:つ|項目|件|点)(?:の(?:項目|事項|点))?を(?:${JAPANESE_NOUNS.join('|')}))`, 'g');
  return [english, japanese];
}

/** Words that number a part of the text, not count anything (`Section 7`, `Chapter 7`). */
const HEADING_WORDS = 'section|chapter|part|appendix|annex|page';

function toFullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, digit => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

/** 15 → 十五, 20 → 二十, 208 → 二百八 (how Japanese titles count their proposals). */
function toKanji(count: number): string {
  const hundreds = Math.floor(count / 100), tens = Math.floor(count / 10) % 10, ones = count % 10;
  const place = (digit: number, unit: string) => (digit === 0 ? '' : `${digit === 1 ? '' : KANJI_DIGITS[digit]}${unit}`);
  return `${place(hundreds, '百')}${place(tens, '十')}${ones ? KANJI_DIGITS[ones] : ''}`;
}
