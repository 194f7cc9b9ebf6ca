import { pearson, type ItemScore } from '../../metrics';
import type { CategoryId, QuestionId } from '../../survey/types';

export interface CategoryCountryCell {
  categoryId: CategoryId;
  countryId: string;
  /** Pearson r across the category's questions on normalised means; null when undefined (never 0). */
  pearson: number | null;
  /** Questions with both normalised means for this country. */
  questions: number;
}

/**
 * Per-country alignment within each category: the metrics' Pearson r over the category's
 * questions, from the summary's compared items, for the category × country heatmap.
 */
export function categoryCountryPearson(
  items: readonly ItemScore[],
  categoryOf: ReadonlyMap<QuestionId, CategoryId>,
): CategoryCountryCell[] {
  const pairs = new Map<string, { categoryId: CategoryId; countryId: string; human: number[]; model: number[] }>();
  for (const item of items) {
    const categoryId = categoryOf.get(item.questionId);
    if (!categoryId || item.humanNormalised === null || item.modelNormalised === null) continue;
    const key = `${categoryId}|${item.countryId}`;
    const entry = pairs.get(key) ?? { categoryId, countryId: item.countryId, human: [], model: [] };
    entry.human.push(item.humanNormalised);
    entry.model.push(item.modelNormalised);
    pairs.set(key, entry);
  }
  return [...pairs.values()].map(({ categoryId, countryId, human, model }) => ({
    categoryId,
    countryId,
    pearson: pearson(model, human),
    questions: human.length,
  }));
}
