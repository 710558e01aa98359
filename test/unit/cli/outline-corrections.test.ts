import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { describeTarget } from '../../../src/core/annotations/target';
import type { StructureMark } from '../../../src/core/annotations/model';
import { main } from '../../../src/cli/main';
import { outlineInputs } from '../../../src/cli/outline-inputs';

// A short report in our own words: one chapter, a block of proposals, and a proposal in running text.
const TEXT = ['第1章 港の将来', '', '◆ 提言', '- 港を守る。', '', '運営は地域に任せたい。', '', '第2章 空', '本文。', ''].join('\n');

let dir: string;

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: t => (out += t), err: t => (err += t), cwd: dir });
  return { code, out, err };
}

/** Writes the annotation file beside report.txt with one correction of `quote`. */
function mark(quote: string, mark: StructureMark): void {
  const start = TEXT.indexOf(quote);
  const entry = { id: `01MARK${mark.toUpperCase()}`, ...describeTarget(TEXT, start, start + quote.length), mark, author: 'Ann <ann@example.org>', created: '2026-11-20T09:00:00Z' };
  fs.writeFileSync(path.join(dir, 'report.txt.annotations.yaml'), stringifyAnnotationFile({ document: 'report.txt', annotations: [entry] }));
}

type JsonNode = { kind: string; title: string; line: number; label?: string; children: JsonNode[] };
const flat = (nodes: JsonNode[]): JsonNode[] => nodes.flatMap(n => [n, ...flat(n.children)]);

describe('policy-annotator outline and search honour the reader\'s corrections and the project\'s file', () => {
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-corrections-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, 'report.txt'), TEXT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a passage marked as a recommendation is one in the outline, with the reader\'s label', async () => {
    const before = await run('outline', 'report.txt', '--json');
    assert.ok(!flat(JSON.parse(before.out).outline).some((n: JsonNode) => n.title === '運営は地域に任せたい。' && n.kind === 'recommendation'));
    mark('運営は地域に任せたい。', 'recommendation');
    const { code, out, err } = await run('outline', 'report.txt', '--json');
    assert.equal(err, '');
    assert.equal(code, 0);
    const made = flat(JSON.parse(out).outline).find((n: JsonNode) => n.title === '運営は地域に任せたい。');
    assert.deepEqual([made?.kind, made?.line, made?.label], ['recommendation', 6, 'reader']);
    const text = await run('outline', 'report.txt');
    assert.match(text.out, /recommendation 6: 運営は地域に任せたい。 \[reader\]/);
  });

  it('a chapter marked as not structure is gone, and search finds the marked recommendation', async () => {
    mark('第2章 空', 'none');
    const { out } = await run('outline', 'report.txt', '--json');
    assert.deepEqual(JSON.parse(out).outline.map((n: JsonNode) => n.title), ['第1章 港の将来']);
    mark('運営は地域に任せたい。', 'recommendation');
    const search = await run('search', '地域に任せ', '--in', '.', '--json');
    assert.deepEqual(JSON.parse(search.out).map((r: { line: number; chapter: string }) => [r.line, r.chapter]), [[6, '第1章 港の将来']]);
  });

  it('an unreadable annotation file or project file is said where, and the outline is still printed', async () => {
    fs.writeFileSync(path.join(dir, 'report.txt.annotations.yaml'), 'schema: policy-annotator/1\ndocument: report.txt\nannotations: [\n');
    fs.mkdirSync(path.join(dir, '.policy-annotator'));
    fs.writeFileSync(path.join(dir, '.policy-annotator', 'outline.yaml'), 'headingPatterns:\n  - { pattern: Part, level: chapter }\n');
    const { code, out, err } = await run('outline', 'report.txt', '--json');
    assert.equal(code, 1);
    assert.equal(JSON.parse(out).outline[0].title, '第1章 港の将来');
    assert.match(err, /^\.policy-annotator\/outline\.yaml:2:16: a pattern needs \{n\}.*\(the project's outline additions were left out\)$/m);
    assert.match(err, /^report\.txt\.annotations\.yaml:\d+:\d+: .*\(its structure corrections were left out\)$/m);
  });

  it('the project\'s label and heading pattern change the outline: its items become recommendations under its label', async () => {
    fs.writeFileSync(path.join(dir, 'rules.txt'), ['第1条 目的', '本文。', '', '打ち手', '- 港の安全の確保', '- 船の増便', '', '第2条 範囲', '本文。', ''].join('\n'));
    const before = flat(JSON.parse((await run('outline', 'rules.txt', '--json')).out).outline);
    assert.ok(!before.some(n => n.kind === 'recommendation'));
    fs.mkdirSync(path.join(dir, '.policy-annotator'));
    fs.writeFileSync(path.join(dir, '.policy-annotator', 'outline.yaml'), 'recommendationLabels: [打ち手]\nheadingPatterns:\n  - pattern: 第{n}条\n    level: chapter\n');
    const { code, out } = await run('outline', 'rules.txt', '--json');
    assert.equal(code, 0);
    const nodes = JSON.parse(out).outline as JsonNode[];
    assert.deepEqual(nodes.map(n => [n.kind, n.title]), [['chapter', '第1条 目的'], ['chapter', '第2条 範囲']]);
    assert.deepEqual(flat(nodes).filter(n => n.kind === 'recommendation').map(n => [n.title, n.label]), [['港の安全の確保', '打ち手'], ['船の増便', '打ち手']]);
  });

  it('the project\'s labels and patterns reach the outline options, from the document\'s folder up to the repository root', () => {
    fs.mkdirSync(path.join(dir, '.policy-annotator'));
    fs.writeFileSync(path.join(dir, '.policy-annotator', 'outline.yaml'), 'recommendationLabels: [施策]\nheadingPatterns:\n  - pattern: 第{n}条\n    level: section\n');
    fs.mkdirSync(path.join(dir, 'sub'));
    const inputs = outlineInputs(path.join(dir, 'sub', 'report.txt'), TEXT, dir);
    assert.deepEqual(inputs, { options: { fileName: path.join(dir, 'sub', 'report.txt'), recommendationLabels: ['施策'], headingPatterns: [{ pattern: '第{n}条', level: 'section' }] }, problems: [] });
    // A nested repository is a project of its own: the outer file does not reach into it.
    fs.mkdirSync(path.join(dir, 'sub', '.git'));
    assert.deepEqual(outlineInputs(path.join(dir, 'sub', 'report.txt'), TEXT, dir).options, { fileName: path.join(dir, 'sub', 'report.txt') });
  });
});
