import { DISTRIBUTION_SUM_TOLERANCE, checkedDistribution } from '../../survey/distributionSum';
import type { Distribution } from '../../survey/types';
import { InvalidInputError, fieldPath, readNumber, readNumberList, type RawObject } from '../../validate/fields';

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
  if (expectedLength !== undefined && probs.length !== expectedLength) {
    throw new InvalidInputError(
      `${fieldPath(where, field)} has ${probs.length} probabilities but the question has ${expectedLength} options`,
    );
  }
  checkedDistribution(probs, fieldPath(where, field));
  return probs.map((p) => Math.min(1, p)) as readonly number[] as Distribution;
}
