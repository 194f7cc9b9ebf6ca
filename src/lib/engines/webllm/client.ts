import type { Prompt } from '../../prompt/types';
import type { Distribution } from '../../survey/types';
import type { Engine, EngineDescriptor, LoadProgress, OptionScores } from '../types';
import { catalogWebllmVersion } from './catalog';
import { createWebllmWorker, type WorkerFactory } from './createWebllmWorker';
import { WebllmError } from './errors';
import { WorkerChannel } from './WorkerChannel';

/** Only one WebLLM model may hold the GPU: loading another unloads this one first. */
const gpu: { holder?: WebllmEngine } = {};

/**
 * A WebLLM model running in a dedicated worker. The worker starts on load(), not before, and is
 * recreated (with the model reloaded from cache) if it dies between calls.
 */
export class WebllmEngine implements Engine {
  readonly descriptor: EngineDescriptor;
  readonly #channel: WorkerChannel;
  #loaded = false;

  constructor(
    readonly modelId: string,
    createWorker: WorkerFactory = createWebllmWorker,
  ) {
    this.descriptor = {
      kind: 'webllm',
      modelId,
      version: `@mlc-ai/web-llm@${catalogWebllmVersion}`,
      settings: { temperature: 1, topP: 1, maxTokens: 1 },
    };
    this.#channel = new WorkerChannel(createWorker, modelId);
  }

  async load(onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (gpu.holder && gpu.holder !== this) await gpu.holder.unload();
    gpu.holder = this;
    const cancel = () => this.#channel.terminate('Loading was cancelled.');
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      await this.#channel.request('load', { modelId: this.modelId }, onProgress);
      this.#loaded = true;
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  }

  async score(prompt: Prompt, signal?: AbortSignal): Promise<OptionScores> {
    signal?.throwIfAborted();
    if (!this.#loaded) throw new Error(`Load ${this.modelId} before scoring with it.`);
    // The worker died since the last call: bring the model back from the cache and carry on.
    if (!this.#channel.running) await this.#channel.request('load', { modelId: this.modelId });
    const scores = await abortable(
      this.#channel.request('score', { messages: prompt.messages, labels: prompt.labels }),
      signal,
    );
    if (scores.probs.length !== prompt.labels.length) {
      throw new Error(
        `The worker returned ${scores.probs.length} probabilities for ${prompt.labels.length} labels (${prompt.labels.join(', ')}).`,
      );
    }
    return { ...scores, probs: scores.probs as readonly number[] as Distribution };
  }

  /**
   * Frees the GPU. An idle worker unloads politely first; a busy one (downloading, mid-pass) is stopped at
   * once, since it would only get to the unload after its current work. Stopping the worker frees its GPU device.
   */
  async unload(): Promise<void> {
    if (gpu.holder === this) gpu.holder = undefined;
    this.#loaded = false;
    if (!this.#channel.running) return;
    try {
      if (!this.#channel.busy) await this.#channel.request('unload', {});
    } catch (error) {
      // Unloading a broken worker still ends with the worker gone, which is what unload promises.
      if (!(error instanceof WebllmError)) throw error;
    } finally {
      this.#channel.terminate('The model was unloaded.');
    }
  }
}

/** Rejects as soon as `signal` aborts; the forward pass in the worker finishes and is ignored. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Scoring was cancelled.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
