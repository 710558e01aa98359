import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cohenKappa } from '../../../src/core/agreement/cohen-kappa';
import { unitizingAlpha, type CodedUnit, type UnitizingStudy } from '../../../src/core/agreement/unitizing-alpha';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'agreement');

interface Expected { observed?: number; expected?: number; alpha?: number; tolerance: number }
interface StudyFixture {
  name: string;
  begin: number;
  length: number;
  coders: number;
  units?: [number, number, number, string][];
  stretch?: number;
  unitsFrom?: string;
  overall?: Expected;
  categories: Record<string, Expected>;
}

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

function assertClose(actual: number | undefined, expected: number, tolerance: number, what: string) {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not ${expected} ± ${tolerance}`);
}

describe('agreement figures against published and reference values', () => {
  const { studies } = readJson<{ studies: StudyFixture[] }>('unitizing-alpha-krippendorff.json');
  for (const fixture of studies) {
    it(`unitizing alpha: ${fixture.name}`, () => {
      const source = fixture.units ?? studies.find(s => s.name === fixture.unitsFrom)!.units!;
      const stretch = fixture.stretch ?? 1;
      const units: CodedUnit[] = source.map(([offset, length, coder, category]) => ({ offset: offset * stretch, length: length * stretch, coder, category }));
      const study: UnitizingStudy = { begin: fixture.begin, length: fixture.length, coders: fixture.coders, units };
      const result = unitizingAlpha(study);
      for (const [category, expected] of Object.entries(fixture.categories)) {
        const actual = result.categories.get(category);
        for (const key of ['observed', 'expected', 'alpha'] as const) {
          if (expected[key] !== undefined) assertClose(actual?.[key], expected[key], expected.tolerance, `${category} ${key}`);
        }
      }
      if (fixture.overall?.alpha !== undefined) assertClose(result.overall.alpha, fixture.overall.alpha, fixture.overall.tolerance, 'overall alpha');
    });
  }

  const { cases } = readJson<{ cases: { name: string; a: (string | null)[]; b: (string | null)[]; kappa: number; percent: number }[] }>('cohen-kappa-nltk.json');
  for (const fixture of cases) {
    it(`Cohen's kappa and percentage agreement: ${fixture.name}`, () => {
      const result = cohenKappa(fixture.a.map(v => v ?? undefined), fixture.b.map(v => v ?? undefined));
      assertClose(result.kappa, fixture.kappa, 1e-12, 'kappa');
      assertClose(result.percent, fixture.percent, 1e-12, 'percent');
    });
  }
});
