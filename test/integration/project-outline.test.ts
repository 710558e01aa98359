import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineApi } from '../../src/vscode/outline/register-outline';
import { eventually, writeText } from './support/host';
import { outlineNodesOf } from './support/outline-tree';

// A document of a project that numbers its articles 第N条 and introduces its proposals with a
// label of its own, in our own words.
const TEXT = ['第1条 目的', '本文。', '', '打ち手', '- 港の安全の確保', '- 船の増便', '', '第2条 範囲', '本文。', ''].join('\n');

async function outlineApi(): Promise<OutlineApi> {
  return (await vscode.extensions.getExtension('policy-annotator.policy-annotator')!.activate()).outline;
}

describe('The project\'s outline file in a real VS Code', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const uri = () => vscode.Uri.joinPath(root(), 'project-rules', 'articles.txt');
  const config = () => vscode.Uri.joinPath(root(), '.policy-annotator', 'outline.yaml');

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'project-rules'), { recursive: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), '.policy-annotator'), { recursive: true });
  });

  it('its labels and heading patterns change the outline at once; a bad file is shown where it is wrong and adds nothing', async () => {
    const outline = await outlineApi();
    await writeText(uri(), TEXT);
    await eventually(async () => (await outlineNodesOf(outline, uri())).length > 0, 'the document in the Outline view');
    assert.ok(!(await outlineNodesOf(outline, uri())).some(e => e.node.kind === 'recommendation'), 'no recommendation without the project file');

    await writeText(config(), 'recommendationLabels: [打ち手]\nheadingPatterns:\n  - pattern: 第{n}条\n    level: chapter\n');
    const recommendations = await eventually(async () => {
      const found = (await outlineNodesOf(outline, uri())).filter(e => e.node.kind === 'recommendation');
      return found.length === 2 && found;
    }, 'the items under the project\'s label as recommendations');
    assert.deepEqual(recommendations.map(e => [e.node.title, e.node.label]), [['港の安全の確保', '打ち手'], ['船の増便', '打ち手']]);
    assert.deepEqual((await outlineNodesOf(outline, uri())).filter(e => e.node.kind === 'chapter').map(e => e.node.title), ['第1条 目的', '第2条 範囲']);

    await writeText(config(), 'recommendationLabels: [打ち手]\nheadingPatterns:\n  - pattern: Article\n    level: chapter\n');
    const problems = await eventually(() => { const found = outline.projectOutlines.problemsOf(config()); return found.length > 0 && found; }, 'the problem in the Problems view');
    assert.deepEqual([problems[0].range.start.line, problems[0].range.start.character], [2, 13]);
    assert.match(problems[0].message, /a pattern needs \{n\}/);
    assert.equal(vscode.languages.getDiagnostics(config()).length, 1);
    await eventually(async () => !(await outlineNodesOf(outline, uri())).some(e => e.node.kind === 'recommendation'), 'nothing of the bad file used');
  });
});
