import { rank } from 'd3';
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

/** d3.rank gives ties their lowest rank; a tie of size t occupying ranks r … r+t−1 averages to r + (t − 1)/2. */
function averageRanks(values: Numbers, name: string): Float64Array {
  Array.from(values).forEach((value, index) => {
    if (!Number.isFinite(value)) {
      throw new Error(`spearman: ${name}[${index}] is ${value}; every value must be a finite number`);
    }
  });
  const lowest = rank(values);
  const tieSize = new Map<number, number>();
  for (const r of lowest) tieSize.set(r, (tieSize.get(r) ?? 0) + 1);
  return lowest.map((r) => r + ((tieSize.get(r) ?? 1) - 1) / 2);
}
