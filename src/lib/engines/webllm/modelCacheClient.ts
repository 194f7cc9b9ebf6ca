import { createWebllmWorker, type WorkerFactory } from './createWebllmWorker';
import type { RequestPayloads, RequestType, ResultPayloads } from './protocol';
import { WorkerChannel } from './WorkerChannel';

/** Runs one cache request in a short-lived WebLLM worker (no model is loaded), then stops it. */
async function once<T extends 'cache-status' | 'cache-delete'>(
  type: T & RequestType, payload: RequestPayloads[T], createWorker: WorkerFactory,
): Promise<ResultPayloads[T]> {
  const channel = new WorkerChannel(createWorker);
  try {
    return await channel.request(type, payload);
  } finally {
    channel.terminate();
  }
}

/** Which of these models WebLLM has completely in its cache (hasModelInCache). */
export async function completeCachedModels(modelIds: string[], createWorker: WorkerFactory = createWebllmWorker): Promise<string[]> {
  if (modelIds.length === 0) return [];
  return (await once('cache-status', { modelIds }, createWorker)).cached;
}

/** Deletes these models with WebLLM's deleteModelAllInfoInCache, skipping those not fully cached. */
export async function deleteCachedModels(modelIds: string[], createWorker: WorkerFactory = createWebllmWorker): Promise<string[]> {
  if (modelIds.length === 0) return [];
  return (await once('cache-delete', { modelIds }, createWorker)).deleted;
}
