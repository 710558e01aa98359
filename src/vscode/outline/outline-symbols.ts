import * as vscode from 'vscode';
import type { OutlineNode } from '../../core/outline/model';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from './outline-cache';
import type { OutlineInputs } from './outline-inputs';
import { shortTitle, symbolKindFor } from './outline-presentation';

/** VS Code's own Outline, breadcrumbs and Go to Symbol, and folding per chapter and section. */
export function registerOutlineSymbols(documents: PolicyDocuments, cache: OutlineCache, inputs: OutlineInputs): vscode.Disposable {
  // Markdown has its own symbols and folding in VS Code; every other policy document gets ours.
  const ours = (document: vscode.TextDocument) => document.languageId !== 'markdown' && documents.isPolicyDocument(document);
  const symbols: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      if (!ours(document)) return [];
      return cache.forDocument(document).nodes.filter(n => n.kind !== 'toc').map(node => toSymbol(document, node));
    },
  };
  const folding: vscode.FoldingRangeProvider = {
    provideFoldingRanges(document) {
      if (!ours(document)) return [];
      const ranges: vscode.FoldingRange[] = [];
      const visit = (nodes: OutlineNode[]) => {
        for (const node of nodes) {
          const foldable = node.kind !== 'recommendation' && node.kind !== 'prose-recommendation' && node.kind !== 'item';
          if (foldable && node.endLine > node.line) ranges.push(new vscode.FoldingRange(node.line - 1, node.endLine - 1, vscode.FoldingRangeKind.Region));
          visit(node.children);
        }
      };
      visit(cache.forDocument(document).nodes);
      return ranges;
    },
  };
  // The policy-text language, plain text, and whatever the configured globs match; registered
  // again when the globs change.
  let registered: vscode.Disposable | undefined;
  const register = () => {
    registered?.dispose();
    const selector: vscode.DocumentSelector = [{ language: 'policy-text' }, { language: 'plaintext' }, ...documents.globs().map(pattern => ({ pattern }))];
    registered = vscode.Disposable.from(
      vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: vscode.l10n.t('Policy Annotator') }),
      vscode.languages.registerFoldingRangeProvider(selector, folding),
    );
  };
  register();
  const onConfiguration = documents.onDidChange(change => {
    if (change.kind === 'all') register();
  });
  // VS Code keeps a document's symbols until its text changes; registering again tells it that a
  // correction or the project's file changed them with the text unchanged.
  const onInputs = inputs.onDidChange(register);
  return { dispose: () => { onConfiguration.dispose(); onInputs.dispose(); registered?.dispose(); } };
}

function toSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const range = new vscode.Range(document.positionAt(node.start), document.positionAt(node.end));
  const firstLineEnd = document.lineAt(node.line - 1).range.end;
  const selection = new vscode.Range(range.start, firstLineEnd.isBefore(range.end) ? firstLineEnd : range.end);
  const symbol = new vscode.DocumentSymbol(shortTitle(node, 60), [node.author, node.date].filter(Boolean).join(' · '), symbolKindFor(node), range, selection);
  symbol.children = node.children.map(child => toSymbol(document, child));
  return symbol;
}
