import { randomNormal } from 'd3';
import type { Country, Dataset, Question } from '../../src/lib/survey/types.ts';
import { itemRandom } from './itemRandom.ts';

/** oracle: each persona answers like its own country; country:XXX: like XXX; noisy: oracle with seeded noise. */
export type AnswerSource = 'oracle' | `country:${string}` | 'noisy';

export interface AnswerContext {
  dataset: Dataset;
  seed: number;
  /** Standard deviation of the log-normal noise of 'noisy'. */
  noise: number;
}

function worldAverage(dataset: Dataset, question: Question): number[] {
  const distributions = Object.values(dataset.responses[question.id] ?? {}).map((response) => response.distribution);
  if (distributions.length === 0) return question.options.map(() => 1 / question.options.length);
  return question.options.map(
    (_, index) =>
      distributions.reduce((sum, distribution) => sum + (distribution[index] ?? 0), 0) / distributions.length,
  );
}

function humanDistribution(dataset: Dataset, question: Question, countryId: string | null): number[] {
  if (countryId === null) return worldAverage(dataset, question);
  const response = dataset.responses[question.id]?.[countryId];
  // A country without this question gets a uniform answer: no human data to mimic, nothing to compare with.
  return response ? [...response.distribution] : question.options.map(() => 1 / question.options.length);
}

/**
 * The answer distribution (question option order) the fake model gives. Persona 'none' (country null)
 * answers with the world average in 'oracle' and 'noisy'. Zero shares stay exactly zero in every mode.
 */
export function answerDistribution(
  source: AnswerSource,
  context: AnswerContext,
  question: Question,
  country: Country | null,
  order: string,
): number[] {
  if (source.startsWith('country:'))
    return humanDistribution(context.dataset, question, source.slice('country:'.length));
  const own = humanDistribution(context.dataset, question, country?.id ?? null);
  if (source === 'oracle') return own;
  const normal = randomNormal.source(itemRandom(context.seed, `${question.id}|${country?.id ?? '-'}|${order}`))(
    0,
    context.noise,
  );
  const noisy = own.map((share) => share * Math.exp(normal()));
  const total = noisy.reduce((sum, share) => sum + share, 0);
  return noisy.map((share) => share / total);
}
