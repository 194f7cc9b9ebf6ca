import type { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { questionCells, type ComparedQuestion, type ComparedRun } from './compareItems';
import { meanDefined } from './meanDefined';
import { MIN_POINTS, pearsonOfFirst } from './pearson';
import { gatherDefinedPairs, pairBuffers, pearsonEstimate, type Pairs } from './pearsonEstimate';
import { spearman } from './spearman';
import type { QuestionScore, UndefinedReason } from './types';

/**
 * Per-question agreement across countries: r (with CI from resampling countries), ρ and mean similarities.
 * `withSpearman` false leaves ρ null: no aggregate uses it, so a summary without question rows skips the ranking.
 */
export function questionScores(
  run: ComparedRun,
  bootstrap: BootstrapOptions,
  arena: BlockArena,
  withSpearman: boolean,
): QuestionScore[] {
  const { countryCount } = run;
  const pairs = pairBuffers(arena, countryCount);
  return run.questions.map((compared, row) => {
    const { question } = compared;
    const cells = questionCells(run, row);
    gatherDefinedPairs(pairs, run.modelMean, run.humanMean, cells);
    const estimate = pearsonEstimate(pairs, bootstrap);
    return {
      questionId: question.id,
      category: question.category,
      scaleType: question.scaleType,
      countries: compared.countries,
      pearson: estimate,
      spearman:
        estimate.estimate === null || !withSpearman
          ? null
          : spearman(pairs.model.subarray(0, pairs.length), pairs.human.subarray(0, pairs.length)),
      undefinedReason: estimate.estimate === null ? undefinedReason(compared, pairs) : null,
      meanJsdSimilarity: meanDefined(run.jsdSimilarity, cells),
      meanWassersteinSimilarity: meanDefined(run.wassersteinSimilarity, cells),
    };
  });
}

function undefinedReason(compared: ComparedQuestion, pairs: Pairs): UndefinedReason {
  if (compared.human.scale === null) return 'nominal';
  if (pairs.length < MIN_POINTS) return 'too-few-countries';
  // r is null only for a constant series; test each side against a varying one to tell which.
  const ramp = Float64Array.from({ length: pairs.length }, (_, i) => i);
  return pearsonOfFirst(pairs.model, ramp, pairs.length) === null ? 'model-constant' : 'human-constant';
}
