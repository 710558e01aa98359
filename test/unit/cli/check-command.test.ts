import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/command';
import type { CheckEntry } from '../../../src/cli/commands/check';
import { stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation } from '../../../src/core/annotations/model';
import { describeTarget } from '../../../src/core/annotations/target';

const DOCUMENT = '第1章 総論\n◆ 提言\n- 同志国との連携を強化すべきである。\n- 供給網の点検を毎年行うべきである。\n';

function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

function annotationOf(text: string, quote: string, id: string): Annotation {
  const start = text.indexOf(quote);
  return { id, ...describeTarget(text, start, start + quote.length), author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-22T10:15:00Z' };
}

describe('policy-annotator check', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-check-'));
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.writeFileSync(path.join(dir, 'reports', 'a.txt'), DOCUMENT);
    fs.writeFileSync(path.join(dir, 'reports', 'a.txt.annotations.yaml'), stringifyAnnotationFile({
      document: 'a.txt',
      annotations: [annotationOf(DOCUMENT, '同志国との連携', 'A1'), annotationOf(DOCUMENT, '供給網の点検', 'A2')],
    }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 when every annotation is found, and lists their positions as JSON', async () => {
    const io = capture(dir);
    assert.equal(await main(['check', '.', '--json'], io), 0, io.stdout + io.stderr);
    const entries = JSON.parse(io.stdout) as CheckEntry[];
    assert.deepEqual(entries, [
      { file: 'reports/a.txt.annotations.yaml', id: 'A1', status: 'anchored', start: '3:3', end: '3:10' },
      { file: 'reports/a.txt.annotations.yaml', id: 'A2', status: 'anchored', start: '4:3', end: '4:9' },
    ]);
  });

  it('reports moved and orphaned annotations after the document changed, pointing at the entry', async () => {
    fs.writeFileSync(path.join(dir, 'reports', 'a.txt'), '前書き\n' + DOCUMENT.replace('- 供給網の点検を毎年行うべきである。\n', ''));
    const io = capture(dir);
    assert.equal(await main(['check', '.'], io), 1);
    const lines = io.stdout.trim().split('\n');
    assert.match(lines[0], /^reports\/a\.txt\.annotations\.yaml:13:5: annotation A2 is orphaned: its quote "供給網の点検" is no longer in a\.txt$/);
    assert.equal(lines[1], '1 annotation file, 2 annotations: 0 anchored, 1 moved, 1 orphaned, 0 invalid files');
    const json = capture(dir);
    await main(['check', '.', '--json'], json);
    assert.deepEqual((JSON.parse(json.stdout) as CheckEntry[]).map(e => [e.id, e.status, e.start, e.end]), [['A1', 'moved', '4:3', '4:10'], ['A2', 'orphaned', null, null]]);
  });

  it('reports an invalid file with line and column, and a missing document', async () => {
    fs.writeFileSync(path.join(dir, 'broken.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'broken.txt.annotations.yaml'), 'schema: policy-annotator/9\ndocument: broken.txt\nannotations: []\n');
    fs.writeFileSync(path.join(dir, 'gone.txt.annotations.yaml'), stringifyAnnotationFile({ document: 'gone.txt', annotations: [annotationOf(DOCUMENT, '同志国', 'G1')] }));
    const io = capture(dir);
    assert.equal(await main(['check', dir], io), 1);
    assert.match(io.stdout, /broken\.txt\.annotations\.yaml:1:9: unknown schema version policy-annotator\/9/);
    assert.match(io.stdout, /gone\.txt\.annotations\.yaml:3:1: the annotated document gone\.txt is not there/);
    const json = capture(dir);
    await main(['check', '.', '--json'], json);
    const entries = JSON.parse(json.stdout) as CheckEntry[];
    assert.deepEqual(entries.find(e => e.file === 'broken.txt.annotations.yaml'), { file: 'broken.txt.annotations.yaml', id: null, status: 'invalid', start: null, end: null });
    assert.equal(entries.find(e => e.id === 'G1')?.status, 'orphaned');
  });

  it('checks the document the file is named after, warning when document: names another one', async () => {
    fs.writeFileSync(path.join(dir, 'reports', 'elsewhere.txt'), '無関係な文書。\n');
    const yamlPath = path.join(dir, 'reports', 'a.txt.annotations.yaml');
    fs.writeFileSync(yamlPath, fs.readFileSync(yamlPath, 'utf8').replace('document: a.txt', 'document: elsewhere.txt'));
    const io = capture(dir);
    assert.equal(await main(['check', '.'], io), 0, io.stdout);
    assert.match(io.stdout, /^reports\/a\.txt\.annotations\.yaml:3:1: warning: document: says elsewhere\.txt but this file's name pairs it with a\.txt/m);
    assert.match(io.stdout, /2 annotations: 2 anchored, 0 moved, 0 orphaned, 0 invalid files$/m);
  });

  it('counts files without annotations and invalid files in its summary', async () => {
    fs.writeFileSync(path.join(dir, 'empty.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'empty.txt.annotations.yaml'), stringifyAnnotationFile({ document: 'empty.txt', annotations: [] }));
    fs.writeFileSync(path.join(dir, 'broken.txt.annotations.yaml'), 'schema: [\n');
    const io = capture(dir);
    assert.equal(await main(['check', '.'], io), 1);
    assert.match(io.stdout, /^3 annotation files, 2 annotations: 2 anchored, 0 moved, 0 orphaned, 1 invalid file$/m);
  });

  it('skips node_modules and .git, and never writes a file', async () => {
    for (const skipped of ['node_modules', '.git']) {
      fs.mkdirSync(path.join(dir, skipped));
      fs.writeFileSync(path.join(dir, skipped, 'x.txt.annotations.yaml'), 'not: [valid');
    }
    const before = fs.readFileSync(path.join(dir, 'reports', 'a.txt.annotations.yaml'), 'utf8');
    const io = capture(dir);
    assert.equal(await main(['check', '.'], io), 0, io.stdout);
    assert.equal(fs.readFileSync(path.join(dir, 'reports', 'a.txt.annotations.yaml'), 'utf8'), before);
  });

  it('says how to use it when the folder is missing', async () => {
    const io = capture(dir);
    assert.equal(await main(['check'], io), 2);
    assert.equal(await main(['check', 'nowhere'], io), 2);
    assert.match(io.stderr, /nowhere is not a folder/);
  });
});
