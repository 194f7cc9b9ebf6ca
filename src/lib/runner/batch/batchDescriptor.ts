import { TOP_LOGPROBS } from '../../engines/openai/postChat';
import type { EngineDescriptor } from '../../engines/types';
import type { RunRecord } from '../../store/types';

/** The version a batch run records: the batch server's own version is not known when the run is planned. */
export const BATCH_VERSION = 'batch file';

/** The model name a batch line asks for, trimmed; an empty name is refused with what to enter. */
export function batchModelName(modelName: string): string {
  const model = modelName.trim();
  if (model === '') {
    throw new Error(
      'Enter the model name the batch server knows the model by (vLLM: the --model or --served-model-name value).',
    );
  }
  return model;
}

/**
 * The engine of a run answered through a batch file: the endpoint engine's kind and answer-determining
 * settings (the batch lines carry its exact request bodies), the model name the batch server knows, no URL.
 */
export function batchDescriptor(modelName: string): EngineDescriptor {
  return {
    kind: 'openai-endpoint',
    modelId: batchModelName(modelName),
    version: BATCH_VERSION,
    settings: { batch: true, temperature: 1, topP: 1, topLogprobs: TOP_LOGPROBS },
  };
}

/** Whether a run was planned as a batch file (its answers arrive by importing batch output). */
export function isBatchRun(run: Pick<RunRecord, 'engine'>): boolean {
  return run.engine.kind === 'openai-endpoint' && run.engine.settings['batch'] === true;
}
