import { modelBaseUrl } from './modelBaseUrl';
import type { CatalogEntry } from './types';

/** One entry of WebLLM's weight cache. */
export interface CachedFile {
  url: string;
  bytes: number;
}

/** Cached weights of one model repository; "-1k" builds share weights with their full-context twin. */
export interface CachedWeights {
  baseUrl: string;
  /** Catalog ids that use these weights, in catalog order. */
  modelIds: string[];
  bytes: number;
  files: number;
}

/** Groups cached files by the catalog model whose weights they are; files of unknown models are left out. */
export function groupCachedFiles(files: readonly CachedFile[], catalog: readonly CatalogEntry[]): CachedWeights[] {
  const byBase = new Map<string, CachedWeights>();
  for (const entry of catalog) {
    const baseUrl = modelBaseUrl(entry.modelUrl);
    const group = byBase.get(baseUrl) ?? { baseUrl, modelIds: [], bytes: 0, files: 0 };
    group.modelIds.push(entry.id);
    byBase.set(baseUrl, group);
  }
  for (const file of files) {
    const group = [...byBase.values()].find((candidate) => file.url.startsWith(candidate.baseUrl));
    if (!group) continue;
    group.bytes += file.bytes;
    group.files += 1;
  }
  return [...byBase.values()].filter((group) => group.files > 0);
}
