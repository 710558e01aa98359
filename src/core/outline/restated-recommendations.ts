import type { OutlineNode } from './model';

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
export function markRestatedRecommendations(nodes: OutlineNode[], source: string): OutlineNode[] {
  const lists: OutlineNode[][] = [];
  collectLists(nodes, lists);
  const all = lists.flat();
  if (lists.length < 2 || all.length < 2 * SHORTEST_LIST) return nodes;
  const stated = new Map(all.map(node => [node, source.slice(node.start, Math.min(node.end, node.start + LONGEST_READ))]));
  const index = indexByWord(all, stated);
  for (const list of lists) {
    if (list.length < SHORTEST_LIST) continue;
    const inList = new Set(list);
    const fuller = new Set<OutlineNode>();
    for (const entry of list) {
      const said = sayingFuller(entry, inList, stated, index);
      if (said && !fuller.has(said)) fuller.add(said);
    }
    if (fuller.size >= SHORTEST_LIST && fuller.size >= list.length * RESTATED_SHARE) {
      for (const entry of list) entry.kind = 'item';
    }
  }
  return nodes;
}

/** A list of one or two is too short to tell a restatement from two ways of saying alike. */
const SHORTEST_LIST = 3;
/** This share of a list's entries must each restate a distinct recommendation. */
const RESTATED_SHARE = 0.75;
/** This share of an entry's words must be found in the one it restates. */
const SHARED_WORDS = 0.7;
/** A recommendation's text is read this far (in characters) for the words it says. */
const LONGEST_READ = 2000;
/** An entry of fewer words says too little to be matched. */
const FEWEST_WORDS = 4;

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

/** The recommendation outside the list that `entry` says again in no more words, or undefined. */
function sayingFuller(entry: OutlineNode, list: ReadonlySet<OutlineNode>, stated: Map<OutlineNode, string>, index: Map<string, OutlineNode[]>): OutlineNode | undefined {
  const own = wordsOf(entry.title);
  if (own.size < FEWEST_WORDS) return undefined;
  const shared = new Map<OutlineNode, number>();
  for (const word of own) {
    for (const other of index.get(word) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  let best: OutlineNode | undefined;
  let most = Math.ceil(own.size * SHARED_WORDS) - 1;
  for (const [other, count] of shared) {
    if (count > most && stated.get(other)!.length >= entry.title.length && !list.has(other)) {
      best = other;
      most = count;
    }
  }
  return best;
}

/** Word to the recommendations saying it; a word said by very many tells nothing and is left out. */
function indexByWord(all: readonly OutlineNode[], stated: Map<OutlineNode, string>): Map<string, OutlineNode[]> {
  const index = new Map<string, OutlineNode[]>();
  for (const node of all) {
    for (const word of wordsOf(stated.get(node)!)) {
      const holders = index.get(word);
      if (holders) holders.push(node);
      else index.set(word, [node]);
    }
  }
  for (const [word, holders] of index) if (holders.length > MOST_HOLDERS) index.delete(word);
  return index;
}

const MOST_HOLDERS = 40;

/**
 * What a title says, as a set: Latin words of four letters or more cut to their first six
 * (`certifications` and `certification` alike; `the`, `and`, `TB` say nothing), and pairs of
 * neighbouring kanji or katakana in Japanese, which writes without spaces.
 */
export function wordsOf(title: string): Set<string> {
  const words = new Set<string>();
  for (const match of title.toLowerCase().matchAll(LATIN_WORD)) {
    if (!FUNCTION_WORDS.has(match[0])) words.add(match[0].slice(0, 6));
  }
  for (const match of title.matchAll(CJK_RUN)) {
    const run = match[0];
    for (let k = 0; k + 1 < run.length; k++) words.add(run.slice(k, k + 2));
  }
  return words;
}

const LATIN_WORD = /[a-z]{4,}/g;
const CJK_RUN = /[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc]{2,}/g;
/** Words every sentence of a recommendation may hold, whatever it asks. */
const FUNCTION_WORDS = new Set(['that', 'this', 'these', 'those', 'with', 'from', 'into', 'their', 'they', 'them', 'there', 'which', 'what', 'when', 'where', 'should', 'shall', 'must', 'will', 'would', 'could', 'have', 'been', 'were', 'such', 'also', 'than', 'each', 'other', 'more', 'most', 'only', 'over', 'under', 'upon', 'about', 'through']);
