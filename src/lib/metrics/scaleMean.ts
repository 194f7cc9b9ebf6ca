import type { Distribution } from '../survey/types';
import type { QuestionScale } from './questionScale';

/**
 * Σ p_k s_k over the on-scale options, renormalised over their mass (off-scale answers such as
 * "I am not [nationality]" do not pull the mean). Null when the distribution puts no mass on the scale.
 * Throws when the distribution is too short for the scale.
 */
export function scaleMean(scale: QuestionScale, distribution: Distribution): number | null {
  return meanOfSums(onScaleSums(scale, distribution));
}

/** A distribution's on-scale mass Σ p_k and weighted sum Σ p_k s_k, for callers that need both. */
export interface OnScaleSums {
  mass: number;
  weighted: number;
}

/**
 * Both on-scale sums in one pass; throws when the distribution is too short for the scale. The result object
 * does not outlive an inlined call, so the optimiser keeps its two numbers in registers.
 */
export function onScaleSums(scale: QuestionScale, distribution: ArrayLike<number>): OnScaleSums {
  checkScaleFits(scale, distribution);
  let mass = 0;
  let weighted = 0;
  for (let position = 0; position < scale.optionIndices.length; position++) {
    const p = distribution[scale.optionIndices[position] as number] as number;
    mass += p;
    weighted += p * (scale.values[position] as number);
  }
  return { mass, weighted };
}

/** scaleMean from onScaleSums. */
export function meanOfSums({ mass, weighted }: OnScaleSums): number | null {
  return mass > 0 ? weighted / mass : null;
}

/** Maps a mean on the question's scale to [0,1]: (s − min)/(max − min), so questions can be pooled. */
export function normaliseMean(scale: QuestionScale, mean: number | null): number | null {
  return mean === null ? null : (mean - scale.min) / (scale.max - scale.min);
}

/** The distribution's total probability on the scale's options. Throws when it is too short for the scale. */
export function onScaleMass(scale: QuestionScale, distribution: ArrayLike<number>): number {
  checkScaleFits(scale, distribution);
  let mass = 0;
  for (let position = 0; position < scale.optionIndices.length; position++) {
    mass += distribution[scale.optionIndices[position] as number] as number;
  }
  return mass;
}

/**
 * Throws unless the distribution has a probability for every on-scale option. Checked once per call, so the
 * loops read probabilities directly: a check per read, or a `?? 0` fallback (which made V8 box every
 * probability), cost more than the arithmetic.
 */
export function checkScaleFits(scale: QuestionScale, distribution: ArrayLike<number>): void {
  if (distribution.length < scale.optionsSpanned) {
    throw new Error(
      `distribution has ${distribution.length} probabilities but the scale uses option ${scale.optionsSpanned}; ` +
        'pass one probability per answer option of the question',
    );
  }
}
