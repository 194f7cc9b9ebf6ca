import type { BlockArena } from './blockArena';
import type { Cells } from './compareItems';
import { percentileBootstrap, withoutInterval, type BootstrapOptions } from './bootstrap';
import { pearsonOfFirst } from './pearson';
import type { Estimate } from './types';

/**
 * Paired samples in the first `length` slots of two buffers. The buffers are reused from one gather to the next,
 * so read the pairs before gathering again.
 */
export interface Pairs {
  model: Float64Array;
  human: Float64Array;
  length: number;
}

/** Empty pairs with room for `capacity`, taken from the summary's arena. */
export function pairBuffers(arena: BlockArena, capacity: number): Pairs {
  return { model: arena.take(capacity), human: arena.take(capacity), length: 0 };
}

/**
 * Gathers the given cells of two columns into `pairs`, in order, keeping the cells where both columns hold a
 * number (NaN marks an undefined value or a pair that was not compared).
 */
export function gatherDefinedPairs(pairs: Pairs, model: Float64Array, human: Float64Array, cells: Cells): Pairs {
  pairs.length = 0;
  return appendDefinedPairs(pairs, model, human, cells);
}

/** gatherDefinedPairs after the pairs already held, for pooling several questions' pairs. */
export function appendDefinedPairs(
  pairs: Pairs,
  model: Float64Array,
  human: Float64Array,
  { start, stride, count }: Cells,
): Pairs {
  let length = pairs.length;
  for (let k = 0, cell = start; k < count; k++, cell += stride) {
    const m = model[cell] as number;
    const h = human[cell] as number;
    if (!Number.isNaN(m) && !Number.isNaN(h)) {
      pairs.model[length] = m;
      pairs.human[length] = h;
      length += 1;
    }
  }
  pairs.length = length;
  return pairs;
}

/** A correlation of the first n pairs of two buffers: pearsonOfFirst or signalPearsonOfFirst. */
export type CorrelationOfFirst = (model: ArrayLike<number>, human: ArrayLike<number>, n: number) => number | null;

/**
 * A correlation of the pairs (plain Pearson r by default) with a percentile-bootstrap interval from resampling
 * the pairs (rows).
 */
export function pearsonEstimate(
  pairs: Pairs,
  options: BootstrapOptions,
  correlation: CorrelationOfFirst = pearsonOfFirst,
): Estimate {
  const n = pairs.length;
  // Without resamples only the full sample is needed: no index list, no closure, no scratch copies.
  if (options.resamples === 0) return withoutInterval(correlation(pairs.model, pairs.human, n));
  const model = new Float64Array(n);
  const human = new Float64Array(n);
  return percentileBootstrap(
    n,
    (indices) => {
      for (let i = 0; i < n; i++) {
        const index = indices[i] as number;
        model[i] = pairs.model[index] as number;
        human[i] = pairs.human[index] as number;
      }
      return correlation(model, human, n);
    },
    options,
  );
}
