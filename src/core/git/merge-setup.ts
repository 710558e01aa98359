/** What a repository needs so that git merges annotation files with `policy-annotator merge-driver`. */

export const MERGE_DRIVER_NAME = 'policy-annotator';
/** The line `.gitattributes` needs: every annotation file goes through the driver. */
export const ATTRIBUTES_LINE = `*.annotations.yaml merge=${MERGE_DRIVER_NAME}`;
/** The local `merge.policy-annotator.driver` value: git replaces %O %A %B %P with the versions and the path. */
export const DRIVER_COMMAND = `npx ${MERGE_DRIVER_NAME} merge-driver %O %A %B %P`;
export const DRIVER_DESCRIPTION = 'Policy Annotator: merge annotation files by annotation id';

/**
 * `.gitattributes` with the driver's line added at the end, or undefined when a line already
 * sends annotation files to the driver. Keeps the file's line ends and everything else in it.
 */
export function withMergeAttribute(existing: string | undefined): string | undefined {
  const text = existing ?? '';
  const lines = text.split(/\r?\n/);
  const routed = lines.some(line => {
    const [pattern, ...attributes] = line.trim().split(/\s+/);
    return (pattern === '*.annotations.yaml' || pattern === '**/*.annotations.yaml') && attributes.includes(`merge=${MERGE_DRIVER_NAME}`);
  });
  if (routed) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${separator}${ATTRIBUTES_LINE}${eol}`;
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
