import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { nodeFiles } from '../../../src/cli/node-files';
import { parseAnnotationFile } from '../../../src/core/annotations/codec';
import { writeAtomically } from '../../../src/core/files/atomic-write';
import { lockPathOf } from '../../../src/core/files/file-lock';
import { updateFile } from '../../../src/core/files/update-file';
import { buildCli } from '../git/git-repos';
import { annotationFileText, annotationOf, capture, DOCUMENT, scratchFolder, w3cItems } from './scratch';

const CONFLICTED = ['<<<<<<< ours', annotationFileText(annotationOf('同志国との連携', 'A1')).trimEnd(), '=======', annotationFileText(annotationOf('供給網の点検', 'B1')).trimEnd(), '>>>>>>> theirs', ''].join('\n');

/** Runs the bundled CLI as its own process; resolves with its exit code and output. */
function runCli(cli: string, cwd: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [cli, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    child.on('close', status => resolve({ status, stdout, stderr }));
  });
}

function ids(file: string): string[] {
  const parsed = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
  assert.ok(parsed.ok, `${file} is not a valid annotation file`);
  return parsed.file.annotations.map(a => a.id).sort();
}

describe('writing annotation files that colleagues can tamper with', function () {
  this.timeout(120_000);
  let root: string;
  let dir: string;
  let outside: string;
  let cli: string;
  before(async () => { cli = await buildCli(scratchFolder('cli')); });
  after(() => fs.rmSync(path.dirname(cli), { recursive: true, force: true }));
  beforeEach(() => {
    root = scratchFolder('files');
    dir = path.join(root, 'repo');
    outside = path.join(root, 'outside');
    fs.mkdirSync(dir);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(dir, 'a.txt'), DOCUMENT);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const target = () => path.join(dir, 'a.txt.annotations.yaml');

  it('two imports at once into one file both land (the second waits for the first)', async () => {
    const many = (prefix: string) => Array.from({ length: 300 }, (_, i) => annotationOf(i % 2 ? '同志国との連携' : '供給網の点検', `${prefix}${String(i).padStart(4, '0')}`, { note: `${prefix} ${i}` }));
    fs.writeFileSync(path.join(dir, 'one.jsonld'), JSON.stringify(w3cItems(...many('ONE'))));
    fs.writeFileSync(path.join(dir, 'two.jsonld'), JSON.stringify(w3cItems(...many('TWO'))));
    for (let round = 0; round < 3; round++) {
      fs.rmSync(target(), { force: true });
      const runs = await Promise.all([runCli(cli, dir, 'import', 'one.jsonld'), runCli(cli, dir, 'import', 'two.jsonld')]);
      for (const run of runs) assert.equal(run.status, 0, run.stderr);
      assert.equal(ids(target()).length, 600, `round ${round}: an import was lost`);
      assert.deepEqual(fs.readdirSync(dir).filter(name => name.startsWith('.')), [], 'a lock or temporary file was left');
    }
  });

  it('never follows a link planted where the old temporary name was predictable', async () => {
    fs.writeFileSync(target(), CONFLICTED);
    const victim = path.join(outside, 'victim.txt');
    fs.writeFileSync(victim, 'precious\n');
    fs.symlinkSync(victim, `${target()}.${process.pid}.tmp`);
    const io = capture(dir);
    assert.equal(await main(['resolve', 'a.txt.annotations.yaml'], io), 0, io.stderr);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
    assert.ok(fs.lstatSync(target()).isFile(), 'the annotation file became a link');
    assert.deepEqual(ids(target()), ['A1', 'B1']);
  });

  it('creates temporary files exclusively: a link already at the name is never written through', async () => {
    const victim = path.join(outside, 'victim.txt');
    fs.writeFileSync(victim, 'precious\n');
    const planted = path.join(dir, '.planted.tmp');
    fs.symlinkSync(victim, planted);
    await assert.rejects(nodeFiles.createNew(planted, new TextEncoder().encode('x')), /EEXIST/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
  });

  it('refuses to resolve through a symbolically linked annotation file', async () => {
    const real = path.join(outside, 'elsewhere.yaml');
    fs.writeFileSync(real, CONFLICTED);
    fs.symlinkSync(real, target());
    const io = capture(dir);
    assert.equal(await main(['resolve', 'a.txt.annotations.yaml'], io), 1);
    assert.match(io.stderr, /a\.txt\.annotations\.yaml is a symbolic link; not resolved/);
    assert.equal(fs.readFileSync(real, 'utf8'), CONFLICTED);
  });

  it('refuses an atomic write over a link, a folder or a FIFO, naming the path', async () => {
    fs.symlinkSync(path.join(outside, 'x'), path.join(dir, 'link.yaml'));
    fs.mkdirSync(path.join(dir, 'folder.yaml'));
    spawnSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    for (const [name, what] of [['link.yaml', 'a symbolic link'], ['folder.yaml', 'a folder'], ['fifo.yaml', 'a special file']]) {
      await assert.rejects(writeAtomically(nodeFiles, path.join(dir, name), 'x'), (error: Error) => error.message.includes(path.join(dir, name)) && error.message.includes(what));
    }
    assert.equal(fs.existsSync(path.join(outside, 'x')), false);
  });

  it('import refuses a document reached through a linked folder that leads outside --into', async () => {
    fs.writeFileSync(path.join(outside, 'a.txt'), DOCUMENT);
    fs.symlinkSync(outside, path.join(dir, 'linked'));
    const [item] = w3cItems(annotationOf('同志国との連携', 'A1'));
    (item.target as { source: string }).source = 'linked/a.txt';
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify([item]));
    const io = capture(dir);
    assert.equal(await main(['import', 'export.jsonld', '--into', '.'], io), 1);
    assert.match(io.stderr, /linked\/a\.txt leads outside .* through a symbolic link/);
    assert.deepEqual(fs.readdirSync(outside), ['a.txt']);
  });

  it('check and export report a folder, a link and a FIFO named like annotation files, and never block', async () => {
    fs.writeFileSync(target(), annotationFileText(annotationOf('同志国との連携', 'A1')));
    fs.mkdirSync(path.join(dir, 'd.txt.annotations.yaml'));
    fs.symlinkSync(target(), path.join(dir, 'l.txt.annotations.yaml'));
    spawnSync('mkfifo', [path.join(dir, 'f.txt.annotations.yaml')]);
    const check = await runCli(cli, dir, 'check', '.');
    assert.equal(check.status, 1, check.stdout + check.stderr);
    assert.match(check.stdout, /^d\.txt\.annotations\.yaml:1:1: is a folder, not a regular file/m);
    assert.match(check.stdout, /^l\.txt\.annotations\.yaml:1:1: is a symbolic link, not a regular file/m);
    assert.match(check.stdout, /^f\.txt\.annotations\.yaml:1:1: is a special file \(FIFO, socket or device\), not a regular file/m);
    assert.match(check.stdout, /4 annotation files, 1 annotation: 1 anchored/);
    const exported = await runCli(cli, dir, 'export', '.', '--format', 'csv');
    assert.equal(exported.status, 1);
    assert.equal(exported.stderr.match(/not a regular file/g)?.length, 3, exported.stderr);
  });

  it('import and the merge driver stop on a FIFO with a message instead of waiting for a writer', async () => {
    spawnSync('mkfifo', [path.join(dir, 'export.jsonld')]);
    const imported = await runCli(cli, dir, 'import', 'export.jsonld');
    assert.equal(imported.status, 2);
    assert.match(imported.stderr, /export\.jsonld is a special file/);
    fs.writeFileSync(path.join(dir, 'ours.yaml'), annotationFileText(annotationOf('同志国との連携', 'A1')));
    const merged = await runCli(cli, dir, 'merge-driver', 'export.jsonld', 'ours.yaml', 'export.jsonld', 'a.txt.annotations.yaml');
    assert.equal(merged.status, 1);
    assert.match(merged.stderr, /cannot merge a\.txt\.annotations\.yaml: the common ancestor: .*export\.jsonld is a special file.*nothing was written/);
  });

  it('names the path when asked to resolve a folder', async () => {
    fs.mkdirSync(target());
    const io = capture(dir);
    assert.equal(await main(['resolve', 'a.txt.annotations.yaml'], io), 1);
    assert.match(io.stderr, /a\.txt\.annotations\.yaml is a folder; not resolved/);
  });

  it('removes temporary files and the lock that a writer killed with kill -9 left, on the next write', async () => {
    fs.writeFileSync(target(), annotationFileText(annotationOf('同志国との連携', 'A1')));
    // A writer that takes the lock the way the CLI does, starts its temporary file, and is killed there.
    const script = `const fs=require('fs');fs.writeFileSync(${JSON.stringify(lockPathOf(target()))}, process.pid+' '+require('os').hostname()+' x\\n',{flag:'wx'});`
      + `fs.writeFileSync(${JSON.stringify(path.join(dir, '.a.txt.annotations.yaml.k3j4h5g6f7d8.tmp'))},'half');process.stdout.write('ready');setInterval(()=>{},1000);`;
    const writer = spawn(process.execPath, ['-e', script]);
    await new Promise(resolve => writer.stdout.once('data', resolve));
    writer.kill('SIGKILL');
    await new Promise(resolve => writer.once('close', resolve));
    // The lock looks fresh for an hour: only seeing that its holder is dead can free it in time.
    const hourAhead = new Date(Date.now() + 3_600_000);
    fs.utimesSync(lockPathOf(target()), hourAhead, hourAhead);
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify(w3cItems(annotationOf('供給網の点検', 'B1'))));
    const io = capture(dir);
    assert.equal(await main(['import', 'export.jsonld'], io), 0, io.stderr);
    assert.deepEqual(ids(target()), ['A1', 'B1']);
    assert.deepEqual(fs.readdirSync(dir).filter(name => name.startsWith('.')), []);
  });

  it('removes its temporary file when the rename fails, and the next write removes any left over', async () => {
    fs.writeFileSync(target(), 'old\n');
    const failingRename = { ...nodeFiles, rename: async () => { throw new Error('EXDEV: simulated'); } };
    await assert.rejects(writeAtomically(failingRename, target(), 'new\n'), new RegExp(`${target().replace(/[.\\]/g, '\\$&')}: cannot replace it \\(EXDEV: simulated\\)`));
    assert.deepEqual(fs.readdirSync(dir).filter(name => name.endsWith('.tmp')), []);
    fs.writeFileSync(path.join(dir, '.a.txt.annotations.yaml.0123456789ab.tmp'), 'left by a crash');
    fs.writeFileSync(path.join(dir, '.other.yaml.0123456789ab.tmp'), 'another file\'s');
    await updateFile(nodeFiles, target(), () => 'new\n');
    assert.equal(fs.readFileSync(target(), 'utf8'), 'new\n');
    assert.deepEqual(fs.readdirSync(dir).filter(name => name.endsWith('.tmp')), ['.other.yaml.0123456789ab.tmp']);
  });

  it('a merge whose result would be over the size limit is a conflict, not a file the reader refuses', async () => {
    const big = (id: string, quote: string) => annotationFileText(annotationOf(quote, id, { note: 'x'.repeat(11 * 1024 * 1024) }));
    fs.writeFileSync(path.join(dir, 'ours.yaml'), big('A1', '同志国との連携'));
    fs.writeFileSync(path.join(dir, 'theirs.yaml'), big('B1', '供給網の点検'));
    fs.writeFileSync(path.join(dir, 'base.yaml'), '');
    const io = capture(dir);
    assert.equal(await main(['merge-driver', 'base.yaml', 'ours.yaml', 'theirs.yaml', 'a.txt.annotations.yaml'], io), 1);
    assert.match(io.stderr, /the merged file would be 22 MB, more than the 20 MB/);
    const after = fs.readFileSync(path.join(dir, 'ours.yaml'), 'utf8');
    assert.ok(after.length < 24 * 1024 * 1024 && after.includes('<<<<<<<'), 'the result is neither ours unchanged nor git\'s markers');
  });

  it('check reports a deeply nested file where it is and goes on with the other files', async () => {
    fs.writeFileSync(target(), annotationFileText(annotationOf('同志国との連携', 'A1')));
    fs.writeFileSync(path.join(dir, 'b.txt'), DOCUMENT);
    fs.writeFileSync(path.join(dir, 'b.txt.annotations.yaml'), 'schema: policy-annotator/1\nannotations: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    const io = capture(dir);
    assert.equal(await main(['check', '.'], io), 1);
    assert.match(io.stdout, /^b\.txt\.annotations\.yaml:2:\d+: the YAML is nested too deeply/m);
    assert.match(io.stdout, /2 annotation files, 1 annotation: 1 anchored, 0 moved, 0 orphaned, 1 invalid file/);
  });

  it('refuses an annotation file with bytes that are not UTF-8, locating them, and leaves it as it is', async () => {
    const bytes = Buffer.concat([Buffer.from(annotationFileText(annotationOf('同志国との連携', 'A1')).replace('Hanako', 'Han\u0000')), Buffer.from([0xff, 0x0a])]);
    const withBadByte = Buffer.from(bytes.toString('latin1').replace('Han\u0000', 'Han'), 'latin1');
    fs.writeFileSync(target(), withBadByte);
    const lines = withBadByte.toString('latin1').split('\n').length;
    const io = capture(dir);
    assert.equal(await main(['check', '.'], io), 1);
    assert.match(io.stdout, new RegExp(`^a\\.txt\\.annotations\\.yaml:${lines - 1}:1: byte 0xff is not UTF-8`, 'm'));
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify(w3cItems(annotationOf('供給網の点検', 'B1'))));
    assert.equal(await main(['import', 'export.jsonld'], capture(dir)), 1);
    assert.deepEqual(fs.readFileSync(target()), withBadByte);
  });
});

describe('the lock of an annotation file', () => {
  it('waits for a lock that its writer has created but not yet written its name in, instead of removing it', async () => {
    const root = scratchFolder('lock');
    const file = path.join(root, 'a.txt.annotations.yaml');
    fs.writeFileSync(lockPathOf(file), ''); // the moment between creating the lock and writing into it
    const written = updateFile(nodeFiles, file, () => 'mine\n', { timeoutMs: 300 });
    await assert.rejects(written, /another writer has held/, 'the fresh empty lock is a writer\'s');
    assert.ok(fs.existsSync(lockPathOf(file)), 'and it is left in place');
    fs.rmSync(root, { recursive: true, force: true });
  });


  it('gives up with the reason when the lock file cannot be created, instead of trying for ever', async () => {
    const refusing = { ...nodeFiles, createNew: async () => { throw new Error('EACCES: simulated'); } };
    await assert.rejects(updateFile(refusing, '/nowhere/a.txt.annotations.yaml', () => 'x'), /cannot create its lock file .*EACCES: simulated/);
  });
});
