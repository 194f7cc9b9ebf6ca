import { createWebllmWorker, type WorkerFactory } from './createWebllmWorker';
import { WorkerChannel } from './WorkerChannel';

/**
 * WebLLM's cache functions, run in a WebLLM worker that loads no model. The worker starts on the first
 * request and is shared by later ones (it is a large script to start); dispose() stops it.
 */
export class ModelCacheWorker {
  readonly #channel: WorkerChannel;

  constructor(createWorker: WorkerFactory = createWebllmWorker) {
    this.#channel = new WorkerChannel(createWorker);
  }

  /** Which of these models WebLLM has completely in its cache (hasModelInCache). */
  async completeCachedModels(modelIds: string[]): Promise<string[]> {
    if (modelIds.length === 0) return [];
    return (await this.#channel.request('cache-status', { modelIds })).cached;
  }

  /** Deletes these models with WebLLM's deleteModelAllInfoInCache, skipping those not fully cached. */
  async deleteCachedModels(modelIds: string[]): Promise<string[]> {
    if (modelIds.length === 0) return [];
    return (await this.#channel.request('cache-delete', { modelIds })).deleted;
  }

  dispose(): void {
    if (this.#channel.running) this.#channel.terminate('The model cache view was closed.');
  }
}
