import { catalog as defaultCatalog } from './catalog';
import { groupCachedFiles, type CachedWeights } from './groupCachedFiles';
import { ModelCacheWorker } from './modelCacheClient';
import { deleteCachedFiles, readCachedFiles } from './readModelCache';
import type { CatalogEntry } from './types';

export interface CachedModel extends CachedWeights {
  /** WebLLM's hasModelInCache: every weight shard is there. False means an interrupted download. */
  complete: boolean;
}

/** Where the inventory reads and deletes: the browser's Cache Storage and a WebLLM worker, or fakes in tests. */
export interface ModelCacheAccess {
  catalog: readonly CatalogEntry[];
  readCachedFiles: typeof readCachedFiles;
  deleteCachedFiles: typeof deleteCachedFiles;
  completeCachedModels: (modelIds: string[]) => Promise<string[]>;
  deleteCachedModels: (modelIds: string[]) => Promise<string[]>;
}

/** Browser access for one view; call dispose() when the view goes away to stop the worker. */
export function browserModelCache(): ModelCacheAccess & { dispose(): void } {
  const worker = new ModelCacheWorker();
  return {
    catalog: defaultCatalog,
    readCachedFiles,
    deleteCachedFiles,
    completeCachedModels: (modelIds) => worker.completeCachedModels(modelIds),
    deleteCachedModels: (modelIds) => worker.deleteCachedModels(modelIds),
    dispose: () => worker.dispose(),
  };
}

/** Cached models with sizes; starts the WebLLM worker only when something is cached. */
export async function readModelCacheInventory(access: ModelCacheAccess): Promise<CachedModel[]> {
  const groups = groupCachedFiles(await access.readCachedFiles(), access.catalog);
  if (groups.length === 0) return [];
  const complete = new Set(await access.completeCachedModels(groups.map((group) => group.modelIds[0] as string)));
  return groups.map((group) => ({ ...group, complete: complete.has(group.modelIds[0] as string) }));
}

/**
 * Deletes one cached model: complete ones through WebLLM (weights, wasm and config), interrupted downloads
 * file by file, because WebLLM's delete would fetch their missing manifest from the network.
 */
export async function deleteFromModelCache(model: CachedModel, access: ModelCacheAccess): Promise<void> {
  if (model.complete) {
    const [modelId] = model.modelIds;
    if (modelId !== undefined) await access.deleteCachedModels([modelId]);
  }
  // Also clears what WebLLM's delete leaves of a partial download, and is a no-op after a complete delete.
  await access.deleteCachedFiles(model.baseUrl);
}
