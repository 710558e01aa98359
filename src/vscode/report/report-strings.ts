/**
 * The report page's strings in English, keyed by what the page calls them. They are the keys of
 * l10n/bundle.l10n.*.json too: report-labels.ts translates each with vscode.l10n.t. Kept free of
 * the vscode module so that the page can also be drawn outside VS Code (docs screenshot).
 */
export const REPORT_STRINGS = {
  title: 'Annotation Report',
  summary: 'Annotations: {0} · documents: {1}',
  empty: 'No annotations yet. Select a passage in a policy document and run Annotate Selection.',
  matrixTitle: 'Tags by chapter',
  rollUp: 'Count sub-tags in their parent tags',
  tag: 'Tag',
  total: 'Total',
  untagged: '(untagged)',
  outsideChapters: 'Outside chapters',
  expand: 'Expand',
  collapse: 'Collapse',
  cellTitle: 'Tag {1} in {2}: {0}',
  detailsHint: 'Click a cell to list its annotations, or a chapter number for all of the chapter.',
  detailsTitle: '{0} × {1} ({2})',
  chapterHint: 'Click to list every annotation of this chapter with its note.',
  chapterTitle: 'All annotations of {0} ({1})',
  chapterEmpty: 'No annotations in this chapter yet.',
  open: 'Open in the editor',
  orphaned: 'quote not found in the current text',
  overTime: 'Annotations over time',
  periods: 'Annotations created per period, {0}',
  byAuthor: 'By author',
  byTag: 'By tag',
  coverageTitle: 'Recommendations with annotations',
  noChapters: 'No chapters recognised in the policy documents.',
  document: 'Document',
  chapter: 'Chapter',
  annotatedRecommendations: 'Annotated recommendations (listed)',
  annotatedInText: 'Annotated recommendations in the text',
  annotatedOf: '{0} of {1}',
  noRecommendations: 'no recommendations recognised',
} as const;

export type ReportLabels = Record<keyof typeof REPORT_STRINGS, string>;
