import type { OutlineNode } from './model';
import type { RepeatedStatements } from './repeated-recommendations';

/**
 * A list that restates recommendations already stated in full, in a shorter form: guidelines
 * close with a summary table (`1  VOT may be used …  Conditional  Low`), audit reports with an
 * appendix of the recommendations and the agency's answers, reports open with their short list
 * before arguing each in full. Each recommendation counts once, where it is stated in full: the
 * rows of the shorter list become items, still shown where they are.
 *
 * A list is a restatement when most of its entries each say, in no more words, what one other
 * recommendation says with its details: nearly all of the entry's words (see wordsOf) are in that
 * one's text.
 */
export function markRestatedRecommendations(nodes: OutlineNode[], source: string, repeated: RepeatedStatements): void {
  const lists: OutlineNode[][] = [];
  collectLists(nodes, lists);
  if (lists.length < 2 || !lists.some(list => list.length >= SHORTEST_LIST)) return;
  const matcher = new RestatementMatcher(lists.flat(), source);
  for (const list of lists) {
    if (list.length < SHORTEST_LIST) continue;
    const inList = new Set(list);
    const fuller = new Set<OutlineNode>();
    let shortened = 0;
    for (const entry of list) {
      // An entry said word for word as the body says it stands for now in the body's place (see
      // repeated-recommendations.ts); in a list that restates others in fewer words, the body's
      // statement is the one. A list said wholly word for word is left to that rule.
      const twin = repeated.get(entry);
      const said = twin ?? matcher.fullerStatement(entry, inList);
      if (said && !twin) shortened++;
      if (said) fuller.add(said);
    }
    if (shortened > 0 && fuller.size >= SHORTEST_LIST && fuller.size >= list.length * RESTATED_SHARE) {
      for (const entry of list) {
        entry.kind = 'item';
        const twin = repeated.get(entry);
        if (twin) twin.kind = 'recommendation';
      }
    }
  }
}

/** A list of one or two is too short to tell a restatement from two ways of saying alike. */
const SHORTEST_LIST = 3;
/** This share of a list's entries must each restate a distinct recommendation. */
const RESTATED_SHARE = 0.75;
/** This share of an entry's words must be found in the text of the one it restates … */
const SHARED_WORDS = 0.7;
/** … and this share in its title, for it to be read at all: a summary keeps the title's words. */
const SHARED_TITLE_WORDS = 0.4;
/** A recommendation's text is read this far (in characters) for the words its details say. */
const LONGEST_READ = 1000;
/** An entry of fewer words says too little to be matched. */
const FEWEST_WORDS = 4;
/** A word said by more recommendations than this tells none of them apart, and is not indexed. */
const MOST_HOLDERS = 40;

/** The recommendations under one parent with one label: one list, one table. */
function collectLists(nodes: readonly OutlineNode[], into: OutlineNode[][]): void {
  const byLabel = new Map<string, OutlineNode[]>();
  for (const node of nodes) {
    if (node.kind === 'recommendation') {
      const key = node.label ?? '';
      const list = byLabel.get(key);
      if (list) list.push(node);
      else byLabel.set(key, [node]);
    }
    collectLists(node.children, into);
  }
  into.push(...byLabel.values());
}

/**
 * Finds the recommendation an entry restates. Titles are indexed by word; only the few whose
 * titles share enough with the entry have their whole text (details included) read.
 */
class RestatementMatcher {
  private readonly titleWords = new Map<OutlineNode, Set<string>>();
  private readonly textWords = new Map<OutlineNode, Set<string>>();
  private readonly index = new Map<string, OutlineNode[]>();

  constructor(all: readonly OutlineNode[], private readonly source: string) {
    for (const node of all) {
      const words = wordsOf(node.title);
      this.titleWords.set(node, words);
      for (const word of words) {
        const holders = this.index.get(word);
        if (holders) holders.push(node);
        else this.index.set(word, [node]);
      }
    }
    for (const [word, holders] of this.index) if (holders.length > MOST_HOLDERS) this.index.delete(word);
  }

  /** The recommendation outside `list` that `entry` says again in no more words, or undefined. */
  fullerStatement(entry: OutlineNode, list: ReadonlySet<OutlineNode>): OutlineNode | undefined {
    const own = this.titleWords.get(entry)!;
    if (own.size < FEWEST_WORDS) return undefined;
    const shared = new Map<OutlineNode, number>();
    for (const word of own) {
      for (const other of this.index.get(word) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    let best: OutlineNode | undefined;
    let most = Math.ceil(own.size * SHARED_WORDS) - 1;
    for (const [other, inTitle] of shared) {
      if (inTitle < own.size * SHARED_TITLE_WORDS || list.has(other) || other.end - other.start < entry.title.length) continue;
      const count = inTitle > most ? inTitle : this.sharedWithText(own, other);
      if (count > most) {
        best = other;
        most = count;
      }
    }
    return best;
  }

  private sharedWithText(own: ReadonlySet<string>, other: OutlineNode): number {
    let words = this.textWords.get(other);
    if (!words) {
      words = wordsOf(this.source.slice(other.start, Math.min(other.end, other.start + LONGEST_READ)));
      this.textWords.set(other, words);
    }
    let count = 0;
    for (const word of own) if (words.has(word)) count++;
    return count;
  }
}

/**
 * What a text says, as a set: Latin words of four letters or more in lower case, cut to their
 * first six (`certifications` and `certification` alike; `the`, `TB` say nothing; FUNCTION_WORDS
 * neither), and pairs of neighbouring kanji or katakana in Japanese, which writes without spaces.
 */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  let latin = '';
  let previousCjk = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (lower >= 0x61 && lower <= 0x7a) {
      latin += String.fromCharCode(lower);
    } else {
      if (latin.length >= 4 && !FUNCTION_WORDS.has(latin)) words.add(latin.slice(0, 6));
      latin = '';
    }
    const cjk = isKanjiOrKatakana(code);
    if (cjk && previousCjk === i - 1 && i > 0) words.add(text.slice(i - 1, i + 1));
    if (cjk) previousCjk = i;
  }
  return words;
}

function isKanjiOrKatakana(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || code === 0x3005 || (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

/** Words every sentence of a recommendation may hold, whatever it asks. */
const FUNCTION_WORDS = new Set(['that', 'this', 'these', 'those', 'with', 'from', 'into', 'their', 'they', 'them', 'there', 'which', 'what', 'when', 'where', 'should', 'shall', 'must', 'will', 'would', 'could', 'have', 'been', 'were', 'such', 'also', 'than', 'each', 'other', 'more', 'most', 'only', 'over', 'under', 'upon', 'about', 'through']);
