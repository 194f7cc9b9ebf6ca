import { mean } from 'd3';
import { percentileBootstrap, type BootstrapOptions } from './bootstrap';
import type { ComparedQuestion } from './compareItems';
import { pearson } from './pearson';
import { definedPairs, type Pairs } from './pearsonEstimate';
import type { Headline, QuestionScore } from './types';

/**
 * The run's headline figures. Every interval resamples questions (the pairs of one question stay together), since
 * questions, not single (question, country) pairs, are the independent units of the survey.
 * `compared` and `scores` are aligned: scores[i] belongs to compared[i].
 */
export function headline(
  compared: readonly ComparedQuestion[],
  scores: readonly QuestionScore[],
  bootstrap: BootstrapOptions,
): Headline {
  const byQuestion = compared.map((question) => definedPairs(question.modelNormalised, question.humanNormalised));
  const overQuestions = (value: (score: QuestionScore) => number | null) =>
    percentileBootstrap(scores.length, (indices) => mean(indices, (index) => value(scores[index] as QuestionScore)) ?? null, bootstrap);
  return {
    pooledPearson: percentileBootstrap(byQuestion.length, pooledPearsonOf(byQuestion), bootstrap),
    meanQuestionPearson: overQuestions((score) => score.pearson.estimate),
    meanJsdSimilarity: overQuestions((score) => score.meanJsdSimilarity),
    meanWassersteinSimilarity: overQuestions((score) => score.meanWassersteinSimilarity),
  };
}

/** Pearson r over the pairs of the chosen questions pooled together; scratch buffers are reused across resamples. */
function pooledPearsonOf(byQuestion: readonly Pairs[]): (indices: readonly number[]) => number | null {
  const largest = Math.max(0, ...byQuestion.map((pairs) => pairs.model.length));
  const model = new Float64Array(largest * byQuestion.length);
  const human = new Float64Array(largest * byQuestion.length);
  return (indices) => {
    let length = 0;
    for (const index of indices) {
      const pairs = byQuestion[index] as Pairs;
      model.set(pairs.model, length);
      human.set(pairs.human, length);
      length += pairs.model.length;
    }
    return pearson(model.subarray(0, length), human.subarray(0, length));
  };
}
