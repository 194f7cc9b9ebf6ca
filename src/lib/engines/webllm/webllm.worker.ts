/**
 * The only file that imports WebLLM at run time. It builds the engine and hands every message to
 * WorkerHost; the main thread talks to it through client.ts.
 */
import {
  deleteModelAllInfoInCache,
  hasModelInCache,
  MLCEngine,
  prebuiltAppConfig,
  type AppConfig,
} from '@mlc-ai/web-llm';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { readCachedTokenizer } from './readCachedTokenizer';
import { WorkerHost } from './WorkerHost';

/** Cache API backend, WebLLM's best-tested one; readCachedTokenizer and the cache manager read it. */
const appConfig: AppConfig = { ...prebuiltAppConfig, cacheBackend: 'cache' };

function modelUrlOf(modelId: string): string {
  const record = appConfig.model_list.find((candidate) => candidate.model_id === modelId);
  if (!record) throw new Error(`Model "${modelId}" is not in WebLLM's prebuilt list; pick one from the catalog.`);
  return record.model;
}

const host = new WorkerHost(
  {
    engine: new MLCEngine({ appConfig }),
    loadVocabulary: (modelId) => readCachedTokenizer(modelUrlOf(modelId)),
    hasModelInCache: (modelId) => hasModelInCache(modelId, appConfig),
    deleteModelAllInfoInCache: (modelId) => deleteModelAllInfoInCache(modelId, appConfig),
    now: () => performance.now(),
  },
  (response: WorkerResponse) => self.postMessage(response),
);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void host.handle(event.data);
};
