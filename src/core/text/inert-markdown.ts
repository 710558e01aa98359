/**
 * A colleague's note as Markdown that formats but can do nothing: emphasis, lists, quotes,
 * headings and code stay; links, images, autolinks, HTML and theme icons become plain text.
 * Outside code, every character that could start one of those is backslash-escaped (`[`, `]`,
 * `<` (HTML and autolinks; `>` stays, for quotes), `!`, `:` of a URL scheme, the `@` of an address, `www.`, `$` of `$(icon)`, and the
 * backslash itself, so that an escape typed in the note cannot undo ours). Code spans and fenced
 * blocks are left as they are: nothing inside them is ever a link.
 */
const ESCAPED = /[\\[\]<!:@$]/g;

export function inertMarkdown(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      out.push(line);
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && line.trim() === opening[1]) fence = undefined;
    } else if (opening) {
      fence = opening[1];
      out.push(line);
    } else {
      out.push(inertLine(line));
    }
  }
  return out.join('\n');
}

/** Escapes a line outside its code spans (a run of n backticks closed by the next run of exactly n). */
function inertLine(line: string): string {
  let result = '';
  let i = 0;
  while (i < line.length) {
    const tick = line.indexOf('`', i);
    if (tick === -1) break;
    const run = /^`+/.exec(line.slice(tick))![0];
    const close = findClosingRun(line, tick + run.length, run.length);
    if (close === -1) {
      result += escapeText(line.slice(i, tick)) + run.replace(/`/g, '\\`');
      i = tick + run.length;
      continue;
    }
    result += escapeText(line.slice(i, tick)) + line.slice(tick, close + run.length);
    i = close + run.length;
  }
  return result + escapeText(line.slice(i));
}

function findClosingRun(line: string, from: number, length: number): number {
  for (let j = line.indexOf('`', from); j !== -1; j = line.indexOf('`', j)) {
    let end = j;
    while (line[end] === '`') end++;
    if (end - j === length) return j;
    j = end;
  }
  return -1;
}

function escapeText(text: string): string {
  return text.replace(ESCAPED, c => '\\' + c).replace(/\bwww\./gi, match => match.slice(0, 3) + '\\.');
}

/** Text shown as it is, whatever Markdown it looks like (a tag, an author): every punctuation escaped. */
export function literalMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>:@$~&]/g, c => '\\' + c).replace(/\r?\n/g, ' ');
}
