/** How many of the ascending `values` lie in [from, to): two binary searches, not a scan. */
export function countInRange(values: ArrayLike<number>, from: number, to: number): number {
  return to > from ? lowerBound(values, to) - lowerBound(values, from) : 0;
}

/** The index of the first value not below `target`. */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
