/**
 * The document globs as few workspace searches: each search reads the whole workspace (a process
 * on a remote host, seconds under load), so `**\/*.txt` and `**\/*.md` go as one
 * `{**\/*.txt,**\/*.md}`. Globs with braces of their own are searched one by one (braces do not
 * nest), all at once.
 */
export function searchPatterns(globs: readonly string[]): string[] {
  return globs.length > 1 && !globs.some(glob => /[{}]/.test(glob)) ? [`{${globs.join(',')}}`] : [...globs];
}
