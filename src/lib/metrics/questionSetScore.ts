import { mean } from 'd3';
import { fisherMean } from './fisherMean';
import type { QuestionScore, QuestionSetScore, TwoWayEstimate } from './types';

/**
 * A set of questions (a category, a group): `meanPearson` is the mean of its defined per-question r with its
 * two-way interval (see meanQuestionPearsonOnCross); undefined r are counted and left out of the mean, never
 * turned into 0 (a model that gives every country the same answer has r = 0, not undefined).
 */
export function questionSetScore(questions: readonly QuestionScore[], meanPearson: TwoWayEstimate): QuestionSetScore {
  const rs = questions.map((question) => question.pearson.estimate);
  const nominal = questions.filter((question) => question.undefinedReason === 'nominal').length;
  const used = rs.filter((r) => r !== null).length;
  return {
    meanPearson,
    fisherMeanPearson: fisherMean(rs),
    questionsUsed: used,
    questionsUndefined: rs.length - used - nominal,
    meanJsdSimilarity: mean(questions, (question) => question.meanJsdSimilarity) ?? null,
    meanWassersteinSimilarity: mean(questions, (question) => question.meanWassersteinSimilarity) ?? null,
  };
}
