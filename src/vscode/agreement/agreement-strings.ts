/**
 * The agreement page's strings in English, keyed by what the page calls them; they are keys of
 * l10n/bundle.l10n.*.json too (agreement-panel.ts translates each with vscode.l10n.t).
 */
export const AGREEMENT_STRINGS = {
  title: 'Inter-coder Agreement',
  summary: '{0} coders · {1} documents · {2} code points',
  unit: 'Unit for kappa and percentage',
  sentence: 'sentence',
  recommendation: 'recommendation',
  span: 'code point',
  coders: 'Coders',
  chooseCoders: 'Choose coders…',
  tag: 'Tag',
  alpha: 'Krippendorff\'s α (unitizing)',
  passages: 'Passages per coder',
  kappa: 'Cohen\'s κ {0}',
  percent: 'Agreement % {0}',
  units: 'Units compared: {0}',
  allTags: 'All tags',
  untagged: '(untagged)',
  disagreements: 'Where coders differ ({0})',
  noDisagreements: 'The coders marked the same passages.',
  open: 'Open side by side',
  none: 'no annotation',
  error: 'No agreement to show: {0}',
} as const;

export type AgreementLabels = Record<keyof typeof AGREEMENT_STRINGS, string>;
