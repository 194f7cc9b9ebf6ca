import { median } from 'd3';
import type { BootstrapOptions } from './bootstrap';
import { meanOfQuestionMeansOnCross, pooledPearsonOnCross, type RunCross } from './crossStatistics';
import { fisherMean } from './fisherMean';
import { twoWayBootstrap } from './twoWayBootstrap';
import type { Headline, PersonaSensitivitySummary, QuestionScore, TwoWayEstimate } from './types';

/**
 * The run's headline figures, each an average over questions and countries with a two-way (question × country)
 * interval: both vary, and every question shares the same countries. The mean per-question r comes from the
 * caller, which computes it with the other means of per-question r. `scores` are aligned with the run's
 * questions: scores[i] belongs to cross.run.questions[i].
 */
export function headline(
  cross: RunCross,
  scores: readonly QuestionScore[],
  meanQuestionPearson: TwoWayEstimate,
  bootstrap: BootstrapOptions,
): Headline {
  const { run } = cross;
  const overCross = (
    rows: readonly number[],
    statistic: (questions: readonly number[], countries: readonly number[]) => number | null,
  ) => twoWayBootstrap(rows.length, cross.columns.length, statistic, bootstrap);
  const all = scores.map((_, row) => row);
  // Nominal questions have no W1: like the per-question means, the headline W1 averages the others only.
  const ordered = scores.flatMap((score, row) => (score.meanWassersteinSimilarity === null ? [] : [row]));
  return {
    pooledPearson: overCross(all, pooledPearsonOnCross(cross, all)),
    meanQuestionPearson,
    fisherMeanQuestionPearson: fisherMean(scores.map((score) => score.pearson.estimate)),
    meanJsdSimilarity: overCross(all, meanOfQuestionMeansOnCross(cross, run.jsdSimilarity, all)),
    meanWassersteinSimilarity: overCross(
      ordered,
      meanOfQuestionMeansOnCross(cross, run.wassersteinSimilarity, ordered),
    ),
    personaSensitivity: personaSensitivitySummary(scores),
  };
}

export function personaSensitivitySummary(scores: readonly QuestionScore[]): PersonaSensitivitySummary {
  const defined = scores.flatMap((score) => (score.personaSensitivity === null ? [] : [score.personaSensitivity]));
  return {
    median: median(defined) ?? null,
    shareAtZero: defined.length === 0 ? null : defined.filter((value) => value === 0).length / defined.length,
    questions: defined.length,
  };
}
