import { personaNeedsCountry } from '../../prompt/templates';
import type { Prompt } from '../../prompt/types';
import type { RunRecord } from '../../store/types';
import type { JobPrompts } from '../JobPrompts';
import type { PlannedItem } from '../planItems';

/**
 * The prompt of one planned item, exactly as the runner would send it: without a country persona the
 * prompt names no country, so every country's item gets the same messages.
 */
export function itemPrompt(prompts: JobPrompts, run: RunRecord, item: PlannedItem): Prompt {
  const countryId = personaNeedsCountry(run.promptSettings.persona) ? item.countryId : null;
  return prompts.build({ questionId: item.questionId, countryId, order: item.order, items: [item] }, run);
}
