import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AGREEMENT_STRINGS } from '../../../src/vscode/agreement/agreement-strings';
import { REPORT_STRINGS } from '../../../src/vscode/report/report-strings';

const root = path.join(__dirname, '..', '..', '..');
const japanese: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.ja.json'), 'utf8'));

/** The literal first arguments of vscode.l10n.t(...) in a source file. */
function l10nLiterals(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map(m => m[1].replace(/\\'/g, "'"));
}

describe('Export and report strings in Japanese', () => {
  it('translates every string of the report page', () => {
    const missing = Object.values(REPORT_STRINGS).filter(english => !japanese[english]);
    assert.deepEqual(missing, []);
  });

  it('translates every string of the export command, with the same placeholders', () => {
    const strings = ['src/vscode/export/register-export.ts', 'src/vscode/report/register-report.ts'].flatMap(l10nLiterals);
    assert.ok(strings.length > 10, 'the sources use vscode.l10n.t');
    for (const english of [...strings, ...Object.values(REPORT_STRINGS)]) {
      assert.ok(japanese[english], `no Japanese for "${english}"`);
      const placeholders = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
      assert.equal(placeholders(japanese[english]), placeholders(english), `placeholders of "${english}"`);
    }
  });
});

describe('Codebook and agreement strings in Japanese', () => {
  it('translates every string of the agreement page, the rename command, the codebook, its warnings and quick fix, the tag picker and the Annotations view, with the same placeholders', () => {
    const files = ['src/vscode/agreement/agreement-panel.ts', 'src/vscode/codebook/rename-tag.ts', 'src/vscode/codebook/workspace-codebook.ts', 'src/vscode/annotations/tag-picker.ts',
      'src/vscode/codebook/uncoded-tag-diagnostics.ts', 'src/vscode/codebook/add-tag-to-codebook.ts', 'src/vscode/annotations/annotation-tree.ts'];
    const strings = [...files.flatMap(l10nLiterals), ...Object.values(AGREEMENT_STRINGS)];
    assert.ok(strings.length > 20, 'the sources use vscode.l10n.t');
    for (const english of strings) {
      assert.ok(japanese[english], `no Japanese for "${english}"`);
      const placeholders = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
      assert.equal(placeholders(japanese[english]), placeholders(english), `placeholders of "${english}"`);
    }
  });
});
