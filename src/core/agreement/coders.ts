/**
 * Coders are annotation authors. `Name <email>` is one coder whatever name a machine gave
 * (the email decides); an author without an email is known by the name alone.
 */
export interface Coder {
  /** What tells coders apart: the email in lower case, or the name. */
  key: string;
  /** The author as first written. */
  label: string;
}

const EMAIL = /<([^<>]+)>\s*$/;

export function coderOf(author: string): Coder {
  const email = EMAIL.exec(author)?.[1].trim().toLowerCase();
  return { key: email ?? author.trim(), label: author.trim() };
}

/**
 * The coders the user named, in the order named. Each name must pick one coder: the whole
 * author, the email or the name, compared without case; otherwise the error lists who there is.
 */
export function chooseCoders(all: readonly Coder[], wanted: readonly string[]): Coder[] {
  const chosen: Coder[] = [];
  for (const name of wanted) {
    const needle = name.trim().toLowerCase();
    const matches = all.filter(c => c.key.toLowerCase() === needle || c.label.toLowerCase() === needle || nameOf(c.label).toLowerCase() === needle);
    if (matches.length !== 1) {
      const known = all.map(c => c.label).join(', ') || '(none)';
      throw new Error(`${matches.length === 0 ? 'no coder is' : 'several coders are'} called '${name}'; the coders are: ${known}`);
    }
    if (!chosen.includes(matches[0])) chosen.push(matches[0]);
  }
  return chosen;
}

/** `Hanako Yamada <h@example.org>` -> `Hanako Yamada`. */
export function nameOf(author: string): string {
  return author.replace(EMAIL, '').trim() || author.trim();
}
