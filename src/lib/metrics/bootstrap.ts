import { ascending, quantileSorted, randomInt, randomLcg } from 'd3';
import type { Estimate } from './types';

export interface BootstrapOptions {
  /** Resamples to draw; 0 returns the estimate without an interval. */
  resamples: number;
  /** Seed of d3.randomLcg, so the same inputs always give the same interval. */
  seed: number;
  /** Central coverage of the interval; default 0.95. */
  confidence?: number;
}

/**
 * Percentile bootstrap over the indices 0 … sampleSize−1 (countries, or questions). `statistic` receives the
 * indices of one resample (drawn with replacement; the array is reused between calls, so read it, don't keep it)
 * and returns a number or null. Resamples with a null statistic are skipped and counted, never treated as 0.
 * The estimate is the statistic on the full sample; when it is null no interval is computed.
 */
export function percentileBootstrap(
  sampleSize: number,
  statistic: (indices: number[]) => number | null,
  { resamples, seed, confidence = 0.95 }: BootstrapOptions,
): Estimate {
  if (!Number.isInteger(resamples) || resamples < 0) {
    throw new Error(`bootstrap: resamples is ${resamples}; use a whole number ≥ 0 (0 skips the interval)`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`bootstrap: confidence is ${confidence}; use a fraction between 0 and 1, e.g. 0.95`);
  }
  const indices: number[] = [];
  for (let i = 0; i < sampleSize; i++) indices.push(i);
  const estimate = sampleSize === 0 ? null : statistic(indices);
  if (estimate === null || resamples === 0) return withoutInterval(estimate);
  const drawIndex = randomInt.source(randomLcg(seed))(sampleSize);
  const values: number[] = [];
  for (let resample = 0; resample < resamples; resample++) {
    for (let i = 0; i < sampleSize; i++) indices[i] = drawIndex();
    const value = statistic(indices);
    if (value !== null) values.push(value);
  }
  return percentileInterval(estimate, values, resamples, confidence);
}

/**
 * The estimate with the central `confidence` percentile interval of the defined resampled values (sorted in
 * place); resamples without a defined value are counted as undefined.
 */
export function percentileInterval(
  estimate: number,
  values: number[],
  resamples: number,
  confidence: number,
): Estimate {
  values.sort(ascending);
  const tail = (1 - confidence) / 2;
  return {
    estimate,
    low: quantileSorted(values, tail) ?? null,
    high: quantileSorted(values, 1 - tail) ?? null,
    resamples,
    undefinedResamples: resamples - values.length,
  };
}

/** An estimate without an interval: the bootstrap was skipped (resamples = 0) or the statistic is undefined. */
export function withoutInterval(estimate: number | null): Estimate {
  return { estimate, low: null, high: null, resamples: 0, undefinedResamples: 0 };
}
