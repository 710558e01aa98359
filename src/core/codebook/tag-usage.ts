import type { AnnotationFile } from '../annotations/model';
import { ownTags } from '../tags';
import { codebookEntry, type Codebook } from './model';

/** Where annotations use a tag the codebook does not allow: not in it, or a grouping tag that is not codable. */
export interface TagFinding {
  tag: string;
  problem: 'not-in-codebook' | 'not-codable';
  /** How many annotations carry it. */
  annotations: number;
}

/** Tags the annotations carry that the codebook does not describe or marks as not codable, sorted by tag. */
export function checkTagUsage(codebook: Codebook, files: Iterable<AnnotationFile>): TagFinding[] {
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const annotation of file.annotations) for (const tag of ownTags(annotation.tags ?? [])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const findings: TagFinding[] = [];
  for (const [tag, annotations] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const entry = codebookEntry(codebook, tag);
    if (!entry) findings.push({ tag, problem: 'not-in-codebook', annotations });
    else if (!entry.codable) findings.push({ tag, problem: 'not-codable', annotations });
  }
  return findings;
}
