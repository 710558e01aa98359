import type { Lines } from './lines';
import { joinedLines } from './line-context';
import { insideParagraph, type MarkedRecommendation } from './marked-paragraphs';
import { matchBullet } from './rules/bullet';

/**
 * `… The Committee requests the Government to provide information on …`, `…, and urges the
 * Government to …`, `the Committee expects that the Government will …`: a monitoring body's
 * observations (an ILO supervisory committee's, a Council of Europe body's) close each paragraph
 * by asking the government for what it examined there, unnumbered, the finding first. Each such
 * paragraph is one recommendation, its request where the body makes it. Present tense only: what
 * was requested before, or by another body, is reported. Read only where the body asks so three
 * times or more, and only where the body itself asks: the subject most often named, or none (the
 * request continuing the body's own sentence).
 */
export function findRequestsToGovernment(lines: Lines, isFurniture: (i: number) => boolean = () => false): MarkedRecommendation[] {
  const source = lines.source;
  if (!source.includes(' Government ') && !source.includes(' State party ') && !source.includes(' authorities ')) return [];
  const requests: { at: number; subject: string | undefined }[] = [];
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(source); m; m = REQUEST.exec(source)) {
    const before = source.slice(Math.max(0, m.index - SUBJECT_REACH), m.index);
    if (CONTINUES_SENTENCE.test(before)) requests.push({ at: m.index, subject: undefined });
    else {
      const subject = SUBJECT.exec(before)?.[1];
      if (subject) requests.push({ at: m.index, subject });
    }
  }
  if (requests.length < LEAST_REQUESTS) return [];
  const author = mostNamed(requests.map(r => r.subject));
  if (author === undefined) return [];
  const found: MarkedRecommendation[] = [];
  let line = 0;
  for (const { at, subject } of requests) {
    if (subject !== undefined && subject !== author) continue;
    while (line + 1 < lines.count && lines.start(line + 1) <= at) line++;
    const first = paragraphStart(lines, line, isFurniture);
    if (first === undefined || (found.length && found[found.length - 1].first === first)) continue;
    const last = paragraphEnd(lines, line, isFurniture);
    const start = lines.start(first) + (lines.text(first).length - lines.text(first).trimStart().length);
    found.push({ first, last, start, end: lines.start(last) + lines.text(last).trimEnd().length, title: joinedLines(lines, first, last, isFurniture), label: `The ${author} requests` });
  }
  return found;
}

/** A present-tense request of the government: to do, or that it will. */
const REQUEST = /\b(?:requests|urges|calls\s+(?:up)?on|invites|encourages)\s+the\s+(?:Government|State\s+party|authorities)\s+to\b|\b(?:expects|trusts|hopes)\s+that\s+the\s+(?:Government|State\s+party|authorities)\s+will\b/g;
/** `The Committee (also|therefore|firmly) requests`: the body named right before its verb. */
const SUBJECT = /(?:^|\n[ \t]*|[.;:!?][*_]*\s+|,\s+)[Tt]he\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:(?:also|further|therefore|once\s+again|again|firmly|strongly|accordingly)\s+)*$/;
/** `…, and requests the Government to …`: the body's sentence goes on. */
const CONTINUES_SENTENCE = /\band\s+(?:(?:also|further|therefore|once\s+again|again|firmly|strongly)\s+)*$/;
/** How far back from its verb the body's name is read. */
const SUBJECT_REACH = 80;
/** A body that asks so fewer times is no monitoring body whose form it is. */
const LEAST_REQUESTS = 3;
/** A paragraph is looked for this far above the line that asks. */
const LONGEST_PARAGRAPH = 40;

/** The body named most often as asking: the author. */
function mostNamed(subjects: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of subjects) if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | undefined;
  for (const [s, n] of counts) if (best === undefined || n > counts.get(best)!) best = s;
  return best;
}

/** The first line of the paragraph that holds line i; undefined where it is a list's item (another's list quoted), not a paragraph led in bold. */
function paragraphStart(lines: Lines, i: number, isFurniture: (i: number) => boolean): number | undefined {
  let first = i;
  for (let j = i - 1; j >= 0 && i - j < LONGEST_PARAGRAPH; j--) {
    if (isFurniture(j)) continue;
    if (!insideParagraph(lines, j)) break;
    first = j;
  }
  return matchBullet(lines.text(first)) ? undefined : first;
}

/** The last line of the paragraph that holds line i, over the page's furniture. */
function paragraphEnd(lines: Lines, i: number, isFurniture: (i: number) => boolean): number {
  let last = i;
  for (let j = i + 1; j < lines.count; j++) {
    if (isFurniture(j)) continue;
    if (!insideParagraph(lines, j) || matchBullet(lines.text(j))) break;
    last = j;
  }
  return last;
}
