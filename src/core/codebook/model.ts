import { tagSegments, TAG_SEPARATOR } from '../tags';

/** What a project's codebook says about one tag. */
export interface CodebookTag {
  /** The whole hierarchical name, `security/maritime` (a `parent:` key is folded into it on reading). */
  name: string;
  /** A stable identifier for exchange with QDA software (REFI-QDA GUIDs); written once, never changed. */
  guid?: string;
  /** What the tag means and when to use it: plain text, shown as plain text. */
  description?: string;
  /** `#rrggbb` or `#rrggbbaa`; the highlight colour of passages with this tag. */
  color?: string;
  /** Passages the tag fits, as guidance for coders. */
  examples?: string[];
  /** False for a tag that only groups others (a category) and is not given to passages itself. */
  codable: boolean;
}

/** The content of `codebook.yaml`: its tags in tree order (each parent before its children). */
export interface Codebook {
  tags: CodebookTag[];
}

export const CODEBOOK_SCHEMA_ID = 'policy-annotator-codebook/1';
/** Where the codebook is looked for, relative to the workspace folder, unless the user says otherwise. */
export const DEFAULT_CODEBOOK_PATH = 'codebook.yaml';

export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
export const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A tag name as annotations store it: `a//b/` -> `a/b`. */
export function normalTagName(name: string): string {
  return tagSegments(name).join(TAG_SEPARATOR);
}

/** The codebook's entry for a tag, if it has one. */
export function codebookEntry(codebook: Codebook | undefined, tag: string): CodebookTag | undefined {
  const name = normalTagName(tag);
  return codebook?.tags.find(t => t.name === name);
}
