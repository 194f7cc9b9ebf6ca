import { MIN_POINTS, isConstantSeries } from './pearson';

/**
 * How much the model's answers move with the persona, relative to how much people's answers move between
 * countries: SD of the model's means across countries ÷ SD of people's, over the first n pairs. 0 when the model
 * gives every country the same answer (within pearson's tolerance); 1 when its means spread as much as people's.
 * null where people do not vary or fewer than MIN_POINTS countries are compared (as for r).
 */
export function personaSensitivityOfFirst(
  model: ArrayLike<number>,
  human: ArrayLike<number>,
  n: number,
): number | null {
  if (n < MIN_POINTS || isConstantSeries(human, n)) return null;
  if (isConstantSeries(model, n)) return 0;
  return Math.sqrt(sumOfSquaredDeviations(model, n) / sumOfSquaredDeviations(human, n));
}

function sumOfSquaredDeviations(values: ArrayLike<number>, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i] as number;
  const mean = total / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((values[i] as number) - mean) ** 2;
  return squares;
}
