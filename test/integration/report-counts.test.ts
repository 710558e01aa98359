import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineElement } from '../../src/vscode/outline/outline-tree';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import type { ShownReport } from '../../src/vscode/report/register-report';

const SAMPLE = 'outlook-2026.policy.txt';

/** The nodes of a kind under an element, walking the tree as the Outline view shows it. */
async function countInTree(provider: OutlineApi['provider'], element: OutlineElement, kind: string): Promise<number> {
  let count = 0;
  for (const child of await provider.getChildren(element)) {
    if (child.type === 'node' && child.node.kind === kind) count++;
    count += await countInTree(provider, child, kind);
  }
  return count;
}

describe('Recommendation counts agree between the Outline and the report, in a real VS Code', () => {
  it('counts listed recommendations per chapter as the Outline lists them, and those in the text apart', async () => {
    const { outline } = await vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate() as { outline: OutlineApi };
    const shown = await vscode.commands.executeCommand<ShownReport>('policyAnnotator.showReport');
    const document = (await outline.provider.getChildren()).find(d => d.type === 'document' && d.uri.path.endsWith(`/${SAMPLE}`))!;
    const chapters = (await outline.provider.getChildren(document)).filter(c => c.type === 'node' && c.node.kind === 'chapter');
    assert.ok(chapters.length > 0);
    let inTextSeen = 0;
    for (const chapter of chapters) {
      assert.ok(chapter.type === 'node');
      const row = shown.data.coverage.find(c => c.document.endsWith(SAMPLE) && c.chapter === chapter.node.title);
      assert.ok(row, `the report has a row for ${chapter.node.title}`);
      assert.equal(row.recommendations, await countInTree(outline.provider, chapter, 'recommendation'), `listed, ${chapter.node.title}`);
      assert.equal(row.inText, await countInTree(outline.provider, chapter, 'prose-recommendation'), `in the text, ${chapter.node.title}`);
      inTextSeen += row.inText;
    }
    assert.ok(inTextSeen > 0, 'the sample has recommendations in the text, which the listed count leaves out');
    const drawn = shown.rendered?.coverageListed;
    assert.ok(drawn, 'the page drew the coverage');
    shown.data.coverage.forEach((row, i) => {
      if (row.recommendations) assert.ok(drawn[i].endsWith(String(row.recommendations)) || drawn[i].includes(` ${row.recommendations} `), `${drawn[i]} shows ${row.recommendations}`);
    });
  });
});
