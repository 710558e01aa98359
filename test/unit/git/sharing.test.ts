import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/model';
import { annotationOf, Clone, runCli, useBuiltCli, Workspace } from './git-repos';

/** A short policy text of our own: one recommendation a line, so that each is a separate passage. */
const DOCUMENT = [
  '第1章 地域の安定に向けて',
  '- 近隣諸国との対話の場を定期的に設けるべきである。',
  '- 港湾の防災計画を共同で見直すべきである。',
  '- 留学生の受け入れ枠を段階的に広げるべきである。',
  '- 漁業資源の共同調査を続けるべきである。',
  '- 若手研究者の交流基金を創設すべきである。',
  '- 災害時の情報共有の手順を文書化すべきである。',
  '- 電力網の相互接続を検討すべきである。',
  '- 観光統計の様式を揃えるべきである。',
  '- 地方自治体間の姉妹提携を支援すべきである。',
  '',
].join('\n');

const FILE = 'docs/report.txt.annotations.yaml';
const ALICE = 'Alice Aoki <alice@example.org>';
const BOB = 'Bob Baba <bob@example.org>';

/** The annotations already shared before both researchers go offline: on lines 2, 5 and 8. */
function baseFile(): AnnotationFile {
  return {
    document: 'report.txt',
    annotations: [
      annotationOf(DOCUMENT, '対話の場', '01JDZ8M6Q3T7V2K9X4B5N0C1RA', ALICE, { tags: ['dialogue'], note: 'A regular forum.' }),
      annotationOf(DOCUMENT, '漁業資源', '01JDZ8M6Q3T7V2K9X4B5N0C1RB', BOB, { note: 'Which species?' }),
      annotationOf(DOCUMENT, '電力網', '01JDZ8M6Q3T7V2K9X4B5N0C1RC', ALICE, { tags: ['energy'], note: 'Grid links.' }),
    ],
  };
}

const ids = (file: AnnotationFile) => file.annotations.map(a => a.id);
const add = (annotation: Annotation) => (file: AnnotationFile): AnnotationFile => ({ ...file, annotations: [...file.annotations, annotation] });
const edit = (id: string, change: (a: Annotation) => Annotation) => (file: AnnotationFile): AnnotationFile =>
  ({ ...file, annotations: file.annotations.map(a => (a.id === id ? change(a) : a)) });
const remove = (id: string) => (file: AnnotationFile): AnnotationFile => ({ ...file, annotations: file.annotations.filter(a => a.id !== id) });

describe('sharing annotation files through git (real repositories)', function () {
  this.timeout(60000);
  const cliPath = useBuiltCli();
  let workspace: Workspace;
  let alice: Clone;
  let bob: Clone;


  /** Origin with the document, three shared annotations and the .gitattributes line; two clones of it. */
  function setUp(withDriver: boolean): void {
    workspace = new Workspace();
    alice = workspace.clone('Alice Aoki', 'alice@example.org');
    alice.write('docs/report.txt', DOCUMENT);
    alice.write(FILE, stringifyAnnotationFile(baseFile()));
    alice.write('.gitattributes', '*.annotations.yaml merge=policy-annotator\n');
    alice.git('add', '.');
    alice.git('commit', '--quiet', '-m', 'Report and first annotations');
    alice.git('push', '--quiet', 'origin', 'main');
    bob = workspace.clone('Bob Baba', 'bob@example.org');
    if (withDriver) {
      alice.useDriver(cliPath());
      bob.useDriver(cliPath());
    }
  }
  afterEach(() => workspace?.dispose());

  /** Alice pushes; Bob pulls (a merge). */
  function bobPullsAlice(): ReturnType<Clone['tryGit']> {
    alice.git('push', '--quiet', 'origin', 'main');
    return bob.tryGit('pull', '--no-rebase', '--no-edit', 'origin', 'main');
  }

  function assertChecks(clone: Clone): void {
    const check = runCli(cliPath(), clone.dir, 'check', '.');
    assert.equal(check.status, 0, `policy-annotator check failed:\n${check.stdout}${check.stderr}`);
    assert.match(check.stdout, /0 orphaned, 0 invalid files/);
  }

  describe('without the merge driver: plain line merges', () => {
    beforeEach(() => setUp(false));

    it('merges annotations of different passages with no conflict, both present', () => {
      alice.annotate(FILE, add(annotationOf(DOCUMENT, '港湾の防災計画', '01JE0000000000000000ALICE1', ALICE, { note: 'Ports.' })), 'Annotate ports');
      bob.annotate(FILE, add(annotationOf(DOCUMENT, '交流基金', '01JE00000000000000000BOB01', BOB, { tags: ['people'] })), 'Annotate exchange fund');
      const pull = bobPullsAlice();
      assert.equal(pull.status, 0, `git could not merge the lines:\n${pull.stdout}${pull.stderr}`);
      assert.equal(fs.existsSync(path.join(bob.dir, '.git/MERGE_HEAD')), false, 'no merge is left open');
      const merged = bob.annotations(FILE);
      assert.deepEqual(ids(merged), [
        '01JDZ8M6Q3T7V2K9X4B5N0C1RA', '01JE0000000000000000ALICE1', '01JDZ8M6Q3T7V2K9X4B5N0C1RB', '01JE00000000000000000BOB01', '01JDZ8M6Q3T7V2K9X4B5N0C1RC',
      ]);
      assert.equal(bob.read(FILE), stringifyAnnotationFile(merged), 'the line merge is already the canonical file');
      assertChecks(bob);
    });

    it('leaves conflict markers when both annotate the same passage, and resolve restores both', () => {
      alice.annotate(FILE, add(annotationOf(DOCUMENT, '留学生', '01JE0000000000000000ALICE1', ALICE, { note: 'Students.' })), 'Annotate students');
      bob.annotate(FILE, add(annotationOf(DOCUMENT, '留学生', '01JE00000000000000000BOB01', BOB, { note: 'Quotas.' })), 'Annotate students too');
      const pull = bobPullsAlice();
      assert.notEqual(pull.status, 0, 'git should have stopped on a conflict');
      assert.match(bob.read(FILE), /^<<<<<<< /m);
      const check = runCli(cliPath(), bob.dir, 'check', '.');
      assert.equal(check.status, 1);
      assert.match(check.stdout, /git conflict marker/);

      const resolve = runCli(cliPath(), bob.dir, 'resolve', FILE);
      assert.equal(resolve.status, 0, resolve.stdout + resolve.stderr);
      assert.match(resolve.stdout, /resolved \d+ conflicts?, 5 annotations kept/);
      const merged = bob.annotations(FILE);
      assert.deepEqual(merged.annotations.filter(a => a.quote === '留学生').map(a => a.note).sort(), ['Quotas.', 'Students.']);
      assert.equal(merged.annotations.length, 5);
      bob.git('add', FILE);
      bob.git('commit', '--quiet', '--no-edit');
      assertChecks(bob);
    });

    it('resolve uses the base of diff3-style markers, so a deletion inside the conflict stands', () => {
      bob.git('config', 'merge.conflictStyle', 'diff3');
      alice.annotate(FILE, add(annotationOf(DOCUMENT, '留学生', '01JE0000000000000000ALICE1', ALICE, { note: 'Students.' })), 'Annotate students');
      bob.annotate(FILE, f => add(annotationOf(DOCUMENT, '留学生', '01JE00000000000000000BOB01', BOB, { note: 'Quotas.' }))(remove('01JDZ8M6Q3T7V2K9X4B5N0C1RB')(f)), 'Annotate students, drop the question');
      const pull = bobPullsAlice();
      assert.notEqual(pull.status, 0, 'git should have stopped on a conflict');
      assert.match(bob.read(FILE), /^\|{7} /m);
      assert.equal(runCli(cliPath(), bob.dir, 'resolve', FILE).status, 0);
      assert.deepEqual(ids(bob.annotations(FILE)), ['01JDZ8M6Q3T7V2K9X4B5N0C1RA', '01JE00000000000000000BOB01', '01JE0000000000000000ALICE1', '01JDZ8M6Q3T7V2K9X4B5N0C1RC']);
    });

    it('merges lines cleanly when one side deletes an annotation and the other appends after it (a valid file, maybe out of order)', () => {
      alice.annotate(FILE, add(annotationOf(DOCUMENT, '観光統計', '01JE0000000000000000ALICE1', ALICE)), 'Annotate statistics');
      bob.annotate(FILE, f => add(annotationOf(DOCUMENT, '姉妹提携', '01JE00000000000000000BOB01', BOB))(remove('01JDZ8M6Q3T7V2K9X4B5N0C1RC')(f)), 'Drop grid note, annotate twinning');
      assert.equal(bobPullsAlice().status, 0);
      assert.deepEqual(ids(bob.annotations(FILE)).sort(), ['01JDZ8M6Q3T7V2K9X4B5N0C1RA', '01JDZ8M6Q3T7V2K9X4B5N0C1RB', '01JE0000000000000000ALICE1', '01JE00000000000000000BOB01'].sort());
      assertChecks(bob);
    });
  });

  describe('with the merge driver configured', () => {
    beforeEach(() => setUp(true));

    function pullCleanly(): AnnotationFile {
      const pull = bobPullsAlice();
      assert.equal(pull.status, 0, `the merge driver should have merged cleanly:\n${pull.stdout}${pull.stderr}`);
      assert.doesNotMatch(bob.read(FILE), /^<{7}/m);
      assert.equal(bob.git('status', '--porcelain'), '', 'nothing is left unmerged');
      const merged = bob.annotations(FILE);
      assert.equal(bob.read(FILE), stringifyAnnotationFile(merged), 'the driver writes the canonical form');
      assertChecks(bob);
      return merged;
    }

    it('keeps both annotations of the same passage', () => {
      alice.annotate(FILE, add(annotationOf(DOCUMENT, '留学生', '01JE0000000000000000ALICE1', ALICE, { note: 'Students.' })), 'Annotate students');
      bob.annotate(FILE, add(annotationOf(DOCUMENT, '留学生', '01JE00000000000000000BOB01', BOB, { note: 'Quotas.' })), 'Annotate students too');
      const merged = pullCleanly();
      assert.deepEqual(merged.annotations.filter(a => a.quote === '留学生').map(a => a.author).sort(), [ALICE, BOB]);
    });

    it('keeps what both appended at the end', () => {
      alice.annotate(FILE, add(annotationOf(DOCUMENT, '観光統計', '01JE0000000000000000ALICE1', ALICE)), 'Annotate statistics');
      bob.annotate(FILE, add(annotationOf(DOCUMENT, '姉妹提携', '01JE00000000000000000BOB01', BOB)), 'Annotate twinning');
      assert.deepEqual(ids(pullCleanly()).slice(3), ['01JE0000000000000000ALICE1', '01JE00000000000000000BOB01']);
    });

    it('keeps an annotation one edited and the other deleted', () => {
      alice.annotate(FILE, edit('01JDZ8M6Q3T7V2K9X4B5N0C1RB', a => ({ ...a, note: 'Which species, and since when?', updated: '2026-11-21T10:00:00Z' })), 'Refine question');
      bob.annotate(FILE, remove('01JDZ8M6Q3T7V2K9X4B5N0C1RB'), 'Drop question');
      const merged = pullCleanly();
      assert.equal(merged.annotations.find(a => a.id === '01JDZ8M6Q3T7V2K9X4B5N0C1RB')?.note, 'Which species, and since when?');
    });

    it('keeps both versions of a note both edited: the later one, the other as a merged reply', () => {
      alice.annotate(FILE, edit('01JDZ8M6Q3T7V2K9X4B5N0C1RC', a => ({ ...a, note: 'Grid links with two neighbours.', updated: '2026-11-21T10:00:00Z' })), 'Alice edits');
      bob.annotate(FILE, edit('01JDZ8M6Q3T7V2K9X4B5N0C1RC', a => ({ ...a, note: 'Grid links: cost estimate?', tags: ['energy', 'cost'], updated: '2026-11-21T11:00:00Z' })), 'Bob edits');
      const merged = pullCleanly().annotations.find(a => a.id === '01JDZ8M6Q3T7V2K9X4B5N0C1RC')!;
      assert.equal(merged.note, 'Grid links: cost estimate?');
      assert.deepEqual(merged.tags, ['energy', 'cost']);
      assert.deepEqual(merged.replies, [{ author: ALICE, created: '2026-11-21T10:00:00Z', note: 'Grid links with two neighbours.', merged: true }]);
    });

    it('gives the same file when Alice pulls Bob\'s work instead', () => {
      alice.annotate(FILE, edit('01JDZ8M6Q3T7V2K9X4B5N0C1RC', a => ({ ...a, note: 'Alice.', updated: '2026-11-21T10:00:00Z' })), 'Alice edits');
      bob.annotate(FILE, edit('01JDZ8M6Q3T7V2K9X4B5N0C1RC', a => ({ ...a, note: 'Bob.', updated: '2026-11-21T11:00:00Z' })), 'Bob edits');
      bob.git('push', '--quiet', 'origin', 'main');
      assert.equal(alice.tryGit('pull', '--no-rebase', '--no-edit', 'origin', 'main').status, 0);
      const fromAlice = alice.read(FILE);
      workspace.git(alice.dir, 'reset', '--quiet', '--hard', 'HEAD~1');
      // Bob merges Alice's commit into his own: the result must be byte for byte the same.
      bob.git('fetch', '--quiet', alice.dir, 'main');
      assert.equal(bob.tryGit('merge', '--no-edit', 'FETCH_HEAD').status, 0);
      assert.equal(bob.read(FILE), fromAlice);
    });

    it('stops with a clear message and git\'s conflict markers when a version is not a valid annotation file', () => {
      alice.write(FILE, alice.read(FILE).replace('note: |-\n      Grid links.', 'nota: Grid links.'));
      alice.git('commit', '--quiet', '-am', 'Broken edit');
      bob.annotate(FILE, edit('01JDZ8M6Q3T7V2K9X4B5N0C1RC', a => ({ ...a, note: 'Bob.', updated: '2026-11-21T11:00:00Z' })), 'Bob edits');
      const pull = bobPullsAlice();
      assert.notEqual(pull.status, 0);
      assert.match(pull.stdout + pull.stderr, /cannot merge docs\/report\.txt\.annotations\.yaml: their version is not a valid annotation file \(line \d+, column \d+: .*nota/);
      assert.match(bob.read(FILE), /^<{7} /m);
      assert.match(bob.read(FILE), /^\|{7} base/m);
    });
  });
});
