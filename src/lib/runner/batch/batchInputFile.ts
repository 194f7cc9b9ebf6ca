import { chatRequestBody } from '../../engines/openai/postChat';
import { expandOrders } from '../../prompt/expandOrders';
import type { RunRecord } from '../../store/types';
import type { Dataset } from '../../survey/types';
import { JobPrompts } from '../JobPrompts';
import { planItems } from '../planItems';
import { batchModelName } from './batchDescriptor';
import { itemPrompt } from './itemPrompt';

/** The only endpoint a batch line asks; vLLM's run-batch and OpenAI's Batch API both serve it. */
export const BATCH_URL = '/v1/chat/completions';

/** One line of an OpenAI Batch input file (the shape vLLM's BatchRequestInput reads). */
export interface BatchInputLine {
  /** The item key (question|country|order): the output's custom_id finds the item again. */
  custom_id: string;
  method: 'POST';
  url: typeof BATCH_URL;
  body: Record<string, unknown>;
}

/**
 * One request per item the run still lacks, with the body the endpoint engine would send (same builder:
 * one token, temperature 1, top_p 1, logprobs with the top 20 alternatives) and the model name the
 * batch server knows the model by.
 */
export function batchInputLines(
  run: RunRecord,
  dataset: Pick<Dataset, 'questions' | 'countries'>,
  modelName: string,
  answeredKeys: ReadonlySet<string> = new Set(),
): BatchInputLine[] {
  const model = batchModelName(modelName);
  const prompts = new JobPrompts(dataset);
  return planItems(run.scope, expandOrders(run.promptSettings.order))
    .filter((item) => !answeredKeys.has(item.key))
    .map((item) => ({
      custom_id: item.key,
      method: 'POST',
      url: BATCH_URL,
      body: chatRequestBody({ model }, itemPrompt(prompts, run, item).messages, { withLogprobs: true, n: 1 }),
    }));
}

/** The JSONL text of batchInputLines: one JSON object per line, newline-terminated. */
export function batchInputFile(...args: Parameters<typeof batchInputLines>): string {
  return batchInputLines(...args)
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}
