import type { CountryScore } from '../../metrics';

export interface RankedCountry {
  /** 1 = closest; countries with an undefined r share no rank (null) and come last. */
  rank: number | null;
  score: CountryScore;
}

/**
 * Countries from most to least aligned by per-country r; ties keep dataset order (stable sort)
 * and share the rank of the first ("competition" ranking: 1, 2, 2, 4).
 */
export function rankCountries(countries: readonly CountryScore[]): RankedCountry[] {
  const defined = countries.filter((score) => score.pearson.estimate !== null);
  const undefinedScores = countries.filter((score) => score.pearson.estimate === null);
  const sorted = [...defined].sort((a, b) => (b.pearson.estimate ?? 0) - (a.pearson.estimate ?? 0));
  const ranked = sorted.map((score, index) => ({ score, rank: index + 1 }));
  for (let index = 1; index < ranked.length; index++) {
    const previous = ranked[index - 1]!;
    const current = ranked[index]!;
    if (current.score.pearson.estimate === previous.score.pearson.estimate) current.rank = previous.rank;
  }
  return [...ranked, ...undefinedScores.map((score) => ({ score, rank: null }))];
}
