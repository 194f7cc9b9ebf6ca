import { mean } from 'd3';
import type { Country } from '../survey/types';
import type { BootstrapOptions } from './bootstrap';
import type { ComparedQuestion } from './compareItems';
import { definedPairs, pearsonEstimate } from './pearsonEstimate';
import type { CountryScore } from './types';

/** One country's values across questions (NaN = undefined), filled question by question. */
interface CountryColumns {
  modelNormalised: number[];
  humanNormalised: number[];
  jsdSimilarity: number[];
  wassersteinSimilarity: number[];
}

/**
 * Per-country agreement across questions: Pearson r on normalised means (CI from resampling questions) and mean
 * similarities. Countries in dataset order; those without any compared pair are left out.
 * `countries` must be the array compareItems indexed.
 */
export function countryScores(
  countries: readonly Country[],
  compared: readonly ComparedQuestion[],
  bootstrap: BootstrapOptions,
): CountryScore[] {
  const byCountry = countries.map(
    (): CountryColumns => ({ modelNormalised: [], humanNormalised: [], jsdSimilarity: [], wassersteinSimilarity: [] }),
  );
  for (const question of compared) {
    question.countryIndices.forEach((countryIndex, i) => {
      const columns = byCountry[countryIndex] as CountryColumns;
      columns.modelNormalised.push(question.modelNormalised[i] as number);
      columns.humanNormalised.push(question.humanNormalised[i] as number);
      columns.jsdSimilarity.push(question.jsdSimilarity[i] as number);
      columns.wassersteinSimilarity.push(question.wassersteinSimilarity[i] as number);
    });
  }
  return countries.flatMap((country, countryIndex) => {
    const columns = byCountry[countryIndex] as CountryColumns;
    if (columns.jsdSimilarity.length === 0) return [];
    const pairs = definedPairs(columns.modelNormalised, columns.humanNormalised);
    return [
      {
        countryId: country.id,
        name: country.name,
        zone: country.zone,
        western: country.western,
        questions: pairs.model.length,
        pearson: pearsonEstimate(pairs, bootstrap),
        // d3.mean skips NaN, i.e. the questions where the value is undefined.
        meanJsdSimilarity: mean(columns.jsdSimilarity) ?? null,
        meanWassersteinSimilarity: mean(columns.wassersteinSimilarity) ?? null,
      },
    ];
  });
}
