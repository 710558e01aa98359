import type { DataPath, DataProblem } from '../annotations/codec/validate';
import { sortTagsAsTree, TAG_SEPARATOR } from '../tags';
import { CODEBOOK_SCHEMA_ID, COLOR_PATTERN, GUID_PATTERN, normalTagName, type Codebook, type CodebookTag } from './model';

const FILE_KEYS = ['schema', 'tags'];
const TAG_KEYS = ['name', 'parent', 'guid', 'description', 'color', 'examples', 'codable'];

type Report = (message: string, path: DataPath, at?: 'value' | 'key') => void;

/**
 * Checks plain data (what `yaml` gives for codebook.yaml) and builds the codebook. Unknown keys
 * are problems, so that a misspelt `descripton:` is not dropped at the next write.
 */
export function validateCodebook(data: unknown): { codebook?: Codebook; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const report: Report = (message, path, at = 'value') => problems.push({ message, path, at });
  if (!isRecord(data)) {
    report(`a codebook is a map with schema and tags; found ${kindOf(data)}`, []);
    return { problems };
  }
  if (data.schema !== CODEBOOK_SCHEMA_ID) {
    report(data.schema === undefined ? `schema: is missing; expected schema: ${CODEBOOK_SCHEMA_ID}` : `unknown schema ${JSON.stringify(data.schema)}; this version of Policy Annotator reads ${CODEBOOK_SCHEMA_ID}`, data.schema === undefined ? [] : ['schema']);
    return { problems };
  }
  for (const key of Object.keys(data)) if (!FILE_KEYS.includes(key)) report(`unknown key ${key}: a codebook has ${FILE_KEYS.join(' and ')}`, [key], 'key');
  const tags: CodebookTag[] = [];
  if (data.tags !== undefined && !Array.isArray(data.tags)) report(`tags must be a list (tags: [] for none); found ${kindOf(data.tags)}`, ['tags']);
  const items = Array.isArray(data.tags) ? data.tags : [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const tag = tagAt(item, ['tags', i], report);
    if (!tag) return;
    const earlier = seen.get(tag.name);
    if (earlier !== undefined) report(`tag ${tag.name} is described twice (also entry ${earlier + 1}); keep one entry`, ['tags', i, 'name']);
    else {
      seen.set(tag.name, i);
      tags.push(tag);
    }
  });
  if (problems.length > 0) return { problems };
  const byName = new Map(tags.map(t => [t.name, t]));
  return { codebook: { tags: sortTagsAsTree(byName.keys()).map(name => byName.get(name)!) }, problems };
}

function tagAt(item: unknown, path: DataPath, report: Report): CodebookTag | undefined {
  if (!isRecord(item)) {
    report(`a codebook entry is a map with at least name:; found ${kindOf(item)}`, path);
    return undefined;
  }
  const before = { count: 0 };
  const counting: Report = (m, p, at) => { before.count++; report(m, p, at); };
  for (const key of Object.keys(item)) if (!TAG_KEYS.includes(key)) counting(`unknown key ${key}: an entry has ${TAG_KEYS.join(', ')}`, [...path, key], 'key');
  const name = oneLine(item, 'name', path, counting, true);
  const parent = oneLine(item, 'parent', path, counting, false);
  const description = textOf(item, 'description', path, counting);
  const color = oneLine(item, 'color', path, counting, false);
  if (color !== undefined && !COLOR_PATTERN.test(color)) counting(`color must be #rrggbb or #rrggbbaa; found ${JSON.stringify(color)}`, [...path, 'color']);
  const guid = oneLine(item, 'guid', path, counting, false);
  if (guid !== undefined && !GUID_PATTERN.test(guid)) counting(`guid must be a GUID like 0b6c3f9e-5d0a-4c4b-9a51-3f2e1d7c8b90; found ${JSON.stringify(guid)}`, [...path, 'guid']);
  if (item.codable !== undefined && typeof item.codable !== 'boolean') counting(`codable must be true or false; found ${kindOf(item.codable)}`, [...path, 'codable']);
  const examples = item.examples;
  if (examples !== undefined && !(Array.isArray(examples) && examples.every(e => typeof e === 'string'))) counting('examples must be a list of texts', [...path, 'examples']);
  if (before.count > 0 || name === undefined) return undefined;
  const fullName = normalTagName(parent !== undefined && !name.startsWith(normalTagName(parent) + TAG_SEPARATOR) ? `${parent}${TAG_SEPARATOR}${name}` : name);
  if (fullName.length === 0) {
    report('name must hold a tag name, not only slashes', [...path, 'name']);
    return undefined;
  }
  return {
    name: fullName,
    ...(guid !== undefined ? { guid: guid.toLowerCase() } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(Array.isArray(examples) && examples.length > 0 ? { examples: examples as string[] } : {}),
    codable: item.codable !== false,
  };
}

function textOf(map: Record<string, unknown>, key: string, path: DataPath, report: Report): string | undefined {
  const value = map[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(`${key} must be text; found ${kindOf(value)}`, [...path, key]);
    return undefined;
  }
  return value;
}

function oneLine(map: Record<string, unknown>, key: string, path: DataPath, report: Report, required: boolean): string | undefined {
  const value = map[key];
  if (value === undefined && required) {
    report(`${key}: is missing`, path);
    return undefined;
  }
  const text = textOf(map, key, path, report);
  if (text === undefined) return undefined;
  if (text.trim().length === 0 || /[\r\n]/.test(text)) {
    report(`${key} must be one non-empty line`, [...path, key]);
    return undefined;
  }
  return text.trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}
