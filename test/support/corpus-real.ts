import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OutlineNode } from '../../src/core/outline/model';

/**
 * Real policy documents with hand-counted truth live outside the project (../shared/corpus-real,
 * read-only) and are never copied into it. This scores an outline against a truth file the way
 * that folder's score.mjs does, so that an acceptance test can hold its totals.
 */
export const corpusRealDir = path.resolve(process.env.POLICY_ANNOTATOR_CORPUS_REAL ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus-real'));

export interface TruthRecommendation {
  line: number;
  endLine?: number;
  text: string;
}

export interface TruthChapter {
  title: string;
  line?: number;
  recommendations: number;
  optional?: boolean;
  part?: boolean;
  recs?: TruthRecommendation[];
}

export interface Truth {
  document: string;
  language: string;
  chapters: TruthChapter[];
}

export interface DocumentScore {
  document: string;
  chapters: { required: number; matched: number; found: number; foundMatched: number };
  recommendations: { truth: number; found: number; matched: number };
}

/** The documents that have a truth file, by file name. */
export function corpusRealDocuments(): string[] {
  if (!fs.existsSync(corpusRealDir)) {
    throw new Error(`The real-document corpus is not there: ${corpusRealDir} is missing. Acceptance tests read ../shared/corpus-real beside the project (or set POLICY_ANNOTATOR_CORPUS_REAL).`);
  }
  return fs.readdirSync(corpusRealDir).filter(f => f.endsWith('.truth.json')).sort().map(f => readTruth(f).document);
}

export function readTruth(truthFile: string): Truth {
  return JSON.parse(fs.readFileSync(path.join(corpusRealDir, truthFile), 'utf8')) as Truth;
}

export function readRealDocument(document: string): { text: string; truth: Truth } {
  const text = fs.readFileSync(path.join(corpusRealDir, document), 'utf8');
  const truth = readTruth(document.replace(/\.(md|txt)$/, '.truth.json'));
  return { text, truth };
}

interface FoundChapter {
  title: string;
  line: number;
  sections: FoundChapter[];
}

interface FoundRecommendation {
  line: number;
  endLine: number;
}

/** Chapters (any depth) with the sections directly under them, and recommendations (any depth). */
function flatten(nodes: OutlineNode[]): { chapters: FoundChapter[]; recommendations: FoundRecommendation[] } {
  const chapters: FoundChapter[] = [];
  const recommendations: FoundRecommendation[] = [];
  const walk = (level: OutlineNode[], chapter: FoundChapter | undefined, directly: boolean) => {
    for (const node of level) {
      if (node.kind === 'chapter') {
        const found = { title: node.title, line: node.line, sections: [] };
        chapters.push(found);
        walk(node.children, found, true);
        continue;
      }
      if (node.kind === 'section' && chapter && directly) chapter.sections.push({ title: node.title, line: node.line, sections: [] });
      if (node.kind === 'recommendation') recommendations.push({ line: node.line, endLine: node.endLine });
      walk(node.children, chapter, false);
    }
  };
  walk(nodes, undefined, false);
  return { chapters, recommendations };
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The title without markup and leading numbering, as the scorer compares titles loosely. */
function loose(s: string): string {
  const t = fold(s).replace(/<[^>]*>/g, '').replace(/[_*#`\\]/g, '').replace(/^■\s*/, '').trim()
    .replace(/^(chapter|part|section|appendix)\s+[0-9a-z]+\s*[.:)]?\s*/i, '')
    .replace(/^第\s*[0-9一二三四五六七八九十百]+\s*[章節部編]\s*/, '')
    .replace(/^\(?[0-9a-z]{1,3}(\.[0-9]+)*[.:)]?\s+/i, '')
    .replace(/^[0-9]+[.)]/, '')
    .replace(/^[①-⑳]\s*/, '');
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Pairs truth chapters with outline chapters (by line, then by title within the chapter's span). */
function matchChapters(truth: TruthChapter[], found: FoundChapter[]): Map<number, FoundChapter> {
  const pair = new Map<number, FoundChapter>();
  const used = new Set<FoundChapter>();
  const inSpan = (i: number, c: FoundChapter) => {
    const lo = truth[i].line;
    if (typeof lo !== 'number') return true;
    const next = truth.slice(i + 1).find(t => typeof t.line === 'number');
    return c.line >= lo - 3 && c.line <= (next?.line !== undefined ? next.line - 1 : Infinity);
  };
  const byLine = (pool: () => FoundChapter[], order: number[]) => order.forEach(i => {
    const t = truth[i];
    if (pair.has(i) || typeof t.line !== 'number') return;
    const line = t.line;
    const rank = (c: FoundChapter) => (loose(c.title) === loose(t.title) ? 0 : 2) + Math.abs(c.line - line);
    const near = pool().filter(c => !used.has(c) && Math.abs(c.line - line) <= 1).sort((a, b) => rank(a) - rank(b));
    if (near[0]) { pair.set(i, near[0]); used.add(near[0]); }
  });
  const byTitle = (pool: () => FoundChapter[], order: number[]) => {
    for (const level of [fold, loose]) order.forEach(i => {
      const t = truth[i];
      const want = level(t.title);
      if (pair.has(i) || !want) return;
      const distance = (c: FoundChapter) => Math.abs(c.line - (t.line ?? 0));
      const candidates = pool().filter(c => !used.has(c) && inSpan(i, c) && level(c.title) === want).sort((a, b) => distance(a) - distance(b));
      if (candidates[0]) { pair.set(i, candidates[0]); used.add(candidates[0]); }
    });
  };
  const all = truth.map((_, i) => i);
  // Parts first: the sections directly under a matched part may stand for the chapters inside it.
  const parts = all.filter(i => truth[i].part);
  byLine(() => found, parts);
  byTitle(() => found, parts);
  const pool = () => [...found, ...parts.filter(i => pair.has(i)).flatMap(i => pair.get(i)!.sections)];
  const rest = all.filter(i => !truth[i].part);
  byLine(pool, rest);
  byTitle(pool, rest);
  return pair;
}

/** Chapter and listed-recommendation totals of one outline against its truth. */
export function scoreOutline(truth: Truth, nodes: OutlineNode[]): DocumentScore {
  const { chapters: found, recommendations: foundRecs } = flatten(nodes);
  const pair = matchChapters(truth.chapters, found);
  const required = truth.chapters.map((c, i) => ({ c, i })).filter(({ c }) => !c.optional);
  const matchedFound = new Set(pair.values());
  const used = new Set<FoundRecommendation>();
  let truthRecs = 0;
  let matchedRecs = 0;
  for (const chapter of truth.chapters) {
    for (const t of chapter.recs ?? []) {
      truthRecs++;
      const lo = t.line;
      const hi = t.endLine ?? t.line;
      const inside = (r: FoundRecommendation) => (r.line >= lo && r.line <= hi ? 0 : 1);
      const overlapping = foundRecs.filter(r => !used.has(r) && r.line <= hi && r.endLine >= lo).sort((a, b) => inside(a) - inside(b) || a.line - b.line);
      if (overlapping[0]) { used.add(overlapping[0]); matchedRecs++; }
    }
  }
  return {
    document: truth.document,
    chapters: { required: required.length, matched: required.filter(({ i }) => pair.has(i)).length, found: found.length, foundMatched: found.filter(c => matchedFound.has(c)).length },
    recommendations: { truth: truthRecs, found: foundRecs.length, matched: matchedRecs },
  };
}
