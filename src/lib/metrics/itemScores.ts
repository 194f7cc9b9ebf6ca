import type { Country } from '../survey/types';
import type { ComparedRun } from './compareItems';
import type { ItemScore } from './types';

/** The compared pairs as rows for views and exports, question-major; NaN in the columns becomes null. */
export function itemScores(run: ComparedRun, countries: readonly Country[]): ItemScore[] {
  const items: ItemScore[] = [];
  run.questions.forEach((compared, row) => {
    for (let countryIndex = 0; countryIndex < run.countryCount; countryIndex++) {
      const cell = row * run.countryCount + countryIndex;
      const jsdSimilarity = run.jsdSimilarity[cell] as number;
      // Only compared pairs have a JSD similarity.
      if (Number.isNaN(jsdSimilarity)) continue;
      items.push({
        questionId: compared.question.id,
        countryId: (countries[countryIndex] as Country).id,
        humanMean: orNull(run.humanMean[cell]),
        modelMean: orNull(run.modelMean[cell]),
        humanNormalised: orNull(run.humanNormalised[cell]),
        modelNormalised: orNull(run.modelNormalised[cell]),
        jsdSimilarity,
        wassersteinSimilarity: orNull(run.wassersteinSimilarity[cell]),
      });
    }
  });
  return items;
}

function orNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}
