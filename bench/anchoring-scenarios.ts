/**
 * The edits the anchoring benchmark applies to a corpus document around a chosen quote, each
 * with the answer a correct anchoring gives: the quote's new range, or orphaned.
 */
export interface Passage {
  start: number;
  end: number;
}

export interface Scenario {
  name: string;
  /** Whether a quote is fit for this scenario (e.g. it has ASCII to widen). */
  accepts(text: string, quote: Passage): boolean;
  apply(text: string, quote: Passage, random: () => number): { text: string; expected: Passage | 'orphaned' };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies non-overlapping edits and moves the passage with them. */
function applyEdits(text: string, passage: Passage, edits: Edit[]): { text: string; expected: Passage } {
  let result = text;
  let { start, end } = passage;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.remove);
    const delta = edit.insert.length - edit.remove;
    if (edit.at + edit.remove <= start) start += delta;
    if (edit.at + edit.remove <= end) end += delta;
    else if (edit.at < end) end += delta;
  }
  return { text: result, expected: { start, end } };
}

const FILLER = ['、', '。', 'の', '政策', '\n', '（注）', 'また、', 'a', ' ', '2026年', '◆ 補足\n'];

function randomText(random: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += FILLER[Math.floor(random() * FILLER.length)];
  return out;
}

/** An offset at least `margin` away from the passage, not inside a surrogate pair. */
function offsetAway(text: string, passage: Passage, margin: number, random: () => number): number {
  for (;;) {
    const at = Math.floor(random() * (text.length + 1));
    const low = text.charCodeAt(at);
    if (low >= 0xdc00 && low <= 0xdfff) continue;
    if (at < passage.start - margin || at > passage.end + margin) return at;
  }
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

export const SCENARIOS: Scenario[] = [
  {
    name: 'edits elsewhere',
    accepts: () => true,
    apply(text, quote, random) {
      const edits: Edit[] = [];
      while (edits.length < 6) {
        const at = offsetAway(text, quote, 40, random);
        const remove = Math.min(Math.floor(random() * 12), Math.max(0, (at < quote.start ? quote.start - 40 : text.length) - at));
        if (edits.some(e => at < e.at + e.remove + 1 && e.at < at + remove + 1)) continue;
        edits.push({ at, remove, insert: randomText(random, 1 + Math.floor(random() * 4)) });
      }
      return applyEdits(text, quote, edits);
    },
  },
  {
    name: '1-2 characters changed inside',
    accepts: (_text, quote) => quote.end - quote.start >= 10,
    apply(text, quote, random) {
      const count = 1 + Math.floor(random() * 2);
      const edits: Edit[] = [];
      while (edits.length < count) {
        const at = quote.start + Math.floor(random() * (quote.end - quote.start));
        const c = text.charCodeAt(at);
        if ((c >= 0xd800 && c <= 0xdfff) || text[at] === '\n' || edits.some(e => e.at === at)) continue;
        edits.push({ at, remove: 1, insert: CJK.test(text[at]) ? (text[at] === '国' ? '州' : '国') : (text[at] === 'x' ? 'y' : 'x') });
      }
      return applyEdits(text, quote, edits);
    },
  },
  {
    name: 'bare duplicate elsewhere',
    accepts: () => true,
    apply(text, quote, random) {
      const at = offsetAway(text, quote, 80, random);
      return applyEdits(text, quote, [{ at, remove: 0, insert: text.slice(quote.start, quote.end) }]);
    },
  },
  {
    name: 'wrapped lines joined',
    accepts: () => true,
    apply(text, quote) {
      // Join the quote's lines with the lines before and after (as a re-flow of the paragraph would).
      const from = Math.max(0, text.lastIndexOf('\n', text.lastIndexOf('\n', quote.start - 1) - 1));
      const nextBreak = text.indexOf('\n', quote.end);
      const to = nextBreak === -1 ? text.length : nextBreak + 1;
      const edits: Edit[] = [];
      for (let i = from; i < to; i++) {
        if (text[i] !== '\n') continue;
        const cr = text[i - 1] === '\r' ? 1 : 0;
        const joinsCjk = CJK.test(text[i - 1 - cr] ?? '') && CJK.test(text[i + 1] ?? '');
        edits.push({ at: i - cr, remove: 1 + cr, insert: joinsCjk ? '' : ' ' });
      }
      return applyEdits(text, quote, edits);
    },
  },
  {
    name: 'quoted passage deleted',
    accepts: () => true,
    apply(text, quote) {
      return { text: text.slice(0, quote.start) + text.slice(quote.end), expected: 'orphaned' };
    },
  },
  {
    name: 'ASCII turned full-width',
    accepts: (text, quote) => /[0-9A-Za-z]/.test(text.slice(quote.start, quote.end)),
    apply(text, quote) {
      const wide = text.replace(/[!-~]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      return { text: wide, expected: quote };
    },
  },
];
