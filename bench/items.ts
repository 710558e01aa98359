import type { SearchItem } from '../src/core/search';
import { seededRandom } from './numbers';

/**
 * Recommendation-like strings: corpus sentences, recombined deterministically. Given the texts
 * (read from disk in Node, through workspace.fs in the browser), so that both hosts index the same items.
 */
export function generateItems(count: number, texts: ReadonlyMap<string, string>): SearchItem[] {
  const sentences = [...texts.values()]
    .flatMap(text => text.split(/(?<=[。．.!?])|\n/))
    .map(s => s.trim().replace(/^[-・•⚫]\s*/, ''))
    .filter(s => s.length >= 15 && s.length <= 240);
  const random = seededRandom(20261123);
  const items: SearchItem[] = [];
  for (let i = 0; i < count; i++) {
    const first = sentences[Math.floor(random() * sentences.length)];
    const second = random() < 0.5 ? sentences[Math.floor(random() * sentences.length)] : '';
    const text = (first + second).slice(0, 300);
    items.push({ id: String(i), kind: 'recommendation', text, document: `doc${i % 500}.txt`, line: i, start: 0, end: text.length });
  }
  return items;
}

/** What a query looks like as it is typed: each prefix that is not blank. */
export function keystrokes(query: string): string[] {
  const chars = Array.from(query);
  return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter(q => q.trim());
}
