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
    const p = distribution[scale.optionIndices[position] as number] ?? 0;
    mass += p;
    weighted += p * (scale.values[position] as number);
  }
  return mass > 0 ? weighted / mass : null;
}

/** Maps a mean on the question's scale to [0,1]: (s − min)/(max − min), so questions can be pooled. */
export function normaliseMean(scale: QuestionScale, mean: number | null): number | null {
  return mean === null ? null : (mean - scale.min) / (scale.max - scale.min);
}
