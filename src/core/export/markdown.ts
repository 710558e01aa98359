import { MARKDOWN_EXPORT_MARKER } from './export-marker';
import type { ExportRow } from './rows';

/** The digest's words; the editor passes translated ones, the CLI keeps these. */
export interface MarkdownLabels {
  title: string;
  noChapter: string;
  line: string;
  section: string;
  tags: string;
  replies: string;
  orphaned: string;
  /** `{0}` is the number of annotations. */
  count: string;
}

export const ENGLISH_MARKDOWN_LABELS: MarkdownLabels = {
  title: 'Annotations',
  noChapter: 'Outside any chapter',
  line: 'line',
  section: 'Section',
  tags: 'Tags',
  replies: 'Replies',
  orphaned: 'quote not found in the current text',
  count: '{0} annotations',
};

/**
 * A readable digest: one heading per document, one per chapter (in reading order), then each
 * annotation as a blockquote with its line, author, date, section, tags, note and replies.
 * Notes are the researchers' own words and kept as written, Markdown included. The first line
 * marks the file as ours, so that it is never read as a policy document whatever its name.
 */
export function toMarkdown(rows: readonly ExportRow[], labels: MarkdownLabels = ENGLISH_MARKDOWN_LABELS): string {
  const out: string[] = [MARKDOWN_EXPORT_MARKER, '', `# ${labels.title}`, '', labels.count.replace('{0}', String(rows.length)), ''];
  for (const [document, documentRows] of groupBy(rows, r => r.document)) {
    out.push(`## ${escapeInline(document)}`, '');
    for (const [chapter, chapterRows] of groupBy(documentRows, r => r.chapter ?? '')) {
      out.push(`### ${chapter ? escapeInline(chapter) : labels.noChapter}`, '');
      for (const row of chapterRows) out.push(...annotationBlock(row, labels), '');
    }
  }
  return out.join('\n');
}

function annotationBlock(row: ExportRow, labels: MarkdownLabels): string[] {
  const a = row.annotation;
  const lines = a.quote.split(/\r?\n/).map(line => `> ${escapeLineStart(escapeInline(line))}`.trimEnd());
  const meta = [`${labels.line} ${row.start.line}`, escapeInline(a.author), a.updated ?? a.created];
  if (!row.range) meta.push(`*${labels.orphaned}*`);
  lines.push('', meta.join(' · '));
  const facts: string[] = [];
  if (row.section) facts.push(`- ${labels.section}: ${escapeInline(row.section)}`);
  if (a.tags?.length) facts.push(`- ${labels.tags}: ${a.tags.map(t => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
  if (facts.length) lines.push('', ...facts);
  if (a.note) lines.push('', a.note);
  if (a.replies?.length) {
    lines.push('', `${labels.replies}:`, '');
    for (const reply of a.replies) {
      const [first, ...rest] = reply.note.split(/\r?\n/);
      lines.push(`- **${escapeInline(reply.author)}** (${reply.created}): ${first}`, ...rest.map(l => `  ${l}`));
    }
  }
  return lines;
}

/** Groups consecutive-or-not rows by key, keeping the order in which keys first appear. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Backslash-escapes the ASCII characters that would turn quoted text into markup. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, c => `\\${c}`);
}

/** A quoted line starting like a list item or heading (`- `, `1. `, `# `) stays text. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+#=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
