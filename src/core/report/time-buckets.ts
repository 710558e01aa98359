/** Up to this many days are shown day by day; a longer span is shown month by month. */
export const MAX_DAILY_PERIODS = 60;

const DAY_MS = 86_400_000;

export interface TimeBuckets {
  /** `2026-11-20` (days) or `2026-11` (months), oldest first, every period between included. */
  periods: string[];
  /** The period index of an ISO 8601 UTC timestamp; undefined when it is not a date. */
  periodOf(timestamp: string): number | undefined;
}

/**
 * Periods for "how many per period" charts: continuous, so gaps show as zero, and days or
 * months so that a chart never has more than about sixty bars for a short project.
 */
export function timeBuckets(timestamps: readonly string[]): TimeBuckets {
  const days = timestamps.map(dayOf).filter((d): d is string => d !== undefined).sort();
  if (days.length === 0) return { periods: [], periodOf: () => undefined };
  const first = Date.parse(`${days[0]}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  const daily = (last - first) / DAY_MS < MAX_DAILY_PERIODS;
  const periods: string[] = [];
  if (daily) {
    for (let t = first; t <= last; t += DAY_MS) periods.push(new Date(t).toISOString().slice(0, 10));
  } else {
    const end = days[days.length - 1].slice(0, 7);
    // From the 1st: adding a month to 31 January would skip February.
    for (let d = new Date(`${days[0].slice(0, 7)}-01T00:00:00Z`); ; d.setUTCMonth(d.getUTCMonth() + 1)) {
      const month = d.toISOString().slice(0, 7);
      periods.push(month);
      if (month >= end) break;
    }
  }
  const index = new Map(periods.map((p, i) => [p, i]));
  return {
    periods,
    periodOf(timestamp) {
      const day = dayOf(timestamp);
      return day === undefined ? undefined : index.get(daily ? day : day.slice(0, 7));
    },
  };
}

/** The UTC day of a timestamp, `YYYY-MM-DD`. */
function dayOf(timestamp: string): string | undefined {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
