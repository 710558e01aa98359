import * as vscode from 'vscode';
import type { OutlineKind, OutlineNode } from '../../core/outline/model';
import { recommendationsIn } from '../../core/outline/recommendation-counts';

const ICONS: Record<OutlineKind, string> = {
  'front-matter': 'info',
  toc: 'list-tree',
  chapter: 'book',
  section: 'symbol-namespace',
  question: 'question',
  group: 'list-unordered',
  recommendation: 'lightbulb',
  'prose-recommendation': 'lightbulb-empty',
  item: 'circle-small',
  'back-matter': 'references',
};

export function iconFor(node: OutlineNode): vscode.ThemeIcon {
  return new vscode.ThemeIcon(ICONS[node.kind]);
}

const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  'front-matter': vscode.SymbolKind.File,
  toc: vscode.SymbolKind.File,
  chapter: vscode.SymbolKind.Module,
  section: vscode.SymbolKind.Namespace,
  question: vscode.SymbolKind.Interface,
  group: vscode.SymbolKind.Namespace,
  recommendation: vscode.SymbolKind.Event,
  'prose-recommendation': vscode.SymbolKind.String,
  item: vscode.SymbolKind.Field,
  'back-matter': vscode.SymbolKind.File,
};

export function symbolKindFor(node: OutlineNode): vscode.SymbolKind {
  return SYMBOL_KINDS[node.kind];
}

/** A tree label: the title on one line, shortened; the whole text goes to the tooltip. */
export function shortTitle(node: OutlineNode, max = 80): string {
  const oneLine = node.title.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

export function kindLabel(node: OutlineNode): string {
  switch (node.kind) {
    case 'chapter': return vscode.l10n.t('Chapter');
    case 'section': return vscode.l10n.t('Section');
    case 'recommendation': return vscode.l10n.t('Recommendation');
    case 'prose-recommendation': return vscode.l10n.t('Recommendation in the text');
    case 'question': return vscode.l10n.t('Question');
    case 'front-matter': return vscode.l10n.t('Front matter');
    case 'back-matter': return vscode.l10n.t('After the body');
    case 'toc': return vscode.l10n.t('Table of contents');
    default: return vscode.l10n.t('Item');
  }
}

/**
 * What made a recommendation one (its label, number or marker), author and date where the text
 * gives them, else the number of recommendations inside.
 */
export function describe(node: OutlineNode, annotationCount: number): string {
  const parts: string[] = [];
  if (node.label) parts.push(node.label);
  const byline = [node.author, node.date].filter(Boolean).join(' · ');
  if (byline) parts.push(byline);
  else if (node.kind !== 'recommendation' && node.kind !== 'prose-recommendation') {
    const recommendations = recommendationsIn(node).listed.length;
    if (recommendations > 0) parts.push(recommendations === 1 ? vscode.l10n.t('1 recommendation') : vscode.l10n.t('{0} recommendations', recommendations));
  }
  if (annotationCount > 0) parts.push(annotationCount === 1 ? vscode.l10n.t('1 annotation') : vscode.l10n.t('{0} annotations', annotationCount));
  return parts.join('  ');
}
