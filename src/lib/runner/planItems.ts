import type { OptionOrder } from '../prompt/types';
import { itemKey } from '../store/itemKey';
import type { RunScope } from '../store/types';
import type { CountryId, QuestionId } from '../survey/types';

/** One (question, country, order) a run must answer. */
export interface PlannedItem {
  questionId: QuestionId;
  countryId: CountryId;
  order: OptionOrder;
  /** Same as the stored result's itemKey. */
  key: string;
}

/**
 * Every question × country × order, question-major. A model can answer for any persona, so no pair
 * is dropped here even if the human reference lacks it; callers filter the scope if they want to.
 */
export function planItems(scope: RunScope, orders: readonly OptionOrder[]): PlannedItem[] {
  const items: PlannedItem[] = [];
  for (const questionId of scope.questionIds) {
    for (const countryId of scope.countryIds) {
      for (const order of orders)
        items.push({ questionId, countryId, order, key: itemKey(questionId, countryId, order) });
    }
  }
  return items;
}
