/** The structure recognised in a policy text. Offsets are UTF-16 indices into the text. */
export type OutlineKind =
  | 'front-matter'      // messages, prefaces, summaries before the first chapter
  | 'toc'               // a table of contents (never creates chapters)
  | 'chapter'
  | 'section'
  | 'question'          // a survey question (【…】)
  | 'group'             // an answer group or a list heading that is not a recommendation heading
  | 'recommendation'    // a listed proposal: a bullet under a recommendations heading, a survey answer to a "what should be done" question, 第一に… paragraphs
  | 'prose-recommendation' // a proposal that stands in prose (…すべきである, should …): lower confidence
  | 'item'              // a listed item that is not a proposal (成果①, answers to factual questions)
  | 'back-matter';      // references, related articles, navigation after the body

export interface OutlineNode {
  kind: OutlineKind;
  /** The heading or the item's full text, with line breaks inside a wrapped title joined. */
  title: string;
  /** Start and end UTF-16 offsets; end is exclusive and covers the node's whole body. */
  start: number;
  end: number;
  /** 1-based first and last line of the node. */
  line: number;
  endLine: number;
  author?: string;
  date?: string;
  /**
   * What made a node a recommendation: the label of its block (`提言`, `Key Recommendations`), a
   * numbered heading (`提言1`), an inline marker (`(Recommendation 3)`), a requirement keyword
   * (`SHALL`), or a reader's correction. Shown beside the recommendation in the tree and the search.
   */
  label?: string;
  children: OutlineNode[];
}

export type DocumentFormat = 'outlook' | 'survey' | 'report' | 'article' | 'markdown' | 'english' | 'plain';

export interface Outline {
  format: DocumentFormat;
  nodes: OutlineNode[];
}
