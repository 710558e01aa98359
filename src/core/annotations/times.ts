/**
 * Orders two ISO 8601 UTC times as instants: `…00.500Z` is after `…00Z`, although as text it
 * sorts first. Equal instants written differently fall back to code-unit order, so that the
 * result never depends on which argument came first.
 */
export function compareTimes(a: string, b: string): number {
  const byInstant = Date.parse(a) - Date.parse(b);
  if (byInstant !== 0 && !Number.isNaN(byInstant)) return byInstant < 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
