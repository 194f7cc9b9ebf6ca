import type { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { questionCells, type ComparedQuestion, type ComparedRun } from './compareItems';
import { meanDefined } from './meanDefined';
import { MIN_POINTS } from './pearson';
import { gatherDefinedPairs, pairBuffers, pearsonEstimate, type Pairs } from './pearsonEstimate';
import { personaSensitivityOfFirst } from './personaSensitivity';
import { signalPearsonOfFirst } from './signalPearson';
import { spearman } from './spearman';
import type { QuestionScore, UndefinedReason } from './types';

/**
 * Per-question agreement across countries: r (with CI from resampling countries; 0 where people vary but the
 * model gives every country the same answer, see signalPearsonOfFirst), ρ, persona sensitivity and mean
 * similarities.
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
    const estimate = pearsonEstimate(pairs, bootstrap, signalPearsonOfFirst);
    const personaSensitivity =
      compared.human.scale === null ? null : personaSensitivityOfFirst(pairs.model, pairs.human, pairs.length);
    const sameAnswerForEveryCountry = personaSensitivity === 0;
    return {
      questionId: question.id,
      category: question.category,
      scaleType: question.scaleType,
      countries: compared.countries,
      supplementaryCountries: compared.supplementaryCountries,
      pearson: estimate,
      spearman:
        estimate.estimate === null || !withSpearman
          ? null
          : sameAnswerForEveryCountry
            ? 0
            : spearman(pairs.model.subarray(0, pairs.length), pairs.human.subarray(0, pairs.length)),
      undefinedReason: estimate.estimate === null ? undefinedReason(compared, pairs) : null,
      sameAnswerForEveryCountry,
      personaSensitivity,
      meanJsdSimilarity: meanDefined(run.jsdSimilarity, cells),
      meanWassersteinSimilarity: meanDefined(run.wassersteinSimilarity, cells),
    };
  });
}

function undefinedReason(compared: ComparedQuestion, pairs: Pairs): UndefinedReason {
  if (compared.human.scale === null) return 'nominal';
  // With enough countries r is null only when people's means are constant (a constant model gives r = 0).
  return pairs.length < MIN_POINTS ? 'too-few-countries' : 'human-constant';
}
