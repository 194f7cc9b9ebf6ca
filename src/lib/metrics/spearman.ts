import { bisector } from 'd3';
import { pearson, type Numbers } from './pearson';

/**
 * Compares finite numbers with a small-integer result: the sort boxes a comparator result that is not one (a
 * difference of probabilities made a heap number per comparison). Bisectors built once, at load, because each
 * use of an imported d3 binding cost a getter call under the bench's loader.
 */
const ascendingNumbers = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);
const { left: bisectLeft, right: bisectRight } = bisector(ascendingNumbers);

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
 * Spearman's ρ of x against a y already ranked with averageRanks: when one side is the same for many calls (the
 * human means of a question, the same for every run), its ranks are computed once and reused.
 */
export function spearmanAgainstRanks(x: Numbers, yRanks: Numbers): number | null {
  if (x.length !== yRanks.length) {
    throw new Error(`spearman: x has ${x.length} values but y has ${yRanks.length}; pass paired samples`);
  }
  return pearson(averageRanks(x, 'x'), yRanks);
}

/**
 * 0-based ranks with ties sharing their average rank: the values equal to v fill sorted positions lo … hi−1,
 * so each gets (lo + hi − 1)/2. Not d3.rank: it gives ties their lowest rank.
 * Sorting a copy of the values and bisecting it replaced sorting indices by value: the index comparator read two
 * values per call and was the slowest step of a run summary.
 */
export function averageRanks(values: Numbers, name: string): number[] {
  // Copies made whole (slice) rather than grown by push: growing them was a share of a summary's garbage.
  const ranks: number[] = Array.prototype.slice.call(values);
  for (let i = 0; i < ranks.length; i++) {
    const value = ranks[i] as number;
    if (!Number.isFinite(value)) {
      throw new Error(`spearman: ${name}[${i}] is ${value}; every value must be a finite number`);
    }
  }
  const sorted = ranks.slice().sort(ascendingNumbers);
  // Each slot still holds its value when it is ranked, so the values need no third copy.
  for (let i = 0; i < ranks.length; i++) {
    const value = ranks[i] as number;
    ranks[i] = (bisectLeft(sorted, value) + bisectRight(sorted, value) - 1) / 2;
  }
  return ranks;
}
