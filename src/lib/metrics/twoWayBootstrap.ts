import { randomInt, randomLcg } from 'd3';
import { percentileInterval, type BootstrapOptions } from './bootstrap';
import type { TwoWayEstimate } from './types';

/** Fewest questions and countries an interval over both is drawn from; below them it is withheld. */
export const MIN_INTERVAL_QUESTIONS = 5;
export const MIN_INTERVAL_COUNTRIES = 8;

export interface TwoWayOptions extends BootstrapOptions {
  minQuestions?: number;
  minCountries?: number;
  /**
   * Countries the statistic averages over when fewer than those drawn (a zone's members among all countries):
   * the interval is withheld when these are fewer than minCountries. Default countryCount.
   */
  groupCountries?: number;
}

/**
 * Two-way ("pigeonhole") percentile bootstrap over a question × country cross (Owen 2007): each resample draws
 * questionCount question indices and countryCount country indices with replacement, independently, and
 * `statistic` recomputes the figure on that cross. Both questions and countries vary in the survey, so
 * resampling only one of them makes intervals far too narrow. The index arrays are reused between calls.
 * Resamples with a null statistic are skipped and counted. With fewer than minQuestions questions or
 * minCountries countries the estimate is returned without an interval and `withheld` says why.
 */
export function twoWayBootstrap(
  questionCount: number,
  countryCount: number,
  statistic: (questions: readonly number[], countries: readonly number[]) => number | null,
  {
    resamples,
    seed,
    confidence = 0.95,
    minQuestions = MIN_INTERVAL_QUESTIONS,
    minCountries = MIN_INTERVAL_COUNTRIES,
    groupCountries = countryCount,
  }: TwoWayOptions,
): TwoWayEstimate {
  const questions = Array.from({ length: questionCount }, (_, i) => i);
  const countries = Array.from({ length: countryCount }, (_, i) => i);
  const estimate = questionCount === 0 || countryCount === 0 ? null : statistic(questions, countries);
  const withheld =
    questionCount < minQuestions
      ? 'too-few-questions'
      : Math.min(countryCount, groupCountries) < minCountries
        ? 'too-few-countries'
        : null;
  const none: TwoWayEstimate = { estimate, low: null, high: null, resamples: 0, undefinedResamples: 0, withheld };
  if (estimate === null || resamples === 0 || withheld !== null) return none;
  const random = randomInt.source(randomLcg(seed));
  const drawQuestion = random(questionCount);
  const drawCountry = random(countryCount);
  const values: number[] = [];
  for (let resample = 0; resample < resamples; resample++) {
    for (let i = 0; i < questionCount; i++) questions[i] = drawQuestion();
    for (let i = 0; i < countryCount; i++) countries[i] = drawCountry();
    const value = statistic(questions, countries);
    if (value !== null) values.push(value);
  }
  return { ...percentileInterval(estimate, values, resamples, confidence), withheld: null };
}
