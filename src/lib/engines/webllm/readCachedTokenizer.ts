import { Tokenizer } from '@mlc-ai/web-tokenizers';
import { modelBaseUrl, WEBLLM_MODEL_CACHE } from './modelBaseUrl';

/**
 * The model's own tokenizer, read from the copy WebLLM cached while loading the model, with the same
 * library WebLLM uses. Worker-only: web-tokenizers carries a multi-megabyte wasm.
 */
export async function readCachedTokenizer(modelUrl: string): Promise<Tokenizer> {
  const base = modelBaseUrl(modelUrl);
  const cache = await caches.open(WEBLLM_MODEL_CACHE);
  const json = await cache.match(new URL('tokenizer.json', base).href);
  if (json) return Tokenizer.fromJSON(await json.arrayBuffer());
  const sentencePiece = await cache.match(new URL('tokenizer.model', base).href);
  if (sentencePiece) return Tokenizer.fromSentencePiece(await sentencePiece.arrayBuffer());
  throw new Error(
    `Neither tokenizer.json nor tokenizer.model of ${base} is in WebLLM's cache "${WEBLLM_MODEL_CACHE}"; load the model again.`,
  );
}
