import { describe, expect, it } from 'vitest';
import type { CountryScore } from '../../metrics';
import { rankCountries } from './rankCountries';

function score(countryId: string, r: number | null): CountryScore {
  return {
    countryId,
    name: countryId,
    zone: 'Confucian',
    western: false,
    questions: 10,
    supplementaryQuestions: 0,
    pearson: { estimate: r, low: null, high: null, resamples: 0, undefinedResamples: 0 },
    centredPearson: { estimate: null, low: null, high: null, resamples: 0, undefinedResamples: 0 },
    meanJsdSimilarity: null,
    meanWassersteinSimilarity: null,
  };
}

describe('rankCountries', () => {
  it('ranks nothing for no countries', () => {
    expect(rankCountries([])).toEqual([]);
  });

  it('ranks from highest to lowest r, ties sharing a rank (1, 2, 2, 4)', () => {
    const ranked = rankCountries([score('A', 0.1), score('B', 0.9), score('C', 0.5), score('D', 0.5)]);
    expect(ranked.map((entry) => [entry.score.countryId, entry.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['D', 2],
      ['A', 4],
    ]);
  });

  it('puts countries with an undefined r last, unranked', () => {
    const ranked = rankCountries([score('A', null), score('B', -0.2)]);
    expect(ranked.map((entry) => [entry.score.countryId, entry.rank])).toEqual([
      ['B', 1],
      ['A', null],
    ]);
  });
});
