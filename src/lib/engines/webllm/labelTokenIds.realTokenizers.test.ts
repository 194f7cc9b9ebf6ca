import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Tokenizer } from '@mlc-ai/web-tokenizers';
import { layoutOptions } from '../../prompt/layoutOptions';
import { buildShortTokenIndex, labelTokenIds } from './labelTokenIds';
import { readRealTokenizer, REAL_TOKENIZERS } from './testing/realTokenizers';

/** The longest option list of any bundled question: its labels are every label a prompt uses. */
const dataset = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'public', 'data', 'wvs7-dataset.json'), 'utf8'),
) as { questions: { options: unknown[] }[] };
const mostOptions = Math.max(...dataset.questions.map((question) => question.options.length));
const labels = layoutOptions(mostOptions, 'original').labels;

describe.each(REAL_TOKENIZERS)('label tokens of $family', ({ pkg }) => {
  let tokenizer: Tokenizer | null = null;
  afterAll(() => tokenizer?.dispose());

  it(
    `maps each of the ${labels.length} prompt labels to single tokens that decode to it`,
    { timeout: 120_000 },
    async () => {
      tokenizer = await readRealTokenizer(pkg);
      const index = buildShortTokenIndex(tokenizer);
      const ids = labelTokenIds(labels, index);
      expect(ids).toHaveLength(labels.length);
      ids.forEach((tokenIds, position) => {
        expect(tokenIds.length).toBeGreaterThan(0);
        for (const id of tokenIds) expect(tokenizer!.decode(Int32Array.of(id)).trim()).toBe(labels[position]);
      });
      // A letter is also what the tokenizer makes of the bare label: the model's answer is one of these tokens.
      labels.forEach((label, position) => {
        const encoded = [...tokenizer!.encode(label)];
        expect(ids[position]).toContain(encoded.at(-1));
      });
    },
  );
});
