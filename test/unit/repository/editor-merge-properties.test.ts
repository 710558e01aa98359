import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { mergeAnnotationFiles } from '../../../src/core/annotations/merge3';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/model';
import { AnnotationRepository } from '../../../src/core/annotations/repository/repository';
import { ManualClock, MemoryDocuments, MemoryFiles } from './ports';

const DOCUMENT = '/work/report.txt';
const FILE = `${DOCUMENT}.annotations.yaml`;
const QUOTES = ['同志国', '連携', '供給網', '点検'];
const TEXT = '- 同志国との連携を強化すべきである。\n- 供給網の点検を定期的に行うべきである。\n';
const BO = 'Bo Berg <bo@example.org>';

function annotation(index: number): Annotation {
  const quote = QUOTES[index];
  const start = TEXT.indexOf(quote);
  const line = TEXT.slice(0, start).split('\n').length;
  const column = start - TEXT.lastIndexOf('\n', start - 1);
  return {
    id: `A${index}`, quote, prefix: TEXT.slice(Math.max(0, start - 2), start), suffix: TEXT.slice(start + quote.length, start + quote.length + 2),
    start: { line, column }, end: { line, column: column + quote.length }, tags: ['t1', 't2'], note: `note ${index}`,
    author: BO, created: '2026-11-20T09:00:00Z',
  };
}

const BASE: AnnotationFile = { document: 'report.txt', annotations: QUOTES.map((_, i) => annotation(i)) };

type Edit = { kind: 'delete' | 'note' | 'tag' | 'reply'; target: number; value: number };
const edit = fc.record({ kind: fc.constantFrom('delete', 'note', 'tag', 'reply'), target: fc.nat(3), value: fc.nat(5) }) as fc.Arbitrary<Edit>;

/** A colleague's edits, as a pull would bring them. */
function editedOnDisk(edits: Edit[]): AnnotationFile {
  let annotations = [...BASE.annotations];
  for (const e of edits) {
    const at = annotations.findIndex(a => a.id === `A${e.target}`);
    if (at === -1) continue;
    const updated = `2026-11-2${e.value}T10:00:00Z`;
    if (e.kind === 'delete') annotations = annotations.filter((_, i) => i !== at);
    else if (e.kind === 'note') annotations[at] = { ...annotations[at], note: `theirs ${e.value}`, updated };
    else if (e.kind === 'tag') annotations[at] = { ...annotations[at], tags: [`t${e.value}`], updated };
    else annotations[at] = { ...annotations[at], replies: [{ author: BO, created: updated, note: `re ${e.value}` }] };
  }
  return { document: 'report.txt', annotations };
}

/** The same edit made in the editor, through the repository. */
async function editHere(repository: AnnotationRepository, e: Edit): Promise<void> {
  const id = `A${e.target}`;
  if (e.kind === 'delete') await repository.delete(DOCUMENT, id);
  else if (e.kind === 'note') await repository.update(DOCUMENT, id, { note: `mine ${e.value}` });
  else if (e.kind === 'tag') await repository.update(DOCUMENT, id, { tags: [`m${e.value}`] });
  else await repository.reply(DOCUMENT, id, `my reply ${e.value}`);
}

/** The file the editor writes when the colleague's version landed unnoticed just before my edit. */
async function editorResult(disk: AnnotationFile, mine: Edit): Promise<{ text: string; mineAlone: AnnotationFile }> {
  const run = async (colleague: AnnotationFile | undefined) => {
    const files = new MemoryFiles();
    const documents = new MemoryDocuments();
    documents.saved.set(DOCUMENT, TEXT);
    files.files.set(FILE, stringifyAnnotationFile(BASE));
    const repository = new AnnotationRepository({ files, documents, clock: new ManualClock(), authorOf: async () => 'Ann Abe <ann@example.org>' });
    await repository.load([FILE]);
    if (colleague) files.change(FILE, stringifyAnnotationFile(colleague), false);
    await editHere(repository, mine);
    repository.dispose();
    return files.files.get(FILE)!;
  };
  const parsed = parseAnnotationFile(await run(undefined));
  assert.ok(parsed.ok);
  return { text: await run(disk), mineAlone: parsed.file };
}

describe('the editor\'s merge with a file changed on disk (properties)', () => {
  it('writes what git\'s three-way merge gives for the same three versions, loses no id and lets an edit beat no change', async () => {
    await fc.assert(fc.asyncProperty(fc.array(edit, { maxLength: 4 }), edit, async (theirEdits, mine) => {
      const disk = editedOnDisk(theirEdits);
      const { text, mineAlone } = await editorResult(disk, mine);
      assert.equal(text, stringifyAnnotationFile(mergeAnnotationFiles(BASE, mineAlone, disk)));
      const parsed = parseAnnotationFile(text);
      assert.ok(parsed.ok);
      const result = new Map(parsed.file.annotations.map(a => [a.id, a]));
      for (const original of BASE.annotations) {
        const here = mineAlone.annotations.find(a => a.id === original.id);
        const there = disk.annotations.find(a => a.id === original.id);
        const changedHere = !here || stringifyAnnotationFile({ ...BASE, annotations: [here] }) !== stringifyAnnotationFile({ ...BASE, annotations: [original] });
        const changedThere = !there || stringifyAnnotationFile({ ...BASE, annotations: [there] }) !== stringifyAnnotationFile({ ...BASE, annotations: [original] });
        if (!changedThere) assert.deepEqual(result.get(original.id), here, `${original.id}: only my side changed it`);
        if (!changedHere) assert.deepEqual(result.get(original.id), there, `${original.id}: only their side changed it`);
        if ((here && changedHere) || (there && changedThere)) assert.ok(result.has(original.id), `${original.id} was edited and must be kept`);
      }
    }), { numRuns: 60 });
  });
});
