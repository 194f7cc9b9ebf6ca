import { InvalidInputError } from '../validate/fields.ts';
import type { Distribution } from './types.ts';

/**
 * How far a distribution's sum may drift from 1 (and one probability exceed 1) by float rounding alone: the one
 * tolerance for the dataset, stored and imported answers and the metrics. Real servers' logprobs give label masses
 * such as 1.0000000064, so it is wider than double-precision noise, yet far below any real rounding error (0.001).
 */
export const DISTRIBUTION_SUM_TOLERANCE = 1e-6;

/**
 * Why `values` is not a probability distribution, or null if it is one
 * (every entry finite and ≥ 0, sum 1 within DISTRIBUTION_SUM_TOLERANCE).
 */
export function distributionProblem(values: readonly number[]): string | null {
  if (values.length === 0) return 'it has no entries';
  const bad = values.findIndex((p) => !Number.isFinite(p) || p < 0);
  if (bad >= 0) return `entry ${bad} is ${values[bad]}, expected a finite number ≥ 0`;
  const sum = values.reduce((total, p) => total + p, 0);
  if (Math.abs(sum - 1) > DISTRIBUTION_SUM_TOLERANCE)
    return `it sums to ${sum}, expected 1 (±${DISTRIBUTION_SUM_TOLERANCE})`;
  return null;
}

/** The values as a Distribution, or an InvalidInputError saying why `named` (a field path) is not one. */
export function checkedDistribution(values: readonly number[], named: string): Distribution {
  const problem = distributionProblem(values);
  if (problem !== null) throw new InvalidInputError(`${named} is not a probability distribution: ${problem}`);
  return values as Distribution;
}
