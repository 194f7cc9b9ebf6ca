import { afterAll, describe, expect, it } from 'vitest';
import type { Tokenizer } from '@mlc-ai/web-tokenizers';
import { layoutOptions } from '../../prompt/layoutOptions';
import { buildShortTokenIndex } from './labelTokenIds';
import { readRealTokenizer, REAL_TOKENIZERS } from './testing/realTokenizers';

/** Every character from "!" to "~": the prompt's letters, digits and punctuation a label set might use. */
const VISIBLE_ASCII = Array.from({ length: 0x7e - 0x20 }, (_, offset) => String.fromCharCode(0x21 + offset));

/** The slow way the index was first built: decode every id, keep texts of at most 4 characters, trim. */
function decodeEveryId(tokenizer: Tokenizer): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  const size = tokenizer.getVocabSize();
  for (let id = 0; id < size; id += 1) {
    const text = tokenizer.decode(Int32Array.of(id));
    if (text.length > 4) continue;
    const trimmed = text.trim();
    const ids = byText.get(trimmed) ?? [];
    ids.push(id);
    byText.set(trimmed, ids);
  }
  return byText;
}

describe('the labels a prompt can use', () => {
  it('are visible ASCII characters', () => {
    // 26 options is the most layoutOptions lays out, so these are all its labels.
    const labels = layoutOptions(26, 'original').labels;
    expect(labels.filter((label) => !VISIBLE_ASCII.includes(label))).toEqual([]);
  });
});

describe.each(REAL_TOKENIZERS)('label-token index of $family', ({ pkg }) => {
  let tokenizer: Tokenizer | null = null;
  afterAll(() => tokenizer?.dispose());

  it(
    `gives each of the ${VISIBLE_ASCII.length} visible ASCII characters the ids found by decoding every id`,
    { timeout: 120_000 },
    async () => {
      tokenizer = await readRealTokenizer(pkg);
      const exhaustive = decodeEveryId(tokenizer);
      const expected = new Map(
        VISIBLE_ASCII.flatMap((text) => {
          const ids = exhaustive.get(text);
          return ids ? [[text, ids] as const] : [];
        }),
      );
      expect(expected.get('A')?.length).toBeGreaterThan(1);
      expect(buildShortTokenIndex(tokenizer)).toEqual(expected);
    },
  );
});
