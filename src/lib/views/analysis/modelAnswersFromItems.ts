import { combineOrders, type DistributionsByOrder, type ModelAnswers } from '../../metrics';
import type { ResultItem } from '../../store/types';

/** The part of a stored or exported answer that the metrics read. */
export type AnswerItem = Pick<ResultItem, 'questionId' | 'countryId' | 'order' | 'probs'>;

/**
 * A run's stored answers as the metrics' input: one distribution per (question, country), averaged
 * over the option orders asked (combineOrders). Used by the Results view and by the e2e check that
 * recomputes an exported summary, so both read items the same way.
 */
export function modelAnswersFromItems(items: readonly AnswerItem[]): ModelAnswers {
  const byItem = new Map<string, { questionId: string; countryId: string; orders: DistributionsByOrder }>();
  for (const item of items) {
    const key = `${item.questionId}|${item.countryId}`;
    const entry = byItem.get(key) ?? { questionId: item.questionId, countryId: item.countryId, orders: {} };
    if (entry.orders[item.order]) {
      throw new Error(
        `Answer ${item.questionId}/${item.countryId} (${item.order} order) appears twice; remove the duplicate from the run.`,
      );
    }
    entry.orders[item.order] = item.probs;
    byItem.set(key, entry);
  }
  const answers: ModelAnswers = {};
  for (const { questionId, countryId, orders } of byItem.values()) {
    (answers[questionId] ??= {})[countryId] = combineOrders(orders, `${questionId}/${countryId}`);
  }
  return answers;
}
