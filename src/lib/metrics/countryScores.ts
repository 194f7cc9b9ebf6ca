import { mean } from 'd3';
import type { Country, CountryId } from '../survey/types';
import type { BootstrapOptions } from './bootstrap';
import type { ComparedQuestion } from './compareItems';
import { definedPairs, pearsonEstimate } from './pearsonEstimate';
import type { CountryScore, ItemScore } from './types';

/**
 * Per-country agreement across questions: Pearson r on normalised means (CI from resampling questions) and mean
 * similarities. Countries in dataset order; those without any compared pair are left out.
 */
export function countryScores(
  countries: readonly Country[],
  compared: readonly ComparedQuestion[],
  bootstrap: BootstrapOptions,
): CountryScore[] {
  const itemsByCountry = new Map<CountryId, ItemScore[]>();
  for (const { items } of compared) {
    for (const item of items) {
      const list = itemsByCountry.get(item.countryId);
      if (list === undefined) itemsByCountry.set(item.countryId, [item]);
      else list.push(item);
    }
  }
  return countries.flatMap((country) => {
    const items = itemsByCountry.get(country.id);
    if (items === undefined) return [];
    const pairs = definedPairs(items, (item) => item.modelNormalised, (item) => item.humanNormalised);
    return [
      {
        countryId: country.id,
        name: country.name,
        zone: country.zone,
        western: country.western,
        questions: pairs.model.length,
        pearson: pearsonEstimate(pairs, bootstrap),
        meanJsdSimilarity: mean(items, (item) => item.jsdSimilarity) ?? null,
        meanWassersteinSimilarity: mean(items, (item) => item.wassersteinSimilarity) ?? null,
      },
    ];
  });
}
