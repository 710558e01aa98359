/**
 * Cohen's kappa and raw percentage agreement of two coders over the same units, nominal values
 * (Cohen, "A coefficient of agreement for nominal scales", 1960): κ = (Ao - Ae) / (1 - Ae), where
 * Ae sums, over the values, the product of each coder's own proportion of that value.
 */

export interface PairAgreement {
  /** Units both coders coded (a unit missing for either coder is left out), weighted. */
  units: number;
  /** Share of those units given the same value, 0..1. */
  percent: number;
  /** Undefined when chance agreement is 1 (both coders gave one and the same value throughout). */
  kappa: number | undefined;
}

/**
 * Counts two coders' values unit by unit. A unit may weigh more than one (a stretch of text
 * where nothing changes counts once per code point); weights are whole numbers, so the test for
 * "chance agreement is 1" is exact.
 */
export class PairTally {
  private units = 0;
  private same = 0;
  private readonly first = new Map<string, number>();
  private readonly second = new Map<string, number>();

  add(a: string, b: string, weight = 1): void {
    this.units += weight;
    if (a === b) this.same += weight;
    this.first.set(a, (this.first.get(a) ?? 0) + weight);
    this.second.set(b, (this.second.get(b) ?? 0) + weight);
  }

  result(): PairAgreement {
    const { units, same } = this;
    if (units === 0) return { units, percent: 0, kappa: undefined };
    const observed = same / units;
    let chancePairs = 0;
    for (const [value, count] of this.first) chancePairs += count * (this.second.get(value) ?? 0);
    if (chancePairs === units * units) return { units, percent: observed, kappa: undefined };
    const chance = chancePairs / (units * units);
    return { units, percent: observed, kappa: (observed - chance) / (1 - chance) };
  }
}

/** `a[i]` and `b[i]` are the two coders' values of unit i; `undefined` is a missing value. */
export function cohenKappa(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): PairAgreement {
  const tally = new PairTally();
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined) tally.add(x, y);
  }
  return tally.result();
}
