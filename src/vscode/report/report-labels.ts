import * as vscode from 'vscode';
import { REPORT_STRINGS, type ReportLabels } from './report-strings';

/** The page's strings in VS Code's display language; `{0}`… stay for the page to fill in. */
export function reportLabels(): ReportLabels {
  const entries = Object.entries(REPORT_STRINGS).map(([key, english]) => [key, vscode.l10n.t(english, '{0}', '{1}', '{2}')]);
  return Object.fromEntries(entries) as ReportLabels;
}
