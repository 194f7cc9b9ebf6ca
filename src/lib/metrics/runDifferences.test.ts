/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInReference, parseDataset } from '../survey';
import { runDifferences } from './runDifferences';
import { toDistribution } from './toDistribution';
import type { ModelAnswers } from './types';

const dataset = parseDataset(
  JSON.parse(readFileSync(new URL('../../../public/data/wvs7-dataset.json', import.meta.url), 'utf8')),
);
const reference = builtInReference(dataset);
const questionIds = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q27', 'Q46', 'Q164'];

/** People's own answers, or (blind) one answer for every country: the first country's. */
function answers(blind: boolean): ModelAnswers {
  return Object.fromEntries(
    questionIds.map((id) => {
      const byCountry = reference.responses[id] ?? {};
      const first = Object.values(byCountry)[0]?.distribution ?? toDistribution([1]);
      return [
        id,
        Object.fromEntries(
          Object.entries(byCountry).map(([countryId, response]) => [countryId, blind ? first : response.distribution]),
        ),
      ];
    }),
  );
}

describe('runDifferences (paired two-way)', () => {
  const options = { resamples: 200, seed: 5 };

  it('is exactly 0, interval 0 to 0, for a run against itself', () => {
    const difference = runDifferences(dataset, reference, answers(false), answers(false), options);
    expect(difference.meanQuestionPearson).toMatchObject({ estimate: 0, low: 0, high: 0, withheld: null });
    expect(difference.pooledPearson).toMatchObject({ estimate: 0, low: 0, high: 0 });
  });

  it('people minus persona-blind mean r is 1 − 0 = 1 in every resample: interval 1 to 1', () => {
    // The oracle's r is 1 on every question, the blind run's 0 (same answer everywhere while people vary), on
    // any cross where r is defined: the shared questions and countries cancel exactly.
    const difference = runDifferences(dataset, reference, answers(false), answers(true), options);
    expect(difference.meanQuestionPearson.estimate).toBeCloseTo(1, 12);
    expect(difference.meanQuestionPearson.low).toBeCloseTo(1, 12);
    expect(difference.meanQuestionPearson.high).toBeCloseTo(1, 12);
  });
});
