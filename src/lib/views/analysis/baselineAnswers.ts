import { baselineDistribution, type BaselineKind } from '../../engines/baselines';
import type { ModelAnswers } from '../../metrics';
import type { HumanReference } from '../../survey/types';

/**
 * A baseline's answers to exactly the (question, country) pairs the model answered, so the
 * baseline's figures are computed over the same items as the model's. Pairs the baseline cannot
 * answer (e.g. the USA was not asked the question) are left out, as the baseline engine does.
 */
export function baselineAnswers(
  kind: BaselineKind,
  reference: HumanReference,
  modelAnswers: ModelAnswers,
): ModelAnswers {
  const answers: ModelAnswers = {};
  for (const [questionId, byCountry] of Object.entries(modelAnswers)) {
    for (const countryId of Object.keys(byCountry)) {
      const distribution = baselineDistribution(kind, reference, questionId, countryId);
      if (distribution) (answers[questionId] ??= {})[countryId] = distribution;
    }
  }
  return answers;
}
