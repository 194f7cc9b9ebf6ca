import type { Country } from '../survey/types';
import type { ComparedQuestion } from './compareItems';
import type { ItemScore } from './types';

/** The compared pairs as rows for views and exports, question-major; NaN in the columns becomes null. */
export function itemScores(compared: readonly ComparedQuestion[], countries: readonly Country[]): ItemScore[] {
  const rows: ItemScore[] = [];
  for (const columns of compared) {
    columns.countryIndices.forEach((countryIndex, i) => {
      rows.push({
        questionId: columns.question.id,
        countryId: (countries[countryIndex] as Country).id,
        humanMean: orNull(columns.humanMean[i]),
        modelMean: orNull(columns.modelMean[i]),
        humanNormalised: orNull(columns.humanNormalised[i]),
        modelNormalised: orNull(columns.modelNormalised[i]),
        jsdSimilarity: columns.jsdSimilarity[i] as number,
        wassersteinSimilarity: orNull(columns.wassersteinSimilarity[i]),
      });
    });
  }
  return rows;
}

function orNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}
