import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { importCommand } from '../../../src/cli/commands/import';
import { capture, readAnnotations } from './cli-io';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const ANNOTATIONS = 'outlook-2026.policy.txt.annotations.yaml';


function scratchCopyOfSamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-export-'));
  fs.cpSync(samples, dir, { recursive: true });
  return dir;
}


describe('policy-annotator export and import', () => {
  let dir: string;
  beforeEach(() => { dir = scratchCopyOfSamples(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports the sample workspace as CSV with each annotation\'s chapter and line', async () => {
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'csv'], io), 0, io.stderr);
    const lines = io.stdout.split('\r\n');
    assert.ok(lines[0].startsWith('\uFEFFdocument,chapter,section,quote'));
    const expected = readAnnotations(path.join(dir, ANNOTATIONS)).annotations.length;
    assert.equal(io.stdout.match(/^outlook-2026\.policy\.txt,/gm)?.length, expected, 'one record per annotation');
    assert.match(io.stdout, /^outlook-2026\.policy\.txt,第1章 インド太平洋の海洋秩序,[^,]*提言[^,]*,衛星データの共有枠組み,/m);
  });

  it('reports an invalid annotation file on stderr, leaves it out and exits 1', async () => {
    fs.writeFileSync(path.join(dir, 'survey-2026.txt.annotations.yaml'), 'schema: policy-annotator/1\nannotations: [\n');
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'markdown', '--out', 'digest.md'], io), 1);
    assert.match(io.stderr, /^survey-2026\.txt\.annotations\.yaml:\d+:\d+: /m);
    assert.match(fs.readFileSync(path.join(dir, 'digest.md'), 'utf8'), /^> 衛星データの共有枠組み$/m);
  });

  it('recreates deleted annotation files from a W3C export', async () => {
    const original = readAnnotations(path.join(dir, ANNOTATIONS));
    assert.equal(await exportCommand.run(['.', '--format', 'w3c', '--out', 'export.jsonld'], capture(dir)), 0);
    fs.rmSync(path.join(dir, ANNOTATIONS));
    const io = capture(dir);
    assert.equal(await importCommand.run(['export.jsonld'], io), 0, io.stderr);
    assert.deepEqual(readAnnotations(path.join(dir, ANNOTATIONS)), original);
    assert.match(io.stdout, new RegExp(`${ANNOTATIONS.replace(/\./g, '\\.')}: ${original.annotations.length} added, 0 updated, 0 kept`));
  });

  it('never overwrites an annotation file it cannot read', async () => {
    assert.equal(await exportCommand.run(['.', '--format', 'w3c', '--out', 'export.jsonld'], capture(dir)), 0);
    const broken = '<<<<<<< HEAD\nschema: policy-annotator/1\n';
    fs.writeFileSync(path.join(dir, ANNOTATIONS), broken);
    const io = capture(dir);
    assert.equal(await importCommand.run(['export.jsonld', '--into', '.'], io), 1);
    assert.equal(fs.readFileSync(path.join(dir, ANNOTATIONS), 'utf8'), broken);
    assert.match(io.stderr, /cannot be read.*left untouched/);
  });
});
