import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import type { CliIO } from '../../../src/cli/command';
import { stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { annotationOf } from '../export/helpers';

const HANAKO = 'Hanako Yamada <hanako@example.org>';
const TARO = 'Taro Sato <taro@example.org>';
const TEXT = '𠮷田の覚書。\n港湾の点検を毎年行う。結果を公表する。\n予算を確保すべきである。\n';

function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

describe('policy-annotator agreement', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-agreement-'));
    fs.writeFileSync(path.join(dir, 'brief.txt'), TEXT);
    const annotations = [
      annotationOf(TEXT, '港湾の点検を毎年行う。', { id: '01KAMB3Q8V0000000000000001', author: HANAKO, tags: ['port'] }),
      annotationOf(TEXT, '港湾の点検', { id: '01KAMB3Q8V0000000000000002', author: TARO, tags: ['port'] }),
      annotationOf(TEXT, '予算を確保すべきである。', { id: '01KAMB3Q8V0000000000000003', author: HANAKO, tags: ['budget'] }),
    ];
    fs.writeFileSync(path.join(dir, 'brief.txt.annotations.yaml'), stringifyAnnotationFile({ document: 'brief.txt', annotations }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints per tag and pair the alpha, kappa and percentage, and lists disagreements with positions in --json', async () => {
    const io = capture(dir);
    assert.equal(await agreementCommand.run(['.', '--json'], io), 0, io.stderr);
    const json = JSON.parse(io.stdout);
    assert.deepEqual(json.coders, [HANAKO, TARO]);
    assert.equal(json.unit, 'sentence');
    assert.equal(json.codePoints, [...TEXT].length);
    const port = json.tags.find((t: { tag: string }) => t.tag === 'port');
    assert.deepEqual(port.pairs, [{ coders: [HANAKO, TARO], units: 4, kappa: 1, percent: 100 }], 'both tagged the same sentence port');
    const budget = json.tags.find((t: { tag: string }) => t.tag === 'budget');
    assert.equal(budget.pairs[0].percent, 75);
    assert.deepEqual(json.disagreements.map((d: { tag: string; start: string; end: string }) => [d.tag, d.start, d.end]), [
      ['port', '2:6', '2:12'],
      ['budget', '3:1', '3:13'],
    ]);

    const table = capture(dir);
    assert.equal(await agreementCommand.run(['.', '--unit', 'span'], table), 0);
    assert.ok(table.stdout.startsWith(`2 coders, 1 documents, ${[...TEXT].length} code points; unit: span`), table.stdout);
    assert.match(table.stdout, /\n\(all tags\) +-?[0-9.]+ +2\/1 /);
  });

  it('refuses an unknown unit and names the coders when one asked for is not there', async () => {
    const io = capture(dir);
    assert.equal(await agreementCommand.run(['.', '--unit', 'paragraph'], io), 2);
    assert.match(io.stderr, /^Usage: policy-annotator agreement DIR/);
    await assert.rejects(agreementCommand.run(['.', '--coders', 'Hanako Yamada,Jiro'], capture(dir)), /no coder is called 'Jiro'; the coders are: Hanako Yamada <hanako@example.org>, Taro Sato <taro@example.org>/);
  });
});
