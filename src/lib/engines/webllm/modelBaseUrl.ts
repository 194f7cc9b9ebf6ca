/** WebLLM's Cache Storage scope for weights and tokenizer files (cacheBackend "cache", WebLLM 0.2.86). */
export const WEBLLM_MODEL_CACHE = 'webllm/model';

/**
 * The URL prefix under which WebLLM caches a model's files: ModelRecord.model with "/resolve/main/"
 * appended unless it names a revision (mirrors cleanModelUrl in WebLLM 0.2.86's cache_util).
 */
export function modelBaseUrl(modelUrl: string): string {
  let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}
