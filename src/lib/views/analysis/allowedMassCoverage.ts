import type { ResultItem } from '../../store/types';

/** Below this total label probability the model mostly answered something other than a label. */
export const LOW_ALLOWED_MASS = 0.5;

export interface AllowedMassCoverage {
  /** Stored answers (one per question, country and order). */
  items: number;
  /** Mean allowed mass over the answers; null for a run without answers. */
  meanAllowedMass: number | null;
  /** Answers whose allowed mass is below the threshold. */
  lowAllowedMassItems: number;
  threshold: number;
}

/** How well the model kept to the answer format, over every stored answer of a run. */
export function allowedMassCoverage(
  items: readonly Pick<ResultItem, 'allowedMass'>[],
  threshold = LOW_ALLOWED_MASS,
): AllowedMassCoverage {
  let total = 0;
  let low = 0;
  for (const { allowedMass } of items) {
    total += allowedMass;
    if (allowedMass < threshold) low += 1;
  }
  return {
    items: items.length,
    meanAllowedMass: items.length > 0 ? total / items.length : null,
    lowAllowedMassItems: low,
    threshold,
  };
}
