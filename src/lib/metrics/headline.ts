import { mean, median } from 'd3';
import type { BlockArena } from './blockArena';
import { percentileBootstrap, type BootstrapOptions } from './bootstrap';
import { questionCells, type ComparedRun } from './compareItems';
import { pearsonOfFirst } from './pearson';
import { appendDefinedPairs, pairBuffers } from './pearsonEstimate';
import type { Headline, PersonaSensitivitySummary, QuestionScore, TwoWayEstimate } from './types';

/**
 * The run's headline figures. The mean per-question r comes with its two-way interval (computed by the caller
 * with the other averages over questions and countries); the other intervals resample questions (the pairs of one question stay together), since
 * questions, not single (question, country) pairs, are the independent units of the survey.
 * `scores` are aligned with the run's questions: scores[i] belongs to run.questions[i].
 */
export function headline(
  run: ComparedRun,
  scores: readonly QuestionScore[],
  meanQuestionPearson: TwoWayEstimate,
  bootstrap: BootstrapOptions,
  arena: BlockArena,
): Headline {
  const overQuestions = (value: (score: QuestionScore) => number | null) =>
    percentileBootstrap(
      scores.length,
      (indices) => mean(indices, (index) => value(scores[index] as QuestionScore)) ?? null,
      bootstrap,
    );
  return {
    pooledPearson: percentileBootstrap(run.questions.length, pooledPearsonOf(run, arena), bootstrap),
    meanQuestionPearson,
    meanJsdSimilarity: overQuestions((score) => score.meanJsdSimilarity),
    meanWassersteinSimilarity: overQuestions((score) => score.meanWassersteinSimilarity),
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

/**
 * Pearson r over the normalised-mean pairs of the chosen questions pooled together. Each question's defined pairs
 * are gathered once, back to back (question i's are pairs start[i] … start[i+1]−1); a resample copies its
 * questions' runs of pairs into a scratch buffer reused across resamples.
 */
function pooledPearsonOf(run: ComparedRun, arena: BlockArena): (indices: readonly number[]) => number | null {
  const { countryCount } = run;
  const rows = run.questions.length;
  const byQuestion = pairBuffers(arena, rows * countryCount);
  const start = new Int32Array(rows + 1);
  let largest = 0;
  for (let row = 0; row < rows; row++) {
    appendDefinedPairs(byQuestion, run.modelNormalised, run.humanNormalised, questionCells(run, row));
    start[row + 1] = byQuestion.length;
    largest = Math.max(largest, byQuestion.length - (start[row] as number));
  }
  const chosen = pairBuffers(arena, largest * rows);
  return (indices) => {
    let length = 0;
    for (const index of indices) {
      for (let pair = start[index] as number; pair < (start[index + 1] as number); pair++) {
        chosen.model[length] = byQuestion.model[pair] as number;
        chosen.human[length] = byQuestion.human[pair] as number;
        length += 1;
      }
    }
    return pearsonOfFirst(chosen.model, chosen.human, length);
  };
}
