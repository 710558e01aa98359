import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';

const root = path.join(__dirname, '..', '..', '..');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: t => (out += t), err: t => (err += t), cwd: path.join(__dirname, '..', '..', '..') });
  return { code, out, err };
}

describe('policy-annotator outline', () => {
  it('prints the outline as the JSON contract', async () => {
    const { code, out } = await run(['outline', 'samples/outlook-2026.policy.txt', '--json']);
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.equal(json.document, 'samples/outlook-2026.policy.txt');
    assert.equal(json.format, 'outlook');
    const chapter = json.outline.find((n: { kind: string }) => n.kind === 'chapter');
    assert.deepEqual(Object.keys(chapter), ['kind', 'title', 'line', 'endLine', 'author', 'date', 'children']);
    assert.deepEqual([chapter.title, chapter.line, chapter.author, chapter.date], ['第1章 インド太平洋の海洋秩序', 22, '山田 花子', '2026-02-10']);
    const recommendations = chapter.children.flatMap((s: { children: { kind: string }[] }) => s.children).filter((n: { kind: string }) => n.kind === 'recommendation');
    assert.equal(recommendations.length, 3);
  });

  it('prints a readable tree without --json', async () => {
    const { code, out } = await run(['outline', 'samples/maritime-brief.md']);
    assert.equal(code, 0);
    assert.match(out, /^ {2}chapter 5: Chapter 1: Sea Lanes Under Pressure$/m);
    assert.match(out, /recommendation \d+: Fund a shared maritime/);
  });

  it('says where a document is not UTF-8 (saved as Shift_JIS) and fails, and reads UTF-16 by its byte order mark', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outline-encoding-'));
    try {
      // `第１章`, an ideographic space and `港湾`, in Shift_JIS.
      const shiftJis = path.join(dir, 'old.txt');
      fs.writeFileSync(shiftJis, Buffer.from([0x91, 0xe6, 0x82, 0x50, 0x8f, 0xcd, 0x81, 0x40, 0x8d, 0x60, 0x98, 0x70, 0x0a]));
      const bad = await run(['outline', shiftJis]);
      assert.equal(bad.code, 1);
      assert.match(bad.err, /old\.txt:1:1: byte 0x91 is not UTF-8 text.*Shift_JIS/);
      const wide = path.join(dir, 'wide.txt');
      fs.writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第１章　港湾\n\n本文。\n\n第２章　人材\n\n本文。\n', 'utf16le')]));
      const read = await run(['outline', wide]);
      assert.equal(read.code, 0, read.err);
      assert.match(read.out, /chapter 1: 第１章\u3000港湾/);
      const search = await run(['search', '港湾', '--in', dir]);
      assert.match(search.err, /old\.txt:1:1: byte 0x91 is not UTF-8 text/, 'search names the document it could not read as UTF-8');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the author and date the document states under its title, in the JSON and the tree', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outline-byline-'));
    try {
      const file = path.join(dir, 'column.md');
      fs.writeFileSync(file, '# 架空のコラム\n\n2031年4月2日\n執筆者：山田花子（架空研究所）\n\n## はじめに\n\n本文。\n');
      const json = JSON.parse((await run(['outline', file, '--json'])).out);
      assert.deepEqual(json.byline, { date: '2031-04-02', author: '山田花子' });
      assert.match((await run(['outline', file])).out, /\(markdown\) — 山田花子, 2031-04-02$/m);
      const none = JSON.parse((await run(['outline', 'samples/maritime-brief.md', '--json'])).out);
      assert.equal(none.byline, undefined, 'no byline where the text gives none');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what is wrong for a missing file', async () => {
    const { code, err } = await run(['outline', 'samples/no-such-file.txt']);
    assert.equal(code, 2);
    assert.match(err, /samples\/no-such-file\.txt: no such file/);
  });

  it('says that a folder is not a document', async () => {
    const { code, out, err } = await run(['outline', 'samples']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /samples is a directory/);
  });

  it('outlines a CRLF file with a BOM like its LF twin, lines counted the same', async () => {
    const lf = await run(['outline', 'test/fixtures/outline/variants.policy.txt', '--json']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outline-cli-'));
    try {
      const file = path.join(dir, 'variants.policy.txt');
      fs.writeFileSync(file, '\uFEFF' + fs.readFileSync(path.join(root, 'test/fixtures/outline/variants.policy.txt'), 'utf8').replace(/\n/g, '\r\n'));
      const crlf = await run(['outline', file, '--json']);
      assert.deepEqual(JSON.parse(crlf.out).outline, JSON.parse(lf.out).outline);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints English and Markdown documents, prose recommendations as their own kind', async () => {
    const { out } = await run(['outline', 'test/fixtures/outline/english-report.txt', '--json']);
    const json = JSON.parse(out);
    assert.equal(json.format, 'english');
    const kinds = (nodes: { kind: string; children: unknown[] }[]): string[] => nodes.flatMap(n => [n.kind, ...kinds(n.children as never)]);
    assert.ok(kinds(json.outline).includes('prose-recommendation'));
    assert.equal(kinds(json.outline).filter(k => k === 'recommendation').length, 4);
  });
});

describe('policy-annotator search', () => {
  it('prints ranked matches as the JSON contract', async () => {
    const { code, out } = await run(['search', '研究ｾｷｭﾘﾃｨ', '--in', 'samples', '--json']);
    assert.equal(code, 0);
    const results = JSON.parse(out);
    assert.deepEqual(Object.keys(results[0]), ['document', 'line', 'text', 'chapter', 'score']);
    assert.deepEqual([results[0].document, results[0].line, results[0].chapter], ['outlook-2026.policy.txt', 47, '第2章 経済安全保障と重要技術の囲い込み']);
  });

  it('finds English recommendations of a Markdown document', async () => {
    const { out } = await run(['search', 'aukus', '--in', 'samples']);
    assert.match(out, /^maritime-brief\.md:13 {2}\[Chapter 1: Sea Lanes Under Pressure\] Expand coast guard/m);
  });
});
