import { strToU8, zipSync } from 'fflate';
import { exportAnnotations } from '../src/core/export/formats';
import { prepareDocuments, type ExportSource } from '../src/core/export/rows';
import { exportQdpx } from '../src/core/qda/export';
import { buildCodeTree } from '../src/core/qda/codes';
import { buildProject } from '../src/core/qda/project-xml';
import { importQdpx } from '../src/core/qda/project-import';
import { printTable } from './annotations-anchoring';
import { buildFile } from './annotations-codec';
import { readCorpusTexts, seededRandom } from './corpus';
import type { BenchSuite } from './suite';

/**
 * REFI-QDA export and import of 10,000 annotations spread over the corpus documents, beside the
 * floor of the same work: zipping the same XML and texts with fflate alone, and the W3C export
 * of the same annotations.
 */
export const qdaSuite: BenchSuite = {
  name: 'qda',
  run() {
    const texts = [...readCorpusTexts()];
    const count = 10_000;
    const random = seededRandom(7);
    const sources: ExportSource[] = texts.map(([name, text]) => ({ path: name, text, file: buildFile(text, Math.round(count / texts.length), random) }));
    const total = sources.reduce((n, s) => n + s.file.annotations.length, 0);
    const options = { name: 'bench', origin: 'bench' };

    const exported = exportQdpx(sources, options);
    const documents = prepareDocuments(sources);
    const project = buildProject(documents, buildCodeTree(documents.flatMap(d => d.rows.flatMap(r => r.annotation.tags ?? []))), options);
    const byName = new Map(texts.map(([name, text]) => [name, { path: name, text }]));

    const ours = bestOf(5, () => exportQdpx(sources, options));
    const zipOnly = bestOf(5, () => zipSync({ 'project.qde': strToU8(project.xml), sources: Object.fromEntries(project.sources.map(s => [s.fileName, strToU8(s.text)])) }, { level: 6 }));
    const w3c = bestOf(5, () => exportAnnotations(sources, 'w3c'));
    const read = bestOf(3, () => importQdpx(exported.bytes, { findDocument: name => byName.get(name), defaultAuthor: 'bench' }));

    const ms = (n: number) => `${n.toFixed(0)} ms`;
    console.log(`REFI-QDA, ${total} annotations on ${texts.length} corpus documents (${(exported.bytes.length / 1024).toFixed(0)} KB .qdpx), best of several runs`);
    printTable([
      ['work', 'time', 'vs fflate zip of the same files'],
      ['export .qdpx (anchor, XML, zip)', ms(ours), `${(ours / zipOnly).toFixed(1)}x`],
      ['fflate zip of the same XML and texts', ms(zipOnly), '1.0x'],
      ['W3C export of the same annotations', ms(w3c), `${(w3c / zipOnly).toFixed(1)}x`],
      ['import .qdpx (unzip, parse, check each)', ms(read), `${(read / zipOnly).toFixed(1)}x`],
    ]);
    console.log('\ntarget: export of 10,000 annotations to .qdpx in under 1 s');
  },
};

function bestOf(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}
