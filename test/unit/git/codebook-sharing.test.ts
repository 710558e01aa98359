import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCodebook, stringifyCodebook } from '../../../src/core/codebook/codec';
import type { Codebook, CodebookTag } from '../../../src/core/codebook/model';
import { Clone, useBuiltCli, Workspace } from './git-repos';

const CODEBOOK = 'codebook.yaml';
const GUID_ALICE = '1a1a1a1a-0000-4000-8000-000000000001';
const GUID_BOB = '2b2b2b2b-0000-4000-8000-000000000002';

const tag = (name: string, fields: Partial<CodebookTag> = {}): CodebookTag => ({ name, codable: true, ...fields });

/** The codebook both researchers start from. */
const BASE: Codebook = { tags: [
  tag('economy', { description: 'Trade and growth' }),
  tag('security', { codable: false }),
  tag('security/maritime', { description: 'Sea lanes', color: '#2196f355' }),
] };

describe('sharing codebook.yaml through git (real repositories)', function () {
  this.timeout(60000);
  const cliPath = useBuiltCli();
  let workspace: Workspace;
  let alice: Clone;
  let bob: Clone;

  afterEach(() => workspace?.dispose());

  /** Origin with the codebook and the .gitattributes lines; two clones, with the driver set up or not. */
  function setUp(withDriver: boolean): void {
    workspace = new Workspace();
    alice = workspace.clone('Alice Aoki', 'alice@example.org');
    alice.write(CODEBOOK, stringifyCodebook(BASE));
    alice.write('.gitattributes', '*.annotations.yaml merge=policy-annotator\n/codebook.yaml merge=policy-annotator\n');
    alice.git('add', '.');
    alice.git('commit', '--quiet', '-m', 'Codebook');
    alice.git('push', '--quiet', 'origin', 'main');
    bob = workspace.clone('Bob Baba', 'bob@example.org');
    if (withDriver) {
      alice.useDriver(cliPath());
      bob.useDriver(cliPath());
    }
  }

  function change(clone: Clone, edit: (tags: CodebookTag[]) => CodebookTag[], message: string): void {
    const parsed = parseCodebook(clone.read(CODEBOOK));
    assert.ok(parsed.ok);
    clone.write(CODEBOOK, stringifyCodebook({ tags: edit(parsed.codebook.tags) }));
    clone.git('commit', '--quiet', '-am', message);
  }

  const edited = (name: string, fields: Partial<CodebookTag>) => (tags: CodebookTag[]) => tags.map(t => (t.name === name ? { ...t, ...fields } : t));

  /** Both add a tag between the same two entries (a line conflict for git), edit different tags, and add the same tag alike. */
  function editDifferently(): void {
    change(alice, tags => [...edited('economy', { description: 'Trade, growth and jobs' })(tags), tag('education'), tag('shared', { guid: GUID_ALICE })], 'Alice: education, shared');
    change(bob, tags => [...edited('security/maritime', { color: '#ff000080' })(tags), tag('energy', { description: 'Grids' }), tag('shared', { guid: GUID_BOB })], 'Bob: energy, shared');
  }

  function bobPullsAlice() {
    alice.git('push', '--quiet', 'origin', 'main');
    return bob.tryGit('pull', '--no-rebase', '--no-edit', 'origin', 'main');
  }

  it('without the driver, git stops on additions at the same place', () => {
    setUp(false);
    editDifferently();
    const pull = bobPullsAlice();
    assert.notEqual(pull.status, 0, 'the line merge conflicts: this is what the driver is for');
    assert.match(bob.read(CODEBOOK), /^<<<<<<< /m);
  });

  it('with the driver, merges both sides\' additions and edits by tag, the same tag added on both sides once', () => {
    setUp(true);
    editDifferently();
    const pull = bobPullsAlice();
    assert.equal(pull.status, 0, `the driver did not merge:\n${pull.stdout}${pull.stderr}`);
    assert.equal(fs.existsSync(path.join(bob.dir, '.git/MERGE_HEAD')), false, 'no merge is left open');
    const parsed = parseCodebook(bob.read(CODEBOOK));
    assert.ok(parsed.ok, bob.read(CODEBOOK));
    assert.deepEqual(parsed.codebook.tags, [
      tag('economy', { description: 'Trade, growth and jobs' }),
      tag('education'),
      tag('energy', { description: 'Grids' }),
      tag('security', { codable: false }),
      tag('security/maritime', { description: 'Sea lanes', color: '#ff000080' }),
      tag('shared', { guid: GUID_ALICE }),
    ]);
    assert.equal(bob.read(CODEBOOK), stringifyCodebook(parsed.codebook), 'written in the canonical form');
    // Alice pulls the merge back: she gets the same file, byte for byte.
    bob.git('push', '--quiet', 'origin', 'main');
    alice.git('pull', '--quiet', '--no-rebase', '--no-edit', 'origin', 'main');
    assert.equal(alice.read(CODEBOOK), bob.read(CODEBOOK));
  });

  it('stops on a tag both edited differently, keeping both versions between markers and every other change, and says which', () => {
    setUp(true);
    change(alice, tags => [...edited('security/maritime', { description: 'Sea lanes and ports' })(tags), tag('education')], 'Alice: maritime description');
    change(bob, tags => [...edited('security/maritime', { description: 'Coast guards' })(tags), tag('energy')], 'Bob: maritime description');
    const pull = bobPullsAlice();
    assert.notEqual(pull.status, 0, 'git reports the conflict');
    assert.match(pull.stderr + pull.stdout, /codebook\.yaml: both sides changed a tag differently:\n {2}security\/maritime \(description\)/);
    assert.match(bob.tryGit('status', '--porcelain').stdout, /^UU codebook\.yaml$/m);
    const text = bob.read(CODEBOOK);
    assert.match(text, /<<<<<<< ours:codebook\.yaml\n {2}- name: security\/maritime\n {4}description: Coast guards\n {4}color: "#2196f355"\n=======\n {2}- name: security\/maritime\n {4}description: Sea lanes and ports\n {4}color: "#2196f355"\n>>>>>>> theirs:codebook\.yaml\n/);
    assert.match(text, /- name: education\n/);
    assert.match(text, /- name: energy\n/);
    const read = parseCodebook(text);
    assert.ok(!read.ok, 'the codebook is refused until the conflict is resolved');
    assert.match(read.problems[0].message, /git conflict marker/);
  });
});
