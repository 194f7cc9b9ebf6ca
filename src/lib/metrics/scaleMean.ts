import type { Distribution } from '../survey/types';
import type { QuestionScale } from './questionScale';

/**
 * Σ p_k s_k over the on-scale options, renormalised over their mass (off-scale answers such as
 * "I am not [nationality]" do not pull the mean). Null when the distribution puts no mass on the scale.
 */
export function scaleMean(scale: QuestionScale, distribution: Distribution): number | null {
  let mass = 0;
  let weighted = 0;
  for (let position = 0; position < scale.optionIndices.length; position++) {
    const p = probabilityAt(distribution, scale.optionIndices[position] as number);
    mass += p;
    weighted += p * (scale.values[position] as number);
  }
  return mass > 0 ? weighted / mass : null;
}

/** Maps a mean on the question's scale to [0,1]: (s − min)/(max − min), so questions can be pooled. */
export function normaliseMean(scale: QuestionScale, mean: number | null): number | null {
  return mean === null ? null : (mean - scale.min) / (scale.max - scale.min);
}

/** The distribution's total probability on the scale's options. Throws when it is too short for the scale. */
export function onScaleMass(scale: QuestionScale, distribution: ArrayLike<number>): number {
  let mass = 0;
  for (let position = 0; position < scale.optionIndices.length; position++) {
    mass += probabilityAt(distribution, scale.optionIndices[position] as number);
  }
  return mass;
}

/**
 * The probability of the option at `optionIndex`. Scale loops read through this instead of `?? 0`: that fallback
 * made V8 box every probability (most of a run summary's garbage), so a too-short distribution is refused instead.
 */
export function probabilityAt(distribution: ArrayLike<number>, optionIndex: number): number {
  if (optionIndex >= distribution.length) {
    throw new Error(
      `distribution has ${distribution.length} probabilities but the scale uses option ${optionIndex + 1}; ` +
        'pass one probability per answer option of the question',
    );
  }
  return distribution[optionIndex] as number;
}
