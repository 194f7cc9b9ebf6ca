import { fsum } from 'd3';
import { DISTRIBUTION_SUM_TOLERANCE } from '../survey/distributionSum';
import type { Distribution } from '../survey/types';

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
  if (Math.abs(total - 1) > DISTRIBUTION_SUM_TOLERANCE) {
    throw new Error(
      `${what}: probabilities sum to ${total}, not 1 (tolerance ${DISTRIBUTION_SUM_TOLERANCE}); renormalise them before passing them in`,
    );
  }
  return values.map((value) => value / total) as readonly number[] as Distribution;
}
