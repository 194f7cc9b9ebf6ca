import type { CountryId, Distribution, HumanReference, QuestionId } from '../../survey/types';

/** uniform: equal probability on every option; world-average: mean of all countries' human distributions;
 * country: one country's human distribution given to every persona. */
export type BaselineKind = 'uniform' | 'world-average' | 'country';

export const DEFAULT_BASELINE_COUNTRY: CountryId = 'USA';

function meanDistribution(distributions: readonly Distribution[], questionId: QuestionId): Distribution {
  const optionCount = distributions[0]?.length ?? 0;
  const sums = new Array<number>(optionCount).fill(0);
  for (const distribution of distributions) {
    if (distribution.length !== optionCount) {
      throw new Error(
        `Human distributions for ${questionId} have ${optionCount} and ${distribution.length} options; the reference is inconsistent.`,
      );
    }
    distribution.forEach((share, index) => {
      sums[index] = (sums[index] ?? 0) + share;
    });
  }
  return sums.map((sum) => sum / distributions.length) as readonly number[] as Distribution;
}

/**
 * A baseline's answer distribution (question option order) for one question, the same for every persona:
 * the persona country is accepted only so baselines share the per-item call shape of model engines.
 * Returns null when the item is unanswerable: the reference has no human answers for the question at all,
 * or (kind 'country') the source country lacks the question. There is deliberately no fallback to the world
 * average, so a baseline labelled "country-USA" only ever holds USA's answers.
 */
export function baselineDistribution(
  kind: BaselineKind,
  reference: HumanReference,
  questionId: QuestionId,
  _personaCountryId: CountryId,
  sourceCountryId: CountryId = DEFAULT_BASELINE_COUNTRY,
): Distribution | null {
  const byCountry = reference.responses[questionId];
  const distributions = Object.values(byCountry ?? {}).map((response) => response.distribution);
  if (distributions.length === 0) return null;
  switch (kind) {
    case 'uniform': {
      const optionCount = distributions[0]?.length ?? 0;
      return new Array<number>(optionCount).fill(1 / optionCount) as readonly number[] as Distribution;
    }
    case 'world-average':
      return meanDistribution(distributions, questionId);
    case 'country':
      return byCountry?.[sourceCountryId]?.distribution ?? null;
  }
}
