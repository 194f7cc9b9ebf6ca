import type { Country } from '../survey/types';
import type { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { centredMeans } from './centredMeans';
import { countryCells, type ComparedRun } from './compareItems';
import { meanDefined } from './meanDefined';
import { gatherDefinedPairs, pairBuffers, pearsonEstimate } from './pearsonEstimate';
import { signalPearsonOfFirst } from './signalPearson';
import type { CountryScore } from './types';

/**
 * Per-country agreement across questions: the paper's Pearson r on normalised means, the country-specific r on
 * centred means (see centredMeans; 0 when the model's centred means do not vary), both with a CI from resampling
 * questions, and mean similarities, read down each country's column of the run. Countries in dataset order; those without any
 * compared pair are left out. `countries` must be the array compareItems indexed.
 */
export function countryScores(
  countries: readonly Country[],
  run: ComparedRun,
  bootstrap: BootstrapOptions,
  arena: BlockArena,
): CountryScore[] {
  const pairs = pairBuffers(arena, run.questions.length);
  const centred = centredMeans(run.modelNormalised, run.humanNormalised, run.questions.length, run.countryCount, arena);
  return countries.flatMap((country, countryIndex) => {
    const cells = countryCells(run, countryIndex);
    // Every compared pair has a JSD similarity, so a country without one has no compared pair.
    const meanJsdSimilarity = meanDefined(run.jsdSimilarity, cells);
    if (meanJsdSimilarity === null) return [];
    gatherDefinedPairs(pairs, run.modelNormalised, run.humanNormalised, cells);
    const pearson = pearsonEstimate(pairs, bootstrap);
    gatherDefinedPairs(pairs, centred.model, centred.human, cells);
    return [
      {
        countryId: country.id,
        name: country.name,
        zone: country.zone,
        western: country.western,
        questions: pairs.length,
        pearson,
        centredPearson: pearsonEstimate(pairs, bootstrap, signalPearsonOfFirst),
        meanJsdSimilarity,
        meanWassersteinSimilarity: meanDefined(run.wassersteinSimilarity, cells),
      },
    ];
  });
}
