import type { Country, SupplementaryMeans } from '../survey/types';
import { PairKind, type ComparedRun } from './compareItems';
import type { ItemScore } from './types';

/**
 * The compared pairs as rows for views and exports, question-major; NaN in the columns becomes null. A pair
 * compared on a supplementary mean has no JSD or W1 and names its source.
 */
export function itemScores(run: ComparedRun, countries: readonly Country[]): ItemScore[] {
  const items: ItemScore[] = [];
  run.questions.forEach((compared, row) => {
    for (let countryIndex = 0; countryIndex < run.countryCount; countryIndex++) {
      const cell = row * run.countryCount + countryIndex;
      const kind = run.pairKind[cell];
      if (kind === PairKind.none) continue;
      items.push({
        questionId: compared.question.id,
        countryId: (countries[countryIndex] as Country).id,
        humanMean: orNull(run.humanMean[cell]),
        modelMean: orNull(run.modelMean[cell]),
        humanNormalised: orNull(run.humanNormalised[cell]),
        modelNormalised: orNull(run.modelNormalised[cell]),
        jsdSimilarity: orNull(run.jsdSimilarity[cell]),
        wassersteinSimilarity: orNull(run.wassersteinSimilarity[cell]),
        humanSource:
          kind === PairKind.distribution
            ? 'distribution'
            : (compared.human.meanSources[countryIndex] as SupplementaryMeans).id,
      });
    }
  });
  return items;
}

function orNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}
