import type { Country } from '../survey/types';
import type { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { centredMeans } from './centredMeans';
import { countryCells, PairKind, type Cells, type ComparedRun } from './compareItems';
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
    const kinds = pairKinds(run, cells);
    if (kinds.distribution + kinds.supplementaryMean === 0) return [];
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
        supplementaryQuestions: kinds.supplementaryMean,
        pearson,
        centredPearson: pearsonEstimate(pairs, bootstrap, signalPearsonOfFirst),
        meanJsdSimilarity: meanDefined(run.jsdSimilarity, cells),
        meanWassersteinSimilarity: meanDefined(run.wassersteinSimilarity, cells),
      },
    ];
  });
}

/** How many of the cells were compared on distributions and how many on a supplementary mean only. */
function pairKinds(
  run: ComparedRun,
  { start, stride, count }: Cells,
): { distribution: number; supplementaryMean: number } {
  const kinds = { distribution: 0, supplementaryMean: 0 };
  for (let i = 0, cell = start; i < count; i++, cell += stride) {
    const kind = run.pairKind[cell];
    if (kind === PairKind.distribution) kinds.distribution += 1;
    else if (kind === PairKind.supplementaryMean) kinds.supplementaryMean += 1;
  }
  return kinds;
}
