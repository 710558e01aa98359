import type * as vscode from 'vscode';
import type { OutlineElement } from '../../../src/vscode/outline/outline-tree';
import type { OutlineApi } from '../../../src/vscode/outline/register-outline';

/** Every node element of a document in the Outline view, as VS Code asks for them; none while it is not listed. */
export async function outlineNodesOf(outline: OutlineApi, uri: vscode.Uri): Promise<(OutlineElement & { type: 'node' })[]> {
  const document = (await outline.provider.getChildren()).find(d => d.uri.toString() === uri.toString());
  if (!document) return [];
  const all: (OutlineElement & { type: 'node' })[] = [];
  const visit = async (element: OutlineElement) => {
    for (const child of await outline.provider.getChildren(element)) {
      if (child.type === 'node') all.push(child);
      await visit(child);
    }
  };
  await visit(document);
  return all;
}
