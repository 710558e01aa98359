import type { OutlineNode } from './model';
import { joinWrapped } from './rules/join-wrapped';
import { isSpace } from './rules/line-start';
import { endColumn } from './rules/display-width';

/**
 * `9.  … That is not good enough. **We recommend that the Environment Agency publish, within six
 * months, a timetable … The Department should report to us annually.**`: a committee's report
 * (the UK Parliament's, converted from its web pages) sets each recommendation in bold inside the
 * paragraph that argues it. A proposal found in the prose that stands inside such a bold span is a
 * recommendation, the whole span its text; sentences of one span make one. Bold a few words long
 * (`**must**`) is emphasis, not a recommendation set apart.
 */
export function markBoldProposals(nodes: OutlineNode[], source: string): OutlineNode[] {
  if (!source.includes('**')) return nodes;
  visit(nodes, source);
  return nodes;
}

function visit(nodes: OutlineNode[], source: string): void {
  let lastSpan = -1;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    visit(node.children, source);
    if (node.kind !== 'prose-recommendation') continue;
    const span = boldSpanAround(source, node.start, node.end);
    if (!span || isHeadline(source, span)) continue;
    // A second sentence of the span already taken whole is part of that recommendation.
    if (span.open === lastSpan) {
      nodes.splice(k--, 1);
      continue;
    }
    lastSpan = span.open;
    node.line -= newlinesBetween(source, span.open, node.start);
    node.endLine = node.line + newlinesBetween(source, span.open, span.close);
    node.start = span.textStart;
    node.end = span.close;
    // Each line's own bold marks (see firstLineOfBoldRun) are no part of the text.
    node.title = source.slice(node.start, node.end).split('\n').map(line => line.trim().replace(LINE_BOLD_MARKS, '')).reduce((title, line) => joinWrapped(title, line), '');
    node.kind = 'recommendation';
  }
}

/**
 * The bold span (`**…**`, or `***…***`) that holds [start, end) within one paragraph: where its
 * marks open, where its text starts and where its closing marks stand, when it is long enough to
 * set a recommendation apart.
 */
function boldSpanAround(source: string, start: number, end: number): { open: number; textStart: number; close: number } | undefined {
  // A sentence found in prose may start at the marks that open the span, or at the note mark
  // before them that ended the sentence before (`^19^ **We recommend …`).
  LEADING_MARKS.lastIndex = start;
  const lead = LEADING_MARKS.exec(source);
  const from = start + (lead ? lead[0].length : 0);
  // Read only the paragraph around, and not far: most prose has no bold, and a long text's next
  // mark may stand pages away.
  const low = Math.max(0, from - BOLD_REACH);
  const before = source.slice(low, from);
  const paragraphStart = low + Math.max(before.lastIndexOf('\n\n'), 0);
  const openAt = before.lastIndexOf('**');
  if (openAt < 0) return undefined;
  let open = low + openAt;
  if (open < paragraphStart || countMarks(source, paragraphStart, open) % 2 !== 0) return undefined;
  while (open > paragraphStart && source.charCodeAt(open - 1) === ASTERISK) open--;
  open = firstLineOfBoldRun(source, open, paragraphStart);
  const from2 = Math.max(end - 3, start);
  const after = source.slice(from2, Math.min(source.length, end + BOLD_REACH));
  const closeAt = after.indexOf('**');
  if (closeAt < 0) return undefined;
  const blankAt = after.indexOf('\n\n');
  if ((blankAt >= 0 && blankAt < closeAt) || from2 + closeAt < end - 3) return undefined;
  const close = lastLineOfBoldRun(source, from2 + closeAt);
  let textStart = open;
  while (source.charCodeAt(textStart) === ASTERISK) textStart++;
  if (isSpace(source.charCodeAt(textStart)) || isSpace(source.charCodeAt(close - 1))) return undefined;
  // Counted in columns: a Japanese proposal says in 25 characters what an English one says in 50.
  if (endColumn(source.slice(textStart, close)) < SHORTEST_BOLD_PROPOSAL) return undefined;
  return { open, textStart, close };
}

/**
 * `**…decision, but of a long period**` over `**in which support has been squeezed.**`: a converter
 * from PDF bolds each line of a bold paragraph apart. From the marks that open a line's run, the
 * marks that open the first line's run of those joined so (each line's run closed at its end, the
 * next line's opened at its start).
 */
function firstLineOfBoldRun(source: string, open: number, limit: number): number {
  for (;;) {
    const lineStart = source.lastIndexOf('\n', open - 1) + 1;
    if (lineStart <= limit || source.slice(lineStart, open).trim() || !source.startsWith('**', lineStart - 3 - (source.charCodeAt(lineStart - 2) === CARRIAGE_RETURN ? 1 : 0))) return open;
    const previousStart = source.lastIndexOf('\n', lineStart - 2) + 1;
    const previousOpen = source.indexOf('**', previousStart);
    if (previousOpen < previousStart || previousOpen >= lineStart - 3) return open;
    open = previousOpen;
  }
}

/** From a line's closing marks, the closing marks of the last line joined to it so (see firstLineOfBoldRun). */
function lastLineOfBoldRun(source: string, close: number): number {
  for (;;) {
    const lineEnd = source.indexOf('\n', close);
    if (lineEnd < 0 || source.slice(close + 2, lineEnd).trim()) return close;
    let nextOpen = lineEnd + 1;
    while (nextOpen < source.length && isSpace(source.charCodeAt(nextOpen)) && source.charCodeAt(nextOpen) !== NEWLINE) nextOpen++;
    if (!source.startsWith('**', nextOpen)) return close;
    const nextEnd = source.indexOf('\n', nextOpen);
    const line = source.slice(nextOpen, nextEnd < 0 ? source.length : nextEnd).trimEnd();
    if (line.length <= 4 || !line.endsWith('**')) return close;
    close = nextOpen + line.length - 2;
  }
}

/**
 * `**Monetary policy should stay restrictive until inflation is back at target**` alone between
 * blank lines: an economic survey heads its paragraphs with its findings in bold, no sentence
 * closed and no number before it. A headline, not a recommendation set apart in a paragraph
 * (`**（1）…を策定すべきである**`, numbered, is one).
 */
function isHeadline(source: string, span: { open: number; textStart: number; close: number }): boolean {
  const closeEnd = span.close + (source.startsWith('**', span.close) ? 2 : 0);
  const alone = (span.open === 0 || source.charCodeAt(span.open - 1) === NEWLINE) && (closeEnd >= source.length || source.charCodeAt(closeEnd) === NEWLINE || source.charCodeAt(closeEnd) === CARRIAGE_RETURN);
  if (!alone) return false;
  const text = source.slice(span.textStart, span.close);
  return !SENTENCE_STOP.test(text) && !NUMBERED_START.test(text);
}

const NEWLINE = 0x0a;
const LINE_BOLD_MARKS = /^\*\*|\*\*$/g;
const CARRIAGE_RETURN = 0x0d;
const SENTENCE_STOP = /[.。!?！？]\s*$/;
const NUMBERED_START = /^\s*(?:[(（]?[0-9０-９]{1,3}[)）.．]|[①-⑳])/;

/** How many `**` marks stand in [from, to). */
function countMarks(source: string, from: number, to: number): number {
  let count = 0;
  for (let at = source.indexOf('**', from); at >= 0 && at < to; at = source.indexOf('**', at + 2)) count++;
  return count;
}

function newlinesBetween(source: string, from: number, to: number): number {
  let count = 0;
  for (let at = source.indexOf('\n', from); at >= 0 && at < to; at = source.indexOf('\n', at + 1)) count++;
  return count;
}

/** White space, a footnote's mark (`^19^`, `[^3]`) and the bold marks, before a sentence's first word. */
const LEADING_MARKS = /(?:\s|\^[^\s^]{1,40}\^|\[\^[^\]\s]{1,8}\]|\*)*/y;
const ASTERISK = 0x2a;
/** How far before and after a proposal its bold marks are looked for: a span of a few sentences. */
const BOLD_REACH = 800;
/** A bold run shorter than this (in columns, a full-width character two) is a word or a phrase stressed, not a recommendation set in bold. */
const SHORTEST_BOLD_PROPOSAL = 40;
