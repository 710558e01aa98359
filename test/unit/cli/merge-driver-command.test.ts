import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/command';
import { main } from '../../../src/cli/main';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation } from '../../../src/core/annotations/model';

function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

function annotation(id: string, line: number, note?: string): Annotation {
  return { id, quote: `passage ${line}`, prefix: '', suffix: '', start: { line, column: 1 }, end: { line, column: 10 }, author: 'Ann <ann@example.org>', created: '2026-11-20T09:00:00Z', ...(note ? { note } : {}) };
}
const text = (...annotations: Annotation[]) => stringifyAnnotationFile({ document: 'report.txt', annotations });

describe('policy-annotator merge-driver and resolve', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content);
    return name;
  };
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-merge-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('merges into OURS and exits 0', async () => {
    const base = text(annotation('A', 2));
    const args = [file('base', base), file('ours', text(annotation('A', 2), annotation('B', 4))), file('theirs', text(annotation('A', 2), annotation('C', 4))), 'report.txt.annotations.yaml'];
    const io = capture(dir);
    assert.equal(await main(['merge-driver', ...args], io), 0, io.stderr);
    const merged = parseAnnotationFile(fs.readFileSync(path.join(dir, 'ours'), 'utf8'));
    assert.ok(merged.ok);
    assert.deepEqual(merged.file.annotations.map(a => a.id), ['A', 'B', 'C']);
    assert.equal(io.stdout + io.stderr, '', 'silent when it merged');
  });

  it('exits 1 naming the version that is not an annotation file, and never writes a merge of it', async () => {
    const args = [file('base', text(annotation('A', 2))), file('ours', 'schema: policy-annotator/9\n'), file('theirs', text(annotation('A', 2), annotation('C', 4))), 'x.annotations.yaml'];
    const io = capture(dir);
    assert.equal(await main(['merge-driver', ...args], io), 1);
    assert.match(io.stderr, /cannot merge x\.annotations\.yaml: our version is not a valid annotation file \(line 1, column \d+: unknown schema version policy-annotator\/9/);
    const left = fs.readFileSync(path.join(dir, 'ours'), 'utf8');
    assert.ok(left === 'schema: policy-annotator/9\n' || /^<{7} /m.test(left), `OURS holds our version or git's conflict, not a merge:\n${left}`);
    assert.equal(parseAnnotationFile(left).ok, false);
  });

  it('refuses wrong usage with exit 2', async () => {
    assert.equal(await main(['merge-driver', 'only-one'], capture(dir)), 2);
    assert.equal(await main(['resolve'], capture(dir)), 2);
  });

  it('resolve leaves a clean file alone and a file with broken markers unchanged', async () => {
    const clean = file('clean.annotations.yaml', text(annotation('A', 2)));
    const io = capture(dir);
    assert.equal(await main(['resolve', clean], io), 0);
    assert.match(io.stdout, /no conflict markers, nothing to resolve/);
    const brokenText = `${text(annotation('A', 2))}<<<<<<< HEAD\n`;
    const broken = file('broken.annotations.yaml', brokenText);
    const failed = capture(dir);
    assert.equal(await main(['resolve', broken], failed), 1);
    assert.match(failed.stderr, /broken\.annotations\.yaml:\d+:1: the conflict opened at line \d+ is never closed/);
    assert.equal(fs.readFileSync(path.join(dir, broken), 'utf8'), brokenText);
  });
});
