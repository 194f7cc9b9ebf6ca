import { fsum } from 'd3';
import type { Distribution } from '../survey/types';

/** How far from 1 a sum of probabilities may drift before it is treated as an error rather than rounding. */
export const SUM_TOLERANCE = 1e-6;

/**
 * Validates raw probabilities and brands them as a Distribution, renormalised to sum to exactly 1 (up to
 * floating point). `what` names the input in error messages, e.g. "model answer Q46/USA".
 */
export function toDistribution(values: readonly number[], what = 'distribution'): Distribution {
  if (values.length === 0) {
    throw new Error(`${what}: no probabilities given; expected one per answer option`);
  }
  values.forEach((value, index) => {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`${what}: probability ${index} is ${value}; every probability must be a finite number ≥ 0`);
    }
  });
  const total = fsum(values);
  if (Math.abs(total - 1) > SUM_TOLERANCE) {
    throw new Error(
      `${what}: probabilities sum to ${total}, not 1 (tolerance ${SUM_TOLERANCE}); renormalise them before passing them in`,
    );
  }
  return values.map((value) => value / total) as readonly number[] as Distribution;
}
