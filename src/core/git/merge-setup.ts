/** What a repository needs so that git merges annotation files and the codebook with `policy-annotator merge-driver`. */

export const MERGE_DRIVER_NAME = 'policy-annotator';
/** The line `.gitattributes` needs: every annotation file goes through the driver. */
export const ATTRIBUTES_LINE = `*.annotations.yaml merge=${MERGE_DRIVER_NAME}`;
/** The local `merge.policy-annotator.driver` value: git replaces %O %A %B %P with the versions and the path. */
export const DRIVER_COMMAND = `npx ${MERGE_DRIVER_NAME} merge-driver %O %A %B %P`;
export const DRIVER_DESCRIPTION = 'Policy Annotator: merge annotation files by annotation id and the codebook by tag';

/**
 * The line that sends the codebook to the driver, `/codebook.yaml merge=policy-annotator`, for
 * its path from the repository's root: anchored there, so that another project's codebook.yaml
 * deeper in the tree is left to git.
 */
export function codebookAttributesLine(pathInRepository: string): string {
  const pattern = pathInRepository.split(/[\\/]+/).filter(Boolean).join('/').replace(/ /g, '[[:space:]]');
  return `/${pattern} merge=${MERGE_DRIVER_NAME}`;
}

/**
 * `.gitattributes` with the lines the driver needs added at the end (annotation files, and the
 * codebook at `codebookPath` from the repository's root), or undefined when both are routed
 * already. Keeps the file's line ends and everything else in it.
 */
export function withMergeAttribute(existing: string | undefined, codebookPath = 'codebook.yaml'): string | undefined {
  const text = existing ?? '';
  const routed = text.split(/\r?\n/).flatMap(line => {
    const [pattern, ...attributes] = line.trim().split(/\s+/);
    return attributes.includes(`merge=${MERGE_DRIVER_NAME}`) ? [pattern] : [];
  });
  const codebookLine = codebookAttributesLine(codebookPath);
  const codebookPattern = codebookLine.split(' ')[0];
  const fileName = codebookPattern.slice(codebookPattern.lastIndexOf('/') + 1);
  // A pattern with a slash is relative to the root; one without, or after **/, matches at any depth.
  const coversCodebook = (p: string) => p === codebookPattern || `/${p}` === codebookPattern || p === fileName || p === `**/${fileName}`;
  const missing = [
    ...(routed.some(p => p === '*.annotations.yaml' || p === '**/*.annotations.yaml') ? [] : [ATTRIBUTES_LINE]),
    ...(routed.some(coversCodebook) ? [] : [codebookLine]),
  ];
  if (missing.length === 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${separator}${missing.map(line => line + eol).join('')}`;
}

/** `Name <email>` from git's user.name and user.email; whichever is set when only one is; undefined when neither. */
export function formatAuthor(name: string | undefined, email: string | undefined): string | undefined {
  const n = name?.trim();
  const e = email?.trim();
  if (n && e) return `${n} <${e}>`;
  if (n) return n;
  if (e) return `<${e}>`;
  return undefined;
}
