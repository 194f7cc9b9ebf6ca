import type { BootstrapOptions } from './bootstrap';
import { meanDefined } from './meanDefined';
import type { ComparedQuestion } from './compareItems';
import { MIN_POINTS, pearson } from './pearson';
import { definedPairs, pearsonEstimate, type Pairs } from './pearsonEstimate';
import { spearman } from './spearman';
import type { QuestionScore, UndefinedReason } from './types';

/** Per-question agreement across countries: r (with CI from resampling countries), ρ and mean similarities. */
export function questionScore(compared: ComparedQuestion, bootstrap: BootstrapOptions): QuestionScore {
  const { question } = compared;
  const pairs = definedPairs(compared.modelMean, compared.humanMean);
  const estimate = pearsonEstimate(pairs, bootstrap);
  return {
    questionId: question.id,
    category: question.category,
    scaleType: question.scaleType,
    countries: compared.countryIndices.length,
    pearson: estimate,
    spearman: estimate.estimate === null ? null : spearman(pairs.model, pairs.human),
    undefinedReason: estimate.estimate === null ? undefinedReason(compared, pairs) : null,
    meanJsdSimilarity: meanDefined(compared.jsdSimilarity),
    meanWassersteinSimilarity: meanDefined(compared.wassersteinSimilarity),
  };
}

function undefinedReason(compared: ComparedQuestion, pairs: Pairs): UndefinedReason {
  if (compared.scale === null) return 'nominal';
  if (pairs.model.length < MIN_POINTS) return 'too-few-countries';
  // r is null only for a constant series; test each side against a varying one to tell which.
  const ramp = pairs.model.map((_, i) => i);
  return pearson(pairs.model, ramp) === null ? 'model-constant' : 'human-constant';
}
