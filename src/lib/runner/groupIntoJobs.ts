import type { OptionOrder } from '../prompt/types';
import type { CountryId, QuestionId } from '../survey/types';
import type { PlannedItem } from './planItems';

/** One prompt sent to the engine and the planned items its answer is stored for. */
export interface ScoringJob {
  questionId: QuestionId;
  /** null: the prompt names no country (persona 'none'), so one answer serves every country. */
  countryId: CountryId | null;
  order: OptionOrder;
  items: PlannedItem[];
}

/**
 * With a persona that names the country, every item is its own prompt. Without one (persona
 * 'none') the prompt is identical for all countries, so it is asked once per (question, order) and
 * the answer stored for each pending country: the stored data keep one record per item either way.
 */
export function groupIntoJobs(pending: readonly PlannedItem[], promptNamesCountry: boolean): ScoringJob[] {
  if (promptNamesCountry) {
    return pending.map((item) => ({
      questionId: item.questionId,
      countryId: item.countryId,
      order: item.order,
      items: [item],
    }));
  }
  const jobs = new Map<string, ScoringJob>();
  for (const item of pending) {
    const key = `${item.questionId}|${item.order}`;
    const job = jobs.get(key);
    if (job) job.items.push(item);
    else jobs.set(key, { questionId: item.questionId, countryId: null, order: item.order, items: [item] });
  }
  return [...jobs.values()];
}
