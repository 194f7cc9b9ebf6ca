import type { CachedFile } from './groupCachedFiles';
import { WEBLLM_MODEL_CACHE } from './modelBaseUrl';

/**
 * Lists WebLLM's cached weight files with their sizes straight from Cache Storage, so the cache can be
 * shown without starting WebLLM. Size comes from Content-Length, else from the stored body's blob size.
 */
export async function readCachedFiles(storage: CacheStorage | undefined = globalThis.caches): Promise<CachedFile[]> {
  if (!storage || !(await storage.has(WEBLLM_MODEL_CACHE))) return [];
  const cache = await storage.open(WEBLLM_MODEL_CACHE);
  const requests = await cache.keys();
  return Promise.all(
    requests.map(async (request) => {
      const response = await cache.match(request);
      const header = response?.headers.get('content-length');
      const bytes = header ? Number(header) : ((await response?.blob())?.size ?? 0);
      return { url: request.url, bytes: Number.isFinite(bytes) ? bytes : 0 };
    }),
  );
}

/**
 * Removes every cached file under `baseUrl`. For interrupted downloads only: WebLLM's own delete reads the
 * (missing) manifest from the network, and hasModelInCache() says false for partial downloads.
 */
export async function deleteCachedFiles(
  baseUrl: string,
  storage: CacheStorage | undefined = globalThis.caches,
): Promise<number> {
  if (!storage || !(await storage.has(WEBLLM_MODEL_CACHE))) return 0;
  const cache = await storage.open(WEBLLM_MODEL_CACHE);
  const requests = (await cache.keys()).filter((request) => request.url.startsWith(baseUrl));
  await Promise.all(requests.map((request) => cache.delete(request)));
  return requests.length;
}
