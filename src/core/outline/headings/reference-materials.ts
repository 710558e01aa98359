import type { Lines } from '../lines';
import { previousVisibleLine } from '../line-context';
import type { Candidate } from './candidates';
import { REFERENCE_MATERIALS } from './numbering';
import type { HeadingRank } from './sequences';

/**
 * `参考資料` alone over `参考資料１\u3000開催要綱`, `参考資料２\u3000委員名簿`: a part that names the
 * materials holds them, each a section of it, not a chapter beside the body's, and their sections
 * go one level down.
 */
export function placeUnderMaterialsPart(lines: Lines, candidates: readonly Candidate[], levels: Map<number, HeadingRank>): void {
  const materials = candidates.filter(c => c.family === REFERENCE_MATERIALS && levels.get(c.line)?.level === 'chapter');
  if (!materials.length) return;
  const above = previousVisibleLine(lines, materials[0].line);
  if (above === undefined || !MATERIALS_PART.test(lines.text(above).replace(WHITE_SPACE, ''))) return;
  const first = materials[0].line;
  const end = Math.min(...[...levels].filter(([line, rank]) => line > first && rank.level === 'chapter' && !materials.some(c => c.line === line)).map(([line]) => line));
  // Their own sections go one level down with them.
  for (const [line, rank] of levels) if (line > first && line < end && rank.level === 'section') levels.set(line, { level: 'section', depth: rank.depth + 1 });
  for (const c of materials) levels.set(c.line, { level: 'section', depth: 2 });
}

const MATERIALS_PART = /^(?:参考資料|添付資料)$/;
const WHITE_SPACE = /\s+/g;
