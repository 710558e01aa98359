/**
 * A note's Markdown as plain data, for pages that draw it with DOM nodes and text (never HTML):
 * paragraphs, headings, quotes, lists and code blocks, with bold, italic and code inside. The
 * formatting is the part of Markdown that hover and comment thread show too (inert-markdown.ts);
 * links and HTML stay the text they are.
 */
export interface NoteSpan {
  text: string;
  style?: 'strong' | 'em' | 'code';
}

export type NoteBlock =
  | { kind: 'paragraph' | 'heading' | 'quote'; spans: NoteSpan[] }
  | { kind: 'list'; ordered: boolean; items: NoteSpan[][] }
  | { kind: 'code'; text: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const BULLET = /^ {0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^ {0,3}\d{1,9}[.)]\s+(.*)$/;

export function noteBlocks(note: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const lines = note.split(/\r?\n/);
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', spans: noteSpans(paragraph.join('\n')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    let match: RegExpExecArray | null;
    if (fence) {
      endParagraph();
      const code: string[] = [];
      while (++i < lines.length && !closesFence(lines[i], fence[1])) code.push(lines[i]);
      blocks.push({ kind: 'code', text: code.join('\n') });
    } else if (!line.trim()) {
      endParagraph();
    } else if ((match = HEADING.exec(line))) {
      endParagraph();
      blocks.push({ kind: 'heading', spans: noteSpans(match[1]) });
    } else if ((match = QUOTE.exec(line))) {
      endParagraph();
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'quote') last.spans.push({ text: '\n' }, ...noteSpans(match[1]));
      else blocks.push({ kind: 'quote', spans: noteSpans(match[1]) });
    } else if ((match = BULLET.exec(line) ?? NUMBERED.exec(line))) {
      endParagraph();
      const ordered = NUMBERED.test(line);
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(noteSpans(match[1]));
      else blocks.push({ kind: 'list', ordered, items: [noteSpans(match[1])] });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}

/** A line of only the fence's character, at least as many as opened it. */
function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && trimmed === fence[0].repeat(trimmed.length);
}

const INLINE = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|\*(?=\S)([^*]*?\S)\*|(?<![\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu;

/** Bold, italic and code spans of a line; everything else is text as typed. */
export function noteSpans(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) spans.push({ text: text.slice(last, match.index) });
    if (match[1]) spans.push({ text: match[2].trim() || match[2], style: 'code' });
    else if (match[3] ?? match[4]) spans.push({ text: (match[3] ?? match[4])!, style: 'strong' });
    else spans.push({ text: (match[5] ?? match[6])!, style: 'em' });
    last = match.index + match[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}
