import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The reference corpus lives outside the project (../shared/corpus, read-only) and is never
 * copied into it. POLICY_ANNOTATOR_CORPUS points elsewhere when needed.
 */
export const corpusDir = path.resolve(process.env.POLICY_ANNOTATOR_CORPUS ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));

export const CORPUS_FILES = {
  survey: '000_8807f88610a01c1d.txt',
  programme: '001_085b0f081a2dd84f.txt',
  outlook: '002_a550e14dc8a73f30.txt',
  project: '003_29e9db45f2e61823.txt',
  article: '004_7db07947752f481b.txt',
} as const;

/** Reads a corpus document, or fails with a message that says where the corpus was expected. */
export function readCorpus(name: keyof typeof CORPUS_FILES): string {
  const file = path.join(corpusDir, CORPUS_FILES[name]);
  if (!fs.existsSync(file)) {
    throw new Error(`The reference corpus is not there: ${file} is missing. Acceptance tests read ../shared/corpus beside the project (or set POLICY_ANNOTATOR_CORPUS).`);
  }
  return fs.readFileSync(file, 'utf8');
}
