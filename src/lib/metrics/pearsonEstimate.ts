import { percentileBootstrap, type BootstrapOptions } from './bootstrap';
import { pearson } from './pearson';
import type { Estimate } from './types';

/** Paired samples with both values defined; may be the columns passed to definedPairs, so never write them. */
export interface Pairs {
  model: readonly number[];
  human: readonly number[];
}

/**
 * Keeps the positions where both columns hold a number (NaN marks an undefined value), in order. When none is
 * undefined (the usual case) the columns themselves are returned: copying them was a large share of a summary's
 * garbage.
 */
export function definedPairs(model: readonly number[], human: readonly number[]): Pairs {
  if (model.length === human.length && !hasNaN(model) && !hasNaN(human)) return { model, human };
  // Sized up front and cut to length, so filling never grows an array.
  const pairs = { model: new Array<number>(model.length).fill(NaN), human: new Array<number>(model.length).fill(NaN) };
  let length = 0;
  model.forEach((m, i) => {
    const h = human[i] as number;
    if (!Number.isNaN(m) && !Number.isNaN(h)) {
      pairs.model[length] = m;
      pairs.human[length] = h;
      length += 1;
    }
  });
  pairs.model.length = length;
  pairs.human.length = length;
  return pairs;
}

function hasNaN(values: readonly number[]): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return true;
  return false;
}

/** Pearson r of the pairs with a percentile-bootstrap interval from resampling the pairs (rows). */
export function pearsonEstimate(pairs: Pairs, options: BootstrapOptions): Estimate {
  const n = pairs.model.length;
  // Without resamples the statistic only runs on the full sample, so it needs no scratch copies.
  if (options.resamples === 0) return percentileBootstrap(n, () => pearson(pairs.model, pairs.human), options);
  const model = new Array<number>(n).fill(NaN);
  const human = new Array<number>(n).fill(NaN);
  return percentileBootstrap(
    n,
    (indices) => {
      indices.forEach((index, i) => {
        model[i] = pairs.model[index] as number;
        human[i] = pairs.human[index] as number;
      });
      return pearson(model, human);
    },
    options,
  );
}
