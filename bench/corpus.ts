import * as fs from 'node:fs';
import * as path from 'node:path';

/** The reference corpus beside the project (never copied into it); see test/support/corpus.ts. */
export const corpusDir = path.resolve(process.env.POLICY_ANNOTATOR_CORPUS ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));

/** Every corpus document's text, by file name; fails clearly when the corpus is not there. */
export function readCorpusTexts(): Map<string, string> {
  if (!fs.existsSync(corpusDir)) throw new Error(`The reference corpus is not there: ${corpusDir}. Benchmarks read ../shared/corpus (or set POLICY_ANNOTATOR_CORPUS).`);
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()) {
    texts.set(name, fs.readFileSync(path.join(corpusDir, name), 'utf8'));
  }
  return texts;
}

// Kept where the suites have always imported them from; they need no Node, so the web bench shares them.
export { percentile, seededRandom } from './numbers';
