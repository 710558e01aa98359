import type { OutlineNode } from './model';
import { leadsToPage, type RepeatedStatements } from './repeated-recommendations';
import { endsWithNumber, labelWord } from './rules/recommendation-heading';
import { isSummaryTitle } from './rules/unnumbered-chapters';
import { readTitleNumber } from './headings/numbering';

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
  const lists: RecommendationList[] = [];
  for (const root of nodes) collectLists([root], root, lists);
  if (lists.length < 2) return;
  const all = lists.flatMap(list => list.entries);
  // `Main recommendations (see Chapter 1): …`: a label that sends the reader to the part stating them
  // in full restates, where the others are as many (an environmental review's assessment).
  const referring = all.filter(entry => REFERS_TO_PART.test(entry.label ?? ''));
  if (referring.length && othersAsMany(all.length, referring.length)) for (const entry of referring) entry.kind = 'item';
  // Entries that each cite the paragraph that makes them in full (`… (para. 2.13(a));`, an audit's
  // summary; `(§ 22) …`, a monitoring body's priority list) restate them, however short, where the others are as many.
  const citing = all.filter(entry => CITES_PARAGRAPH.test(entry.title) || OPENS_CITING_PARAGRAPH.test(entry.title));
  if (citing.length > 1 && othersAsMany(all.length, citing.length)) for (const entry of citing) entry.kind = 'item';
  const total = all.reduce((sum, node) => sum + statedLength(node), 0);
  const numbered = byNumberedLabel(all);
  // First the lists that gather what later parts state again: those are no fuller statement of anything.
  markGatheredAhead(lists, numbered);
  // A list apart whose every entry's numbered label a fuller recommendation carries again restates
  // them, however few (a summary's `FRA opinion 1.1` and `1.2` under their chapter's name).
  for (const list of lists) {
    const inList = new Set(list.entries);
    if (standsApart(list, lists) && list.entries.every(entry => namesakeOf(entry, numbered, inList))) for (const entry of list.entries) entry.kind = 'item';
  }
  // An executive summary's list where the body states as many: a summary of them (`Audit
  // Recommendations`), in fewer words or other words (paragraphs under `Our recommendations and next
  // steps`, an audit's `The State Government should:` over what its chapters box as `Recommendation 1` …).
  for (const list of lists) {
    if (inSummary(list.root) && list.entries.length >= SHORTEST_LIST && list.entries[0].kind === 'recommendation' && standsApart(list, lists) && othersAsMany(all.length, list.entries.length)) {
      for (const entry of list.entries) entry.kind = 'item';
    }
  }
  const standingApart = lists.filter(list => list.entries.length >= SHORTEST_LIST && list.entries[0].kind === 'recommendation' && standsApart(list, lists) && isShorter(list, all.length, total));
  if (!standingApart.length) return;
  // An entry that leads to its page restates, and is never the fuller statement of another.
  const matcher = new RestatementMatcher(all.filter(node => !leadsToPage(node.title)), source, standingApart.map(list => list.entries));
  const restating: RecommendationList[] = [];
  for (const { entries: list, root } of standingApart) {
    // `Summary of key recommendations` before the body's own lists: a list that names itself a
    // summary restates what the body sets out, however it rewords it, where the body states as many.
    // So does a summary's selection of them (`Key recommendations` in an `Executive summary`).
    const named = NAMED_SUMMARY.test(list[0].label ?? '') || (inSummary(root) && NAMED_SELECTION.test(list[0].label ?? ''));
    if (named && othersAsMany(all.length, list.length)) {
      for (const entry of list) entry.kind = 'item';
      continue;
    }
    const inList = new Set(list);
    const fuller = new Set<OutlineNode>();
    let shortened = 0;
    for (const entry of list) {
      // An entry said word for word as the body says it stands for now in the body's place (see
      // repeated-recommendations.ts); in a list that restates others in fewer words, the body's
      // statement is the one. A list said wholly word for word is left to that rule.
      const twin = repeated.get(entry);
      const said = (twin && !leadsToPage(twin.title) ? twin : undefined) ?? matcher.fullerStatement(entry, inList);
      if (said && !twin) shortened++;
      if (said) fuller.add(said);
    }
    const share = inSummary(root) ? RESTATED_SHARE_IN_FRONT : RESTATED_SHARE;
    if (shortened > 0 && fuller.size >= SHORTEST_LIST && fuller.size >= list.length * share) {
      for (const entry of list) {
        entry.kind = 'item';
        const twin = repeated.get(entry);
        if (twin) twin.kind = 'recommendation';
      }
      restating.push({ entries: list, root });
    }
  }
  markSameLabelRestating(restating, lists);
}

/**
 * What a restating list's label holds elsewhere in its part restates too: an executive summary's
 * `Top priority recommendations` lists them in short, then tables them again by area (`Priority
 * actions` cells of a few words, too short to match), all under the one label.
 */
function markSameLabelRestating(restating: readonly RecommendationList[], lists: readonly RecommendationList[]): void {
  for (const { entries, root } of restating) {
    const label = entries[0].label;
    if (label === undefined || endsWithNumber(label)) continue;
    for (const other of lists) if (other.root === root && other.entries[0].label === label) for (const entry of other.entries) entry.kind = 'item';
  }
}

/** The recommendations by their numbered labels (`FRA opinion 1.1`, `提言３`), each label's in text order. */
function byNumberedLabel(all: readonly OutlineNode[]): Map<string, OutlineNode[]> {
  const byLabel = new Map<string, OutlineNode[]>();
  for (const node of all) {
    if (!node.label || !endsWithNumber(node.label)) continue;
    const key = labelKey(node.label);
    const same = byLabel.get(key);
    if (same) same.push(node);
    else byLabel.set(key, [node]);
  }
  return byLabel;
}

/**
 * The recommendation outside the list that carries the entry's numbered label and says more: a
 * summary's `FRA opinion 1.1` in fewer words restates the chapter's, however it rewords it. An entry
 * that leads to its page (`… agricultural policy framework. ........ 13`, a committee's front list
 * printed as a contents) points to that one, whatever either says.
 */
function namesakeOf(entry: OutlineNode, numbered: ReadonlyMap<string, OutlineNode[]>, list: ReadonlySet<OutlineNode>): OutlineNode | undefined {
  if (entry.label === undefined) return undefined;
  const toPage = leadsToPage(entry.title);
  return numbered.get(labelKey(entry.label))?.find(node => !list.has(node) && node.kind === 'recommendation' && (toPage || statedLength(node) > ownLength(entry)));
}


/**
 * `Findings and recommendations` before the chapters, `Recommendation 3.3` in it, then `RECOMMENDATION
 * 3.3` in chapter 3 and `RECOMMENDATION 6.2` in chapter 6: a list whose entries' numbered labels
 * stand again later in two other parts or more gathers them ahead of the chapters that argue them
 * (an inquiry's overview repeats each word for word). Most of its entries must so; each that does restates.
 */
function markGatheredAhead(lists: readonly RecommendationList[], numbered: ReadonlyMap<string, OutlineNode[]>): void {
  const rootOf = new Map<OutlineNode, OutlineNode>();
  for (const list of lists) for (const entry of list.entries) rootOf.set(entry, list.root);
  for (const list of lists) {
    const laterParts = new Set<OutlineNode>();
    const restating: OutlineNode[] = [];
    for (const entry of list.entries) {
      const later = entry.label === undefined ? undefined : numbered.get(labelKey(entry.label))?.find(node => node.start > entry.start && rootOf.get(node) !== list.root);
      if (!later) continue;
      restating.push(entry);
      laterParts.add(rootOf.get(later)!);
    }
    if (laterParts.size >= LEAST_PARTS_GATHERED && restating.length * 2 > list.entries.length) for (const entry of restating) entry.kind = 'item';
  }
}

const LEAST_PARTS_GATHERED = 2;

/** A numbered label as a summary and the body both write it: `Recommendation 3.3` in one, `RECOMMENDATION 3.3` in the other. */
function labelKey(label: string): string {
  return label.normalize('NFKC').toLowerCase();
}

/** The recommendations under one parent with one label (one list, one table), and the top-level part they are in. */
interface RecommendationList {
  entries: OutlineNode[];
  root: OutlineNode;
}

/**
 * A summary gathers what the document states elsewhere: it stands before all the recommendations
 * of the other parts or after all of them (a front list, a closing table, an appendix), never
 * among them as each chapter's own list does. Where all of them are in its own part, it comes
 * wholly after them (`以上の７つの提言について…表４−１に整理した。` over a table of them) or before.
 * A list already read as restating (the agency's letter answering each, appended) counts for neither.
 */
function standsApart(list: RecommendationList, lists: readonly RecommendationList[]): boolean {
  const first = list.entries[0].start;
  let before = false;
  let after = false;
  for (const other of lists) {
    if (other.root === list.root || other.entries.every(entry => entry.kind !== 'recommendation')) continue;
    if (other.entries[0].start < first) before = true;
    else after = true;
    if (before && after) return false;
  }
  return before || after || standsApartInItsPart(list, lists);
}

function standsApartInItsPart(list: RecommendationList, lists: readonly RecommendationList[]): boolean {
  const first = list.entries[0].start;
  const last = list.entries[list.entries.length - 1].start;
  let before = false;
  let after = false;
  for (const other of lists) {
    if (other === list) continue;
    if (other.entries[other.entries.length - 1].start < first) before = true;
    else if (other.entries[0].start > last) after = true;
    else return false;
  }
  return before !== after;
}

/** Said in fewer words: the list's titles are on the whole no longer than the others' texts (`count` of them all, `total` their length). */
function isShorter(list: RecommendationList, count: number, total: number): boolean {
  const own = list.entries.reduce((sum, node) => sum + node.title.length, 0);
  const theirs = total - list.entries.reduce((sum, node) => sum + statedLength(node), 0);
  return count > list.entries.length && own / list.entries.length <= SHORTER_SHARE * (theirs / (count - list.entries.length));
}

/** How much of a recommendation's text is read for its words. */
function statedLength(node: OutlineNode): number {
  return Math.min(node.end - node.start, LONGEST_READ);
}

/**
 * What an entry states, for the recommendation it restates to be no shorter: its title on one line
 * (a table's row, whose other cells are no part of it), its lines where it sets out more below its
 * title (`Recommendation 2 – Check the repairs` over what the Commission should do).
 */
function ownLength(node: OutlineNode): number {
  return node.endLine > node.line ? statedLength(node) : node.title.length;
}

/**
 * A label that names its list a summary of the recommendations (`Summary of key recommendations`,
 * `提言の概要`, `提言（要旨）`, `Table of Recommendations` as a review's annex gathers them), or a selection of them (`Key recommendations of this report include:`,
 * as an observation mission's executive summary picks from its closing list).
 */
const NAMED_SUMMARY = /^(?:summary\s+of\b|(?:table|list)\s+of\s+(?:the\s+)?recommendations\b|.{0,30}\b(?:in\s+(?:brief|summary)|at\s+a\s+glance)$|.{0,50}\brecommendations\b.{0,30}\binclude[sd]?$)|^.{0,10}?(?:提言|提案|勧告)(?:の|（)(?:概要|要旨|要約)/i;

/**
 * `Key recommendations`, `Priority recommendations`, `主な提言`: a label naming the chosen few, which in
 * a summary chapter are chosen from the body (in a chapter of the body, they are its own).
 */
const NAMED_SELECTION = /^(?:(?:the\s+)?(?:key|main|principal|priority|top|major)\s+(?:priority\s+)?recommendations|(?:主な|主要な|重点)(?:提言|提案|勧告))$/i;

/** `(see Chapter 1)`, `(see section 2.3)`, `（第１章参照）`: a label's reference to the part that states what it lists. */
const REFERS_TO_PART = /\((?:see|cf\.?)\s+(?:chapter|section|part|annex)\s+[0-9A-Z]|[（(]第?[0-9０-９]+章参照[）)]/i;

/** `… (para. 2.13(a));`, `… (paragraphs 45 and 46).`: an entry's reference to the paragraph it sums up, at its end. */
const CITES_PARAGRAPH = /\((?:paras?\.|paragraphs?)\s*[0-9][^()]*(?:\([a-z]\)[^()]*)*\)[;.,]?(?:\s+(?:and|or))?$/i;

/** `(§ 22) ECRI recommends …`: a priority list's entry opening with the paragraph that makes it in full. */
const OPENS_CITING_PARAGRAPH = /^\(§{1,2}\s*[0-9]+(?:\s*[-–,]\s*[0-9]+)*\)/;

/** Whether the recommendations other than a part of `part` are as many as it, at least: the body states what the part sums up. */
function othersAsMany(total: number, part: number): boolean {
  return total - part >= part;
}

/** A part before the body, or a summary (`Executive summary`; `1. Summary`, numbered as the chapters after it). */
function inSummary(root: OutlineNode): boolean {
  const numbering = readTitleNumber(root.title);
  return root.kind === 'front-matter' || isSummaryTitle(numbering ? root.title.slice(numbering.titleStart) : root.title);
}

/** A list of one or two is too short to tell a restatement from two ways of saying alike. */
const SHORTEST_LIST = 3;
/** A restating list's titles are at most this share of the others' texts in length, on average. */
const SHORTER_SHARE = 1;
/**
 * This share of a list's entries must each restate a distinct recommendation: a summary rewords
 * some of its entries past finding (`Consolidate by …` for `Implement a consolidation of …`).
 */
const RESTATED_SHARE = 2 / 3;
/**
 * … or half of it, in a summary before the body (an executive summary's list, which may fold two
 * recommendations into one entry): what a summary lists, the body sets out.
 */
const RESTATED_SHARE_IN_FRONT = 1 / 2;
/** This share of an entry's words must be found in the text of the one it restates. */
const SHARED_WORDS = 0.7;
/** A recommendation's text is read this far (in characters) for the words its details say … */
const LONGEST_READ = 600;
/** … where its title holds this share of the entry's words: a summary keeps the title's words. */
const SHARED_TITLE_WORDS = 0.4;
/** An entry of fewer words says too little to be matched. */
const FEWEST_WORDS = 4;
/** A word said by more than this share of the recommendations tells none apart: it finds no candidate. */
const COMMON_SHARE = 1 / 8;
/** … though a few holders are always telling. */
const FEWEST_HOLDERS = 4;
/** Rare words an entry must share with a recommendation for that one to be read at all. */
const LEAST_RARE_SHARED = 2;
/** The candidates read for each entry, those sharing the most rare words first. */
const MOST_CANDIDATES = 4;

/**
 * The lists under `nodes`, all in the top-level part `root`; numbered labels (`Recommendation 3`) list
 * by their word, apart from a list under the word alone (a table's `提言` column after `提言１` … `提言７`).
 */
function collectLists(nodes: readonly OutlineNode[], root: OutlineNode, into: RecommendationList[]): void {
  const byLabel = new Map<string, OutlineNode[]>();
  for (const node of nodes) {
    if (node.kind === 'recommendation') {
      const key = labelWord(node.label ?? '') + (endsWithNumber(node.label ?? '') ? '#' : '');
      const list = byLabel.get(key);
      if (list) list.push(node);
      else byLabel.set(key, [node]);
    }
    collectLists(node.children, root, into);
  }
  for (const entries of byLabel.values()) into.push({ entries, root });
}

/**
 * Finds the recommendation an entry restates. Titles are indexed by their rarer words; only the
 * few that share several with the entry have their whole text (details included) read and compared.
 */
class RestatementMatcher {
  private readonly titleWords: Set<Word>[];
  private readonly textWords = new Map<number, Set<Word>>();
  /** Word to the numbers (places in `all`) of the recommendations whose titles say it. */
  private readonly index = new Map<Word, number[]>();
  private readonly place = new Map<OutlineNode, number>();
  /** Rare words shared with the entry under way, by place; reset after each entry. */
  private readonly counts: Int32Array;

  /** `examined`: the lists whose entries are matched; only their words are indexed. */
  constructor(private readonly all: readonly OutlineNode[], private readonly source: string, examined: readonly OutlineNode[][]) {
    this.titleWords = all.map(node => wordsOf(node.title));
    this.counts = new Int32Array(all.length);
    all.forEach((node, k) => this.place.set(node, k));
    const wanted = new Set<Word>();
    for (const list of examined) for (const entry of list) for (const word of this.ownWords(entry)) wanted.add(word);
    this.titleWords.forEach((titleWords, k) => {
      // A title cut short where its sentence leads into points (`The agency should`) says little of
      // the recommendation: its text is indexed instead.
      const words = cutShort(all[k]) ? this.textWordsOf(k) : titleWords;
      for (const word of words) {
        if (!wanted.has(word)) continue;
        const holders = this.index.get(word);
        if (holders) holders.push(k);
        else this.index.set(word, [k]);
      }
    });
    const common = Math.max(FEWEST_HOLDERS, Math.ceil(all.length * COMMON_SHARE));
    for (const [word, holders] of this.index) if (holders.length > common || holders.length < 2) this.index.delete(word);
  }

  /** The words of an entry's title: an entry that leads to its page is no candidate, and is read apart. */
  private ownWords(entry: OutlineNode): Set<Word> {
    const k = this.place.get(entry);
    return k === undefined ? wordsOf(entry.title) : this.titleWords[k];
  }

  /** The recommendation outside `list` that `entry` says again in no more words, or undefined. */
  fullerStatement(entry: OutlineNode, list: ReadonlySet<OutlineNode>): OutlineNode | undefined {
    const own = this.ownWords(entry);
    if (own.size < FEWEST_WORDS) return undefined;
    const touched: number[] = [];
    for (const word of own) {
      const holders = this.index.get(word);
      if (!holders) continue;
      for (const k of holders) if (this.counts[k]++ === 0) touched.push(k);
    }
    const candidates: number[] = [];
    for (const k of touched) {
      const other = this.all[k];
      if (this.counts[k] >= LEAST_RARE_SHARED && !list.has(other) && other.end - other.start >= ownLength(entry)) candidates.push(k);
    }
    candidates.sort((a, b) => this.counts[b] - this.counts[a]);
    for (const k of touched) this.counts[k] = 0;
    let best: OutlineNode | undefined;
    let most = Math.ceil(own.size * SHARED_WORDS) - 1;
    for (const k of candidates.slice(0, MOST_CANDIDATES)) {
      // The title alone may settle it; a text is read only where the title says much of the entry,
      // or says little of its own text (cut short).
      const inTitle = shared(own, this.titleWords[k]);
      const titleSettles = inTitle > most || (inTitle < own.size * SHARED_TITLE_WORDS && !cutShort(this.all[k]));
      const count = titleSettles ? inTitle : shared(own, this.textWordsOf(k));
      if (count > most) {
        best = this.all[k];
        most = count;
      }
    }
    return best;
  }

  private textWordsOf(k: number): Set<Word> {
    let words = this.textWords.get(k);
    if (!words) {
      const node = this.all[k];
      words = wordsOf(this.source.slice(node.start, Math.min(node.end, node.start + LONGEST_READ)));
      this.textWords.set(k, words);
    }
    return words;
  }
}

/**
 * Whether a recommendation's title is a sentence cut where it leads into its points (`The agency
 * should`, `… so that`): it ends with no stop and shows less than half of its text (read as far
 * as LONGEST_READ).
 */
function cutShort(node: OutlineNode): boolean {
  return !SENTENCE_STOP.test(node.title) && node.title.length < statedLength(node) * CUT_SHORT_SHARE;
}

const SENTENCE_STOP = /[.。．!?！？;；:：]\s*$/;
/** A title this share of its text or less may be cut short (see cutShort). */
const CUT_SHORT_SHARE = 0.5;

/** How many of an entry's words are among `words`. */
function shared(own: ReadonlySet<Word>, words: ReadonlySet<Word>): number {
  let count = 0;
  for (const word of own) if (words.has(word)) count++;
  return count;
}

/**
 * What a text says, as a set: Latin words of four letters or more in lower case, cut to their
 * first six (`certifications` and `certification` alike; `the`, `TB` say nothing; FUNCTION_WORDS
 * neither), and pairs of neighbouring kanji or katakana in Japanese, which writes without spaces.
 */
export function wordsOf(text: string): Set<Word> {
  const words = new Set<Word>();
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
    // A pair is kept as a number (both codes), made without a string.
    if (cjk && previousCjk === i - 1 && i > 0) words.add(text.charCodeAt(i - 1) * 0x10000 + code);
    if (cjk) previousCjk = i;
  }
  return words;
}

/** A Latin word, or a pair of kanji or katakana as the number of its two codes. */
type Word = string | number;

function isKanjiOrKatakana(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || code === 0x3005 || (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

/** Words every sentence of a recommendation may hold, whatever it asks. */
const FUNCTION_WORDS = new Set(['that', 'this', 'these', 'those', 'with', 'from', 'into', 'their', 'they', 'them', 'there', 'which', 'what', 'when', 'where', 'should', 'shall', 'must', 'will', 'would', 'could', 'have', 'been', 'were', 'such', 'also', 'than', 'each', 'other', 'more', 'most', 'only', 'over', 'under', 'upon', 'about', 'through']);

/**
 * `（再掲）最低賃金を…引き上げます。`: a plan or a policy collection marks a measure it repeats from
 * another part as such. Counted once, where it is made: the repeat is an item.
 */
export function markMarkedRepeats(nodes: OutlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'recommendation' && REPEAT_MARK.test(node.title)) node.kind = 'item';
    markMarkedRepeats(node.children);
  }
}

const REPEAT_MARK = /^\s*[（(【［[〔]再掲[）)】］\]〕]/;
