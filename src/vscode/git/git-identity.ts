import * as vscode from 'vscode';
import { formatAuthor } from '../../core/git/merge-setup';
import type { AuthorIdentity } from '../annotation-index';
import { runGit } from './git-command';
import { gitRepositoryFor } from './git-extension';

/** How long an identity is reused before git is asked again (people rarely change it mid-session). */
const CACHE_MS = 60_000;

/**
 * `user.name` and `user.email` of the repository holding a document: from the built-in git
 * extension when it knows the repository, else from the `git config` command run in the
 * document's folder. Resolves to '' when git gives neither (a virtual workspace, git missing,
 * no identity configured): the caller then falls back to the `policyAnnotator.author` setting.
 */
export class GitIdentity implements AuthorIdentity {
  private readonly cache = new Map<string, { author: string; at: number }>();

  async authorFor(document: vscode.Uri): Promise<string> {
    const folder = vscode.Uri.joinPath(document, '..');
    const key = folder.toString();
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.author;
    const author = (await this.fromGitExtension(document)) ?? (await this.fromGitCommand(folder)) ?? '';
    this.cache.set(key, { author, at: Date.now() });
    return author;
  }

  private async fromGitExtension(document: vscode.Uri): Promise<string | undefined> {
    const repository = gitRepositoryFor(document);
    if (!repository) return undefined;
    const read = (key: string) => repository.getConfig(key).then(value => value, () => undefined);
    return formatAuthor(await read('user.name'), await read('user.email'));
  }

  private async fromGitCommand(folder: vscode.Uri): Promise<string | undefined> {
    const [name, email] = await Promise.all([runGit(folder, ['config', '--get', 'user.name']), runGit(folder, ['config', '--get', 'user.email'])]);
    return formatAuthor(name, email);
  }
}
