import { mean } from 'd3';
import { percentileBootstrap, type BootstrapOptions } from './bootstrap';
import type { QuestionScore, QuestionSetScore } from './types';

/**
 * Mean of the defined per-question r over a set of questions (a category, a group), with a CI from resampling
 * the set's questions; a resample whose questions all have undefined r is skipped. Undefined r are counted and
 * left out of the mean, never turned into 0.
 */
export function questionSetScore(questions: readonly QuestionScore[], bootstrap: BootstrapOptions): QuestionSetScore {
  const rs = questions.map((question) => question.pearson.estimate);
  const nominal = questions.filter((question) => question.undefinedReason === 'nominal').length;
  const used = rs.filter((r) => r !== null).length;
  return {
    meanPearson: percentileBootstrap(rs.length, (indices) => mean(indices, (index) => rs[index]) ?? null, bootstrap),
    questionsUsed: used,
    questionsUndefined: rs.length - used - nominal,
    meanJsdSimilarity: mean(questions, (question) => question.meanJsdSimilarity) ?? null,
    meanWassersteinSimilarity: mean(questions, (question) => question.meanWassersteinSimilarity) ?? null,
  };
}
