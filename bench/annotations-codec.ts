import { parse as yamlParse, stringify as yamlStringify } from 'yaml';
import { parseAnnotationFile, stringifyAnnotationFile } from '../src/core/annotations/codec';
import { newAnnotationId } from '../src/core/annotations/ids';
import type { Annotation, AnnotationFile } from '../src/core/annotations/model';
import { describeTarget } from '../src/core/annotations/target';
import { LineIndex } from '../src/core/text/line-index';
import { printTable } from './annotations-anchoring';
import { readCorpusTexts, seededRandom } from './corpus';

const TAGS = ['security/maritime', 'economic-security/supply-chain', 'defense-industry', 'arms-export', 'data-sharing', '同盟', 'AUKUS'];
const NOTES = ['Compare with chapter 3.', '要確認：数値の出典', 'Key framing for the whole chapter.\nQuote this in the literature review.', '前年の報告書と比較すること。\n- 第2章\n- 付録'];

/** A file of `count` annotations on a corpus document, with tags, notes (some multi-line) and replies. */
export function buildFile(text: string, count: number, random: () => number): AnnotationFile {
  const annotations: Annotation[] = [];
  const lineIndex = new LineIndex(text);
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * (text.length - 60));
    const target = describeTarget(text, start, start + 5 + Math.floor(random() * 40), lineIndex);
    const created = new Date(Date.UTC(2026, 10, 1) + Math.floor(random() * 30 * 86400) * 1000);
    const annotation: Annotation = {
      id: newAnnotationId(created, random), ...target,
      tags: TAGS.filter(() => random() < 0.3),
      note: NOTES[Math.floor(random() * NOTES.length)],
      author: random() < 0.5 ? 'Hanako Yamada <hanako@example.org>' : 'Taro Sato <taro@example.org>',
      created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    if (random() < 0.2) annotation.replies = [{ author: 'Taro Sato <taro@example.org>', created: annotation.created, note: '同意します。' }];
    annotations.push(annotation);
  }
  return { document: 'outlook.txt', annotations };
}

/** What `yaml` and JSON are given: the same data as plain values (positions as line:column text). */
function plainData(file: AnnotationFile): unknown {
  return {
    schema: 'policy-annotator/1',
    document: file.document,
    annotations: file.annotations.map(a => ({ ...a, start: `${a.start.line}:${a.start.column}`, end: `${a.end.line}:${a.end.column}` })),
  };
}

/** Best wall time of several runs, each started on a collected heap so one run's garbage is not billed to the next. */
export function bestOf(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** The options that keep `yaml`'s output one line per value (see DESIGN.md). */
const YAML_OPTIONS = { lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true, aliasDuplicateObjects: false } as const;

export function runCodecBench(): void {
  const text = [...readCorpusTexts().values()].sort((a, b) => b.length - a.length)[0];
  const rows: string[][] = [['annotations', 'file KB', 'ours load', 'ours save', 'yaml parse', 'yaml stringify', 'JSON.parse', 'JSON.stringify', 'load vs yaml', 'save vs yaml']];
  for (const count of [1000, 10000]) {
    const file = buildFile(text, count, seededRandom(count));
    const canonical = stringifyAnnotationFile(file);
    const parsed = parseAnnotationFile(canonical);
    if (!parsed.ok) throw new Error('the generated file does not read back');
    const data = plainData(parsed.file);
    const json = JSON.stringify(data);
    const runs = 5;
    const ours = { load: bestOf(runs, () => parseAnnotationFile(canonical)), save: bestOf(runs, () => stringifyAnnotationFile(parsed.file)) };
    const yaml = { load: bestOf(2, () => yamlParse(canonical)), save: bestOf(2, () => yamlStringify(data, YAML_OPTIONS)) };
    const plain = { load: bestOf(runs, () => JSON.parse(json)), save: bestOf(runs, () => JSON.stringify(data)) };
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    rows.push([String(count), (Buffer.byteLength(canonical) / 1024).toFixed(0), ms(ours.load), ms(ours.save), ms(yaml.load), ms(yaml.save), ms(plain.load), ms(plain.save),
      `${(yaml.load / ours.load).toFixed(1)}x faster`, `${(yaml.save / ours.save).toFixed(1)}x faster`]);
  }
  console.log('annotation file load (parse + validate) and save (canonical text), best of several runs');
  printTable(rows);
  console.log('\ntarget: 10,000 annotations load and save in under 300 ms each');
}
