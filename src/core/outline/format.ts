import type { Line } from './lines';
import type { DocumentFormat } from './model';
import type { TocBlock } from './toc-block';
import { matchChapterHeading } from './rules/chapter-heading';
import { firstVisible, mayBeStructure } from './rules/line-start';
import { matchNumberedHeading } from './rules/numbered-heading';
import { matchQuestion } from './rules/question';
import { matchMarkdownHeading } from './rules/section-heading';

/** Guesses the kind of document from the headings it has (outside its table of contents). */
export function detectFormat(lines: Line[], toc: TocBlock | undefined, fileName = ''): DocumentFormat {
  const body = toc ? lines.filter((_, i) => i < toc.first || i > toc.last) : lines;
  // Only lines that start like a heading can be one; most lines are running text.
  const candidates = body.filter(l => mayBeStructure(firstVisible(l.text)));
  const count = (test: (text: string) => unknown) => candidates.reduce((n, l) => n + (test(l.text) ? 1 : 0), 0);
  if (/\.(md|markdown)$/i.test(fileName) || count(t => matchMarkdownHeading(t)) >= 2) return 'markdown';
  const chapters = candidates.filter(l => matchChapterHeading(l.text));
  if (chapters.length >= 1) return chapters.some(l => /^\s*第/.test(l.text)) ? 'outlook' : 'english';
  if (count(t => matchQuestion(t) !== undefined) >= 2) return 'survey';
  if (count(t => matchNumberedHeading(t)) >= 2) return 'report';
  return 'article';
}
