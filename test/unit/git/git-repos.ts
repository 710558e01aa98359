import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/model';
import { describeTarget } from '../../../src/core/annotations/target';

/** Real git repositories in a temporary folder: a shared origin and clones that annotate offline. */

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Fails the suite with a clear message when git cannot be run. */
export function requireGit(): void {
  const probe = spawnSync('git', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('git is not installed (or not on PATH): these tests merge annotation files in real git repositories. Install git, e.g. apt-get install git.');
  }
}

/** Bundles the current CLI source into a temporary folder, so the driver under test is never a stale build. */
export async function buildCli(folder: string): Promise<string> {
  const outfile = path.join(folder, 'cli.js');
  await esbuild.build({ entryPoints: [path.resolve(__dirname, '../../../src/cli/main.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  return outfile;
}

/**
 * For a suite: checks git is there and bundles the CLI once before its tests, removing the bundle
 * after them. Returns where the bundle is, to read once the suite has started.
 */
export function useBuiltCli(): () => string {
  let buildDir: string;
  let cli: string;
  before(async () => {
    requireGit();
    buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-cli-'));
    cli = await buildCli(buildDir);
  });
  after(() => fs.rmSync(buildDir, { recursive: true, force: true }));
  return () => cli;
}

export class Workspace {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-git-'));
  /** Git with no user or system configuration of the machine running the tests. */
  private readonly env = { ...process.env, HOME: this.root, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(this.root, 'gitconfig'), GIT_TERMINAL_PROMPT: '0' };

  constructor() {
    fs.writeFileSync(path.join(this.root, 'gitconfig'), '[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n[core]\n\tautocrlf = false\n[commit]\n\tgpgsign = false\n');
    this.git(this.root, 'init', '--bare', '--quiet', 'origin.git');
  }

  /** Runs git and fails with its output unless it exits 0. */
  git(cwd: string, ...args: string[]): string {
    const run = this.tryGit(cwd, ...args);
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} exited ${run.status} in ${cwd}:\n${run.stdout}${run.stderr}`);
    return run.stdout;
  }

  tryGit(cwd: string, ...args: string[]): Run {
    const result = spawnSync('git', args, { cwd, env: this.env, encoding: 'utf8' });
    if (result.error) throw result.error;
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }

  /** A clone of the origin, with the researcher's identity configured in it. */
  clone(name: string, email: string): Clone {
    const folder = name.toLowerCase().replace(/\W+/g, '-');
    this.git(this.root, 'clone', '--quiet', 'origin.git', folder);
    const dir = path.join(this.root, folder);
    this.git(dir, 'config', 'user.name', name);
    this.git(dir, 'config', 'user.email', email);
    return new Clone(this, dir, `${name} <${email}>`);
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

export class Clone {
  constructor(readonly workspace: Workspace, readonly dir: string, readonly author: string) {}

  git(...args: string[]): string {
    return this.workspace.git(this.dir, ...args);
  }

  tryGit(...args: string[]): Run {
    return this.workspace.tryGit(this.dir, ...args);
  }

  write(relative: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(this.dir, relative), text);
  }

  read(relative: string): string {
    return fs.readFileSync(path.join(this.dir, relative), 'utf8');
  }

  /** Reads an annotation file with the codec, failing with its problems if it is not valid. */
  annotations(relative: string): AnnotationFile {
    const parsed = parseAnnotationFile(this.read(relative));
    if (!parsed.ok) throw new Error(`${relative} in ${this.dir} is not a valid annotation file: ${JSON.stringify(parsed.problems)}\n${this.read(relative)}`);
    return parsed.file;
  }

  /** Changes an annotation file through the codec, as the editor would, and commits it. */
  annotate(relative: string, change: (file: AnnotationFile) => AnnotationFile, message: string): void {
    this.write(relative, stringifyAnnotationFile(change(this.annotations(relative))));
    this.git('commit', '--quiet', '-am', message);
  }

  /** Sets up the merge driver in this clone's local configuration, as the editor's command does. */
  useDriver(cli: string): void {
    this.git('config', 'merge.policy-annotator.name', 'Policy Annotator annotation merge');
    this.git('config', 'merge.policy-annotator.driver', `node ${JSON.stringify(cli)} merge-driver %O %A %B %P`);
  }
}

/** An annotation of the first occurrence of `quote` in `text`. */
export function annotationOf(text: string, quote: string, id: string, author: string, fields: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the document`);
  return { id, ...describeTarget(text, start, start + quote.length), author, created: '2026-11-20T09:00:00Z', ...fields };
}

/** Runs the bundled CLI. */
export function runCli(cli: string, cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
