import { LOW_ALLOWED_MASS } from '../../engines/lowAllowedMass';
import type { ResultItem } from '../../store/types';

/** How well the model kept to the answer format on one question, over its stored answers. */
export interface QuestionAllowedMass {
  questionId: string;
  items: number;
  /** Answers below the threshold, left out of every figure. */
  excludedItems: number;
  /** Mean probability off the answer labels (1 − allowed mass): what the figures' renormalised answers hide. */
  meanOffLabelMass: number;
}

export interface AllowedMassCoverage {
  /** Stored answers (one per question, country and order). */
  items: number;
  /** Mean allowed mass over the answers; null for a run without answers. */
  meanAllowedMass: number | null;
  /** Answers whose allowed mass is below the threshold: left out of every figure, counted here. */
  lowAllowedMassItems: number;
  threshold: number;
  /** Per question, in the order the answers came. */
  byQuestion: QuestionAllowedMass[];
}

/** How well the model kept to the answer format, over every stored answer of a run. */
export function allowedMassCoverage(
  items: readonly Pick<ResultItem, 'questionId' | 'allowedMass'>[],
  threshold = LOW_ALLOWED_MASS,
): AllowedMassCoverage {
  let total = 0;
  let low = 0;
  const byQuestion = new Map<string, QuestionAllowedMass>();
  for (const { questionId, allowedMass } of items) {
    total += allowedMass;
    const question = byQuestion.get(questionId) ?? { questionId, items: 0, excludedItems: 0, meanOffLabelMass: 0 };
    question.items += 1;
    // A running sum until the end, where it becomes the mean.
    question.meanOffLabelMass += 1 - allowedMass;
    if (allowedMass < threshold) {
      low += 1;
      question.excludedItems += 1;
    }
    byQuestion.set(questionId, question);
  }
  for (const question of byQuestion.values()) question.meanOffLabelMass /= question.items;
  return {
    items: items.length,
    meanAllowedMass: items.length > 0 ? total / items.length : null,
    lowAllowedMassItems: low,
    threshold,
    byQuestion: [...byQuestion.values()],
  };
}

/** The answers the figures use: those whose allowed mass reaches the threshold. */
export function answersAtThreshold<T extends Pick<ResultItem, 'allowedMass'>>(
  items: readonly T[],
  threshold: number,
): readonly T[] {
  return threshold <= 0 ? items : items.filter((item) => item.allowedMass >= threshold);
}
