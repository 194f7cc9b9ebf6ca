import { MIN_POINTS, isConstantSeries, pearsonOfFirst } from './pearson';

/**
 * Pearson r of the first n pairs where a model that does not vary is scored, not excused: when people's values
 * vary but the model's do not (within pearson's tolerance), the model shows no signal and r is 0. r stays null
 * only where it says nothing: fewer than MIN_POINTS pairs or people's values constant. Without this rule a
 * persona-blind answer (the same for every country) would drop out of every average instead of counting as 0.
 */
export function signalPearsonOfFirst(model: ArrayLike<number>, human: ArrayLike<number>, n: number): number | null {
  if (n < MIN_POINTS || isConstantSeries(human, n)) return null;
  if (isConstantSeries(model, n)) return 0;
  return pearsonOfFirst(model, human, n);
}
