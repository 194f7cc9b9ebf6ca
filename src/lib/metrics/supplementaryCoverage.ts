import type { Country, CountryId, SupplementaryMeans } from '../survey/types';
import { PairKind, type ComparedRun } from './compareItems';
import type { Coverage } from './types';

/**
 * Which countries entered which figures: those with a pair compared on distributions (every figure, JSD and W1
 * included), those compared on supplementary means only (the mean-based figures), and per supplementary source
 * the pairs, questions and countries it filled in. Countries in dataset order, sources in the dataset's order.
 * `countries` must be the array compareItems indexed.
 */
export function supplementaryCoverage(
  run: ComparedRun,
  countries: readonly Country[],
): Pick<Coverage, 'distributionCountries' | 'supplementaryOnlyCountries' | 'supplementary'> {
  const withDistribution = new Set<number>();
  const withMean = new Set<number>();
  const bySource = new Map<SupplementaryMeans, { pairs: number; questions: Set<string>; countries: Set<number> }>();
  run.questions.forEach((compared, row) => {
    for (let countryIndex = 0; countryIndex < run.countryCount; countryIndex++) {
      const kind = run.pairKind[row * run.countryCount + countryIndex];
      if (kind === PairKind.distribution) withDistribution.add(countryIndex);
      if (kind !== PairKind.supplementaryMean) continue;
      withMean.add(countryIndex);
      const source = compared.human.meanSources[countryIndex] as SupplementaryMeans;
      const entry = bySource.get(source) ?? { pairs: 0, questions: new Set(), countries: new Set() };
      entry.pairs += 1;
      entry.questions.add(compared.question.id);
      entry.countries.add(countryIndex);
      bySource.set(source, entry);
    }
  });
  const ids = (indices: Set<number>): CountryId[] =>
    countries.flatMap((country, index) => (indices.has(index) ? [country.id] : []));
  return {
    distributionCountries: ids(withDistribution),
    supplementaryOnlyCountries: ids(new Set([...withMean].filter((index) => !withDistribution.has(index)))),
    supplementary: [...bySource].map(([source, entry]) => ({
      id: source.id,
      label: source.label,
      weighting: source.weighting,
      pairs: entry.pairs,
      questions: [...entry.questions],
      countries: ids(entry.countries),
    })),
  };
}
