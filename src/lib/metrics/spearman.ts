import { pearson, type Numbers } from './pearson';

/**
 * Spearman's ρ: Pearson's r of the ranks, tied values sharing their average rank. Null under the same conditions
 * as pearson (fewer than MIN_POINTS pairs, or all values of a series tied). Throws on non-finite input.
 */
export function spearman(x: Numbers, y: Numbers): number | null {
  if (x.length !== y.length) {
    throw new Error(`spearman: x has ${x.length} values but y has ${y.length}; pass paired samples`);
  }
  return pearson(averageRanks(x, 'x'), averageRanks(y, 'y'));
}

/**
 * 0-based ranks with ties sharing their average rank (a tie over positions r … r+t−1 gets r + (t − 1)/2).
 * Not d3.rank: it gives ties their lowest rank, and its allocations dominated the run summary's cost.
 */
function averageRanks(values: Numbers, name: string): number[] {
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new Error(`spearman: ${name}[${i}] is ${values[i]}; every value must be a finite number`);
    }
    order.push(i);
  }
  // Values are checked finite above, so a difference is a valid comparator (and cheaper than d3.ascending).
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(NaN);
  for (let start = 0; start < order.length; ) {
    const tied = values[order[start] as number];
    let end = start + 1;
    while (end < order.length && values[order[end] as number] === tied) end += 1;
    for (let position = start; position < end; position++) ranks[order[position] as number] = (start + end - 1) / 2;
    start = end;
  }
  return ranks;
}
