import { describe, expect, it } from 'vitest';
import type { SupplementaryMeans } from '../survey/types';
import { summariseRun } from './summariseRun';
import { dist, makeCountry, makeDataset, makeQuestion, makeReference } from './testing/fixtures';
import type { ModelAnswers } from './types';

// Q1 on a 1–3 scale. People: USA, DEU and NGA have distributions (means 1, 2, 3); CHN has none, only a
// supplementary (weighted) mean of 2.5, as TrustBench gives for the 47 countries without distributions.
const countries = [
  makeCountry('USA', { western: true }),
  makeCountry('DEU', { western: true }),
  makeCountry('NGA'),
  makeCountry('CHN'),
];
const q1 = makeQuestion('Q1', [1, 2, 3]);
const reference = makeReference([q1], { Q1: { USA: [1, 0, 0], DEU: [0, 1, 0], NGA: [0, 0, 1] } });
const trustbench: SupplementaryMeans = {
  id: 'trustbench',
  label: 'TrustBench',
  weighting: 'weighted',
  citationId: 'trustbench',
  means: { Q1: { CHN: 2.5, NGA: 1 } },
};
const dataset = { ...makeDataset([q1], countries), supplementary: [trustbench] };
// Model means: USA 1, DEU 2, NGA 2, CHN 3.
const answers: ModelAnswers = {
  Q1: { USA: dist(1, 0, 0), DEU: dist(0, 1, 0), NGA: dist(0, 1, 0), CHN: dist(0, 0, 1) },
};
const fast = { resamples: 0 };

describe('summariseRun with supplementary means', () => {
  const summary = summariseRun(dataset, reference, answers, fast);

  it('compares a country that has only a mean on means, never on distributions', () => {
    const [score] = summary.questions;
    expect(score?.countries).toBe(4);
    expect(score?.supplementaryCountries).toBe(1);
    // Pairs (model, people): (1, 1), (2, 2), (2, 3), (3, 2.5). Means 2 and 2.125.
    // dm = −1, 0, 0, 1; dh = −1.125, −0.125, 0.875, 0.375.
    // Σ dm·dh = 1.125 + 0 + 0 + 0.375 = 1.5; Σ dm² = 2; Σ dh² = 1.265625 + 0.015625 + 0.765625 + 0.140625 = 2.1875.
    // r = 1.5 / √(2 · 2.1875) = 1.5 / √4.375 = 0.7171372…
    expect(score?.pearson.estimate).toBeCloseTo(1.5 / Math.sqrt(4.375), 12);
    // JSD over the three countries with distributions only: 1, 1 and 1 − JSD(δ2, δ3) = 0, so 2/3.
    expect(score?.meanJsdSimilarity).toBeCloseTo(2 / 3, 12);
  });

  it('uses the distribution, not the supplementary mean, where a country has both', () => {
    const nga = summary.items.find((item) => item.countryId === 'NGA');
    expect(nga?.humanMean).toBe(3);
    expect(nga?.humanSource).toBe('distribution');
  });

  it('gives the mean-only pair a row without distribution figures, naming its source', () => {
    expect(summary.items.find((item) => item.countryId === 'CHN')).toEqual({
      questionId: 'Q1',
      countryId: 'CHN',
      humanMean: 2.5,
      modelMean: 3,
      humanNormalised: 0.75,
      modelNormalised: 1,
      jsdSimilarity: null,
      wassersteinSimilarity: null,
      humanSource: 'trustbench',
    });
  });

  it('pools the mean-only pair into the pooled r', () => {
    // Normalised pairs (model, people): (0, 0), (0.5, 0.5), (0.5, 1), (1, 0.75): the pairs above halved and
    // shifted, so the same r.
    expect(summary.headline.pooledPearson.estimate).toBeCloseTo(1.5 / Math.sqrt(4.375), 12);
  });

  it('says which countries entered which figure', () => {
    expect(summary.coverage.comparedPairs).toBe(4);
    expect(summary.coverage.pairsWithoutReference).toBe(0);
    expect(summary.coverage.distributionCountries).toEqual(['USA', 'DEU', 'NGA']);
    expect(summary.coverage.supplementaryOnlyCountries).toEqual(['CHN']);
    expect(summary.coverage.supplementary).toEqual([
      { id: 'trustbench', label: 'TrustBench', weighting: 'weighted', pairs: 1, questions: ['Q1'], countries: ['CHN'] },
    ]);
    const chn = summary.countries.find((score) => score.countryId === 'CHN');
    expect(chn?.supplementaryQuestions).toBe(1);
    expect(chn?.meanJsdSimilarity).toBeNull();
  });

  it('counts the pair as without human data when no source has it', () => {
    const without = summariseRun({ ...dataset, supplementary: [] }, reference, answers, fast);
    expect(without.coverage.pairsWithoutReference).toBe(1);
    expect(without.questions[0]?.countries).toBe(3);
    // Pairs (1, 1), (2, 2), (2, 3): dm = −2/3, 1/3, 1/3; dh = −1, 0, 1: Σ dm·dh = 1; Σ dm² = 2/3; Σ dh² = 2.
    expect(without.questions[0]?.pearson.estimate).toBeCloseTo(1 / Math.sqrt(4 / 3), 12);
  });

  it('does not count a supplementary mean without a model answer as a missing model answer', () => {
    const { CHN: _left, ...rest } = answers.Q1 ?? {};
    const partial = summariseRun(dataset, reference, { Q1: rest }, fast);
    expect(partial.coverage.pairsWithoutModelAnswer).toBe(0);
    expect(partial.coverage.supplementaryOnlyCountries).toEqual([]);
  });
});
