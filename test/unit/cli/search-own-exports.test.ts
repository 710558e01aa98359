import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { searchCommand } from '../../../src/cli/commands/search';
import { capture } from './cli-io';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const RECOMMENDATION = 'Governments should screen foreign investment in port operators.';

/** An annotation of a whole prose recommendation: the digest quotes it as a sentence of its own. */
function annotateRecommendation(dir: string): void {
  const text = fs.readFileSync(path.join(dir, 'maritime-brief.md'), 'utf8');
  const at = text.indexOf(RECOMMENDATION);
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at - 1);
  fs.writeFileSync(path.join(dir, 'maritime-brief.md.annotations.yaml'), [
    'schema: policy-annotator/1',
    'document: maritime-brief.md',
    'annotations:',
    '  - id: 01KAMB3Q8V0000000000000009',
    `    quote: ${RECOMMENDATION}`,
    `    prefix: ${JSON.stringify(text.slice(at - 32, at))}`,
    `    suffix: ${JSON.stringify(text.slice(at + RECOMMENDATION.length, at + RECOMMENDATION.length + 32))}`,
    `    start: ${line}:${column}`,
    `    end: ${line}:${column + RECOMMENDATION.length}`,
    '    author: Hanako Yamada <hanako@example.org>',
    '    created: 2026-11-20T09:30:00Z',
    '',
  ].join('\n'));
}

describe('policy-annotator search never reads an export as a document', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-search-'));
    fs.cpSync(samples, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function documentsFound(query: string): Promise<string[]> {
    const io = capture(dir);
    assert.equal(await searchCommand.run([query, '--in', '.', '--json', '--prose', '--limit', '100'], io), 0, io.stderr);
    return (JSON.parse(io.stdout) as { document: string }[]).map(r => r.document);
  }

  it('leaves out a Markdown digest saved under a plain name, and only it', async () => {
    annotateRecommendation(dir);
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'markdown', '--out', 'notes.md'], io), 0, io.stderr);
    // The same digest without its first line is what a researcher's own notes would be: read.
    const digest = fs.readFileSync(path.join(dir, 'notes.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'copied.md'), digest.slice(digest.indexOf('\n') + 1));

    const found = await documentsFound('screen foreign investment');
    assert.ok(found.includes('maritime-brief.md'), found.join(', '));
    assert.ok(found.includes('copied.md'), `the control copy is read: ${found.join(', ')}`);
    assert.ok(!found.includes('notes.md'), found.join(', '));
  });
});
