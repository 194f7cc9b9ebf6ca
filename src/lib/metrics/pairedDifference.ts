import { twoWayBootstrap, type TwoWayOptions } from './twoWayBootstrap';
import type { TwoWayEstimate } from './types';

type CrossStatistic = (questions: readonly number[], countries: readonly number[]) => number | null;

/**
 * First minus second statistic on a question × country cross both are defined on, with a paired two-way
 * interval: each resample draws the questions and countries once and recomputes both statistics on that same
 * cross, so what the two share (which questions are hard, which countries are far from the rest) cancels in
 * the difference instead of widening it. Null where either statistic is.
 */
export function pairedDifference(
  questionCount: number,
  countryCount: number,
  first: CrossStatistic,
  second: CrossStatistic,
  options: TwoWayOptions,
): TwoWayEstimate {
  return twoWayBootstrap(
    questionCount,
    countryCount,
    (questions, countries) => {
      const a = first(questions, countries);
      const b = a === null ? null : second(questions, countries);
      return a === null || b === null ? null : a - b;
    },
    options,
  );
}
