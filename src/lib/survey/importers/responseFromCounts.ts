import type { Distribution, HumanResponse, Question } from '../types.ts';

/**
 * A HumanResponse from (possibly weighted) counts in the question's option order.
 * Returns null when nothing was counted: a question not asked in a country has no response at all.
 */
export function responseFromCounts(
  question: Question,
  counts: readonly number[],
  unweightedN?: number,
): HumanResponse | null {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (!(n > 0)) return null;
  const distribution = counts.map((count) => count / n) as unknown as Distribution;
  const response: HumanResponse = { counts: [...counts], n, distribution, mean: scaleMean(question, distribution) };
  if (unweightedN !== undefined) response.unweightedN = unweightedN;
  return response;
}

/** Σ p_k s_k over the options that sit on the scale, renormalised over them; null for nominal questions. */
function scaleMean(question: Question, distribution: readonly number[]): number | null {
  if (question.scaleType === 'nominal') return null;
  let mass = 0;
  let weightedSum = 0;
  question.options.forEach((option, index) => {
    if (option.value === null) return;
    const share = distribution[index] ?? 0;
    mass += share;
    weightedSum += share * option.value;
  });
  return mass > 0 ? weightedSum / mass : null;
}
