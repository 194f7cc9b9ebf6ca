import type { Country } from '../survey/types';
import type { BootstrapOptions } from './bootstrap';
import { meanDefined } from './meanDefined';
import type { ComparedQuestion } from './compareItems';
import { definedPairs, pearsonEstimate } from './pearsonEstimate';
import type { CountryScore } from './types';

/** One country's values across questions (NaN = undefined), filled question by question. */
interface CountryColumns {
  length: number;
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
  const byCountry = countries.map((): CountryColumns => {
    // Sized for every question up front so filling never grows an array.
    const column = () => new Array<number>(compared.length).fill(NaN);
    return { length: 0, modelNormalised: column(), humanNormalised: column(), jsdSimilarity: column(), wassersteinSimilarity: column() };
  });
  for (const question of compared) {
    question.countryIndices.forEach((countryIndex, i) => {
      const columns = byCountry[countryIndex] as CountryColumns;
      const at = columns.length;
      columns.modelNormalised[at] = question.modelNormalised[i] as number;
      columns.humanNormalised[at] = question.humanNormalised[i] as number;
      columns.jsdSimilarity[at] = question.jsdSimilarity[i] as number;
      columns.wassersteinSimilarity[at] = question.wassersteinSimilarity[i] as number;
      columns.length = at + 1;
    });
  }
  return countries.flatMap((country, countryIndex) => {
    const columns = byCountry[countryIndex] as CountryColumns;
    if (columns.length === 0) return [];
    // Trailing NaN slots of questions this country lacks are skipped like any undefined value.
    const pairs = definedPairs(columns.modelNormalised, columns.humanNormalised);
    return [
      {
        countryId: country.id,
        name: country.name,
        zone: country.zone,
        western: country.western,
        questions: pairs.model.length,
        pearson: pearsonEstimate(pairs, bootstrap),
        meanJsdSimilarity: meanDefined(columns.jsdSimilarity),
        meanWassersteinSimilarity: meanDefined(columns.wassersteinSimilarity),
      },
    ];
  });
}
