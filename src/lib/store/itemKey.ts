import type { OptionOrder } from '../prompt/types';
import type { CountryId, QuestionId } from '../survey/types';

/**
 * Key of one item within a run. The separator cannot occur in ids: question ids are "Q…" and
 * country ids are three-letter codes.
 */
export function itemKey(questionId: QuestionId, countryId: CountryId, order: OptionOrder): string {
  return `${questionId}|${countryId}|${order}`;
}
