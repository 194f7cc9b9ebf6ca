import { MIN_POINTS } from '../../metrics';
import type { CategoryCountryCell } from '../analysis/categoryCountryPearson';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Why the category × country heatmap has no value at all, or null when it has one. A cell correlates one country's
 * answers across a topic's questions, so it needs MIN_POINTS questions of the topic, and answers that differ.
 */
export function heatmapGap(cells: readonly CategoryCountryCell[]): string | null {
  if (cells.some((cell) => cell.pearson !== null)) return null;
  const most = cells.reduce((max, cell) => Math.max(max, cell.questions), 0);
  if (most < MIN_POINTS) {
    return `Needs at least ${MIN_POINTS} questions per topic — this run has at most ${plural(most, 'question')} in any topic.`;
  }
  return `Within every topic, the answers (the model's or people's) give each question the same scaled mean, as a uniform answer does, so there is nothing to correlate.`;
}

/** Why no category has a mean per-question r: each question's r is taken across countries. */
export function categoryGap(estimates: readonly (number | null)[], countries: number): string | null {
  if (estimates.some((estimate) => estimate !== null)) return null;
  if (countries < MIN_POINTS) {
    return `Needs at least ${MIN_POINTS} countries per question — this run has ${plural(countries, 'country', 'countries')}.`;
  }
  return `People's answers to these questions do not differ between the run's countries, so no question has a correlation.`;
}

/** Why no country has an r: each country's r is taken across questions. */
export function countryGap(scores: readonly { pearson: number | null; questions: number }[]): string | null {
  if (scores.some((score) => score.pearson !== null)) return null;
  const most = scores.reduce((max, score) => Math.max(max, score.questions), 0);
  if (most < MIN_POINTS) {
    return `Needs at least ${MIN_POINTS} questions per country — this run has at most ${plural(most, 'question')} per country.`;
  }
  return `The answers give every question the same scaled mean, so no country has a correlation.`;
}
