import type { OptionOrder } from '../prompt/types';
import type { CountryId, QuestionId } from '../survey/types';
import type { ResultItem, ResultRecord } from './types';

/**
 * Key of one item within a run. The separator cannot occur in ids: question ids are "Q…" and
 * country ids are three-letter codes.
 */
export function itemKey(questionId: QuestionId, countryId: CountryId, order: OptionOrder): string {
  return `${questionId}|${countryId}|${order}`;
}

/** An answer as stored: the item with its run and its key within the run. */
export function resultRecordOf(item: ResultItem, runId: string): ResultRecord {
  return { ...item, runId, itemKey: itemKey(item.questionId, item.countryId, item.order) };
}
