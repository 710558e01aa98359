import { codesOf, firstVisibleCode } from './line-start';

/** What such a heading can start with: a bracket, 政策/提言, Policy or Recommendations. */
const HEADING_STARTS = codesOf('【[［政提PpRr');

/** 提言, 【提言】, 政策提言, Recommendations, Policy recommendations (the heading's title, marks removed). */
export function isRecommendationHeading(title: string, first = firstVisibleCode(title)): boolean {
  if (title.length > 40) return false; // a heading, never a paragraph
  if (!HEADING_STARTS.has(first)) return false;
  if (!title.includes('提言') && !/ecommendation/i.test(title)) return false;
  const bare = title.trim().replace(/^[【[［]\s*|\s*[】\]］]$/g, '').replace(/[:：]$/, '').trim();
  return /^(政策)?提言(\s*[0-9０-９]*)?$/.test(bare) || /^(policy\s+)?recommendations?$/i.test(bare);
}
