import type { Country } from '../survey/types';
import type { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { countryCells, type ComparedRun } from './compareItems';
import { meanDefined } from './meanDefined';
import { gatherDefinedPairs, pairBuffers, pearsonEstimate } from './pearsonEstimate';
import type { CountryScore } from './types';

/**
 * Per-country agreement across questions: Pearson r on normalised means (CI from resampling questions) and mean
 * similarities, read down each country's column of the run. Countries in dataset order; those without any
 * compared pair are left out. `countries` must be the array compareItems indexed.
 */
export function countryScores(
  countries: readonly Country[],
  run: ComparedRun,
  bootstrap: BootstrapOptions,
  arena: BlockArena,
): CountryScore[] {
  const pairs = pairBuffers(arena, run.questions.length);
  return countries.flatMap((country, countryIndex) => {
    const cells = countryCells(run, countryIndex);
    // Every compared pair has a JSD similarity, so a country without one has no compared pair.
    const meanJsdSimilarity = meanDefined(run.jsdSimilarity, cells);
    if (meanJsdSimilarity === null) return [];
    gatherDefinedPairs(pairs, run.modelNormalised, run.humanNormalised, cells);
    return [
      {
        countryId: country.id,
        name: country.name,
        zone: country.zone,
        western: country.western,
        questions: pairs.length,
        pearson: pearsonEstimate(pairs, bootstrap),
        meanJsdSimilarity,
        meanWassersteinSimilarity: meanDefined(run.wassersteinSimilarity, cells),
      },
    ];
  });
}
