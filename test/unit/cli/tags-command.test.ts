import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkCommand } from '../../../src/cli/commands/check';
import { tagsCommand } from '../../../src/cli/commands/tags';
import type { CliIO } from '../../../src/cli/command';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { parseCodebook, stringifyCodebook } from '../../../src/core/codebook/codec';
import { annotationOf } from '../export/helpers';

const TEXT = '港湾の点検を毎年行う。結果を公表する。\n';

function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

describe('policy-annotator tags rename, and check with a codebook', () => {
  let dir: string;
  const write = (name: string, tags: string[]) => {
    fs.writeFileSync(path.join(dir, name), TEXT);
    const annotations = [annotationOf(TEXT, '港湾の点検', { id: `01KAMB3Q8V00000000000000${name.length}A`, tags })];
    fs.writeFileSync(path.join(dir, `${name}.annotations.yaml`), stringifyAnnotationFile({ document: name, annotations }));
  };
  const tagsOf = (name: string) => {
    const parsed = parseAnnotationFile(fs.readFileSync(path.join(dir, `${name}.annotations.yaml`), 'utf8'));
    assert.ok(parsed.ok);
    return parsed.file.annotations[0].tags;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-tags-'));
    write('a.txt', ['port/security']);
    write('bb.txt', ['port', 'economy']);
    write('ccc.txt', ['economy']);
    fs.writeFileSync(path.join(dir, 'codebook.yaml'), stringifyCodebook({ tags: [{ name: 'port', description: 'Ports', codable: true }, { name: 'economy', codable: true }] }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renames the tag in every file that carries it and in the codebook, and writes no other file', async () => {
    const untouched = path.join(dir, 'ccc.txt.annotations.yaml');
    const before = fs.statSync(untouched).mtimeMs;
    const io = capture(dir);
    assert.equal(await tagsCommand.run(['rename', 'port', 'maritime/port', '.'], io), 0, io.stderr);
    assert.equal(io.stdout, 'port -> maritime/port: 2 annotations in 2 files, and the codebook\n');
    assert.deepEqual(tagsOf('a.txt'), ['maritime/port/security']);
    assert.deepEqual(tagsOf('bb.txt'), ['maritime/port', 'economy']);
    assert.equal(fs.statSync(untouched).mtimeMs, before);
    const codebook = parseCodebook(fs.readFileSync(path.join(dir, 'codebook.yaml'), 'utf8'));
    assert.ok(codebook.ok);
    assert.deepEqual(codebook.codebook.tags.map(t => [t.name, t.description]), [['economy', undefined], ['maritime/port', 'Ports']]);
  });

  it('leaves an unreadable file untouched and says where it is wrong', async () => {
    const broken = path.join(dir, 'a.txt.annotations.yaml');
    fs.writeFileSync(broken, fs.readFileSync(broken, 'utf8').replace('schema: policy-annotator/1', 'schema: policy-annotator/9'));
    const io = capture(dir);
    assert.equal(await tagsCommand.run(['rename', 'port', 'harbour', '.'], io), 1);
    assert.match(io.stderr, /^a\.txt\.annotations\.yaml:2:9: unknown schema version .* \(not renamed\)\n$/);
    assert.deepEqual(tagsOf('bb.txt'), ['harbour', 'economy']);
  });

  it('check fails on an invalid codebook and warns about tags it does not describe', async () => {
    const io = capture(dir);
    assert.equal(await checkCommand.run(['.'], io), 0, io.stdout);
    assert.match(io.stdout, /codebook\.yaml:1:1: warning: tag "port\/security" \(1 annotations\) is not in the codebook/);
    fs.appendFileSync(path.join(dir, 'codebook.yaml'), '  - name: economy\n');
    const invalid = capture(dir);
    assert.equal(await checkCommand.run(['.'], invalid), 1);
    assert.match(invalid.stdout, /codebook\.yaml:\d+:11: tag economy is described twice/);
  });
});
