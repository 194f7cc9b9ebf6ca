/**
 * Splits items into at most `count` contiguous shares whose sizes differ by at most one, larger shares first,
 * keeping the order: concatenating the shares gives the items back. No empty shares: fewer items than `count`
 * give one share per item, no items give none.
 */
export function splitIntoShares<T>(items: readonly T[], count: number): T[][] {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`splitIntoShares: count is ${count}; use a whole number ≥ 1`);
  }
  const shares = Math.min(count, items.length);
  const smallest = Math.floor(items.length / Math.max(1, shares));
  const larger = items.length - smallest * shares;
  const result: T[][] = [];
  let start = 0;
  for (let share = 0; share < shares; share++) {
    const size = smallest + (share < larger ? 1 : 0);
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}
