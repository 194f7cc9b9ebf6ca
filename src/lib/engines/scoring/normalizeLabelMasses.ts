import type { Distribution } from '../../survey/types';

/** Option probabilities in a prompt's label order, before the engine adds timing and method. */
export interface LabelScores {
  probs: Distribution;
  /** Total probability of all label tokens before renormalising. */
  allowedMass: number;
  /** Labels the source said nothing about (absent from a top-k list); their probability is 0. */
  missingLabels: string[];
}

/**
 * The model put no probability on any label: the item has no answer. A separate class so a runner can
 * record such an item instead of treating it as an engine failure.
 */
export class ZeroLabelMassError extends Error {
  override name = 'ZeroLabelMassError';
}

/**
 * Renormalises per-label probability masses into a distribution over labels.
 * A zero total means the model never produced a label: that is reported, never turned into NaN.
 */
export function normalizeLabelMasses(
  masses: readonly number[],
  labels: readonly string[],
  missingLabels: string[] = [],
): LabelScores {
  if (masses.length !== labels.length) {
    throw new Error(`Got ${masses.length} label probabilities for ${labels.length} labels (${labels.join(', ')}).`);
  }
  masses.forEach((mass, index) => {
    if (!Number.isFinite(mass) || mass < 0) {
      throw new Error(`Probability of label ${labels[index]} is ${mass}; expected a finite number ≥ 0.`);
    }
  });
  const total = masses.reduce((sum, mass) => sum + mass, 0);
  if (total <= 0) {
    throw new ZeroLabelMassError(
      `The model gave no probability to any answer label (${labels.join(', ') || 'none'}): it did not answer in the ` +
        'requested format. Try another persona style or model, or check that the endpoint returns log-probabilities.',
    );
  }
  const probs = masses.map((mass) => mass / total) as readonly number[] as Distribution;
  // Float rounding in a server's logprobs can put the total a hair above 1 (1.0000000064); a mass is at most 1.
  return { probs, allowedMass: Math.min(1, total), missingLabels };
}
