/**
 * A glob of the `policyAnnotator.documents` setting as a test of a path relative to its
 * workspace folder (segments joined by `/`), in the syntax VS Code's file search reads:
 * `**` any number of folders (none too), `*` and `?` within one name, `{a,b}` alternatives and
 * `[abc]` / `[!abc]` character sets. Matching is case-sensitive, like the editor's own.
 */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  const expression = new RegExp(`^${globSource(glob)}$`);
  return path => expression.test(path);
}

function globSource(glob: string): string {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
      i++;
      if (!atStart || !atEnd) source += '[^/]*'; // `a**b` is a plain star
      else if (glob[i + 1] === '/') {
        source += '(?:[^/]*/)*'; // `**/`: no folder or any folders
        i++;
      } else source += '.*';
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const negated = glob[i + 1] === '!' || glob[i + 1] === '^';
        const members = glob.slice(negated ? i + 2 : i + 1, end).replace(/[\\\]^]/g, '\\$&');
        source += negated ? `[^/${members}]` : `[${members}]`;
        i = end;
      }
    } else source += char.replace(/[.+^$()|\\\]/]/g, '\\$&');
  }
  return source + ')'.repeat(braces); // an unclosed `{` still makes an expression
}
