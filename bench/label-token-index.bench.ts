/**
 * Time to build the label-token index (buildShortTokenIndex) when a WebLLM model loads, for each real vocabulary
 * in the test packages, Gemma's 256,000 tokens the largest in the catalog, read by @mlc-ai/web-tokenizers from the
 * real tokenizer.json. No budget in DESIGN.md: it is paid once per model load, beside a download of hundreds of MB.
 */
import { buildShortTokenIndex } from '../src/lib/engines/webllm/labelTokenIds.ts';
import { readRealTokenizer, REAL_TOKENIZERS } from '../src/lib/engines/webllm/testing/realTokenizers.ts';

const ROUNDS = 5;

for (const { family, pkg } of REAL_TOKENIZERS) {
  const tokenizer = await readRealTokenizer(pkg);
  const vocabulary = tokenizer.getVocabSize();
  const times: number[] = [];
  let entries = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    entries = buildShortTokenIndex(tokenizer).size;
    times.push(performance.now() - start);
  }
  tokenizer.dispose();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(ROUNDS / 2)]!;
  console.log(
    `label-token index, ${family.split(' (')[0]} vocabulary (${vocabulary.toLocaleString('en')} tokens): ` +
      `median ${median.toFixed(0)} ms (range ${times[0]!.toFixed(0)}–${times.at(-1)!.toFixed(0)} ms over ` +
      `${ROUNDS} builds), ${entries.toLocaleString('en')} texts indexed`,
  );
}
