import type { RunSummary } from '../../metrics';
import { CATEGORY_GROUP_NAMES } from '../../survey';

export interface ComparedCategory {
  id: string;
  label: string;
  /** Display name of the paper's group, e.g. "Socio-cultural norms". */
  group: string;
}

/** Every category any of the runs scored, in first-seen order (each summary lists them in dataset order). */
export function comparedCategories(summaries: readonly RunSummary[]): ComparedCategory[] {
  const seen = new Map<string, ComparedCategory>();
  for (const summary of summaries) {
    for (const category of summary.categories) {
      if (!seen.has(category.categoryId)) {
        seen.set(category.categoryId, {
          id: category.categoryId,
          label: category.name,
          group: CATEGORY_GROUP_NAMES[category.group],
        });
      }
    }
  }
  return [...seen.values()];
}
