/**
 * The document a project's text source stands for, among the folder's documents (relative
 * paths, `/` separators): the one at the path it names (as our exports write it), else the one
 * document of that file name (other programs name sources by file name, some without the
 * extension). Two documents of the same name match neither: a guess could code the wrong text.
 */
export function matchSourceDocument(sourceName: string, documentPaths: readonly string[]): string | undefined {
  const name = sourceName.trim().replace(/\\/g, '/');
  if (documentPaths.includes(name)) return name;
  const base = name.slice(name.lastIndexOf('/') + 1);
  const byName = documentPaths.filter(p => {
    const file = p.slice(p.lastIndexOf('/') + 1);
    return file === base || stripExtension(file) === base;
  });
  return byName.length === 1 ? byName[0] : undefined;
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
