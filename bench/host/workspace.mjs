// The host bench's workspace, made at run time in a temporary folder: the sample workspace, the
// corpus outlook as a policy text, and 1,000 annotations on that outlook (made through the CLI's
// W3C import, as a user could). The corpus text is never copied into the project.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const OUTLOOK = 'outlook-corpus.policy.txt';
const OUTLOOK_SOURCE = '002_a550e14dc8a73f30.txt';

export function corpusOutlook(root) {
  const corpus = path.resolve(process.env.POLICY_ANNOTATOR_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
  const file = path.join(corpus, OUTLOOK_SOURCE);
  if (!fs.existsSync(file)) throw new Error(`the corpus outlook is not there: ${file} (set POLICY_ANNOTATOR_CORPUS)`);
  return fs.readFileSync(file, 'utf8');
}

/** Fills `dir`; returns the outlook's outline as the CLI prints it (to know what the views must show). */
export function makeWorkspace(root, dir, annotationCount) {
  fs.cpSync(path.join(root, 'samples'), dir, { recursive: true });
  const text = corpusOutlook(root);
  fs.writeFileSync(path.join(dir, OUTLOOK), text);
  if (annotationCount > 0) {
    const exported = path.join(path.dirname(dir), 'bench-annotations.jsonld');
    fs.writeFileSync(exported, JSON.stringify(w3cCollection(text, annotationCount)));
    execFileSync(process.execPath, [cli(root), 'import', exported, '--into', dir], { stdio: 'ignore' });
  }
  return JSON.parse(execFileSync(process.execPath, [cli(root), 'outline', path.join(dir, OUTLOOK), '--json'], { encoding: 'utf8' })).outline;
}

const cli = root => path.join(root, 'dist', 'cli.js');

/** `count` annotations spread evenly over the text, each on a passage inside one line. */
function w3cCollection(text, count) {
  const chars = [...text];
  const lines = [];
  for (let start = 0, i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      if (i - start >= 12) lines.push({ start, end: i });
      start = i + 1;
    }
  }
  const items = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor((i + 0.5) * chars.length / count);
    const line = lines.find(l => l.end > at) ?? lines[lines.length - 1];
    const length = Math.min(6 + (i % 20), line.end - line.start);
    const start = Math.max(line.start, Math.min(at, line.end - length));
    items.push(annotation(i, start, start + length, chars.slice(start, start + length).join('')));
  }
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:policy-annotator:collection', type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } };
}

function annotation(i, start, end, exact) {
  const hanako = i % 2 === 1;
  return {
    id: `urn:policy-annotator:${ulid(i)}`, type: 'Annotation', motivation: 'commenting',
    creator: { type: 'Person', name: hanako ? 'Hanako Yamada' : 'Taro Sato', email: hanako ? 'mailto:hanako@example.org' : 'mailto:taro@example.org' },
    created: '2026-11-20T09:30:00Z',
    body: [
      { type: 'TextualBody', value: `Note ${i}`, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: ['security', 'economy', 'tech'][i % 3], purpose: 'tagging' },
    ],
    target: { source: OUTLOOK, selector: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start, end }] },
  };
}

/** A valid, distinct ULID per index. */
function ulid(i) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let tail = '';
  for (let n = i, k = 0; k < 6; k++, n = Math.floor(n / 32)) tail = alphabet[n % 32] + tail;
  return `01KAMB3Q8V${'0'.repeat(10)}${tail}`;
}
