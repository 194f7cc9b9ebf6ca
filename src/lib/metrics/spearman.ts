import { bisectLeft, bisectRight } from 'd3';
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
 * 0-based ranks, ties sharing their average rank (not d3.rank: it gives ties their lowest). The values equal to
 * v fill sorted positions lo … hi−1, so each gets (lo + hi − 1)/2.
 */
export function averageRanks(values: Numbers, name: string): Float64Array {
  const sorted = Float64Array.from(values, (value, i) => {
    if (!Number.isFinite(value))
      throw new Error(`spearman: ${name}[${i}] is ${value}; every value must be a finite number`);
    return value;
  }).sort();
  return Float64Array.from(values, (value) => (bisectLeft(sorted, value) + bisectRight(sorted, value) - 1) / 2);
}
