import type { BootstrapOptions } from './bootstrap';
import { meanDefined } from './meanDefined';
import type { ComparedQuestion } from './compareItems';
import { MIN_POINTS, pearson } from './pearson';
import { definedPairs, pearsonEstimate, type Pairs } from './pearsonEstimate';
import { averageRanks, spearmanAgainstRanks } from './spearman';
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
    spearman: estimate.estimate === null ? null : spearmanAgainstRanks(pairs.model, humanRanks(pairs.human)),
    undefinedReason: estimate.estimate === null ? undefinedReason(compared, pairs) : null,
    meanJsdSimilarity: meanDefined(compared.jsdSimilarity),
    meanWassersteinSimilarity: meanDefined(compared.wassersteinSimilarity),
  };
}

/**
 * Ranks of a question's human means, by column. When every pair is defined the column is humanSide's cached one,
 * shared by every run compared with the reference, so its ranks are computed once instead of once per run.
 * Columns are never written (see ComparedQuestion), so cached ranks cannot go stale.
 */
const humanRanksCache = new WeakMap<readonly number[], number[]>();

function humanRanks(human: readonly number[]): number[] {
  let ranks = humanRanksCache.get(human);
  if (ranks === undefined) {
    ranks = averageRanks(human, 'y');
    humanRanksCache.set(human, ranks);
  }
  return ranks;
}

function undefinedReason(compared: ComparedQuestion, pairs: Pairs): UndefinedReason {
  if (compared.scale === null) return 'nominal';
  if (pairs.model.length < MIN_POINTS) return 'too-few-countries';
  // r is null only for a constant series; test each side against a varying one to tell which.
  const ramp = pairs.model.map((_, i) => i);
  return pearson(pairs.model, ramp) === null ? 'model-constant' : 'human-constant';
}
