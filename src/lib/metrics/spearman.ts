import { bisector } from 'd3';
import { pearsonOfFirst, type Numbers } from './pearson';

/**
 * Orders finite numbers for the bisectors of long series (their copies are sorted natively). Bisectors built once,
 * at load, because each use of an imported d3 binding cost a getter call under the bench's loader.
 */
const ascendingNumbers = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);
const numberBisector = bisector(ascendingNumbers);

/**
 * Up to this many values ranks come from an insertion sort: it mispredicts about one branch per value, where
 * counting or bisecting mispredicts on most comparisons of unordered data, and a run summary ranks a question's
 * few dozen countries hundreds of times. Longer series are sorted natively and bisected.
 */
const INSERTION_SORT_UP_TO = 64;

/**
 * Scratch buffers, grown on demand and never handed out: small typed arrays are allocated outside the JS heap
 * and cost more to make and collect than the ranking itself.
 */
let sortedValues = new Float64Array(INSERTION_SORT_UP_TO);
const sortedPositions = new Int32Array(INSERTION_SORT_UP_TO);
let xRanks = new Float64Array(INSERTION_SORT_UP_TO);

/**
 * Spearman's ρ: Pearson's r of the ranks, tied values sharing their average rank. Null under the same conditions
 * as pearson (fewer than MIN_POINTS pairs, or all values of a series tied). Throws on non-finite input.
 */
export function spearman(x: Numbers, y: Numbers): number | null {
  if (x.length !== y.length) {
    throw new Error(`spearman: x has ${x.length} values but y has ${y.length}; pass paired samples`);
  }
  return pearsonOfFirst(averageRanks(x, 'x'), averageRanks(y, 'y'), x.length);
}

/**
 * Spearman's ρ of the first n values of x against y's ranks (from averageRanks): when one side is the same for
 * many calls (the human means of a question, the same for every run), its ranks are computed once and reused.
 */
export function spearmanOfFirst(x: ArrayLike<number>, yRanks: ArrayLike<number>, n: number): number | null {
  if (xRanks.length < n) xRanks = new Float64Array(n);
  return pearsonOfFirst(averageRanksInto(xRanks, x, 'x', n), yRanks, n);
}

/** 0-based ranks of the first n values, ties sharing their average rank (not d3.rank: it gives ties their lowest). */
export function averageRanks(values: ArrayLike<number>, name: string, n = values.length): Float64Array {
  return averageRanksInto(new Float64Array(n), values, name, n);
}

/**
 * Writes averageRanks of the first n values into `ranks`. The values equal to v fill sorted positions lo … hi−1
 * (lo values are smaller), so each gets (lo + hi − 1)/2.
 */
function averageRanksInto(ranks: Float64Array, values: ArrayLike<number>, name: string, n: number): Float64Array {
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) {
      throw new Error(`spearman: ${name}[${i}] is ${value}; every value must be a finite number`);
    }
  }
  if (n > INSERTION_SORT_UP_TO) return bisectedRanks(ranks, values, n);
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    let at = i;
    for (; at > 0 && (sortedValues[at - 1] as number) > value; at--) {
      sortedValues[at] = sortedValues[at - 1] as number;
      sortedPositions[at] = sortedPositions[at - 1] as number;
    }
    sortedValues[at] = value;
    sortedPositions[at] = i;
  }
  for (let lo = 0; lo < n;) {
    let hi = lo + 1;
    while (hi < n && sortedValues[hi] === sortedValues[lo]) hi += 1;
    const rank = (lo + hi - 1) / 2;
    for (let at = lo; at < hi; at++) ranks[sortedPositions[at] as number] = rank;
    lo = hi;
  }
  return ranks;
}

function bisectedRanks(ranks: Float64Array, values: ArrayLike<number>, n: number): Float64Array {
  if (sortedValues.length < n) sortedValues = new Float64Array(n);
  for (let i = 0; i < n; i++) sortedValues[i] = values[i] as number;
  const sorted = sortedValues.subarray(0, n).sort();
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    ranks[i] = (numberBisector.left(sorted, value) + numberBisector.right(sorted, value) - 1) / 2;
  }
  return ranks;
}
