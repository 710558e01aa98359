import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { exportCommand } from '../../../src/cli/commands/export';
import { importCommand } from '../../../src/cli/commands/import';
import type { CliIO } from '../../../src/cli/command';
import { parseAnnotationFile } from '../../../src/core/annotations/codec';
import { parseCodebook, stringifyCodebook } from '../../../src/core/codebook/codec';
import { validateAgainst } from '../qda/schema-validation';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const ANNOTATIONS = 'outlook-2026.policy.txt.annotations.yaml';

function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

function readAnnotations(file: string) {
  const parsed = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
  assert.ok(parsed.ok, `${file} parses`);
  return parsed.file;
}

describe('policy-annotator export and import, REFI-QDA', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-qda-'));
    fs.cpSync(samples, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports the sample workspace as a .qdpx whose project the official schema accepts', async () => {
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'qdpx', '--out', 'project.qdpx'], io), 0, io.stderr);
    const files = unzipSync(fs.readFileSync(path.join(dir, 'project.qdpx')));
    assert.deepEqual(await validateAgainst('Project-mrt2019.xsd', strFromU8(files['project.qde'])), []);
    assert.equal(Object.keys(files).filter(f => f.startsWith('sources/') && f.endsWith('.txt')).length, 1, 'the one annotated document');
  });

  it('recreates deleted annotation files from its own .qdpx, byte for byte', async () => {
    const before = fs.readFileSync(path.join(dir, ANNOTATIONS), 'utf8');
    const original = readAnnotations(path.join(dir, ANNOTATIONS));
    assert.equal(await exportCommand.run(['.', '--format', 'qdpx', '--out', 'project.qdpx'], capture(dir)), 0);
    fs.rmSync(path.join(dir, ANNOTATIONS));
    const io = capture(dir);
    assert.equal(await importCommand.run(['project.qdpx'], io), 0, io.stderr);
    assert.deepEqual(readAnnotations(path.join(dir, ANNOTATIONS)), original);
    assert.equal(fs.readFileSync(path.join(dir, ANNOTATIONS), 'utf8'), before);
    assert.match(io.stdout, new RegExp(`${original.annotations.length} added, 0 updated, 0 kept`));
  });

  it('leaves an orphaned annotation out of the project and says so', async () => {
    const file = path.join(dir, ANNOTATIONS);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/quote: .*/, 'quote: 本文にない引用文'));
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'qdpx', '--out', 'project.qdpx'], io), 0, io.stderr);
    assert.match(io.stderr, /1 orphaned annotations left out/);
  });

  it('writes the codebook as a .qdc to stdout, and needs --out for a .qdpx', async () => {
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'qdc'], io), 0, io.stderr);
    assert.deepEqual(await validateAgainst('Codebook.xsd', io.stdout), []);
    const binary = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'qdpx'], binary), 2);
    assert.match(binary.stderr, /--out/);
  });

  it('exports the codebook\'s descriptions and colours, and a .qdc imported elsewhere fills a codebook without overwriting it', async () => {
    fs.writeFileSync(path.join(dir, 'codebook.yaml'), stringifyCodebook({ tags: [
      { name: 'security', codable: false, description: 'Defence and deterrence' },
      { name: 'security/maritime', codable: true, color: '#2196f3', description: 'Sea lanes, ports, navies' },
    ] }));
    const io = capture(dir);
    assert.equal(await exportCommand.run(['.', '--format', 'qdc', '--out', 'codes.qdc'], io), 0, io.stderr);
    const qdc = fs.readFileSync(path.join(dir, 'codes.qdc'), 'utf8');
    assert.deepEqual(await validateAgainst('Codebook.xsd', qdc), []);
    assert.match(qdc, /<Code guid="[^"]+" name="maritime" isCodable="true" color="#2196f3">/);

    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-qdc-'));
    try {
      fs.writeFileSync(path.join(other, 'codebook.yaml'), stringifyCodebook({ tags: [{ name: 'security', codable: false, description: 'Our own wording' }] }));
      const imported = capture(other);
      assert.equal(await importCommand.run([path.join(dir, 'codes.qdc')], imported), 0, imported.stderr);
      const codebook = parseCodebook(fs.readFileSync(path.join(other, 'codebook.yaml'), 'utf8'));
      assert.ok(codebook.ok);
      assert.equal(codebook.codebook.tags.find(t => t.name === 'security')?.description, 'Our own wording');
      assert.equal(codebook.codebook.tags.find(t => t.name === 'security/maritime')?.description, 'Sea lanes, ports, navies');
      assert.match(imported.stdout, /codebook\.yaml: \d+ added, 1 completed, 0 kept/);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('refuses an archive that is not a .qdpx with exit 2 and touches nothing', async () => {
    fs.writeFileSync(path.join(dir, 'broken.qdpx'), 'not a zip');
    const before = fs.readFileSync(path.join(dir, ANNOTATIONS), 'utf8');
    const io = capture(dir);
    assert.equal(await importCommand.run(['broken.qdpx'], io), 2);
    assert.match(io.stderr, /archive: error: not a readable zip/);
    assert.equal(fs.readFileSync(path.join(dir, ANNOTATIONS), 'utf8'), before);
  });
});
