import type { BootstrapOptions } from './bootstrap';
import type { ComparedQuestion, ComparedRun } from './compareItems';
import type { HumanSide } from './humanSide';
import { meanDefined } from './meanDefined';
import { MIN_POINTS, pearsonOfFirst } from './pearson';
import { gatherDefinedPairs, pairBuffers, pearsonEstimate, type Pairs } from './pearsonEstimate';
import { averageRanks, spearmanOfFirst } from './spearman';
import type { QuestionScore, UndefinedReason } from './types';

/** Per-question agreement across countries: r (with CI from resampling countries), ρ and mean similarities. */
export function questionScores(run: ComparedRun, bootstrap: BootstrapOptions): QuestionScore[] {
  const { countryCount } = run;
  const pairs = pairBuffers(countryCount);
  return run.questions.map((compared, row) => {
    const { question } = compared;
    const rowStart = row * countryCount;
    gatherDefinedPairs(pairs, run.modelMean, run.humanMean, rowStart, 1, countryCount);
    const estimate = pearsonEstimate(pairs, bootstrap);
    return {
      questionId: question.id,
      category: question.category,
      scaleType: question.scaleType,
      countries: compared.countries,
      pearson: estimate,
      spearman:
        estimate.estimate === null
          ? null
          : spearmanOfFirst(pairs.model, humanRanks(compared.human, pairs, countryCount), pairs.length),
      undefinedReason: estimate.estimate === null ? undefinedReason(compared, pairs) : null,
      meanJsdSimilarity: meanDefined(run.jsdSimilarity, rowStart, 1, countryCount),
      meanWassersteinSimilarity: meanDefined(run.wassersteinSimilarity, rowStart, 1, countryCount),
    };
  });
}

/**
 * Ranks of the pairs' human means. When every country's pair is defined (the usual case) those are the cached
 * human side's means, the same for every run compared with the reference, so their ranks are computed once.
 */
const humanRanksCache = new WeakMap<HumanSide, Float64Array>();

function humanRanks(human: HumanSide, pairs: Pairs, countryCount: number): Float64Array {
  if (pairs.length !== countryCount) return averageRanks(pairs.human, 'y', pairs.length);
  let ranks = humanRanksCache.get(human);
  if (ranks === undefined) {
    // Every country's pair is defined, so the gathered human values are the side's means, in country order.
    ranks = averageRanks(pairs.human, 'y', pairs.length);
    humanRanksCache.set(human, ranks);
  }
  return ranks;
}

function undefinedReason(compared: ComparedQuestion, pairs: Pairs): UndefinedReason {
  if (compared.scale === null) return 'nominal';
  if (pairs.length < MIN_POINTS) return 'too-few-countries';
  // r is null only for a constant series; test each side against a varying one to tell which.
  const ramp = Float64Array.from({ length: pairs.length }, (_, i) => i);
  return pearsonOfFirst(pairs.model, ramp, pairs.length) === null ? 'model-constant' : 'human-constant';
}
