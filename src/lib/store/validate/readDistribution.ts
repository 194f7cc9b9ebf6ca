import { DISTRIBUTION_SUM_TOLERANCE } from '../../survey/distributionSum';
import type { Distribution } from '../../survey/types';
import { InvalidRecordError, readNumber, readNumberList, type RawObject } from './fields';

/** Reads a probability in 0…1 (up to DISTRIBUTION_SUM_TOLERANCE above 1, read as 1). */
export function readProbability(record: RawObject, field: string, where: string): number {
  return Math.min(1, readNumber(record, field, where, { min: 0, max: 1 + DISTRIBUTION_SUM_TOLERANCE }));
}

/** Reads a probability list of the expected length that sums to 1 (± DISTRIBUTION_SUM_TOLERANCE). */
export function readDistribution(
  record: RawObject,
  field: string,
  where: string,
  expectedLength?: number,
): Distribution {
  const probs = readNumberList(record, field, where);
  if (probs.length === 0)
    throw new InvalidRecordError(`${where}: "${field}" is empty; it needs one probability per answer option`);
  if (expectedLength !== undefined && probs.length !== expectedLength) {
    throw new InvalidRecordError(
      `${where}: "${field}" has ${probs.length} probabilities but the question has ${expectedLength} options`,
    );
  }
  const negative = probs.findIndex((p) => p < 0 || p > 1 + DISTRIBUTION_SUM_TOLERANCE);
  if (negative >= 0)
    throw new InvalidRecordError(`${where}: "${field}"[${negative}] is ${probs[negative]}, outside 0…1`);
  const sum = probs.reduce((total, p) => total + p, 0);
  if (Math.abs(sum - 1) > DISTRIBUTION_SUM_TOLERANCE) {
    throw new InvalidRecordError(
      `${where}: "${field}" sums to ${sum}, not 1 (tolerance ${DISTRIBUTION_SUM_TOLERANCE})`,
    );
  }
  return probs.map((p) => Math.min(1, p)) as readonly number[] as Distribution;
}
