import { percentileBootstrap, type BootstrapOptions } from './bootstrap';
import { pearson } from './pearson';
import type { Estimate } from './types';

/** Paired samples with both values defined. */
export interface Pairs {
  model: Float64Array;
  human: Float64Array;
}

/** Keeps the rows where both accessors give a number, in row order. */
export function definedPairs<T>(
  rows: readonly T[],
  modelValue: (row: T) => number | null,
  humanValue: (row: T) => number | null,
): Pairs {
  const model: number[] = [];
  const human: number[] = [];
  for (const row of rows) {
    const m = modelValue(row);
    const h = humanValue(row);
    if (m !== null && h !== null) {
      model.push(m);
      human.push(h);
    }
  }
  return { model: Float64Array.from(model), human: Float64Array.from(human) };
}

/** Pearson r of the pairs with a percentile-bootstrap interval from resampling the pairs (rows). */
export function pearsonEstimate(pairs: Pairs, options: BootstrapOptions): Estimate {
  const n = pairs.model.length;
  const model = new Float64Array(n);
  const human = new Float64Array(n);
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
