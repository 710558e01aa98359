import { computeAgreement } from '../src/core/agreement/agreement';
import { unitizingAlpha, type CodedUnit, type UnitizingStudy } from '../src/core/agreement/unitizing-alpha';
import type { Annotation } from '../src/core/annotations/model';
import type { ExportRow, PreparedDocument } from '../src/core/export/rows';
import { outlineDocument } from '../src/core/outline/index';
import { printTable } from './annotations-anchoring';
import { bestOf } from './annotations-codec';
import { readCorpusTexts, seededRandom } from './corpus';
import type { BenchSuite } from './suite';

const CODERS = ['Hanako Yamada <hanako@example.org>', 'Taro Sato <taro@example.org>', 'Jiro Kato <jiro@example.org>'];
const TAGS = ['security/maritime', 'economic-security/supply-chain', 'defense-industry', 'data-sharing', '同盟', 'AUKUS'];
const PER_CODER = 10_000;

/**
 * Three coders, 10,000 annotations each, over the corpus documents: most passages are shared
 * with boundaries moved a little and the tag sometimes changed; some are one coder's own.
 */
export function buildDocuments(): PreparedDocument[] {
  const texts = [...readCorpusTexts()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const random = seededRandom(14);
  const total = texts.reduce((n, [, t]) => n + t.length, 0);
  return texts.map(([path, text]) => {
    const share = Math.round((PER_CODER * text.length) / total);
    const rows: ExportRow[] = [];
    for (let i = 0; i < share; i++) {
      const start = Math.floor(random() * Math.max(1, text.length - 80));
      const length = 5 + Math.floor(random() * 60);
      const tag = TAGS[Math.floor(random() * TAGS.length)];
      CODERS.forEach((author, c) => {
        const own = random() < 0.15;
        const from = Math.max(0, own ? Math.floor(random() * (text.length - 80)) : start + Math.floor(random() * 7) - 3);
        const range = { start: from, end: Math.min(text.length, from + length + Math.floor(random() * 7) - 3) };
        const annotation = { id: `${path}-${i}-${c}`, author, tags: [random() < 0.1 ? TAGS[Math.floor(random() * TAGS.length)] : tag] } as Annotation;
        rows.push({ document: path, annotation, range, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
      });
    }
    return { path, text, outline: outlineDocument(text, { fileName: path }), rows };
  });
}

/**
 * The expected disagreement as the reference implementation writes it: every unit against every
 * gap of its category. Ours sorts the gaps once and sums them by binary search.
 */
function expectedByPairs(study: UnitizingStudy): number {
  const categories = new Set(study.units.map(u => u.category));
  let sum = 0;
  for (const category of categories) {
    const units = study.units.filter(u => u.category === category);
    const gaps: number[] = [];
    for (let coder = 0; coder < study.coders; coder++) {
      let position = study.begin;
      for (const u of units.filter(x => x.coder === coder).sort((a, b) => a.offset - b.offset)) {
        if (u.offset > position) gaps.push(u.offset - position);
        position = Math.max(position, u.offset + u.length);
      }
      if (position < study.begin + study.length) gaps.push(study.begin + study.length - position);
    }
    let total = 0;
    let squared = 0;
    for (const { length: l } of units) {
      squared += l * (l - 1);
      let inGaps = 0;
      for (const gap of gaps) if (gap >= l) inGaps += gap - l + 1;
      total += ((units.length - 1) * (2 * l ** 3 - 3 * l * l + l)) / 3 + l * l * inGaps;
    }
    const R = study.coders;
    const L = study.length;
    sum += ((2 / L) * total) / (R * L * (R * L - 1) - squared);
  }
  return sum / categories.size;
}


function runAgreementBench(): void {
  const documents = buildDocuments();
  const annotations = documents.reduce((n, d) => n + d.rows.length, 0);
  const length = documents.reduce((n, d) => n + d.text.length, 0);
  console.log(`${annotations} annotations by ${CODERS.length} coders on ${documents.length} corpus documents (${length} characters)`);
  const rows: string[][] = [['unit', 'whole agreement', 'disagreements', 'target']];
  for (const unit of ['sentence', 'recommendation', 'span'] as const) {
    let found = 0;
    const ms = bestOf(5, () => { found = computeAgreement(documents, { unit }).disagreements.length; });
    rows.push([unit, `${ms.toFixed(1)} ms`, String(found), ms < 500 ? '< 500 ms: met' : '< 500 ms: MISSED']);
  }
  printTable(rows);

  // The unitizing alpha alone, ours against the reference implementation's direct form.
  let offset = 0;
  const units: CodedUnit[] = [];
  for (const d of documents) {
    for (const row of d.rows) units.push({ coder: CODERS.indexOf(row.annotation.author), category: row.annotation.tags![0], offset: offset + row.range!.start, length: row.range!.end - row.range!.start });
    offset += d.text.length;
  }
  const study: UnitizingStudy = { begin: 0, length: offset, coders: CODERS.length, units };
  const ours = bestOf(5, () => unitizingAlpha(study));
  const direct = bestOf(1, () => expectedByPairs(study));
  console.log(`\nunitizing alpha (observed + expected): ours ${ours.toFixed(1)} ms; expected disagreement alone, unit by gap as DKPro writes it: ${direct.toFixed(1)} ms (${(direct / ours).toFixed(1)}x ours)`);
}

export const agreementSuite: BenchSuite = { name: 'agreement', run: runAgreementBench };
